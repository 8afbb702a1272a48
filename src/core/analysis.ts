/**
 * Dutch text analysis shared by every search backend: folding, stop words,
 * stemming, compound splitting and typo correction against the corpus words.
 */
import { isStopWord, stem } from "./lunr-nl.js";
import { fold } from "./text.js";

/** Bump when analysis changes so saved indexes are rebuilt. */
export const ANALYSIS_VERSION = 3;

const MIN_PART = 4;
const MIN_COMPOUND = 8;

/** Folded words of a text; numbers keep their digits ("2.194" → "2194"). */
export function words(text: string): string[] {
  const folded = fold(text).replace(/(\d)[.,](?=\d)/g, "$1");
  const out: string[] = [];
  for (const m of folded.matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    if (w.length < 2 && !/\d/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** What compound splitting and typo correction need from a dictionary of corpus words. */
export interface WordIndex {
  has(word: string): boolean;
  count(word: string): number;
  nearby(word: string, maxDistance: number, limit?: number): string[];
}

/** The corpus words with their counts: the dictionary for compounds and typos. */
export class Vocabulary implements WordIndex {
  private readonly counts: Map<string, number>;
  /** Words by first letter and length: a typo's candidates share both, give or take the distance. */
  private buckets: Map<string, string[]> | null = null;

  constructor(entries: Iterable<[string, number]> = []) {
    this.counts = new Map(entries);
  }

  add(word: string): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    this.buckets = null;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  entries(): [string, number][] {
    return [...this.counts.entries()];
  }

  /**
   * Corpus words within a small edit distance, most frequent first. Like the
   * SQLite backend it only considers words with the same first letter.
   */
  nearby(word: string, maxDistance: number, limit = 3): string[] {
    if (!this.buckets) {
      this.buckets = new Map();
      for (const w of this.counts.keys()) {
        const key = `${w[0]}${w.length}`;
        const list = this.buckets.get(key) ?? [];
        list.push(w);
        this.buckets.set(key, list);
      }
    }
    const found: { w: string; d: number; c: number }[] = [];
    for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
      for (const candidate of this.buckets.get(`${word[0]}${len}`) ?? []) {
        const d = editDistance(word, candidate, maxDistance);
        if (d <= maxDistance && candidate !== word) found.push({ w: candidate, d, c: this.count(candidate) });
      }
    }
    found.sort((a, b) => a.d - b.d || b.c - a.c || a.w.localeCompare(b.w));
    return found.slice(0, limit).map((f) => f.w);
  }
}

/**
 * Optimal string alignment distance (adjacent swaps count as one edit),
 * stopping early once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Splits a Dutch compound into corpus words: "politiebegroting" → ["politie",
 * "begroting"], with the linking "s" of "veiligheidsbeleid" allowed.
 */
export function splitCompound(word: string, vocab: WordIndex, depth = 0): string[] | null {
  if (word.length < MIN_COMPOUND || depth > 2) return null;
  let best: string[] | null = null;
  let bestScore = 0;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const left = word.slice(0, i);
    if (!vocab.has(left) || isStopWord(left)) continue;
    for (const skip of [0, 1]) {
      if (skip === 1 && word[i] !== "s") continue;
      const right = word.slice(i + skip);
      if (right.length < MIN_PART) continue;
      const rightParts = vocab.has(right) && !isStopWord(right) ? [right] : splitCompound(right, vocab, depth + 1);
      if (!rightParts) continue;
      // Prefer balanced splits made of frequent words: "politie|begroting" over "polit|iebegroting".
      const parts = [left, ...rightParts];
      const score = Math.min(...parts.map((p) => p.length)) * 10 + Math.log(1 + Math.min(...parts.map((p) => vocab.count(p))));
      if (score > bestScore) {
        best = parts;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Remembers the terms of each word per dictionary: a corpus repeats the same
 * words endlessly, and stemming plus compound splitting dominate indexing time.
 */
const termCache = new WeakMap<WordIndex, Map<string, string[]>>();

function wordTerms(w: string, vocab: WordIndex): string[] {
  let cache = termCache.get(vocab);
  if (!cache) termCache.set(vocab, (cache = new Map()));
  let terms = cache.get(w);
  if (!terms) {
    terms = isStopWord(w) ? [] : [stem(w), ...(splitCompound(w, vocab)?.map(stem) ?? [])];
    if (cache.size > 500_000) cache.clear();
    cache.set(w, terms);
  }
  return terms;
}

/** Terms to index for a text: stems of the words and of their compound parts. */
export function indexTerms(text: string, vocab: WordIndex): string[] {
  const out: string[] = [];
  for (const w of words(text)) for (const t of wordTerms(w, vocab)) out.push(t);
  return out;
}

/** One word of a query with the terms that may stand in for it. */
export interface QueryWord {
  word: string;
  /** The stem of the word itself, when the corpus knows it. */
  exact: string | null;
  /** Stems of compound parts that together mean the same ("begroting", "politie"). */
  parts: string[];
  /** Stems of corpus words one or two edits away, when the word itself is unknown. */
  corrections: string[];
  /** The folded word for prefix matching of a word still being typed. */
  prefix: string | null;
}

export interface AnalyzedQuery {
  words: QueryWord[];
  /** True when only stop words or noise was typed. */
  empty: boolean;
}

/** Maximum number of query words considered; long pastes are cut, not refused. */
export const MAX_QUERY_WORDS = 12;

/** Analyses a user query against the corpus words. Never throws. */
export function analyzeQuery(query: string, vocab: WordIndex, options: { prefixLast?: boolean } = {}): AnalyzedQuery {
  const all = words(query.slice(0, 2000));
  const meaningful = all.filter((w) => !isStopWord(w)).slice(0, MAX_QUERY_WORDS);
  const out: QueryWord[] = meaningful.map((w, i) => {
    const known = vocab.has(w);
    const parts = splitCompound(w, vocab)?.map(stem) ?? [];
    let corrections: string[] = [];
    if (!known && parts.length === 0 && !/^\d+$/.test(w) && w.length >= 4) {
      corrections = vocab.nearby(w, w.length >= 8 ? 2 : 1).map(stem);
    }
    const isLast = i === meaningful.length - 1;
    return {
      word: w,
      exact: known || parts.length > 0 || corrections.length === 0 ? stem(w) : null,
      parts,
      corrections: [...new Set(corrections)],
      prefix: options.prefixLast && isLast && w.length >= 3 ? w : null,
    };
  });
  return { words: out, empty: out.length === 0 };
}
