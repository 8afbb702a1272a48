/**
 * One search interface over interchangeable backends. Analysis happens here,
 * so every backend sees the same Dutch terms and ranks with the same rules.
 */
import { analyzeQuery, indexTerms, Vocabulary, words, type AnalyzedQuery, type QueryWord, type WordIndex } from "./analysis.js";
import type { Corpus } from "./corpus.js";
import type { Question, QuestionSet } from "./model.js";
import { fold } from "./text.js";

/** What a backend indexes for one question; fields hold analysed terms. */
export interface SearchDocument {
  ref: string;
  title: string[];
  people: string[];
  question: string[];
  answer: string[];
}

export interface BackendHit {
  ref: string;
  score: number;
  /** Which query words (by index) the document matched. */
  matched: Set<number>;
}

/** A search backend: built or opened elsewhere, asked here. */
export interface SearchBackend {
  readonly name: string;
  search(query: AnalyzedQuery, limit: number): BackendHit[];
  stats(): { documents: number };
}

export interface SearchHit {
  set: QuestionSet;
  question: Question;
  score: number;
}

/** Field weights: a title or question word says more than a word deep in an answer. */
export const FIELD_BOOSTS = { title: 3, people: 2, question: 2, answer: 1 } as const;
export const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/** One way a query word can match: its own stem, its compound parts, a correction, or a prefix. */
export interface WordAlternative {
  terms: string[];
  weight: number;
  prefix: boolean;
}

/**
 * The alternatives of a query word, with the weights every backend uses: a
 * document scores a word by its best alternative, so a typo correction never
 * outweighs the exact word.
 */
export function wordAlternatives(w: QueryWord): WordAlternative[] {
  const out: WordAlternative[] = [];
  if (w.exact) out.push({ terms: [w.exact], weight: 1, prefix: false });
  if (w.parts.length) out.push({ terms: w.parts, weight: 0.6 / w.parts.length, prefix: false });
  for (const c of w.corrections) out.push({ terms: [c], weight: 0.5, prefix: false });
  if (w.prefix) out.push({ terms: [w.prefix], weight: 0.3, prefix: true });
  return out;
}

export function documentRef(set: QuestionSet, question: Question): string {
  return `${set.id}#${question.number}`;
}

/** The words a set contributes to the vocabulary; pointing answers add nothing new. */
export function setWords(set: QuestionSet): string[] {
  const out: string[] = [];
  const setText = [set.title, ...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees].join(" ");
  out.push(...words(setText));
  for (const q of set.questions) {
    out.push(...words(q.text));
    if (q.answer && q.answer.kind === "direct") out.push(...words(q.answer.text));
  }
  return out;
}

/** Builds the vocabulary that compound splitting and typo correction lean on. */
export function buildVocabulary(corpus: Corpus): Vocabulary {
  const vocab = new Vocabulary();
  for (const set of corpus.sets) for (const w of setWords(set)) vocab.add(w);
  return vocab;
}

/** The analysed documents of one set, one per question. */
export function* setDocuments(set: QuestionSet, vocab: WordIndex): Generator<SearchDocument> {
  const title = indexTerms(set.title, vocab);
  const people = indexTerms([...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees].join(" "), vocab);
  for (const q of set.questions) {
    yield {
      ref: documentRef(set, q),
      title,
      people,
      question: indexTerms(q.text, vocab),
      answer: q.answer ? indexTerms(q.answer.resolved, vocab) : [],
    };
  }
}

/** The documents for every question of the corpus, analysed. */
export function* searchDocuments(corpus: Corpus, vocab: WordIndex): Generator<SearchDocument> {
  for (const set of corpus.sets) yield* setDocuments(set, vocab);
}

/** How many backend hits to rank for `limit` results: coverage can reorder them. */
export function candidateCount(limit: number): number {
  return limit * 4 + 20;
}

/**
 * Ranks backend hits the same way for every backend: a document matching
 * less than half of the query words is noise; the rest are scored by
 * relevance times coverage squared, so matching all words beats one word often.
 */
export function rankBackendHits(hits: BackendHit[], queryWords: number): { hit: BackendHit; score: number }[] {
  const minMatched = Math.ceil(queryWords / 2);
  return hits
    .filter((hit) => hit.matched.size >= minMatched)
    .map((hit) => {
      const coverage = hit.matched.size / queryWords;
      return { hit, score: hit.score * coverage * coverage };
    })
    .sort((a, b) => b.score - a.score || a.hit.ref.localeCompare(b.hit.ref));
}

export interface SearchOptions {
  limit?: number;
  /** Treat the last word as still being typed (autocomplete). */
  prefixLast?: boolean;
}

/** Searches questions; binds a corpus, its vocabulary and a backend. */
export class SearchEngine {
  constructor(
    readonly corpus: Corpus,
    readonly vocabulary: WordIndex,
    readonly backend: SearchBackend,
  ) {}

  analyze(query: string, prefixLast = false): AnalyzedQuery {
    return analyzeQuery(query, this.vocabulary, { prefixLast });
  }

  /**
   * Best questions first (see rankBackendHits); identical questions appear once.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const analyzed = this.analyze(query, options.prefixLast ?? false);
    if (analyzed.empty) return [];
    const total = analyzed.words.length;
    const ranked = rankBackendHits(this.backend.search(analyzed, candidateCount(limit)), total);
    const seen = new Set<string>();
    const out: SearchHit[] = [];
    for (const { hit, score } of ranked) {
      const found = this.lookup(hit.ref);
      if (!found) continue;
      const key = fold(found.question.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...found, score: Math.round(score * 1000) / 1000 });
      if (out.length >= limit) break;
    }
    return out;
  }

  lookup(ref: string): { set: QuestionSet; question: Question } | null {
    const hash = ref.lastIndexOf("#");
    const set = this.corpus.byId.get(ref.slice(0, hash));
    const question = set?.questions.find((q) => q.number === Number(ref.slice(hash + 1)));
    return set && question ? { set, question } : null;
  }

  /** Corpus words close to what was typed, for "bedoelde u ...?" suggestions. */
  suggestions(query: string, limit = 3): string[] {
    const out = new Set<string>();
    for (const w of words(query).slice(0, MAX_SUGGEST_WORDS)) {
      for (const near of this.vocabulary.nearby(w, w.length >= 7 ? 2 : 1, 2)) {
        if (this.vocabulary.count(near) > 0) out.add(near);
      }
    }
    return [...out].slice(0, limit);
  }
}

const MAX_SUGGEST_WORDS = 5;
