/**
 * The topic model counts the words of a whole dump letter by letter, as codes;
 * its similarities must be exactly those of counting the words `topicWords`
 * gives, as strings, whatever characters the text holds.
 */
import { describe, expect, it } from "vitest";
import { TopicModel, topicWords } from "../../src/core/boundary.js";

/** The cosine similarity of two windows, the plain way: every paragraph's words as strings. */
function reference(paragraphs: string[], before: number[], after: number[]): number | null {
  const df = new Map<string, number>();
  for (const p of paragraphs) for (const w of new Set(topicWords(p))) df.set(w, (df.get(w) ?? 0) + 1);
  const vector = (indexes: number[]) => {
    const counts = new Map<string, number>();
    for (const i of indexes) for (const w of topicWords(paragraphs[i]!)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [w, c] of counts) v.set(w, (1 + Math.log(c)) * Math.log((paragraphs.length + 1) / ((df.get(w) ?? 0) + 0.5)));
    return v;
  };
  const a = vector(before);
  const b = vector(after);
  if (a.size < 8 || b.size < 8) return null;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    dot += x * (b.get(w) ?? 0);
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const WORDS = [
  "politie", "Politie", "POLITIEKE", "Curaçao", "Zoë", "café", "naïeve", "coördinatie", "ﬁnanciering", "Σύνταγμα", "Kelvin",
  "waarom", "Waarom", "WAAROM", "toelichten", "toelichtenx", "aangeven", "hierover", "bericht", "berichten",
  "begroting", "begrotingen", "dijkversterking", "Dijk-versterking", "water`schap", "’s-Hertogenbosch", "Ærø", "straße",
  "İstanbul", "ǅemal", "stik\u00adstof", "e\u0301e\u0301n", "😀emoji", "2025", "abc", "abcd", "ABCDE", "abcdefghijkl",
];

function paragraphs(seed: number, count: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + Math.floor(next() * 30) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.8 ? " " : ", "),
  );
}

describe("topic model", () => {
  it("gives the similarities of counting topic words as strings, on text with accents, ligatures, other scripts and stop words", () => {
    let measured = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const texts = paragraphs(seed, 40);
      const model = new TopicModel(texts);
      const before = [0, 1, 2, 3, 4, 5];
      const after = [6, 7, 8, 9, 10];
      const got = model.similarity(before, after, 3, 3);
      expect(got).toBe(reference(texts, before, after));
      if (got !== null) measured++;
    }
    expect(measured).toBeGreaterThan(20);
  });

  it("counts a word once per paragraph and none that only stop words make up", () => {
    const texts = ["dijk dijk dijk dijk waarom waarom", "dijk water", ...paragraphs(7, 20)];
    const model = new TopicModel(texts);
    expect(model.similarity([0, 2, 3, 4], [1, 5, 6, 7], 2, 2)).toBe(reference(texts, [0, 2, 3, 4], [1, 5, 6, 7]));
  });
});
