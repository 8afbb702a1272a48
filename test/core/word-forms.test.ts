import { describe, expect, it } from "vitest";
import { indexTokens, tokens, Vocabulary } from "../../src/core/analysis.js";
import { stem } from "../../src/core/lunr-nl.js";
import { infinitiveAroundTe, separableVerbs, stemFamilyCount, variantsOf } from "../../src/core/word-forms.js";
import { strongInfinitive } from "../../src/core/strong-verbs.js";

/** A corpus vocabulary that has exactly these words, once each unless a count is given. */
const vocabOf = (...words: (string | [string, number])[]) => new Vocabulary(words.map((w) => (typeof w === "string" ? [w, 1] : w)));

describe("the corpus words behind a typed form (variantsOf)", () => {
  it.each([
    // A participle with ge- points at its verb and its noun, with the final t or d as ending or as part of the verb.
    ["gehackt", ["hack"], ["hack"]],
    ["opgelicht", ["oplichting"], ["oplichting"]],
    ["gestalkte", ["stalking"], ["stalking"]],
    // Without ge- after an unstressed prefix, spelled as Dutch spells it before -en and -ing.
    ["vervolgd", ["vervolging"], ["vervolging"]],
    ["besteld", ["bestelling"], ["bestelling"]],
    ["verklaard", ["verklaring"], ["verklaring"]],
    // A diminutive points at its noun, a doer at the deed.
    ["huisjes", ["huis"], ["huis"]],
    ["huisje", ["huis"], ["huis"]],
    ["hackers", ["hack"], ["hack"]],
    // An infinitive the corpus lacks points at its doer, one or many.
    ["kopen", ["kopers"], ["kopers"]],
    ["plegen", ["pleger"], ["pleger"]],
    // The plural in -s of a word in -e, and back.
    ["bende", ["bendes"], ["bendes"]],
    ["bendes", ["bende"], ["bende"]],
    // A finite verb or infinitive the corpus lacks points at its participle, with or without ge-.
    ["controleert", ["gecontroleerd"], ["gecontroleerd"]],
    ["controleren", ["gecontroleerd"], ["gecontroleerd"]],
    ["vervolgen", ["vervolgd"], ["vervolgd"]],
    ["bestellen", ["besteld"], ["besteld"]],
    ["werkt", ["gewerkt"], ["gewerkt"]],
    // A separable verb takes its ge- after the particle.
    ["omkeren", ["omgekeerd"], ["omgekeerd"]],
    ["invoeren", ["ingevoerd"], ["ingevoerd"]],
    // A strong verb's past or participle points at the verb and at its deed.
    ["verkocht", ["verkoop"], ["verkoop"]],
    ["gekozen", ["kiezen"], ["kiezen"]],
    ["verboden", ["verbieden"], ["verbieden"]],
    ["opgegeven", ["opgeven"], ["opgeven"]],
    // A regular verb's past tense points at the verb, its deed and its participle, spelled as before -en.
    ["controleerden", ["controleren"], ["controleren"]],
    ["controleerde", ["gecontroleerd"], ["gecontroleerd"]],
    ["betaalde", ["betaling"], ["betaling"]],
    ["claimde", ["claimen"], ["claimen"]],
    ["bestelden", ["bestellen"], ["bestellen"]],
    ["werkten", ["gewerkt"], ["gewerkt"]],
    ["doodde", ["doodt"], ["doodt"]],
    ["invoerde", ["ingevoerd"], ["ingevoerd"]],
    ["opbelden", ["opgebeld"], ["opgebeld"]],
    // Where the syllable closes, v is written f and z is written s.
    ["geloven", ["geloofd"], ["geloofd"]],
    ["vrezen", ["gevreesd"], ["gevreesd"]],
    // "-ies" and "-iese" as a chat spells "-isch" and "-ische".
    ["racistiese", ["racistische"], ["racistische"]],
    ["psychies", ["psychisch"], ["psychisch"]],
  ])("%s finds %j", (typed, corpus, expected) => {
    expect(variantsOf(typed, vocabOf(...corpus))).toEqual(expected.map(stem));
  });

  it.each([
    // Only after a prefix or ge-: "bord" is no participle of "bor", "gebed" none of "bed".
    ["bord", ["bor", "boren"]],
    ["geld", ["gel", "gelen"]],
    // A doer the corpus has is a word of its own.
    ["hackers", ["hackers", "hack"]],
    // An infinitive the corpus has is a word of its own, not its doer.
    ["kopen", ["kopen", "kopers"]],
    // A finite verb the corpus has keeps to itself: "controleert" is then no stand-in for the participle.
    ["controleert", ["controleert", "gecontroleerd"]],
    // A form with the word's own stem adds nothing: the word already matches it.
    ["hacken", ["hack"]],
    ["hack", ["hacken"]],
    // A strong form the corpus has is a word of its own.
    ["verkocht", ["verkocht", "verkoop"]],
    // A form shorter than four letters says too little ("ge|bak|t" → "bak").
    ["gebakt", ["bak"]],
    // Nothing ends a word in -e or -es here: no plural to swap.
    ["kaas", ["kaass", "kaa"]],
    // A past tense the corpus has is a word of its own, and its stem needs three letters ("ude" is no past of "u").
    ["controleerde", ["controleerde", "controleren"]],
    ["ude", ["uen", "ud"]],
    // A particle needs a verb of three letters after it to be one: "uitte" is no "uit|te".
    ["uitte", ["uitgetd", "uitget", "uitged"]],
    // Only a final -es is a plural.
    ["bestel", ["beste"]],
    // A word the corpus has in -ies is a word of its own; "series" is no "serisch", nor is "bies" a "bisch".
    ["typies", ["typies", "typisch"]],
    ["bies", ["bisch"]],
    // Only at the end of a word: the "ies" of "fysiesport" is no "-isch".
    ["fysiesport", ["fysisch", "fysische"]],
  ])("%s finds nothing in %j", (typed, corpus) => {
    expect(variantsOf(typed, vocabOf(...corpus))).toEqual([]);
  });

  it("finds the participle only of the word as typed, not of a base found in it", () => {
    // "gestalkt" has base "stalk"; "gestalkd" is no participle of "stalk" in the corpus's spelling, and is not looked for.
    expect(variantsOf("gestalkt", vocabOf("gegestalkd", "stalken"))).toEqual([stem("stalken")]);
  });
});

describe("the infinitive of a strong verb's past or participle (strongInfinitive)", () => {
  it.each([
    ["kocht", "kopen"],
    ["gekocht", "kopen"],
    ["verkocht", "verkopen"],
    ["opgegeven", "opgeven"],
    ["uitgesproken", "uitspreken"],
    ["verloren", "verliezen"],
    ["gevonden", "vinden"],
    ["stierven", "sterven"],
    ["vroegen", "vragen"],
    ["opgetreden", "optreden"],
    ["geschonden", "schenden"],
    ["uitgezonden", "uitzenden"],
  ])("%s → %s", (form, infinitive) => {
    expect(strongInfinitive(form)).toBe(infinitive);
  });

  it.each(["reden", "leden", "namen", "staken", "weken", "sloop", "zonden", "vroeg", "geleden", "kopen", "verkoop", "gekoch", "xkocht"])("%s is no strong form", (word) => {
    expect(strongInfinitive(word)).toBeNull();
  });
});

describe("how often the corpus has a word's stem in another form (stemFamilyCount)", () => {
  it.each([
    ["officier", [["officieren", 4], ["officiers", 6]], 6],
    ["officier", [["officieren", 4]], 4],
    // A short vowel doubles the consonant before -en: "lek" is found as "lekken", "pot" as "potten".
    ["lek", [["lekken", 9]], 9],
    ["pot", [["potten", 2]], 2],
    ["agents", [["agenten", 3]], 3],
    ["bekend", [["bekende", 2]], 2],
    ["nieuw", [["nieuwe", 5]], 5],
    // An infinitive and the deed it names share a stem: a closed syllable, a single consonant, or -ing.
    ["verkopen", [["verkoop", 5]], 5],
    ["handhaven", [["handhaving", 3]], 3],
    ["pakken", [["pak", 2]], 2],
  ] as const)("%s: %j → %d", (word, corpus, expected) => {
    expect(stemFamilyCount(word, vocabOf(...corpus.map(([w, n]) => [w, n] as [string, number])))).toBe(expected);
  });

  it("counts only forms with the same stem, never the word itself", () => {
    // "kaasje" and "kaas" have different stems; the word itself is not its own family.
    expect(stemFamilyCount("kaas", vocabOf("kaas", "kaasje"))).toBe(0);
    expect(stemFamilyCount("verkopen", vocabOf("verkoper"))).toBe(0);
    // "bendes" is a form of "bende" that the stemmer keeps apart: no family.
    expect(stemFamilyCount("bende", vocabOf("bendes"))).toBe(0);
    // The most frequent form counts, not the first found.
    expect(stemFamilyCount("verkopen", vocabOf(["verkoop", 2], ["verkope", 7]))).toBe(7);
  });
});

describe("separable verbs a main clause splits (separableVerbs)", () => {
  const joined = (text: string, ...corpus: string[]) => {
    const all = tokens(text);
    const { verbs, particles } = separableVerbs(all, vocabOf(...corpus));
    return {
      verbs: [...verbs].map(([t, stems]) => [t.word, stems]),
      particles: [...particles].map((t) => t.word),
    };
  };

  it.each([
    // Forms of one stem are one term.
    ["levert nederland die vrouw uit", ["uitleveren", "uitlevering"], "levert", ["uitleveren"], "uit"],
    // The finite verb's stem before -en: a doubled vowel single, f as v, s as z, a short vowel's consonant doubled.
    ["loopt de achterstand op", ["oplopen"], "loopt", ["oplopen"], "op"],
    ["geeft de minister het op", ["opgeven"], "geeft", ["opgeven"], "op"],
    ["leest hij het voor", ["voorlezen"], "leest", ["voorlezen"], "voor"],
    ["pakt de politie het aan", ["aanpakken"], "pakt", ["aanpakken"], "aan"],
    ["zet de politie drones in", ["inzet"], "zet", ["inzet"], "in"],
    // A text may only have the participle: with -en, -d or -t.
    ["houdt de politie bij hoeveel", ["bijgehouden"], "houdt", ["bijgehouden"], "bij"],
    ["legt de minister het vast", ["vastgelegd"], "legt", ["vastgelegd"], "vast"],
    ["werkt europol mee", ["meegewerkt"], "werkt", ["meegewerkt"], "mee"],
    // A strong verb's past, by its infinitive.
    ["riep de influencer op tot geweld", ["oproep"], "riep", ["oproep"], "op"],
    ["nam de minister het mee", ["meenemen"], "nam", ["meenemen"], "mee"],
  ])("%s", (text, corpus, verb, stems, particle) => {
    expect(joined(text, ...corpus)).toEqual({ verbs: [[verb, stems.map(stem)]], particles: [particle] });
  });

  it.each([
    // Before an article or other determiner the particle opens a phrase.
    ["levert gas uit de haven", ["uitleveren"]],
    ["levert gas uit onze haven", ["uitleveren"]],
    // Too far apart: six words between verb and particle.
    ["levert nederland na lang wikken en wegen uit", ["uitleveren"]],
    // An acronym is no verb, nor a word of two letters, nor another particle.
    ["HET is uit", ["uithet"]],
    ["terug op", ["opterug"]],
    ["ga er na", ["naga"]],
    // An article is no verb either.
    ["een groep uit", ["uiteen"]],
    // A pair the corpus does not know.
    ["levert het gas op", ["uitleveren"]],
  ])("%s joins nothing", (text, corpus) => {
    expect(joined(text, ...corpus)).toEqual({ verbs: [], particles: [] });
  });

  it("joins a verb with five words between it and its particle", () => {
    expect(joined("levert nederland na lang wikken wegen uit", "uitleveren").verbs).toEqual([["levert", [stem("uitleveren")]]]);
  });

  it("joins a verb of three letters whose t is its own, doubled before -en", () => {
    expect(joined("zet het door", "doorzetten").verbs).toEqual([["zet", [stem("doorzetten")]]]);
  });
});

describe("separable verbs a text writes apart around 'te' (infinitiveAroundTe)", () => {
  const joined = (text: string) => {
    const t = indexTokens(text);
    return t.map((_, i) => infinitiveAroundTe(t, i)).filter((w) => w !== null);
  };

  it("joins particle and infinitive, at the infinitive", () => {
    expect(joined("Bent u bereid deze zaak mee te nemen?")).toEqual(["meenemen"]);
    expect(joined("om de tekorten aan te pakken en op te lossen")).toEqual(["aanpakken", "oplossen"]);
    expect(joined("om erop toe te zien")).toEqual(["toezien"]);
    const t = indexTokens("mee te nemen");
    expect([0, 1, 2].map((i) => infinitiveAroundTe(t, i))).toEqual([null, null, "meenemen"]);
  });

  it("leaves 'om … te', degrees ('te veel') and acronyms alone", () => {
    expect(joined("om te voorkomen dat")).toEqual([]);
    expect(joined("er gaat in te veel gevallen iets mis, ook bij te laat melden")).toEqual([]);
    expect(joined("voor te EU regelen")).toEqual([]);
    expect(joined("naar de rechter te stappen")).toEqual([]);
  });
});
