import { describe, expect, it } from "vitest";
import { editDistance } from "../src/core/analysis.js";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { LetterBag } from "../src/search/sqlite-word-index.js";
import { mulberry32 } from "./bench/generate.js";
import { seedCorpus } from "./helpers.js";

/** A word with `edits` random insertions, deletions, substitutions or swaps of neighbours. */
function typo(word: string, edits: number, rand: () => number): string {
  let w = word;
  const letter = () => "abcdefghijklmnopqrstuvwxyz0123456789éü"[Math.floor(rand() * 38)]!;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (w.length + 1));
    const op = Math.floor(rand() * 4);
    if (op === 0) w = w.slice(0, at) + letter() + w.slice(at);
    else if (op === 1 && w.length > 1) w = w.slice(0, at) + w.slice(at + 1);
    else if (op === 2) w = w.slice(0, at) + letter() + w.slice(at + 1);
    else if (at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  }
  return w;
}

describe("typo candidates from the SQLite vocabulary", () => {
  const backend = SqliteBackend.open(":memory:");
  backend.sync(seedCorpus());
  const words = backend.db.prepare("SELECT word FROM vocab ORDER BY word").pluck().all() as string[];
  const rand = mulberry32(7);

  it("rules out a word by its letters only when its edit distance is larger", () => {
    let ruledOut = 0;
    for (let i = 0; i < 4000; i++) {
      const a = words[Math.floor(rand() * words.length)]!;
      const b = rand() < 0.5 ? typo(a, 1 + Math.floor(rand() * 3), rand) : words[Math.floor(rand() * words.length)]!;
      const bound = new LetterBag(a).distance(b);
      expect(bound, `${a} → ${b}`).toBeLessThanOrEqual(editDistance(a, b, 64));
      if (bound > 2) ruledOut++;
    }
    // The bound is no formality: most unrelated words are ruled out by it.
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it("finds the words every candidate's edit distance would find, in the same order", () => {
    const all = backend.db.prepare("SELECT word, count FROM vocab").all() as { word: string; count: number }[];
    for (let i = 0; i < 300; i++) {
      const source = words[Math.floor(rand() * words.length)]!;
      const word = typo(source, 1 + Math.floor(rand() * 2), rand);
      const max = word.length >= 8 ? 2 : 1;
      const expected = all
        .filter((r) => r.word[0] === word[0] && Math.abs(r.word.length - word.length) <= max)
        .map((r) => ({ ...r, d: r.word === word ? 99 : editDistance(word, r.word, max) }))
        .filter((r) => r.d <= max)
        .sort((a, b) => a.d - b.d || b.count - a.count || a.word.localeCompare(b.word))
        .slice(0, 3)
        .map((r) => r.word);
      expect(backend.vocabulary.nearby(word, max), word).toEqual(expected);
    }
  });
});
