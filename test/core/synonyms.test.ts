import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStopWord, stem } from "../../src/core/lunr-nl.js";
import { phraseStandIn, SYNONYM_GROUPS, synonymPhrases, synonymStems, synonymWords } from "../../src/core/synonyms.js";
import { specificity } from "../../src/core/analysis.js";
import { SearchEngine } from "../../src/core/search.js";
import { highlight, queryTerms } from "../../src/core/highlight.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";
import { dutchLexicon } from "../../src/lexicon/dutch.js";

const body = (...lines: string[]) => lines.join("\n");

const BACKENDS = ["lunr", "sqlite"] as const;
type Engines = Record<(typeof BACKENDS)[number], SearchEngine>;

/**
 * One engine per backend over the corpus of `files`, made once before the
 * describe's tests run (not while the file loads) and shared by them. Both
 * know the Dutch word list, as the bot's engines do.
 */
function enginesOver(...files: [string, string][]): Engines {
  const engines = {} as Engines;
  let backend: SqliteBackend | undefined;
  beforeAll(() => {
    const corpus = corpusOf(...files);
    backend = SqliteBackend.open(":memory:");
    backend.sync(corpus);
    engines.lunr = engineFor(corpus);
    engines.sqlite = new SearchEngine(corpus, backend.vocabulary, backend, dutchLexicon());
  });
  afterAll(() => backend?.close());
  return engines;
}

describe("synonym groups", () => {
  it("hold folded words, at least two per group, each word in one group only", () => {
    const seen = new Set<string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.length, group.join(",")).toBeGreaterThanOrEqual(2);
      for (const w of group) {
        expect(w).toMatch(/^[a-z]+( [a-z]+)*$/);
        expect(seen.has(w), w).toBe(false);
        seen.add(w);
      }
    }
  });

  it("share no stem between groups, since a typed word is looked up by its stem", () => {
    const groupOf = new Map<string, number>();
    for (const [i, group] of SYNONYM_GROUPS.entries()) {
      for (const w of group.filter((m) => !m.includes(" "))) {
        const other = groupOf.get(stem(w));
        expect(other === undefined || other === i, `${w} (${stem(w)}) also in ${SYNONYM_GROUPS[other ?? i]!.join(",")}`).toBe(true);
        groupOf.set(stem(w), i);
      }
    }
  });

  it("hold no stop word as a member, and phrases keep two words once their stop words go", () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.some((m) => !m.includes(" ")), group.join(",")).toBe(true);
      for (const m of group) {
        if (m.includes(" ")) expect(m.split(" ").filter((w) => !isStopWord(w)).length, m).toBeGreaterThanOrEqual(2);
        else expect(isStopWord(m), m).toBe(false);
      }
    }
    // No index holds "van", so a phrase with it would never match in full.
    expect(synonymStems("aanklager")).toContainEqual([stem("officier"), stem("justitie")]);
    expect(synonymStems("bsn")).toContainEqual([stem("burgerservicenummer")]);
  });

  it("hold only words a query keeps next to a subject (no question words or light verbs)", () => {
    const e = engineFor(corpusOf(["a.txt", body(HEADER("Femicide"), "Wat doet u tegen femicide?", "Veel.")]));
    for (const w of SYNONYM_GROUPS.flat().filter((m) => !m.includes(" "))) {
      expect(e.analyze(`${w} femicide`).words.map((x) => x.word), w).toContain(w);
    }
  });

  it("leave out words that share a stem with a common word of another sense", () => {
    // "stelen" stems like "stellen", "vermogenden" like "vermogen" (capacity), "bon" like "bonen",
    // "huishouden" like "huishouding" (a budget), "overschrijding" like a deadline passed.
    for (const w of ["stellen", "vermogen", "bonen", "huishouding", "overschrijden", "uitspraak", "formatie", "stroom", "unie"]) {
      expect(synonymStems(w), w).toEqual([]);
    }
  });

  it("pair the everyday word with the official one in every area", () => {
    expect(synonymStems("bajesklanten")).toContainEqual([stem("gedetineerden")]);
    expect(synonymStems("smeris")).toContainEqual([stem("politiemedewerker")]);
    expect(synonymStems("ransomware")).toContainEqual([stem("gijzelsoftware")]);
    expect(synonymStems("bouwvergunning")).toContainEqual([stem("omgevingsvergunning")]);
    expect(synonymStems("cito")).toContainEqual([stem("doorstroomtoets")]);
    expect(synonymStems("geldgat")).toContainEqual([stem("financieel"), stem("tekort")]);
    expect(synonymStems("bende")).toContainEqual([stem("criminele"), stem("organisatie")]);
  });

  it("work both ways, by stem, so any form of a word finds the others", () => {
    expect(synonymStems("politiemedewerkers")).toContainEqual([stem("agent")]);
    expect(synonymStems("agenten")).toContainEqual([stem("politiemedewerker")]);
    expect(synonymStems("financiering")).toContainEqual([stem("geld")]);
    expect(synonymStems("amerika")).toContainEqual(["verenigd", "stat"]);
    expect(synonymWords("geld")).toContain("budget");
    expect(synonymWords("geld")).not.toContain("geld");
    expect(synonymStems("kwetsbaarheid")).toEqual([]);
    expect(synonymStems("verbod")).toContainEqual([stem("verbieden")]);
    expect(synonymStems("ov")).toContainEqual([stem("openbaar"), stem("vervoer")]);
    expect(synonymWords("wiet")).toEqual(expect.arrayContaining(["cannabis", "softdrugs"]));
  });
});

describe("the synonym tables a word is looked up in", () => {
  it("give the other members' stems, never the word's own, a phrase as its stems without stop words, each once", () => {
    // "opsporingsambtenaar" and "opsporingsambtenaren" share a stem: the phrase stands in once.
    expect(synonymStems("boa")).toEqual([[stem("boas")], [stem("handhaver")], [stem("buitengewoon"), stem("opsporingsambtenaar")]]);
    expect(synonymStems("handhavers")).toEqual([[stem("boa")], [stem("boas")], [stem("buitengewoon"), stem("opsporingsambtenaar")]]);
    expect(synonymStems("aanklager")).toContainEqual([stem("officier"), stem("justitie")]);
    expect(synonymStems("xyzzy")).toEqual([]);
  });

  it("give the single-word members as written, without the word's own forms, for compounds to be made of", () => {
    expect(synonymWords("handhaver")).toEqual(["boa", "boas"]);
    expect(synonymWords("boa")).toEqual(["boas", "handhaver", "handhavers"]);
    expect(synonymWords("xyzzy")).toEqual([]);
  });

  it("give the phrases of a word's group as written, each once however many forms of the word the group lists", () => {
    expect(synonymPhrases("handhaver")).toEqual([
      ["buitengewoon", "opsporingsambtenaar"],
      ["buitengewoon", "opsporingsambtenaren"],
    ]);
    expect(synonymPhrases("agent")).toEqual([]);
  });

  it("read a pair of typed words as the one word the texts use, in that order only", () => {
    expect(phraseStandIn("te", "weinig")).toBe("tekort");
    expect(phraseStandIn("niet", "genoeg")).toBe("tekort");
    expect(phraseStandIn("te", "laat")).toBe("vertraging");
    expect(phraseStandIn("weinig", "te")).toBeNull();
    expect(phraseStandIn("te", "veel")).toBeNull();
  });
});

describe("a word whose only stand-in in the corpus is a phrase", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Handhaving in de stad"), "Hoeveel buitengewoon opsporingsambtenaren werken er in de stad?", "Dat is buitengewoon lastig te zeggen.")],
    ["b.txt", body(HEADER("Buitengewoon verlof"), "Wanneer krijgt een ambtenaar buitengewoon verlof?", "Bij een verhuizing.")],
  );

  it.each(BACKENDS)("weighs as the phrase's rarest word, and finds the text with the whole phrase (%s)", (name) => {
    const e = engines[name];
    const boa = e.analyze("boa").words[0]!;
    // "opsporingsambtenaren" occurs once, "buitengewoon" four times: the phrase is as rare as its rarest word.
    expect(boa.weight).toBeCloseTo(specificity(1), 6);
    expect(e.search("boa", { limit: 3 }).map((h) => h.set.title)).toEqual(["Handhaving in de stad"]);
  });
});

describe("searching with synonyms", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Politiemedewerkers op straat"), "Hoeveel politiemedewerkers zijn er in Utrecht?", "Er zijn 900 politiemedewerkers.")],
    ["b.txt", body(HEADER("Financiering van musea"), "Wordt de financiering van musea verhoogd?", "De financiering stijgt met 5%.")],
    ["c.txt", body(HEADER("Geld voor bibliotheken"), "Hoeveel geld krijgen bibliotheken?", "Elke bibliotheek krijgt geld van het Rijk.")],
    ["d.txt", body(HEADER("Capaciteit van de politieopleiding"), "Is er genoeg capaciteit op de politieopleiding?", "Er is plaats voor 3.000 studenten.")],
    ["e.txt", body(HEADER("Rechercheurs"), "Hoeveel rechercheurs werken er bij de recherche?", "Ongeveer 2.000 rechercheurs.")],
    ["f.txt", body(HEADER("Speelruimte"), "Is er genoeg speelruimte in wijken?", "Gemeenten zorgen daarvoor.")],
    ["g.txt", body(HEADER("Meldingen van fietsdiefstal"), "Hoeveel fietsdiefstallen worden er jaarlijks gemeld?", "Zo'n 80.000.")],
    ["h.txt", body(HEADER("Straffen voor heling"), "Hoeveel jaar cel staat er op heling?", "Ten hoogste vier.")],
    ["i.txt", body(HEADER("Toezicht op datalekken"), "Welke boetes legde de Autoriteit Persoonsgegevens op?", "Twaalf.")],
    ["j.txt", body(HEADER("Steun na een moord"), "Krijgen nabestaanden een vaste contactpersoon?", "Ja, bij de politie.")],
    ["k.txt", body(HEADER("Wachttijden bij de rechtbank"), "Hoe lang duren zedenzaken bij de rechtbank?", "Gemiddeld achttien maanden.")],
    ["l.txt", body(HEADER("Datalek bij de gemeente"), "Hebben onbevoegden de dossiers ingezien?", "Nee.")],
    ["m.txt", body(HEADER("Strafbaarstelling"), "Wordt psychisch geweld strafbaar gesteld?", "Er komt een wetsvoorstel.")],
    ["n.txt", body(HEADER("Opleiding"), "Komt er een afzonderlijke opleiding voor digitale rechercheurs?", "Dat wordt verkend.")],
  );
  const top = (e: SearchEngine, q: string) => e.search(q, { limit: 3 }).map((h) => h.set.title);

  it.each(BACKENDS)("finds the official word from the everyday one (%s)", (name) => {
    const e = engines[name];
    expect(top(e, "hoeveel agenten zijn er in utrecht")[0]).toBe("Politiemedewerkers op straat");
  });

  it.each(BACKENDS)("finds an authority by the name the news gives it (%s)", (name) => {
    expect(top(engines[name], "welke boetes gaf de privacywaakhond")[0]).toBe("Toezicht op datalekken");
    expect(engines[name].search("privacywaakhond", { limit: 3 }).map((h) => h.set.title)).toEqual(["Toezicht op datalekken"]);
  });

  it.each(BACKENDS)("finds the texts' 'nabestaanden' from 'familie', 'zedenzaken' from 'verkrachting' and 'onbevoegden' from 'indringers' (%s)", (name) => {
    expect(top(engines[name], "familie van het slachtoffer")).toEqual(["Steun na een moord"]);
    expect(top(engines[name], "verkrachting")).toEqual(["Wachttijden bij de rechtbank"]);
    expect(top(engines[name], "indringers")).toEqual(["Datalek bij de gemeente"]);
  });

  it.each(BACKENDS)("finds the texts' 'psychisch' from 'emotionele' (%s)", (name) => {
    expect(top(engines[name], "emotionele mishandeling")).toEqual(["Strafbaarstelling"]);
  });

  it.each(BACKENDS)("finds the texts' 'afzonderlijke' from 'aparte' (%s)", (name) => {
    expect(top(engines[name], "aparte")).toEqual(["Opleiding"]);
  });

  it.each(BACKENDS)("reads 'per jaar' as the texts' 'jaarlijks', below the word itself (%s)", (name) => {
    // "jaar" is a word of the corpus, so it is not read as a part of "jaarlijks" (see QueryWord.members).
    expect(top(engines[name], "jaar")).toEqual(["Straffen voor heling", "Meldingen van fietsdiefstal"]);
  });

  it.each(BACKENDS)("ranks the exact word above its synonym (%s)", (name) => {
    const e = engines[name];
    expect(top(e, "geld")).toEqual(["Geld voor bibliotheken", "Financiering van musea"]);
  });

  it.each(BACKENDS)("swaps a compound's part for its synonym when the corpus has that compound (%s)", (name) => {
    const e = engines[name];
    expect(top(e, "politieschool")[0]).toBe("Capaciteit van de politieopleiding");
  });

  it.each(BACKENDS)("reads a word the corpus lacks through its synonym instead of as a typo (%s)", (name) => {
    const e = engines[name];
    const q = e.analyze("speurders");
    expect(q.words[0]!.corrections).toEqual([]);
    expect(q.words[0]!.weight).toBeGreaterThan(0);
    expect(top(e, "speurders")[0]).toBe("Rechercheurs");
  });
});

describe("a compound the corpus lacks, with a part swapped for its synonym", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Storingen bij het OM"), "Hoe lang duren de ICT-problemen bij het OM nog?", "Naar verwachting tot de zomer.")],
    ["b.txt", body(HEADER("Computers op scholen"), "Hoeveel computers hebben basisscholen?", "Gemiddeld één per vijf leerlingen.")],
    ["c.txt", body(HEADER("Stations"), "Zijn er veiligheidsknelpunten op stations?", "Op drie stations.")],
    ["d.txt", body(HEADER("Een merk"), "Wat kost de ictxyz?", "Niets.")],
  );

  it.each(BACKENDS)("finds the compound the texts use, split where Dutch splits it (%s)", (name) => {
    const e = engines[name];
    const word = e.analyze("computerproblemen").words[0]!;
    expect(word.synonyms).toContainEqual([stem("ictproblemen")]);
    expect(word.weight).toBeGreaterThan(0);
    expect(e.search("computerproblemen", { limit: 3 }).map((h) => h.set.title)).toEqual(["Storingen bij het OM"]);
  });

  it.each(BACKENDS)("reads the linking s of the first part where Dutch splits the compound (%s)", (name) => {
    const e = engines[name];
    // "veiligheids|problemen": the first part with its linking s, as the Dutch word list has it; "problemen" stands for "knelpunten".
    expect(e.analyze("veiligheidsproblemen").words[0]!.synonyms).toContainEqual([stem("veiligheidsknelpunten")]);
    expect(e.search("veiligheidsproblemen", { limit: 3 })[0]?.set.title).toBe("Stations");
  });

  it.each(BACKENDS)("swaps nothing in a word that splits into no two Dutch words (%s)", (name) => {
    expect(engines[name].analyze("computerprblmen").words[0]!.synonyms).toEqual([]);
    // "computer" is Dutch and "ict" its synonym, but "xyz" is no Dutch word: "ictxyz" is not what was meant.
    expect(engines[name].analyze("computerxyz").words[0]!.synonyms).toEqual([]);
  });
});

describe("a compound whose parts the corpus has, with a part swapped for its synonym", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Stations"), "Zijn er veiligheidsknelpunten op stations?", "Op drie stations.")],
    ["b.txt", body(HEADER("Scholen"), "Hoeveel problemen met de veiligheid zijn er op scholen?", "Weinig.")],
  );

  it.each(BACKENDS)("joins the swapped part with the linking s the typed word had (%s)", (name) => {
    // The corpus splits "veiligheid|s|problemen"; "problemen" stands for "knelpunten".
    expect(engines[name].analyze("veiligheidsproblemen").words[0]!.synonyms).toContainEqual([stem("veiligheidsknelpunten")]);
  });
});

describe("a place the corpus names only by its adjective", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Grenzen"), "Wat vindt u van de Duitse grenscontroles?", "Daar gaan wij niet over.")],
    ["b.txt", body(HEADER("Treinen"), "Rijden er genoeg treinen?", "Ja.")],
  );

  it.each(BACKENDS)("weighs the place as its adjective and finds it (%s)", (name) => {
    const e = engines[name];
    expect(e.analyze("duitsland").words[0]!.weight).toBeGreaterThan(0);
    expect(e.search("duitsland", { limit: 3 }).map((h) => h.set.title)).toEqual(["Grenzen"]);
  });
});

describe("a word whose synonyms the corpus has only inside compounds", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Verkoop van imitatievuurwapens"), "Hoeveel imitatievuurwapens worden jaarlijks verkocht?", "Dat wordt niet bijgehouden.")],
    ["b.txt", body(HEADER("Vuurwerk"), "Hoeveel vuurwerk wordt er jaarlijks verkocht?", "Ongeveer voor 70 miljoen euro.")],
    ["c.txt", body(HEADER("Kunst"), "Wat kost een imitatiexqz van een schilderij?", "Dat verschilt per werk.")],
    ["d.txt", body(HEADER("Relaties"), "Hoe gaat het met de relatie met het buurland?", "Goed.")],
  );

  it.each(BACKENDS)("finds those compounds ('nep' → 'imitatie' → 'imitatievuurwapens') (%s)", (name) => {
    const e = engines[name];
    const word = e.analyze("nep").words[0]!;
    expect(word.synonyms).toContainEqual([stem("imitatievuurwapens")]);
    expect(word.weight).toBeGreaterThan(0);
    expect(e.search("hoeveel nep worden er verkocht", { limit: 3 })[0]?.set.title).toBe("Verkoop van imitatievuurwapens");
  });

  it.each(BACKENDS)("weighs the word the same when it is asked again, as the shared groups keep no query's stand-ins (%s)", (name) => {
    const e = engines[name];
    const first = e.analyze("nep").words[0]!;
    const again = e.analyze("nep nep").words[0]!;
    expect(again.weight).toBe(first.weight);
    expect(synonymStems("nep")).not.toContainEqual([stem("imitatievuurwapens")]);
  });

  it.each(BACKENDS)("takes no compound of a synonym shorter than a compound part: 'rel' begins too many words ('relatie') (%s)", (name) => {
    expect(engines[name].analyze("rellen").words[0]!.synonyms).not.toContainEqual([stem("relatie")]);
  });

  it.each(BACKENDS)("takes no compound whose other part is no Dutch word (%s)", (name) => {
    expect(engines[name].analyze("nep").words[0]!.synonyms).not.toContainEqual([stem("imitatiexqz")]);
  });
});

describe("searching with everyday words across policy areas", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Verhuurders en huurprijzen"), "Treden gemeenten op tegen verhuurders die te hoge huurprijzen vragen?", "Gemeenten kunnen de huurcommissie inschakelen.")],
    ["b.txt", body(HEADER("Bereikbaarheid van dorpen"), "Zijn kleine dorpen nog bereikbaar met het openbaar vervoer?", "De provincie bekijkt de dienstregeling.")],
    ["c.txt", body(HEADER("Gewasbeschermingsmiddelen bij scholen"), "Worden gewasbeschermingsmiddelen gespoten naast scholen?", "Er gelden afstandsregels.")],
    ["d.txt", body(HEADER("Verbod op lachgas"), "Wanneer gaat het verbod op lachgas in?", "Het verbod geldt vanaf januari.")],
    ["e.txt", body(HEADER("Gebruik van lachgas"), "Hoeveel jongeren gebruiken lachgas?", "Dat wordt gemeten door het Trimbos-instituut.")],
    ["f.txt", body(HEADER("Drukte op rijkswegen"), "Hoe lang staan automobilisten stil op de rijkswegen rond Utrecht?", "Gemiddeld 20 minuten per dag.")],
    ["g.txt", body(HEADER("Softdrugs in coffeeshops"), "Hoeveel cannabis verkopen coffeeshops?", "Dat is niet bekend.")],
    ["h.txt", body(HEADER("Vervolging in dorpen"), "Vervolgt het Openbaar Ministerie in dorpen minder vaak?", "Nee, de huurcommissie en de rechter zien daar niet op toe.")],
  );
  const first = (e: SearchEngine, q: string) => e.search(q, { limit: 3 })[0]?.set.title;

  it.each(BACKENDS)("finds the landlord question from the everyday words (%s)", (name) => {
    const e = engines[name];
    expect(first(e, "huisbaas")).toBe("Verhuurders en huurprijzen");
    expect(first(e, "wat doet de gemeente tegen een huisbaas die te veel huur vraagt")).toBe("Verhuurders en huurprijzen");
  });

  it.each(BACKENDS)("expands an abbreviation to the whole phrase the texts use, not to a text with half of it (%s)", (name) => {
    const e = engines[name];
    expect(first(e, "ov")).toBe("Bereikbaarheid van dorpen");
    // "Openbaar Ministerie" has half of the phrase: no stand-in for "ov".
    expect(e.search("ov", { limit: 3 }).map((h) => h.set.title)).toEqual(["Bereikbaarheid van dorpen"]);
  });

  it.each(BACKENDS)("finds the official word for a colloquial one (%s)", (name) => {
    const e = engines[name];
    expect(first(e, "landbouwgif")).toBe("Gewasbeschermingsmiddelen bij scholen");
    expect(first(e, "files op de snelweg")).toBe("Drukte op rijkswegen");
    expect(first(e, "wiet")).toBe("Softdrugs in coffeeshops");
  });

  it.each(BACKENDS)("lets a verb find its noun, above a set that only shares the subject (%s)", (name) => {
    const e = engines[name];
    expect(first(e, "gaat het kabinet lachgas verbieden")).toBe("Verbod op lachgas");
    expect(first(e, "hoeveel jongeren gebruiken lachgas")).toBe("Gebruik van lachgas");
  });
});

describe("searching in chat register for the official word", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Omgevingsvergunning voor dakopbouw"), "Hoe lang duurt een omgevingsvergunning voor een dakopbouw?", "Acht weken.")],
    ["b.txt", body(HEADER("Gijzelsoftware bij gemeenten"), "Hoe vaak troffen aanvallen met gijzelsoftware gemeenten?", "Twaalf keer.")],
    ["c.txt", body(HEADER("Vreemdelingenbewaring"), "Hoeveel mensen zaten in vreemdelingenbewaring?", "Gemiddeld 400.")],
    ["d.txt", body(HEADER("Lastenverzwaring voor ondernemers"), "Leidt het plan tot een lastenverzwaring voor ondernemers?", "Nee.")],
    ["e.txt", body(HEADER("Verlof van gedetineerden"), "Hoe vaak krijgen gedetineerden verlof?", "Dat verschilt per regime.")],
  );
  const first = (e: SearchEngine, q: string) => e.search(q, { limit: 3 })[0]?.set.title;

  it.each(BACKENDS)("finds the text from the word people type (%s)", (name) => {
    const e = engines[name];
    expect(first(e, "bouwvergunning")).toBe("Omgevingsvergunning voor dakopbouw");
    expect(first(e, "ransomware")).toBe("Gijzelsoftware bij gemeenten");
    expect(first(e, "wat is een uitzetcentrum")).toBe("Vreemdelingenbewaring");
    expect(first(e, "komt er een belastingverhoging")).toBe("Lastenverzwaring voor ondernemers");
    expect(first(e, "bajesklanten")).toBe("Verlof van gedetineerden");
  });
});

describe("phrases that stand in for a word", () => {
  const engines = enginesOver(
    ["a.txt", body(HEADER("Vervolging van agenten"), "Vervolgt de officier van justitie agenten die geweld gebruiken?", "Ja, als daar aanleiding toe is.")],
    ["b.txt", body(HEADER("Justitie en drones"), "Wat doet justitie tegen drones?", "Justitie werkt samen met de politie.")],
  );
  const bold = (text: string) => [...text.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1]);

  it.each(BACKENDS)("match only a text with all of their words (%s)", (name) => {
    const e = engines[name];
    expect(e.search("aanklager", { limit: 3 }).map((h) => h.set.title)).toEqual(["Vervolging van agenten"]);
  });

  it("are marked only in a text with all of their words", () => {
    const e = engines.lunr;
    const q = queryTerms(e.analyze("aanklager drones"));
    expect(bold(highlight("Vervolgt de officier van justitie agenten?", q, e.vocabulary))).toEqual(["officier", "justitie"]);
    expect(bold(highlight("Wat doet justitie tegen drones?", q, e.vocabulary))).toEqual(["drones"]);
  });
});
