/**
 * The vocabulary of a SQLite search index, read on demand: word counts, the
 * corpus words a typo may stand for, and the compounds a word is part of.
 */
import type Database from "better-sqlite3";
import { editDistance, type WordIndex } from "../core/analysis.js";

/** A word with its letters in reverse order; terms are ASCII letters and digits (see `tokens`). */
export function reversed(word: string): string {
  let out = "";
  for (let i = word.length - 1; i >= 0; i--) out += word[i];
  return out;
}

/**
 * The letters of a word, to rule out corpus words cheaply before their edit
 * distance is worked out: every edit adds, drops or swaps at most one letter
 * of each word's surplus, so the larger surplus never exceeds the edit
 * distance. Letters are counted by their code modulo 128: letters that
 * share a count only make the bound lower.
 */
export class LetterBag {
  private readonly counts = new Int32Array(128);
  private readonly scratch = new Int32Array(128);

  constructor(private readonly word: string) {
    for (let i = 0; i < word.length; i++) this.counts[word.charCodeAt(i) & 127]!++;
  }

  /** A lower bound of the edit distance from the word to `other`. */
  distance(other: string): number {
    this.scratch.set(this.counts);
    let shared = 0;
    for (let i = 0; i < other.length; i++) {
      const c = other.charCodeAt(i) & 127;
      if (this.scratch[c]! > 0) shared++;
      this.scratch[c]!--;
    }
    return Math.max(this.word.length - shared, other.length - shared);
  }
}

/** The vocabulary, read from SQLite on demand. */
export class SqliteWordIndex implements WordIndex {
  private readonly hasStmt;
  private readonly nearStmt;
  private readonly cache = new Map<string, number>();
  private readonly compoundStmt;
  /** Typo candidates per word: a pasted draft asks for each word twice (in the whole text and in its question). */
  private readonly near = new Map<string, string[]>();
  private readonly compounds = new Map<string, string[]>();

  /** `reversedWords`: the vocabulary has its words reversed (an index of an older layout that could not be brought up to date yet has not). */
  constructor(
    db: Database.Database,
    private readonly reversedWords: boolean,
  ) {
    this.hasStmt = db.prepare("SELECT count FROM vocab WHERE word = ?").pluck();
    this.nearStmt = db.prepare("SELECT word, count FROM vocab WHERE first = ? AND len BETWEEN ? AND ?");
    // Words that begin with it are a range of the key, those that end with it a range of the reversed words ('{' follows every letter and digit).
    const endingWith = reversedWords ? "rev > :rev AND rev < :rev || '{'" : "substr(word, -:wordLen) = :word";
    this.compoundStmt = db
      .prepare(
        `SELECT word FROM (SELECT word, count FROM vocab WHERE word > :word AND word < :word || '{' AND len >= :len
           UNION SELECT word, count FROM vocab WHERE ${endingWith} AND len >= :len)
         ORDER BY count DESC, word LIMIT :limit`,
      )
      .pluck();
  }

  count(word: string): number {
    let c = this.cache.get(word);
    if (c === undefined) {
      c = (this.hasStmt.get(word) as number | undefined) ?? 0;
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(word, c);
    }
    return c;
  }

  has(word: string): boolean {
    return this.count(word) > 0;
  }

  forget(): void {
    this.cache.clear();
    this.near.clear();
    this.compounds.clear();
  }

  compoundsOf(word: string, limit: number): string[] {
    const key = `${limit} ${word}`;
    let found = this.compounds.get(key);
    if (!found) {
      const ending = this.reversedWords ? { rev: reversed(word) } : { wordLen: word.length };
      found = this.compoundStmt.all({ word, ...ending, len: word.length + 3, limit }) as string[];
      if (this.compounds.size > 20_000) this.compounds.clear();
      this.compounds.set(key, found);
    }
    return [...found];
  }

  /** Candidates share the first letter: typos there are rare and it keeps the scan small. */
  nearby(word: string, maxDistance: number, limit = 3): string[] {
    const key = `${maxDistance} ${limit} ${word}`;
    let found = this.near.get(key);
    if (!found) {
      const rows = this.nearStmt.all(word[0] ?? "", word.length - maxDistance, word.length + maxDistance) as { word: string; count: number }[];
      const letters = new LetterBag(word);
      found = rows
        .filter((r) => letters.distance(r.word) <= maxDistance)
        .map((r) => ({ ...r, d: r.word === word ? 99 : editDistance(word, r.word, maxDistance) }))
        .filter((r) => r.d <= maxDistance)
        .sort((a, b) => a.d - b.d || b.count - a.count || a.word.localeCompare(b.word))
        .slice(0, limit)
        .map((r) => r.word);
      if (this.near.size > 20_000) this.near.clear();
      this.near.set(key, found);
    }
    return [...found];
  }
}
