import { describe, expect, it } from "vitest";
import { fusionShare, SearchEngine, WEAK_MATCH_SHARE, type SearchHit } from "../../src/core/search.js";
import { analyseSets } from "../../src/core/corpus-analysis.js";
import { LunrBackend } from "../../src/core/lunr-backend.js";
import { dutchLexicon } from "../../src/lexicon/dutch.js";
import type { Corpus } from "../../src/core/corpus.js";
import type { QuestionSet } from "../../src/core/model.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const body = (...lines: string[]) => lines.join("\n");
const numbers = (hits: SearchHit[]) => hits.map((h) => h.question.number);
const refs = (hits: SearchHit[]) => hits.map((h) => `${h.set.title}#${h.question.number}`);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("paging through a long list", () => {
  // 130 questions that match a name equally well: they list in reading order.
  const questions = range(1, 130).flatMap((i) => [`Vraag nummer ${i} over onderwerp ${i}?`, `Antwoord ${i}.`]);
  const engine = engineFor(corpusOf(["a.txt", body(HEADER("Lange set", "Jan Paternotte (D66)"), ...questions)]));

  it("shows ten by default, and at least one and at most a hundred whatever is asked", () => {
    expect(numbers(engine.search("paternotte"))).toEqual(range(1, 10));
    expect(numbers(engine.search("paternotte", { limit: 0 }))).toEqual([1]);
    expect(numbers(engine.search("paternotte", { limit: -3 }))).toEqual([1]);
    expect(numbers(engine.search("paternotte", { limit: 500 }))).toEqual(range(1, 100));
  });

  it("skips the offset, reads a negative one as none and stops skipping at a hundred", () => {
    expect(numbers(engine.search("paternotte", { limit: 5, offset: 20 }))).toEqual(range(21, 25));
    expect(numbers(engine.search("paternotte", { limit: 5, offset: -5 }))).toEqual(range(1, 5));
    expect(numbers(engine.search("paternotte", { limit: 5, offset: 150 }))).toEqual(range(101, 105));
    expect(numbers(engine.search("paternotte", { limit: 30, offset: 120 }))).toEqual(range(101, 130));
  });

  it("gives every hit a positive score rounded to three decimals", () => {
    const hits = engine.search("paternotte", { limit: 3 });
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(Math.round(h.score * 1000)).toBeCloseTo(h.score * 1000, 6);
    }
  });
});

describe("paging through a list spread over sets", () => {
  const many = range(1, 60).flatMap((i) => [`Hoe lang zijn de wachtlijsten in de jeugdzorg in regio ${i}?`, `${i + 5} weken.`]);
  const engine = engineFor(
    corpusOf(
      ["a.txt", body(HEADER("Wachtlijsten in de jeugdzorg"), ...many)],
      ["b.txt", body(HEADER("Zorg in Twente"), "Zijn er in Twente ook wachtlijsten bij de huisarts?", "Nauwelijks.")],
    ),
  );
  const page = (offset: number, limit: number) => engine.search("wachtlijsten jeugdzorg", { offset, limit, spread: true });

  it("fills a page deep into the list with what a longer first page would show there", () => {
    const all = page(0, 61);
    expect(new Set(refs(all)).size).toBe(61);
    expect(refs(all).slice(0, 3)).toEqual(["Wachtlijsten in de jeugdzorg#1", "Wachtlijsten in de jeugdzorg#2", "Zorg in Twente#1"]);
    expect(refs(page(40, 21))).toEqual(refs(all).slice(40));
  });

  it("lists by relevance alone when not asked to spread", () => {
    expect(engine.search("wachtlijsten jeugdzorg", { limit: 3 }).map((h) => h.set.title)).toEqual(Array(3).fill("Wachtlijsten in de jeugdzorg"));
  });

  it("fills a page that ends past the candidates a short list would look at", () => {
    const hits = page(10, 40);
    expect(hits).toHaveLength(40);
    expect(refs(hits)).toEqual(refs(page(0, 50)).slice(10));
  });
});

describe("a question asked again and again", () => {
  // The same question in thirty sets, and ten other questions that match only part of the query.
  const repeated = range(1, 30).map((i): [string, string] => [
    `r${String(i).padStart(2, "0")}.txt`,
    body(HEADER(`Onderwerp ${i}`), "Hoe lang zijn de wachtlijsten in de jeugdzorg?", "Te lang.", `Wat gebeurt er in gemeente ${i}?`, "Niets."),
  ]);
  const others = range(1, 10).map((i): [string, string] => [
    `s${String(i).padStart(2, "0")}.txt`,
    body(HEADER(`Kwestie ${i}`), `Hoeveel kost de jeugdzorg in provincie ${i}?`, "Veel."),
  ]);
  const engine = engineFor(corpusOf(...repeated, ...others));

  it("shows it once, and still fills the page with the other questions", () => {
    const hits = engine.search("wachtlijsten jeugdzorg", { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]!.question.text).toBe("Hoe lang zijn de wachtlijsten in de jeugdzorg?");
    expect(hits.slice(1).every((h) => h.question.text.startsWith("Hoeveel kost de jeugdzorg"))).toBe(true);
    expect(new Set(hits.map((h) => h.question.text)).size).toBe(5);
  });
});

describe("a list of a few questions", () => {
  const engine = engineFor(
    corpusOf(
      ["a.txt", body(HEADER("Wachtlijsten in de jeugdzorg"), "Hoe lang zijn de wachtlijsten in de jeugdzorg?", "Lang.", "Waarom groeien de wachtlijsten in de jeugdzorg?", "Tekorten.", "Wat doet u aan de wachtlijsten in de jeugdzorg?", "Geld.")],
      ["b.txt", body(HEADER("Jeugdzorg in Twente"), "Hoe staat de jeugdzorg in Twente ervoor?", "Redelijk.")],
    ),
  );
  it("is spread over sets only when asked", () => {
    const titles = (spread: boolean) => engine.search("wachtlijsten jeugdzorg", { limit: 4, spread }).map((h) => h.set.title[0]);
    expect(titles(false)).toEqual(["W", "W", "W", "J"]);
    expect(titles(true)).toEqual(["W", "W", "J", "W"]);
  });
});

describe("a question looked up by its place", () => {
  const corpus = corpusOf(["a.txt", body(HEADER("Drones"), "Wat doet u tegen drones?", "Detectie.", "Hoeveel drones zijn er?", "Veel.")]);
  const engine = engineFor(corpus);
  const id = corpus.sets[0]!.id;
  it("is found when the set has that number, and nothing otherwise", () => {
    expect(engine.lookup(`${id}#2`)?.question.text).toBe("Hoeveel drones zijn er?");
    expect(engine.lookup(`${id}#3`)).toBeNull();
    expect(engine.lookup("onbekend-000000#1")).toBeNull();
  });
});

describe("an index that still holds a set the corpus no longer has", () => {
  // The vanished set asks the same first question under the same title: both rank alike.
  const kept = body(HEADER("Drones"), "Wat doet u tegen drones boven gevangenissen?", "Detectie.", "Hoeveel fietsen zijn er?", "Veel.");
  const gone = body(HEADER("Drones"), "Wat doet u tegen drones boven gevangenissen?", "Detectie.", "Hoeveel auto's zijn er?", "Veel.");
  const indexed = corpusOf(["a.txt", kept], ["b.txt", gone]);

  // Either set may be the one that is gone: each comes first in reading order once.
  it.each([
    ["a.txt", kept],
    ["b.txt", gone],
  ])("lists only what the corpus has, without failing (%s kept)", (file, text) => {
    expect(indexed.sets[0]!.id).not.toBe(indexed.sets[1]!.id);
    const current = corpusOf([file, text]);
    const { vocab, documents } = analyseSets(indexed.sets);
    const engine = new SearchEngine(current, vocab, LunrBackend.build(documents), dutchLexicon());
    const hits = engine.search("drones gevangenissen", { limit: 5 });
    const id = current.sets[0]!.id;
    expect(hits.map((h) => `${h.set.id}#${h.question.number}`)).toEqual([`${id}#1`, `${id}#2`]);
    const similar = engine.similar("Wat doet u tegen drones boven gevangenissen? Hoeveel drones zijn er boven gevangenissen gezien?", 5);
    expect(similar.map((h) => `${h.set.id}#${h.question.number}`)).toEqual([`${id}#1`, `${id}#2`]);
  });
});

describe("equally good questions of different sets", () => {
  // Both sets ask the same of the same minister; only their dates and askers' order differ.
  function twoSets(askersA = "Kati Piri (PvdA), Songül Mutluer (PvdA)", askersB = askersA): Corpus {
    return corpusOf(
      ["a.txt", body(HEADER("Eerste set", askersA), "Wat kost de zorg?", "Veel.")],
      ["b.txt", body(HEADER("Tweede set", askersB), "Wat kost het onderwijs?", "Ook veel.")],
    );
  }
  const submitted = (corpus: Corpus, dates: Record<string, string | null>) => {
    for (const set of corpus.sets) {
      const date = dates[set.title];
      if (date !== undefined) set.official = { caseNumber: "2025Z00001", url: "https://example.org", submitted: date, answered: null, postponed: null };
    }
    return corpus;
  };
  const titles = (corpus: Corpus, q: string) => engineFor(corpus).search(q, { limit: 2 }).map((h) => h.set.title);

  it("come in reading order when nothing else tells them apart", () => {
    const corpus = twoSets();
    const [a, b] = corpus.sets as [QuestionSet, QuestionSet];
    const first = a.id.localeCompare(b.id) < 0 ? a.title : b.title;
    expect(titles(corpus, "piri")[0]).toBe(first);
  });

  it("put the newer set first, and a set with a date before one without", () => {
    expect(titles(submitted(twoSets(), { "Eerste set": "2024-01-05", "Tweede set": "2025-03-01" }), "piri")).toEqual(["Tweede set", "Eerste set"]);
    expect(titles(submitted(twoSets(), { "Eerste set": "2025-03-01", "Tweede set": "2024-01-05" }), "piri")).toEqual(["Eerste set", "Tweede set"]);
    expect(titles(submitted(twoSets(), { "Eerste set": "2024-01-05" }), "piri")).toEqual(["Eerste set", "Tweede set"]);
    expect(titles(submitted(twoSets(), { "Tweede set": "2024-01-05" }), "piri")).toEqual(["Tweede set", "Eerste set"]);
    expect(titles(submitted(twoSets(), { "Eerste set": null, "Tweede set": "2024-01-05" }), "piri")).toEqual(["Tweede set", "Eerste set"]);
  });

  it("put the set naming the person typed most prominently first, however old", () => {
    const corpus = twoSets("Songül Mutluer (PvdA), Kati Piri (PvdA)", "Kati Piri (PvdA), Songül Mutluer (PvdA)");
    submitted(corpus, { "Eerste set": "2020-01-01", "Tweede set": "2025-01-01" });
    expect(titles(corpus, "mutluer")).toEqual(["Eerste set", "Tweede set"]);
    expect(titles(corpus, "piri")).toEqual(["Tweede set", "Eerste set"]);
  });

  it("show a question two sets share once: from the newer set", () => {
    const shared = (title: string, extra: string) => body(HEADER(title), "Wat doet u tegen drones boven gevangenissen?", "Detectie.", extra, "Nee.");
    const corpus = () => corpusOf(["a.txt", shared("Drones", "Komt er een verbod?")], ["b.txt", shared("Drones", "Komt er een wet?")]);
    for (const newer of [0, 1]) {
      const c = corpus();
      c.sets[newer]!.official = { caseNumber: "2025Z00001", url: "https://example.org", submitted: "2025-01-01", answered: null, postponed: null };
      const hits = engineFor(c).search("drones gevangenissen", { limit: 5 });
      expect(hits.filter((h) => h.question.number === 1).map((h) => h.set.id)).toEqual([c.sets[newer]!.id]);
    }
  });
});

describe("the share of the query a hit covers", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Drones"), "Wat doet u tegen drones boven gevangenissen?", "Detectie.")],
    ["b.txt", body(HEADER("Gevangenissen"), "Hoe vol zijn de gevangenissen?", "Vol.")],
  );
  const engine = engineFor(corpus);
  const shareOf = (q: string, title: string) => engine.search(q, { limit: 5 }).find((h) => h.set.title === title)?.share;

  it("is whole for a question with every word, and a part for one with some", () => {
    expect(shareOf("drones gevangenissen", "Drones")).toBe(1);
    const part = shareOf("drones gevangenissen", "Gevangenissen")!;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(1);
  });

  it("counts a word the corpus lacks for half a word", () => {
    const analyzed = engine.analyze("drones gevangenissen zeppelinhangaar");
    const known = analyzed.words.filter((w) => w.weight > 0).reduce((s, w) => s + w.weight, 0);
    expect(analyzed.words.filter((w) => w.weight === 0)).toHaveLength(1);
    expect(shareOf("drones gevangenissen zeppelinhangaar", "Drones")).toBe(Math.round((1000 * known) / (known + 0.5)) / 1000);
    expect(shareOf("drones gevangenissen zeppelinhangaar kwallenbroedplaats", "Drones")).toBe(Math.round((1000 * known) / (known + 1)) / 1000);
  });

  it("is in /eerder the share of the draft question the hit matches best", () => {
    const draft = "Wat doet u tegen drones boven gevangenissen? Hoeveel gedetineerden zitten er in gevangenissen met een tekort aan personeel?";
    const drone = engine.similar(draft, 5).find((h) => h.set.title === "Drones")!;
    expect(drone.share).toBe(1);
    expect(engine.search(draft, { limit: 5 }).find((h) => h.set.title === "Drones")!.share).toBe(1);
  });
});

describe("a hit that covers little of the query", () => {
  const engine = engineFor(
    corpusOf(
      ["a.txt", body(HEADER("Drones"), "Wat doet u tegen drones boven gevangenissen?", "Detectie.")],
      ["b.txt", body(HEADER("Gevangenissen"), "Hoe vol zijn de gevangenissen?", "Vol.")],
    ),
  );

  it("is the nearest question, not a good match: it carries the words of substance it lacks, as typed, and no question words", () => {
    const [hit] = engine.search("wat doet de minister tegen drones bij zeppelinhangaars kwallenbroedplaatsen luchtschepen en ijsbeerverblijven", { limit: 1 });
    expect(hit!.share).toBeLessThan(WEAK_MATCH_SHARE);
    expect(hit!.weak).toEqual(["zeppelinhangaars", "kwallenbroedplaatsen", "luchtschepen", "ijsbeerverblijven"]);
  });

  it("says nothing of the kind for a question with most of the query's weight", () => {
    const [hit] = engine.search("drones boven zeppelinhangaars", { limit: 1 });
    expect(hit!.share).toBeGreaterThanOrEqual(WEAK_MATCH_SHARE);
    expect(hit!.weak).toBeUndefined();
    expect(engine.search("drones gevangenissen", { limit: 2 }).map((h) => h.weak)).toEqual([undefined, undefined]);
  });

  it("leaves a pasted draft to the labels of /eerder, however little of it one question covers", () => {
    const draft = "Wat doet u tegen drones bij zeppelinhangaars? Hoe vol zijn de kwallenbroedplaatsen bij luchtschepen en ijsbeerverblijven?";
    const hits = engine.search(draft, { limit: 5 });
    expect(hits.some((h) => h.share < WEAK_MATCH_SHARE)).toBe(true);
    expect(hits.filter((h) => h.weak)).toEqual([]);
  });
});

describe("a compound written with a hyphen", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Femicide"), "Hoe staat het met de femicide-monitor?", "Die komt er.")],
    ["b.txt", body(HEADER("Monitoring"), "Welke monitor houdt femicide bij, en welke monitor meldingen?", "Geen.")],
  );
  const engine = engineFor(corpus);

  it("is found typed joined as the exact word, before a text with its parts apart", () => {
    const hits = engine.search("femicidemonitor", { limit: 5 });
    expect(refs(hits)[0]).toBe("Femicide#1");
    expect(hits[0]!.share).toBe(1);
    expect(engine.analyze("femicidemonitor").words[0]!.exact).not.toBeNull();
  });

  it("is found typed apart as the words written", () => {
    expect(refs(engine.search("femicide monitor", { limit: 5 }))[0]).toBe("Femicide#1");
  });
});

describe("a word still being typed", () => {
  const engine = engineFor(corpusOf(["a.txt", body(HEADER("Femicide"), "Wat doet u tegen femicide?", "Veel.")]));
  it("is completed only when asked to", () => {
    expect(engine.search("femi", { prefixLast: true }).map((h) => h.set.title)).toEqual(["Femicide"]);
    expect(engine.search("femi")).toEqual([]);
  });
});

describe("/eerder's fusion of a draft's questions", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Eerste"), "Hoe lang zijn de wachtlijsten in de jeugdzorg?", "Lang.")],
    ["b.txt", body(HEADER("Tweede"), "Hoeveel klachten over windturbines zijn er gemeld?", "Veel.")],
    ["c.txt", body(HEADER("Derde"), "Zijn er klachten over de jeugdzorg en over windturbines?", "Enkele.")],
  );
  const engine = engineFor(corpus);
  const [q1, q2] = ["Hoe lang zijn de wachtlijsten in de jeugdzorg?", "Hoeveel klachten over windturbines zijn er gemeld?"];
  const draft = `${q1} ${q2}`;

  it("puts each draft question's twin before a question that every draft question finds only far behind its twin", () => {
    // Each draft question on its own finds its twin first, far ahead of the question about both.
    const scores = (q: string) => engine.search(q, { limit: 2 }).map((h) => [h.set.title, h.score] as const);
    const [[first1, top1], [second1, behind1]] = scores(q1) as [[string, number], [string, number]];
    const [[first2, top2], [second2, behind2]] = scores(q2) as [[string, number], [string, number]];
    expect([first1, second1, first2, second2]).toEqual(["Eerste", "Derde", "Tweede", "Derde"]);
    expect(behind1 / top1).toBeLessThan(0.2);
    expect(behind2 / top2).toBeLessThan(0.2);
    for (const hits of [engine.similar(draft, 3), engine.search(draft, { limit: 3 })]) {
      expect(hits.map((h) => h.set.title).slice(0, 2).sort()).toEqual(["Eerste", "Tweede"]);
      expect(hits[2]!.set.title).toBe("Derde");
    }
  });

  it("shows for each hit its share of the draft question it matches best", () => {
    const best = (title: string) => Math.max(...[draft, q1, q2].map((q) => engine.search(q.replace(/\?/g, ""), { limit: 3 }).find((h) => h.set.title === title)?.share ?? 0));
    const shares = Object.fromEntries(engine.similar(draft, 3).map((h) => [h.set.title, h.share]));
    expect(shares).toEqual({ Derde: best("Derde"), Eerste: 1, Tweede: 1 });
    expect(shares.Derde).toBeLessThan(1);
    expect(shares.Derde).toBeGreaterThan(engine.search(draft.replace(/\?/g, ""), { limit: 3 }).find((h) => h.set.title === "Derde")!.share);
  });

  it("counts a list's place for a hit as its share of the list's best score and, for less, by its rank", () => {
    expect(fusionShare(10, 10, 0)).toBe(1.5);
    expect(fusionShare(9.9, 10, 1)).toBeGreaterThan(1.4);
    expect(fusionShare(1, 10, 1)).toBeLessThan(0.6);
    expect(fusionShare(1, 10, 1)).toBeGreaterThan(fusionShare(1, 10, 2));
    expect(fusionShare(0, 0, 0)).toBe(0.5);
  });

  it("reads a pasted text as finished: its last word is not completed", () => {
    const femicide = engineFor(corpusOf(["a.txt", body(HEADER("Femicide"), "Wat doet u tegen femicide?", "Veel.")]));
    expect(femicide.similar("Wat doet u tegen femi")).toEqual([]);
    expect(femicide.similar("Wat doet u tegen femicide").map((h) => h.set.title)).toEqual(["Femicide"]);
  });
});

describe("suggestions for words with typos", () => {
  const engine = engineFor(
    corpusOf(["a.txt", body(HEADER("Stalking en drones"), "Wat doet u tegen stalking met drones?", "Veel.", "Komen er meer agenten?", "Ja.")]),
  );

  it("allow two slips in a word of seven letters or more, one in a shorter word", () => {
    expect(engine.suggestions("stxlkig")).toEqual(["stalking"]);
    expect(engine.suggestions("dronse")).toEqual(["drones"]);
    expect(engine.suggestions("drxnxs")).toEqual([]);
  });

  it("leave a Dutch word alone, and read only the first five words", () => {
    expect(engine.suggestions("kopen")).toEqual([]);
    expect(engine.suggestions("komne")).toEqual(["komen"]);
    expect(engine.suggestions("stalking agenten komen met drones dronse")).toEqual([]);
    expect(engine.suggestions("stalking agenten komen met dronse")).toEqual(["drones"]);
  });
});

describe("warming up after a start", () => {
  it("reads the word list before a user asks, and changes no result", () => {
    const corpus = corpusOf(["a.txt", body(HEADER("Wachtlijsten in de zorg"), "Hoe lang zijn de wachtlijsten bij de huisarts?", "Zes weken.")]);
    const { vocab, documents } = analyseSets(corpus.sets);
    const asked: string[] = [];
    const lexicon = { has: (w: string) => (asked.push(w), false), knows: () => false };
    const engine = new SearchEngine(corpus, vocab, LunrBackend.build(documents), lexicon);
    const before = refs(engineFor(corpus).search("wachtlijst huisarts"));
    engine.warmUp();
    expect(asked.length).toBeGreaterThan(0);
    expect(refs(engine.search("wachtlijst huisarts"))).toEqual(before);
    expect(before).toEqual(["Wachtlijsten in de zorg#1"]);
  });

  it("does not fail on a corpus without sets", () => {
    const empty = corpusOf();
    const { vocab, documents } = analyseSets(empty.sets);
    expect(() => new SearchEngine(empty, vocab, LunrBackend.build(documents), dutchLexicon()).warmUp()).not.toThrow();
  });
});
