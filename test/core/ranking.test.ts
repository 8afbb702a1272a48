import { describe, expect, it } from "vitest";
import { type AnalyzedQuery, type QueryWord } from "../../src/core/analysis.js";
import { coverageExponent, relevanceOf, repeatBoost, SearchEngine } from "../../src/core/search.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import type { Corpus } from "../../src/core/corpus.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const body = (...lines: string[]) => lines.join("\n");

function sqliteEngineFor(corpus: Corpus): SearchEngine {
  const backend = SqliteBackend.open(":memory:");
  backend.sync(corpus);
  return new SearchEngine(corpus, backend.vocabulary, backend);
}

/** Both backends over the same corpus: every ranking rule must hold for each. */
const bothEngines = (corpus: Corpus): [string, SearchEngine][] => [
  ["lunr", engineFor(corpus)],
  ["sqlite", sqliteEngineFor(corpus)],
];

const word = (w: string, weight = 0.5): QueryWord => ({
  word: w,
  exact: w,
  parts: [],
  variants: [],
  joined: null,
  knownPart: null,
  members: [],
  synonyms: [],
  corrections: [],
  separated: [],
  prefix: null,
  weight,
  repeats: 1,
});
const queryOf = (n: number): AnalyzedQuery => ({ words: Array.from({ length: n }, (_, i) => word(`w${i}`)), empty: n === 0 });

describe("coverage weighs less as a query grows longer", () => {
  it("judges a short query hard by its coverage, a long paste much less", () => {
    expect(coverageExponent(queryOf(1))).toBe(2);
    expect(coverageExponent(queryOf(5))).toBe(2);
    const lengths = [8, 12, 16, 24].map((n) => coverageExponent(queryOf(n)));
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeLessThan(lengths[i - 1]!);
    expect(lengths[lengths.length - 1]!).toBeGreaterThan(0);
    expect(lengths[2]!).toBeLessThan(1);
  });

  it("lets a strong match on part of a long paste beat a weak match on more of it", () => {
    // Score 40 covering 30% against score 30 covering 40%.
    const strongNarrow = [40, 0.3] as const;
    const weakBroad = [30, 0.4] as const;
    const rank = (q: AnalyzedQuery, [score, share]: readonly [number, number]) => relevanceOf(q)(score, share * q.words.length * 0.5, 0);
    const short = queryOf(4);
    const long = queryOf(16);
    expect(rank(short, weakBroad)).toBeGreaterThan(rank(short, strongNarrow));
    expect(rank(long, strongNarrow)).toBeGreaterThan(rank(long, weakBroad));
  });

  it("ignores words the corpus lacks when judging a query's length", () => {
    const q = queryOf(4);
    const padded: AnalyzedQuery = { words: [...q.words, ...Array.from({ length: 10 }, (_, i) => word(`x${i}`, 0))], empty: false };
    expect(coverageExponent(padded)).toBe(coverageExponent(q));
  });
});

describe("long pasted text", () => {
  // Question 1 of the first set says what the draft is about, in its own words, at length;
  // the other set shares more of the draft's incidental words, each once in a long answer.
  const corpus = corpusOf(
    [
      "a.txt",
      body(
        HEADER("Wachttijden in de jeugdzorg"),
        "Hoeveel kinderen in Twente wachten langer dan twaalf weken op jeugdzorg, en hoeveel kinderen wachten in Twente langer dan een half jaar op jeugdzorg?",
        "In Twente wachten 400 kinderen langer dan twaalf weken op jeugdzorg.",
        "Wat kost de jeugdzorg in Twente?",
        "Zie de begroting.",
      ),
    ],
    [
      "b.txt",
      body(
        HEADER("Toezicht op gemeenten"),
        "Hoe houdt de inspectie toezicht op gemeenten?",
        "De inspectie bezoekt gemeenten, bespreekt maatregelen, verwacht resultaten, wordt betrokken bij plannen om achterstanden terug te dringen en rapporteert over de kwaliteit van het werk in de regio, over de financiering en over personeel, opleiding en huisvesting. " +
          "Zij let daarbij op de rechtmatigheid van besluiten, op klachten van inwoners, op de samenwerking met provincies en op de informatievoorziening aan de gemeenteraad, die het college controleert.",
      ),
    ],
    ["c.txt", body(HEADER("Huisvesting"), "Hoeveel woningen zijn er gebouwd?", "Duizend woningen in de regio.")],
  );
  const draft =
    "Hoeveel kinderen wachten in Twente langer dan twaalf weken op jeugdzorg? Welke maatregelen neemt de gemeente om de achterstanden terug te dringen, " +
    "hoe wordt de inspectie daarbij betrokken en wanneer verwacht u resultaten?";

  it.each(bothEngines(corpus))("finds the question a draft is about, not the one sharing most incidental words (%s)", (_name, engine) => {
    const top = engine.search(draft, { limit: 2 })[0]!;
    expect(`${top.set.title}#${top.question.number}`).toBe("Wachttijden in de jeugdzorg#1");
  });
});

describe("evidence from the whole set", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Verkeer in de stad"), "Hoeveel scooters rijden er in Amsterdam?", "Ongeveer 30.000.", "Hoe is de handhaving geregeld?", "De gemeente zet boa's in.")],
    ["b.txt", body(HEADER("Brommers"), "Hoeveel scooters rijden in Amsterdam?", "Ongeveer 30.000.", "Hoe is het parkeren geregeld?", "Met vergunningen.")],
  );

  it.each(bothEngines(corpus))("puts a question first whose set covers the rest of the query (%s)", (_name, engine) => {
    const hits = engine.search("scooters in amsterdam en de handhaving", { limit: 3 });
    expect(hits.map((h) => `${h.set.title}#${h.question.number}`).slice(0, 2)).toEqual(["Verkeer in de stad#1", "Verkeer in de stad#2"]);
  });
});

describe("ties", () => {
  const questions = Array.from({ length: 12 }, (_, i) => [`Vraag nummer ${i + 1} over onderwerp ${String.fromCharCode(97 + i)}?`, `Antwoord ${i + 1}.`]).flat();
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Eerste set", "Kati Piri (PvdA), Songül Mutluer (PvdA)"), "Wat kost de zorg?", "Veel.")],
    ["b.txt", body(HEADER("Tweede set", "Songül Mutluer (PvdA), Kati Piri (PvdA)"), "Wat kost het onderwijs?", "Ook veel.")],
    ["c.txt", body(HEADER("Lange set", "Jan Paternotte (D66)"), ...questions)],
  );

  it.each(bothEngines(corpus))("puts the set first where the name typed is the first asker (%s)", (_name, engine) => {
    expect(engine.search("piri", { limit: 2 }).map((h) => h.set.title)).toEqual(["Eerste set", "Tweede set"]);
    expect(engine.search("mutluer", { limit: 2 }).map((h) => h.set.title)).toEqual(["Tweede set", "Eerste set"]);
  });

  it.each(bothEngines(corpus))("lists equally good questions of one set in their order, 10 after 9 (%s)", (_name, engine) => {
    expect(engine.search("paternotte", { limit: 12 }).map((h) => h.question.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("words a text repeats", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Eerste set"), "Hoe staat het met de wachtlijsten?", "Die worden korter.")],
    ["b.txt", body(HEADER("Tweede set"), "Hoe staat het met de huurprijzen?", "Die stijgen.")],
  );

  it("count once per stem, with their repeats", () => {
    const q = engineFor(corpus).analyze("wachtlijsten huurprijzen wachtlijst wachtlijsten");
    expect(q.words.map((w) => [w.word, w.repeats])).toEqual([
      ["wachtlijsten", 3],
      ["huurprijzen", 1],
    ]);
  });

  it("weigh more, but with diminishing returns", () => {
    expect(repeatBoost(1)).toBe(1);
    expect(repeatBoost(2)).toBeGreaterThan(1);
    expect(repeatBoost(3)).toBeGreaterThan(repeatBoost(2));
    expect(repeatBoost(3) - repeatBoost(2)).toBeLessThan(repeatBoost(2) - repeatBoost(1));
    expect(repeatBoost(100)).toBeLessThan(3);
  });

  it.each(bothEngines(corpus))("put the question about the repeated word first (%s)", (_name, engine) => {
    const first = (q: string) => engine.search(q, { limit: 2 })[0]!.set.title;
    expect(first("de wachtlijsten, de huurprijzen en opnieuw de wachtlijsten")).toBe("Eerste set");
    expect(first("de huurprijzen, de wachtlijsten en opnieuw de huurprijzen")).toBe("Tweede set");
  });
});

describe("/eerder's list of earlier questions", () => {
  const corpus = corpusOf(
    [
      "a.txt",
      body(
        HEADER("Wachtlijsten in de jeugdzorg"),
        "Hoe lang zijn de wachtlijsten in de jeugdzorg?",
        "Twaalf weken.",
        "Waarom groeien de wachtlijsten in de jeugdzorg?",
        "Door tekorten.",
        "Wat doet u aan de wachtlijsten in de jeugdzorg?",
        "Meer geld.",
      ),
    ],
    ["b.txt", body(HEADER("Jeugdzorg in Twente"), "Hoe staat de jeugdzorg in Twente ervoor?", "Redelijk.")],
  );

  it.each(bothEngines(corpus))("spreads over sets: a third question of one set waits for the other set (%s)", (_name, engine) => {
    const hits = engine.similar("Wat gaat u doen aan de wachtlijsten in de jeugdzorg, die steeds langer worden?", 3);
    expect(hits.map((h) => h.set.title)).toEqual(["Wachtlijsten in de jeugdzorg", "Wachtlijsten in de jeugdzorg", "Jeugdzorg in Twente"]);
  });
});

describe("a list from a large set", () => {
  const many = Array.from({ length: 24 }, (_, i) => [`Hoe lang zijn de wachtlijsten in de jeugdzorg in regio ${i + 1}?`, `${i + 5} weken.`]).flat();
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Wachtlijsten in de jeugdzorg"), ...many)],
    ["b.txt", body(HEADER("Zorg in Twente"), "Zijn er in Twente ook wachtlijsten bij de huisarts?", "Nauwelijks.")],
  );

  it.each(bothEngines(corpus))("gives another set its turn even when one set has more matching questions than a page holds (%s)", (_name, engine) => {
    const hits = engine.search("wachtlijsten jeugdzorg", { limit: 3, spread: true });
    expect(hits.map((h) => h.set.title)).toEqual(["Wachtlijsten in de jeugdzorg", "Wachtlijsten in de jeugdzorg", "Zorg in Twente"]);
  });

  it.each(bothEngines(corpus))("does so in /eerder too (%s)", (_name, engine) => {
    const hits = engine.similar("Hoe lang zijn de wachtlijsten in de jeugdzorg inmiddels, en wat doet u eraan?", 3);
    expect(hits.map((h) => h.set.title)).toEqual(["Wachtlijsten in de jeugdzorg", "Wachtlijsten in de jeugdzorg", "Zorg in Twente"]);
  });
});

describe("a pasted draft of several questions", () => {
  const corpus = corpusOf(
    [
      "a.txt",
      body(
        HEADER("Wachtlijsten in de jeugdzorg"),
        "Hoe lang zijn de wachtlijsten in de jeugdzorg in de regio Utrecht?",
        "Twaalf weken.",
        "Hoeveel gemeenten in de regio Utrecht hebben extra geld uitgetrokken voor de jeugdzorg?",
        "Negen.",
      ),
    ],
    [
      "b.txt",
      body(
        HEADER("Geluidsoverlast van windturbines"),
        "Hoeveel klachten over het geluid van windturbines zijn er in de regio Utrecht gemeld?",
        "Veertig.",
      ),
    ],
  );
  const draft =
    "1. Hoe lang zijn de wachtlijsten in de jeugdzorg in de regio Utrecht nu, hoeveel gemeenten in de regio Utrecht trekken extra geld uit voor de jeugdzorg, en is dat extra geld voor de jeugdzorg genoeg? 2. Zijn er klachten over windturbines?";

  it.each(bothEngines(corpus))("finds in /vraag, as in /eerder, the earlier question of each of its questions (%s)", (_name, engine) => {
    const titles = (hits: { set: { title: string } }[]) => hits.slice(0, 2).map((h) => h.set.title).sort();
    const expected = ["Geluidsoverlast van windturbines", "Wachtlijsten in de jeugdzorg"];
    expect(titles(engine.similar(draft, 2))).toEqual(expected);
    expect(titles(engine.search(draft, { limit: 2 }))).toEqual(expected);
  });
});

describe("a draft that retells the news item a set opens with", () => {
  const corpus = corpusOf([
    "a.txt",
    body(
      HEADER("Wachtlijsten in de jeugdzorg"),
      "Kent u het bericht «Kinderen wachten in de jeugdzorg in Utrecht ruim een jaar op hulp»?",
      "Ja.",
      "Wat doet u om kinderen sneller aan hulp te helpen?",
      "Wij geven gemeenten meer geld.",
    ),
  ]);

  it.each(bothEngines(corpus))("puts the question that asks what the draft asks above the opening question about the item (%s)", (_name, engine) => {
    const draft = "Kinderen in Utrecht wachten in de jeugdzorg ruim een jaar op hulp. Wat gaat u doen om deze kinderen sneller te helpen?";
    expect(engine.similar(draft, 2).map((h) => h.question.number)).toEqual([2, 1]);
  });

  it.each(bothEngines(corpus))("keeps the opening question first for a draft that asks about the item itself (%s)", (_name, engine) => {
    const draft = "Kent u het bericht dat kinderen in Utrecht in de jeugdzorg ruim een jaar op hulp wachten? Wat gaat u doen om deze kinderen sneller te helpen?";
    expect(engine.similar(draft, 2).map((h) => h.question.number)).toEqual([1, 2]);
  });
});

describe("questions of one set that ask for different things", () => {
  // Each set: the question the query does not ask first, the one it asks second; the query must find the second first.
  const cases: { asks: string; typed: string; though: string; title: string; other: string; meant: string; query: string }[] = [
    {
      asks: "a number",
      typed: "hoe vaak",
      though: "the other is shorter",
      title: "Alarmknoppen voor bedreigde vrouwen",
      other: "Waarom wachten bedreigde vrouwen op een alarmknop?",
      meant: "Hoeveel bedreigde vrouwen in Nederland wachten op dit moment op een alarmknop?",
      query: "hoe vaak wachten bedreigde vrouwen op een alarmknop",
    },
    {
      asks: "what is done",
      typed: "wat doet",
      though: "the other names more of the words",
      title: "Illegale vuurwapens op de eilanden",
      other: "Is de illegale handel in vuurwapens op de eilanden bekend bij de autoriteiten?",
      meant: "Op welke manier wordt de handel in vuurwapens teruggedrongen?",
      query: "wat doet de regering tegen illegale handel in vuurwapens",
    },
    {
      asks: "how long",
      typed: "hoelang",
      though: "the other names the words in its own text",
      title: "Storing bij het Openbaar Ministerie",
      other: "Wat was de oorzaak van de storing bij het Openbaar Ministerie?",
      meant: "Hoe lang heeft de storing geduurd?",
      query: "hoelang was er een storing bij het openbaar ministerie",
    },
  ];

  for (const c of cases) {
    const corpus = corpusOf(["a.txt", body(HEADER(c.title), c.other, "Antwoord.", c.meant, "Antwoord.")]);
    it.each(bothEngines(corpus))(`puts first, for '${c.typed}', the one that asks for ${c.asks}, though ${c.though} (%s)`, (_name, engine) => {
      expect(engine.search(c.query, { limit: 2 }).map((h) => h.question.number)).toEqual([2, 1]);
    });
  }
});

describe("a question that asks about the words typed", () => {
  const corpus = corpusOf([
    "a.txt",
    body(
      HEADER("Jeugdzorg in de regio"),
      "Hoe lang is de wachtlijst?",
      "Gemiddeld veertien weken.",
      "Wat doet u aan de tekorten?",
      "De wachtlijst krimpt: wie op de wachtlijst staat, krijgt een coach.",
    ),
  ]);

  it.each(bothEngines(corpus))("is told apart from one whose answer or set title holds them (%s)", (_name, engine) => {
    const hits = engine.backend.search(engine.analyze("wachtlijst jeugdzorg"), 10);
    const hitOf = (number: string) => hits.find((h) => h.ref.endsWith(number))!;
    const [asking, answering] = [hitOf("#1"), hitOf("#2")];
    // Both cover both words, "jeugdzorg" through the title; only the first asks about one of them.
    expect(asking.coverage).toBeCloseTo(answering.coverage, 10);
    expect(asking.asked).toBeGreaterThan(0);
    expect(asking.asked).toBeLessThan(asking.coverage);
    expect(answering.asked).toBe(0);
  });
});

describe("a question that asks about its set's subject", () => {
  const corpus = corpusOf(["a.txt", body(HEADER("Jeugdzorg in de regio"), "Hoe lang is de wachtlijst in de jeugdzorg?", "Gemiddeld veertien weken.")]);

  it.each(bothEngines(corpus))("counts a word the set's title holds as well half toward what it asks (%s)", (_name, engine) => {
    const askedShare = (query: string) => {
      const [hit] = engine.backend.search(engine.analyze(query), 1);
      return hit!.asked / hit!.coverage;
    };
    // Every question of the set shares its title's words; "wachtlijst" is this question's own.
    expect(askedShare("wachtlijst")).toBeCloseTo(1, 10);
    expect(askedShare("jeugdzorg")).toBeCloseTo(0.5, 10);
    expect(askedShare("wachtlijst jeugdzorg")).toBeGreaterThan(0.5);
    expect(askedShare("wachtlijst jeugdzorg")).toBeLessThan(1);
  });

  const withCompound = corpusOf(["a.txt", body(HEADER("Jeugdzorg in de regio"), "Hoe lang is de jeugdzorgwachtlijst in de jeugdzorg?", "Veertien weken.")]);
  it.each(bothEngines(withCompound))("counts a word being typed at the fullest share of the words it starts (%s)", (_name, engine) => {
    // "jeugdz…" starts "jeugdzorg", which the title holds too, and "jeugdzorgwachtlijst", which only the question holds.
    const [hit] = engine.backend.search(engine.analyze("jeugdz", true), 1);
    expect(hit!.coverage).toBeGreaterThan(0);
    expect(hit!.asked / hit!.coverage).toBeCloseTo(1, 10);
  });
});

describe("a separable verb the text writes apart around 'te'", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Een nieuw meldcentrum"), "Bent u bereid deze zaak mee te nemen bij het opzetten van het centrum?", "Ja.")],
    ["b.txt", body(HEADER("Rechtspraak"), "Welke zaak neemt de rechter als eerste?", "De oudste.")],
  );

  it.each(bothEngines(corpus))("is found as the verb a query writes whole or splits (%s)", (_name, engine) => {
    expect(engine.search("neemt de minister die zaak mee", { limit: 2 })[0]!.set.title).toBe("Een nieuw meldcentrum");
    expect(engine.search("zaak meenemen", { limit: 2 })[0]!.set.title).toBe("Een nieuw meldcentrum");
  });
});

describe("a word typed with a slip", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Lek bij de gemeente"), "Hoe groot was het lek bij de gemeente?", "Klein.")],
    ["b.txt", body(HEADER("Software bij het OM"), "Gebruiken meer organisaties Citrix?", "Ja, met hetzelfde lek.")],
    ["c.txt", body(HEADER("Software bij de politie"), "Gebruikt de politie Citrix?", "Nee.")],
  );

  it.each(bothEngines(corpus))("keeps most of the weight of the rarer word it stands for (%s)", (_name, engine) => {
    // "citrx" can only be "citrix", the rarer of the two words: a text with it alone says more than one with "lek" alone.
    expect(engine.search("citrx lek", { limit: 3 }).map((h) => h.set.title)).toEqual(["Software bij het OM", "Software bij de politie", "Lek bij de gemeente"]);
  });
});
