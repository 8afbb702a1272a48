import { describe, expect, it } from "vitest";
import type { AnalyzedQuery, QueryWord } from "../../src/core/analysis.js";
import { alternativeQuality, ASKED_BONUS, compareRefs, askedTermShare, coverageExponent, draftQuestions, nearlyEqual, relevanceOf, nameProminence, questionPrior, rankBackendHits, setIndexHash, THIN_ANSWER_PRIOR, wordAlternatives, type BackendHit } from "../../src/core/search.js";
import type { QuestionSet } from "../../src/core/model.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const none: QueryWord = {
  word: "x",
  exact: null,
  parts: [],
  variants: [],
  joined: null,
  separated: [],
  knownPart: null,
  members: [],
  synonyms: [],
  corrections: [],
  prefix: null,
  weight: 0.5,
  repeats: 1,
};

describe("the alternatives of a query word", () => {
  it("match whole terms with fixed weights, and only a word still being typed as a prefix", () => {
    const w: QueryWord = {
      ...none,
      word: "politiebegroting",
      exact: "politiebegrot",
      joined: "wachtlijstbemiddel",
      separated: ["uitlever"],
      variants: ["gehackt"],
      parts: ["politie", "begrot"],
      knownPart: "begrot",
      members: ["levensverzeker"],
      synonyms: [["geld"], ["verenigd", "staten"]],
      corrections: ["femicid"],
      prefix: "politieb",
    };
    expect(wordAlternatives(w)).toEqual([
      { terms: ["politiebegrot"], weight: 0.5, prefix: false, quality: 0.5 },
      { terms: ["wachtlijstbemiddel"], weight: 1, prefix: false, quality: 1 },
      { terms: ["uitlever"], weight: 1, prefix: false, quality: 1 },
      { terms: ["gehackt"], weight: 0.8, prefix: false, quality: 0.8 },
      { terms: ["politie", "begrot"], weight: 0.3, prefix: false, quality: 0.6 },
      { terms: ["begrot"], weight: 0.5, prefix: false, quality: 0.5 },
      { terms: ["levensverzeker"], weight: 0.8, prefix: false, quality: 0.8 },
      { terms: ["geld"], weight: 0.6, prefix: false, quality: 0.6 },
      { terms: ["verenigd", "staten"], weight: 0.3, prefix: false, quality: 0.6, whole: true },
      { terms: ["femicid"], weight: 0.8, prefix: false, quality: 0.8 },
      { terms: ["politieb"], weight: 0.3, prefix: true, quality: 0.7 },
    ]);
  });

  it("leave out what a word does not have, and weigh a repeated word more", () => {
    expect(wordAlternatives({ ...none, exact: "femicid" })).toEqual([{ terms: ["femicid"], weight: 1, prefix: false, quality: 1 }]);
    expect(wordAlternatives(none)).toEqual([]);
    const twice = wordAlternatives({ ...none, exact: "femicid", repeats: 2 })[0]!;
    expect(twice.weight).toBeGreaterThan(1);
    expect(twice.quality).toBe(1);
  });

  it("cover a word by the share of its terms a document has, a term counted in part in part; a prefix as one term", () => {
    const pair = { terms: ["politie", "begrot"], weight: 0.3, prefix: false, quality: 0.6 };
    expect(alternativeQuality(pair, 0)).toBe(0);
    expect(alternativeQuality(pair, 1)).toBeCloseTo(0.3);
    expect(alternativeQuality(pair, 2)).toBeCloseTo(0.6);
    expect(alternativeQuality(pair, 5)).toBeCloseTo(0.6);
    const prefix = { terms: ["pol"], weight: 0.3, prefix: true, quality: 0.7 };
    expect(alternativeQuality(prefix, 3)).toBe(0.7);
    expect(alternativeQuality(prefix, 0.5)).toBeCloseTo(0.35);
    expect(alternativeQuality(pair, 1.5)).toBeCloseTo(0.45);
    expect(alternativeQuality(prefix, 0)).toBe(0);
  });

  it("count a term toward what a question asks in full, in part where the set's title holds it too, not at all outside the question", () => {
    expect(askedTermShare(true, false)).toBe(1);
    expect(askedTermShare(true, true)).toBe(0.5);
    expect(askedTermShare(false, true)).toBe(0);
    expect(askedTermShare(false, false)).toBe(0);
  });
});

describe("coverage exponent at the edge of a short query", () => {
  const query = (n: number): AnalyzedQuery => ({ words: Array.from({ length: n }, (_, i) => ({ ...none, word: `w${i}`, exact: `w${i}` })), empty: false });
  it("is 2 up to nine words and falls from the tenth", () => {
    expect(coverageExponent(query(9))).toBe(2);
    expect(coverageExponent(query(10))).toBeLessThan(2);
    // Words that weigh nothing do not make a query longer.
    const padded = query(9);
    padded.words.push({ ...none, weight: 0 });
    expect(coverageExponent(padded)).toBe(2);
  });
});

describe("the questions of a pasted draft", () => {
  it("splits on question marks and lines, drops the numbering, and keeps questions of four words or more", () => {
    const draft = "1. Bent u bekend met het bericht over femicide?  2) Deelt u de mening dat dit moet stoppen?\n3. Waarom?\n\n10. Wat gaat u doen aan de wachtlijsten!";
    expect(draftQuestions(draft)).toEqual([
      "Bent u bekend met het bericht over femicide?",
      "Deelt u de mening dat dit moet stoppen?",
      "Wat gaat u doen aan de wachtlijsten!",
    ]);
  });

  it("numbering is only taken off the front, and a word of four letters counts as a word", () => {
    expect(draftQuestions("Zijn er 3. 4) meer agenten gekomen? Hoeveel agenten zijn er nu?")).toEqual(["Zijn er 3. 4) meer agenten gekomen?", "Hoeveel agenten zijn er nu?"]);
    expect(draftQuestions("Wie doet wat hier?\nWie doet wat daar?")).toEqual(["Wie doet wat hier?", "Wie doet wat daar?"]);
    expect(draftQuestions("Wie doet dat?\nWie doet wat daar?")).toEqual([]);
  });

  it("takes numbering off with or without a space after it, and only numbering", () => {
    expect(draftQuestions("1.Bent u bekend met het bericht?\n2)Deelt u de mening van de burgemeester?")).toEqual([
      "Bent u bekend met het bericht?",
      "Deelt u de mening van de burgemeester?",
    ]);
    expect(draftQuestions("Hoeveel mensen hadden vorig jaar corona?\nCOVID-19. Hoeveel mensen zijn nog ziek?")).toEqual([
      "Hoeveel mensen hadden vorig jaar corona?",
      "COVID-19. Hoeveel mensen zijn nog ziek?",
    ]);
    expect(draftQuestions("Hoeveel agenten werken er in Utrecht  \t\nHoeveel agenten werken er in Zwolle   ")).toEqual([
      "Hoeveel agenten werken er in Utrecht",
      "Hoeveel agenten werken er in Zwolle",
    ]);
  });

  it("reads only the first 4000 characters of a paste", () => {
    const head = "Hoeveel agenten werken er in Utrecht?\nHoeveel agenten werken er in Zwolle?\n";
    const tail = "\nHoeveel agenten werken er in Almere?";
    expect(draftQuestions(head + "x".repeat(3800) + tail)).toHaveLength(3);
    expect(draftQuestions(head + "x".repeat(4000) + tail)).toHaveLength(2);
  });

  it("is empty for a single question, and reads at most six", () => {
    expect(draftQuestions("Bent u bekend met het bericht over femicide?")).toEqual([]);
    const many = Array.from({ length: 9 }, (_, i) => `${i + 1}. Hoeveel agenten werken er in regio ${i + 1}?`).join("\n");
    expect(draftQuestions(many)).toHaveLength(6);
    expect(draftQuestions(many)[0]).toBe("Hoeveel agenten werken er in regio 1?");
  });
});

describe("a set's index hash", () => {
  const [set] = corpusOf(["a.txt", [HEADER("Femicide"), "Wat doet u?", "Veel.", "En verder?", "Zie antwoord vraag 1."].join("\n")]).sets as QuestionSet[];
  it("changes with anything the index reads, and only then", () => {
    const base = setIndexHash(set!);
    expect(setIndexHash(structuredClone(set!))).toBe(base);
    const changed = (f: (s: QuestionSet) => void) => {
      const s = structuredClone(set!);
      f(s);
      return setIndexHash(s);
    };
    expect(changed((s) => (s.title = "Anders"))).not.toBe(base);
    expect(changed((s) => s.askers.push({ name: "A. Lid", party: "X" }))).not.toBe(base);
    expect(changed((s) => s.addressees.push("Minister"))).not.toBe(base);
    expect(changed((s) => (s.questions[0]!.text = "Wat anders?"))).not.toBe(base);
    expect(changed((s) => (s.questions[1]!.answer = null))).not.toBe(base);
    expect(changed((s) => (s.source = { file: "b.txt", line: 99 } as QuestionSet["source"]))).toBe(base);
  });
});

describe("suggestions for a word with a typo", () => {
  const engine = engineFor(corpusOf(["a.txt", [HEADER("Femicide in Nederland"), "Wat doet u tegen femicide?", "Veel."].join("\n")]));
  it("proposes corpus words near what was typed, none for a word the corpus has, at most as many as asked", () => {
    expect(engine.suggestions("femicdie")).toEqual(["femicide"]);
    expect(engine.suggestions("femicide")).toEqual([]);
    expect(engine.suggestions("femicdie nederlnad", 1)).toEqual(["femicide"]);
    expect(engine.suggestions("femicdie nederlnad")).toEqual(["femicide", "nederland"]);
  });
});

describe("a question answered with a bare yes or no", () => {
  const [set] = corpusOf([
    "a.txt",
    [HEADER("Antwoorden"), "Een?", "Ja.", "Twee?", " nee! ", "Drie?", "Neen", "Vier?", "Ja, want het moet.", "Vijf?", "Jazeker.", "Zes?", "Ja.\n\nMaar niet overal.", "Zeven?", "Tja.", "Acht?", "Het antwoord is nee."].join("\n"),
  ]).sets as QuestionSet[];
  it("counts for a little less than one with a real answer, and only then", () => {
    const priors = set!.questions.map((q) => [q.answer?.resolved.trim(), questionPrior(q)]);
    expect(priors.filter(([, p]) => p === THIN_ANSWER_PRIOR).map(([a]) => a)).toEqual(["Ja.", "nee!", "Neen"]);
    expect(priors.filter(([, p]) => p === 1)).toHaveLength(set!.questions.length - 3);
    expect(THIN_ANSWER_PRIOR).toBeLessThan(1);
  });
});

describe("how prominently a set names the people typed", () => {
  const [parsed] = corpusOf(["a.txt", [HEADER("Femicide"), "Wat doet u?", "Veel."].join("\n")]).sets as QuestionSet[];
  const set: QuestionSet = { ...parsed!, askers: [{ name: "S. Mutluer", party: "PvdA" }, { name: "B. Becker", party: "VVD" }], addressees: ["D. van Weel"] };
  const asked = (...w: string[]) => ({ words: w.map((x) => ({ ...none, word: x, exact: x })), empty: false });
  it("counts the first asker twice, a co-asker once and an addressee half", () => {
    expect(nameProminence(set, asked("mutluer"))).toBe(2);
    expect(nameProminence(set, asked("becker"))).toBe(1);
    expect(nameProminence(set, asked("weel"))).toBe(0.5);
    expect(nameProminence(set, asked("mutluer", "weel"))).toBe(2.5);
    expect(nameProminence(set, asked("femicide"))).toBe(0);
  });
});

describe("relevance", () => {
  const query = (...weights: number[]): AnalyzedQuery => ({ words: weights.map((weight, i) => ({ ...none, word: `w${i}`, exact: `w${i}`, weight })), empty: false });

  it("is the score times the covered share squared, and the score alone for a query that weighs nothing", () => {
    expect(relevanceOf(query(1, 1))(8, 1, 0)).toBe(2);
    expect(relevanceOf(query(1, 1))(8, 5, 0)).toBe(8);
    expect(relevanceOf(query(0))(8, 0, 0)).toBe(8);
    expect(relevanceOf({ words: [], empty: true })(8, 0, 0)).toBe(8);
  });

  it("grows with the share the question's own text covers, by up to ASKED_BONUS", () => {
    expect(relevanceOf(query(1, 1))(8, 2, 2)).toBeCloseTo(8 * (1 + ASKED_BONUS), 10);
    expect(relevanceOf(query(1, 1))(8, 2, 1)).toBeCloseTo(8 * (1 + ASKED_BONUS / 2), 10);
    expect(relevanceOf(query(1, 1))(8, 2, 5)).toBeCloseTo(8 * (1 + ASKED_BONUS), 10);
    expect(relevanceOf(query(0))(8, 0, 1)).toBe(8);
  });

  it("gives a long paste less of that bonus, as its coverage exponent falls", () => {
    const long = query(...Array.from({ length: 12 }, () => 1));
    const exponent = coverageExponent(long);
    expect(exponent).toBeLessThan(2);
    expect(relevanceOf(long)(8, 12, 12)).toBeCloseTo(8 * (1 + (ASKED_BONUS * exponent) / 2), 10);
    expect(relevanceOf(long)(8, 12, 0)).toBe(8);
  });
});

describe("ranking a backend's hits", () => {
  const query: AnalyzedQuery = { words: [{ ...none, word: "a", exact: "a", weight: 1 }, { ...none, word: "b", exact: "b", weight: 1 }], empty: false };
  const hit = (ref: string, score: number, coverage: number, asked = 0): BackendHit => ({ ref, score, coverage, asked, matched: new Set(coverage > 0 ? [0] : []) });

  it("orders by relevance, equal ones in reading order, and leaves out what covers nothing of the query", () => {
    const ranked = rankBackendHits([hit("s#10", 3, 1), hit("s#9", 3, 1), hit("t#1", 5, 1), hit("u#1", 9, 0)], query);
    expect(ranked.map((r) => r.hit.ref)).toEqual(["t#1", "s#9", "s#10"]);
    expect(ranked[0]!.score).toBeGreaterThan(0);
    expect(ranked[1]!.score).toBe(ranked[2]!.score);
  });

  it("puts first of two equal matches the one whose question's own text covers the query", () => {
    const ranked = rankBackendHits([hit("s#1", 3, 2, 0), hit("s#2", 3, 2, 2), hit("s#3", 3, 2, 1)], query);
    expect(ranked.map((r) => r.hit.ref)).toEqual(["s#2", "s#3", "s#1"]);
  });

  it("takes scores within a thousandth of each other for a tie, so that both backends break it alike", () => {
    // As two backends may sum the same BM25 terms: the fourth digit differs, the order must not.
    for (const [first, second] of [[3.0005, 3], [3, 3.0005]]) {
      const ranked = rankBackendHits([hit("s#10", first!, 1), hit("s#9", second!, 1)], query);
      expect(ranked.map((r) => r.hit.ref)).toEqual(["s#9", "s#10"]);
    }
    // A larger difference still decides.
    expect(rankBackendHits([hit("s#10", 3.01, 1), hit("s#9", 3, 1)], query).map((r) => r.hit.ref)).toEqual(["s#10", "s#9"]);
    expect(nearlyEqual(1000, 1000.9)).toBe(true);
    expect(nearlyEqual(1000, 1001.1)).toBe(false);
    expect(nearlyEqual(0, 0)).toBe(true);
  });
});

describe("ranking only the candidates that can still be shown", () => {
  const query: AnalyzedQuery = { words: [{ ...none, word: "a", exact: "a", weight: 1 }], empty: false };
  const hit = (ref: string, score: number): BackendHit => ({ ref, score, coverage: 1, asked: 0, matched: new Set([0]) });
  // Forty candidates on forty sets, each a little less relevant than the one before.
  const hits = Array.from({ length: 40 }, (_, i) => hit(`s${String(i).padStart(2, "0")}#1`, 40 - i));
  const top = (ranked: { hit: BackendHit }[], n: number) => ranked.slice(0, n).map((r) => r.hit.ref);

  it("gives the same first hits as ranking every candidate, and reads the priors of few", () => {
    const prior = (ref: string) => (ref.endsWith("3#1") ? 0.9 : 1);
    const read: string[] = [];
    const bounded = rankBackendHits(hits, query, (ref) => (read.push(ref), prior(ref)), compareRefs, { wanted: 3, maxPrior: 1, key: (ref) => ref });
    expect(top(bounded, 3)).toEqual(top(rankBackendHits(hits, query, prior), 3));
    expect(read).toEqual(["s00#1", "s01#1", "s02#1"]);
  });

  it("still reads a candidate far down when its prior could lift it past the shown hits", () => {
    const prior = (ref: string) => (ref === "s09#1" ? 2 : 1);
    const bounded = rankBackendHits(hits, query, prior, compareRefs, { wanted: 3, maxPrior: 2, key: (ref) => ref });
    expect(top(bounded, 3)).toEqual(top(rankBackendHits(hits, query, prior), 3));
    expect(top(bounded, 1)).toEqual(["s09#1"]);
  });

  it("counts candidates with the same question once, and one that will not be shown not at all", () => {
    // The first five are one question, the sixth is missing: three shown questions need the seventh and eighth.
    const key = (ref: string) => (ref < "s05" ? "same" : ref === "s05#1" ? null : ref);
    const read: string[] = [];
    rankBackendHits(hits, query, (ref) => (read.push(ref), 1), compareRefs, { wanted: 3, maxPrior: 1, key });
    expect(read).toEqual(hits.slice(0, 8).map((h) => h.ref));
  });
});

describe("the score a search shows", () => {
  const engine = engineFor(corpusOf(["a.txt", [HEADER("Drones"), "Wat doet u tegen drones boven gevangenissen?", "Detectie.", "Hoeveel drones zijn er?", "Veel."].join("\n")]));
  it("is the ranking's score to three decimals", () => {
    const analyzed = engine.analyze("drones gevangenissen");
    const ranked = rankBackendHits(engine.backend.search(analyzed, 10), analyzed);
    const hits = engine.search("drones gevangenissen");
    expect(hits.map((h) => h.score)).toEqual(ranked.map((r) => Math.round(r.score * 1000) / 1000));
    expect(hits[0]!.score).not.toBe(ranked[0]!.score);
  });
});
