/**
 * One search interface over interchangeable backends. Analysis happens here,
 * so every backend sees the same Dutch terms and ranks with the same rules.
 */
import { NO_LEXICON, type Lexicon } from "./lexicon.js";
import { NO_ACRONYMS, type AcronymTable } from "./acronyms.js";
import { analyzeQuery, countedWeight, LIGHT_WORD_SHARE, namesSubject, words, type AnalyzedQuery, type QueryWord, type WordIndex } from "./analysis.js";
import type { CorpusView } from "./corpus-view.js";
import type { Question, QuestionSet } from "./model.js";
import { fold, shortHash } from "./text.js";
import { likeness } from "./likeness.js";
import { isNewsOpener } from "./classify.js";
import { asksAlike } from "./ask-kind.js";

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
  /** The query words' weights the document covers, each times how well it matched (see WordAlternative.quality). */
  coverage: number;
  /**
   * The same for the question's own text: what the question asks about, rather than what its set or its answer mention.
   * A term the set's title holds as well counts ASKED_IN_TITLE of a term (see askedTermShare).
   */
  asked: number;
}

/** A search backend: built or opened elsewhere, asked here. */
export interface SearchBackend {
  readonly name: string;
  /** A question word or light verb only adds to a document a word with content found: it never brings one in alone. */
  search(query: AnalyzedQuery, limit: number): BackendHit[];
  stats(): { documents: number };
}

export interface SearchHit {
  set: QuestionSet;
  question: Question;
  score: number;
  /** The share of the query's weight the question covers, 0–1. */
  share: number;
  /**
   * The query's words of substance the question does not match, as typed, when it covers less
   * than WEAK_MATCH_SHARE of a query (not of a pasted draft, which /eerder labels instead).
   */
  weak?: string[];
}

/**
 * Below this share of a query's weight the best question is no good match, only the nearest
 * one: a subject the archive lacks still shares a word or two with some question. On the dev
 * half about 3% of right first hits fall below it, against about 28% of wrong ones and about
 * half of the never-asked queries that find anything at all (see test/eval/weak-matches.ts).
 */
export const WEAK_MATCH_SHARE = 0.3;

/**
 * A hit after the first that scores at least this share of it is nearly as
 * good, and /vraag names it under the best one: within a set the question
 * meant and its neighbour often share every word typed. On the dev half the
 * right question is then in view for about 4 more searches in 100, at about
 * one extra line in two replies; 0.6 adds half a point for a quarter more
 * lines (see test/eval/close-hits.ts).
 */
export const CLOSE_SCORE_SHARE = 0.7;

/** The hits right after the first that score nearly as well and are good matches themselves; at most `max`. */
export function closeRunnersUp(hits: readonly SearchHit[], max = 2): SearchHit[] {
  const [best, ...rest] = hits;
  const out: SearchHit[] = [];
  // A hit after the first means there is a first.
  for (const h of rest.slice(0, max)) {
    if (h.weak || h.score < CLOSE_SCORE_SHARE * best!.score) break;
    out.push(h);
  }
  return out;
}

/** An earlier question close to a pasted text, with how alike the two are read both ways (see likeness.ts), 0–1. */
export interface SimilarHit extends SearchHit {
  likeness: number;
}

/** Field weights: a title or question word says more than a word deep in an answer. */
export const FIELD_BOOSTS = { title: 3, people: 2, question: 2, answer: 0.5 } as const;
export const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];
/** The field of the question's own text (see BackendHit.asked). */
export const QUESTION_FIELD = FIELDS.indexOf("question");
/** The field of the set's title, which every question of the set shares. */
export const TITLE_FIELD = FIELDS.indexOf("title");

/** One way a query word can match: its own stem, a joined or split compound, another form, a correction, or a prefix. */
export interface WordAlternative {
  terms: string[];
  /** Multiplies the BM25 weight of each term. */
  weight: number;
  prefix: boolean;
  /**
   * How fully a document matching all terms covers the word: the exact word
   * fully, compound parts or a typo correction only in part. A document
   * matching some of the terms covers that share of it.
   */
  quality: number;
  /** A phrase that stands in only where a text has every one of its terms ("penitentiaire inrichting", not "inrichting" alone). */
  whole?: boolean;
}

/**
 * The alternatives of a query word, with the weights every backend uses: a
 * document scores a word by its best alternative, so a typo correction never
 * outweighs the exact word.
 */
export function wordAlternatives(w: QueryWord): WordAlternative[] {
  const out = ownAlternatives(w);
  const boost = repeatBoost(w.repeats);
  return boost === 1 ? out : out.map((a) => ({ ...a, weight: a.weight * boost }));
}

/**
 * A word's repeats in the query, saturating like BM25's term frequency: twice
 * counts for more than once, ten times not for much more than three.
 */
export function repeatBoost(repeats: number): number {
  const n = Math.max(1, repeats);
  return ((QUERY_K + 1) * n) / (QUERY_K + n);
}
const QUERY_K = 2;

function ownAlternatives(w: QueryWord): WordAlternative[] {
  if (w.light) return w.exact ? [{ terms: [w.exact], weight: LIGHT_WORD_SHARE, prefix: false, quality: 1 }] : [];
  const out: WordAlternative[] = [];
  // A verb split from its particle means the whole verb: "levert … uit" is about extradition, not delivery.
  const own = w.separated.length ? SPLIT_VERB_ALONE : 1;
  if (w.exact) out.push({ terms: [w.exact], weight: own, prefix: false, quality: own });
  if (w.joined) out.push({ terms: [w.joined], weight: 1, prefix: false, quality: 1 });
  for (const s of w.separated) out.push({ terms: [s], weight: 1, prefix: false, quality: 1 });
  for (const v of w.variants) out.push({ terms: [v], weight: 0.8, prefix: false, quality: 0.8 });
  if (w.parts.length) out.push({ terms: w.parts, weight: 0.6 / w.parts.length, prefix: false, quality: 0.6 });
  if (w.knownPart) out.push({ terms: [w.knownPart], weight: 0.5, prefix: false, quality: 0.5 });
  for (const m of w.members) out.push({ terms: [m], weight: 0.8, prefix: false, quality: 0.8 });
  for (const s of w.synonyms) out.push({ terms: s, weight: SYNONYM_WEIGHT / s.length, prefix: false, quality: SYNONYM_QUALITY, ...(s.length > 1 ? { whole: true } : {}) });
  // A corpus definition weighs as a synonym; a typed long form's words share their acronym between them.
  for (const d of w.defined ?? []) out.push({ terms: d.terms, weight: (SYNONYM_WEIGHT * d.share) / d.terms.length, prefix: false, quality: SYNONYM_QUALITY, ...(d.terms.length > 1 ? { whole: true } : {}) });
  // A word the corpus and Dutch both lack is a slip, and a corpus word an edit or two away is nearly always what was meant:
  // at 0.8 rather than 0.5, 5 more of 7,726 dev queries came first (all typos) and 5 more at 3,000 sets, none lost on the seed.
  for (const c of w.corrections) out.push({ terms: [c], weight: CORRECTION_SHARE, prefix: false, quality: CORRECTION_SHARE });
  if (w.prefix) out.push({ terms: [w.prefix], weight: 0.3, prefix: true, quality: 0.7 });
  return out;
}

const CORRECTION_SHARE = 0.8;
/** What the bare verb of a split separable verb still says. */
const SPLIT_VERB_ALONE = 0.5;

/** A synonym says a little less than the word typed: the exact word wins where both occur. */
const SYNONYM_WEIGHT = 0.6;
const SYNONYM_QUALITY = 0.6;

/**
 * The coverage a document gets for one alternative of which it matched `matchedTerms` terms.
 * A prefix matches as one term, however many words start with it; a share below one
 * (a term counted in part, see askedTermShare) counts in part.
 */
export function alternativeQuality(a: WordAlternative, matchedTerms: number): number {
  if (matchedTerms <= 0) return 0;
  return a.prefix ? a.quality * Math.min(matchedTerms, 1) : (a.quality * Math.min(matchedTerms, a.terms.length)) / a.terms.length;
}

/**
 * How much a term found in a question's own text counts toward what the
 * question asks (BackendHit.asked). A term its set's title holds as well is
 * the set's subject, which every question of the set shares: in the question
 * that asks about it, it tells that question from its siblings only in part.
 */
export function askedTermShare(inQuestion: boolean, inTitle: boolean): number {
  return inQuestion ? (inTitle ? ASKED_IN_TITLE : 1) : 0;
}
/**
 * On the dev half 0.5 gave 13 more right first hits in 6,906 than 1 (and 14
 * to 16 more at seed + 3,000 sets); 0 gave as many on the seed, none at scale.
 */
const ASKED_IN_TITLE = 0.5;

/** The total weight of a query's words: what full coverage amounts to. */
export function queryWeight(query: AnalyzedQuery): number {
  return query.words.reduce((sum, w) => sum + w.weight, 0);
}

/**
 * How hard a hit is judged by the share of the query it covers. A short query
 * names its subject in every word, so missing one says a lot; in a long
 * pasted text any earlier question shares only some of the words, which says
 * little, and BM25's sum already rewards the ones that share more. So the
 * exponent is 2 up to a few words and falls with the square of the length.
 */
export function coverageExponent(query: AnalyzedQuery): number {
  const n = query.words.filter((w) => w.weight > 0 && !w.light).length;
  return n <= SHORT_QUERY_WORDS ? 2 : Math.max(MIN_COVERAGE_EXPONENT, 2 * (SHORT_QUERY_WORDS / n) ** 2);
}
/** Against 6, 9 put 4 more of the dev half's 365 drafts first (/eerder 4 more); typed queries gained one and lost one. */
const SHORT_QUERY_WORDS = 9;
const MIN_COVERAGE_EXPONENT = 0.25;

/**
 * Relevance of a document for one query: its BM25 score times the share of
 * the query's weight it covers, raised to the query's coverage exponent.
 * Coverage is soft, so a sentence with words the corpus lacks still finds what
 * its other words point at, and a document with the one rare word beats one
 * with several common ones. The share its question's own text covers adds up
 * to ASKED_BONUS: the questions of a set share their title, and an answer
 * names much in passing, so where both match the question that asks about
 * the words typed is the one meant. A long paste shares words with any text,
 * so there the bonus falls with the coverage exponent, as coverage does.
 */
export function relevanceOf(query: AnalyzedQuery): (score: number, coverage: number, asked: number) => number {
  const total = queryWeight(query);
  const exponent = coverageExponent(query);
  const share = (part: number) => (total > 0 ? Math.min(1, part / total) : 1);
  const bonus = total > 0 ? ASKED_BONUS * (exponent / 2) : 0;
  return (score, coverage, asked) => score * (1 + bonus * share(asked)) * share(coverage) ** exponent;
}

/**
 * What a question whose text covers the whole query gains over one that
 * matches it only through its set's title or its answer. On the dev half
 * 0.3 to 1 all give about the same: some 16 more right first hits in 6,509.
 */
export const ASKED_BONUS = 0.6;

export function documentRef(set: QuestionSet, question: Question): string {
  return `${set.id}#${question.number}`;
}

/** A set's fingerprint for indexing: any change to its indexed text or answers changes it. */
export function setIndexHash(set: QuestionSet): string {
  return shortHash(JSON.stringify([set.title, set.askers, set.addressees, set.questions.map((q) => [q.text, q.answer?.resolved ?? null])]));
}

/**
 * How many backend hits to rank for `limit` results: priors, a set's evidence
 * and de-duplication can reorder them. Never fewer than MIN_CANDIDATES, so that
 * what comes first does not depend on how many are shown: with 32 candidates
 * for /vraag's three and 60 for a list of ten, 307 of the 7,312 dev queries got
 * another first hit or top three in the one than in the other.
 */
export function candidateCount(limit: number): number {
  return Math.max(limit * 4 + 20, MIN_CANDIDATES);
}
const MIN_CANDIDATES = 120;

/**
 * Ranks backend hits the same way for every backend, by relevance times a
 * prior per document (1 when there is none). No document is cut for matching
 * few words: it simply ranks low. With a bound, the hits that cannot reach
 * the first `bound.wanted` distinct questions are left out (see RankBound).
 */
export function rankBackendHits(
  hits: BackendHit[],
  query: AnalyzedQuery,
  prior: (ref: string) => number = () => 1,
  tieBreak: (a: string, b: string) => number = compareRefs,
  bound?: RankBound,
): { hit: BackendHit; score: number }[] {
  const rel = relevanceOf(query);
  const sets = setCoverage(hits, query);
  const scored = hits
    .map((hit) => {
      const coverage = (1 - SET_EVIDENCE) * hit.coverage + SET_EVIDENCE * Math.max(hit.coverage, sets.get(setOf(hit.ref)) ?? 0);
      return { hit, score: rel(hit.score, coverage, hit.asked) };
    })
    .filter((r) => r.score > 0);
  const kept = bound ? withinBound(scored, prior, bound) : scored.map((r) => ({ hit: r.hit, score: r.score * prior(r.hit.ref) }));
  return kept
    .filter((r) => r.score > 0)
    .sort((a, b) => (nearlyEqual(a.score, b.score) ? tieBreak(a.hit.ref, b.hit.ref) : b.score - a.score));
}

/**
 * Limits ranking to the candidates that can still reach the first `wanted`
 * distinct questions. A prior costs a read of the candidate's set, which in a
 * large archive is most of a query's time, and no prior exceeds `maxPrior`.
 */
export interface RankBound {
  wanted: number;
  maxPrior: number;
  /** What makes two candidates one question in the results (its text), or null for one that will not be shown. */
  key: (ref: string) => string | null;
}
/** Below the bound by this share, so that a candidate that could still tie (nearlyEqual) is ranked too. */
const BOUND_MARGIN = 0.01;

function withinBound(
  scored: { hit: BackendHit; score: number }[],
  prior: (ref: string) => number,
  { wanted, maxPrior, key }: RankBound,
): { hit: BackendHit; score: number }[] {
  const byRelevance = [...scored].sort((a, b) => b.score - a.score);
  const out: { hit: BackendHit; score: number }[] = [];
  const best = new Map<string, number>();
  let floor = 0;
  for (const r of byRelevance) {
    if (best.size >= wanted && r.score * maxPrior < floor * (1 - BOUND_MARGIN)) break;
    const score = r.score * prior(r.hit.ref);
    out.push({ hit: r.hit, score });
    const k = key(r.hit.ref);
    if (k === null || (best.get(k) ?? -Infinity) >= score) continue;
    best.set(k, score);
    if (best.size >= wanted) floor = [...best.values()].sort((a, b) => b - a)[wanted - 1]!;
  }
  return out;
}

/**
 * Scores this close are a tie: the backends sum BM25 in their own order and
 * from their own stored lengths, which moves a score in its fourth digit, and
 * a tie must be broken by the same rule in both.
 */
const SCORE_TOLERANCE = 1e-3;
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= SCORE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * How much of a question's coverage comes from its set: a set whose questions
 * together cover a text is more likely the one it is about, so its questions
 * rank a little higher than an equally good lone match elsewhere.
 */
const SET_EVIDENCE = 0.5;

const setOf = (ref: string) => ref.slice(0, ref.lastIndexOf("#"));
const numberOf = (ref: string) => Number(ref.slice(ref.lastIndexOf("#") + 1));

/** Refs in reading order: by set, then by question number (10 after 9). */
export function compareRefs(a: string, b: string): number {
  return setOf(a).localeCompare(setOf(b)) || numberOf(a) - numberOf(b);
}

/** Per set, the weight of the query words its candidate questions match between them. */
export function setCoverage(hits: BackendHit[], query: AnalyzedQuery): Map<string, number> {
  const words = new Map<string, Set<number>>();
  for (const hit of hits) {
    const set = setOf(hit.ref);
    const seen = words.get(set) ?? new Set<number>();
    for (const i of hit.matched) seen.add(i);
    words.set(set, seen);
  }
  const out = new Map<string, number>();
  for (const [set, seen] of words) out.set(set, [...seen].reduce((sum, i) => sum + (query.words[i]?.weight ?? 0), 0));
  return out;
}

/**
 * How prominently a set names the people a query names: a word of the first
 * asker's name counts most, of a co-asker less, of an addressee least. Breaks
 * ties between sets that match a name equally well.
 */
export function nameProminence(set: QuestionSet, query: AnalyzedQuery): number {
  const typed = new Set(query.words.map((w) => w.word));
  const count = (name: string) => words(name).filter((w) => typed.has(w)).length;
  return (
    set.askers.reduce((sum, a, i) => sum + count(a.name) * (i === 0 ? 2 : 1), 0) +
    set.addressees.reduce((sum, a) => sum + count(a) * 0.5, 0)
  );
}

/** An answer that is only "Ja." or "Nee.": the question that carries the substance should come first. */
const THIN_ANSWER = /^\s*(ja|nee|neen)\s*[.!]?\s*$/i;
export const THIN_ANSWER_PRIOR = 0.9;

/**
 * The prior of a question that asks for what the query asks for (a number, a
 * moment, how long, a reason, what is done; see ask-kind.ts). Within a set every question shares the
 * subject, and the one that asks "hoeveel" answers "hoeveel …" best. Against
 * 1.5, 2.0 put 19 more of 7,312 dev queries first and 13 more at 3,000 sets,
 * for one draft fewer in /eerder's top 3.
 */
export const ASKS_ALIKE_PRIOR = 2;

/** The prior of a question: one answered with a bare yes or no counts for a little less. */
export function questionPrior(question: Question): number {
  return question.answer && THIN_ANSWER.test(question.answer.resolved) ? THIN_ANSWER_PRIOR : 1;
}

/**
 * Lists spread over sets: at most `perSet` hits of one set before the other
 * sets get a turn; the hits held back follow in the next round.
 */
export function spreadOverSets<T extends { set: { id: string } }>(hits: T[], perSet = 2): T[] {
  const out: T[] = [];
  let rest = hits;
  while (rest.length) {
    const taken = new Map<string, number>();
    const later: T[] = [];
    for (const h of rest) {
      const n = taken.get(h.set.id) ?? 0;
      if (n < perSet) {
        out.push(h);
        taken.set(h.set.id, n + 1);
      } else later.push(h);
    }
    rest = later;
  }
  return out;
}

export interface SearchOptions {
  limit?: number;
  /** Skip this many results first (paging a list). */
  offset?: number;
  /** Treat the last word as still being typed (autocomplete). */
  prefixLast?: boolean;
  /** Spread a list over sets (see spreadOverSets). */
  spread?: boolean;
}

/** Searches questions; binds a corpus, its vocabulary and a backend. */
/** A chat sentence with a compound and a slip of the pen ("minster"), so that a warm-up runs every part of the analysis. */
export const WARM_UP_QUERY = "wat doet de minster aan de wachtlijsten in de zorg";

export class SearchEngine {
  constructor(
    readonly corpus: CorpusView,
    readonly vocabulary: WordIndex,
    readonly backend: SearchBackend,
    /** Dutch words the corpus lacks are then no typos (see lexicon.ts). */
    readonly lexicon: Lexicon = NO_LEXICON,
    /** The acronyms the corpus defines, as its index keeps them (see acronyms.ts). */
    private readonly definitions: () => AcronymTable = () => NO_ACRONYMS,
  ) {}

  get acronyms(): AcronymTable {
    return this.definitions();
  }

  /**
   * Runs one search that nobody waits for: the word list, the synonym tables
   * and the first compilation of the ranking cost the first search a few
   * hundred milliseconds, which a bot better spends right after it starts.
   */
  warmUp(): void {
    this.lexicon.has("");
    this.search(WARM_UP_QUERY, { limit: 3 });
  }

  analyze(query: string, prefixLast = false): AnalyzedQuery {
    return analyzeQuery(query, this.vocabulary, { prefixLast, lexicon: this.lexicon, acronyms: this.definitions() });
  }

  /**
   * Best questions first (see rankBackendHits); identical questions appear once.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const offset = Math.max(0, Math.min(options.offset ?? 0, 100));
    // A spread list needs more candidates: a set's third hit waits for the others, however many questions that set has.
    const wanted = options.spread ? Math.max((offset + limit) * 3, SPREAD_DEPTH) : offset + limit;
    const questions = draftQuestions(query);
    let out = questions.length ? this.fused(query, wanted, questions) : this.ranked(this.analyze(query, options.prefixLast ?? false), wanted);
    if (options.spread) out = spreadOverSets(out);
    return out.slice(offset, offset + limit);
  }

  private ranked(analyzed: AnalyzedQuery, wanted: number): SearchHit[] {
    if (analyzed.empty) return [];
    const hits = this.backend.search(analyzed, candidateCount(wanted));
    // Each candidate's set is read at most once, and only when it is ranked: a corpus view may have to fetch it.
    const looked = new Map<string, { set: QuestionSet; question: Question } | null>();
    const find = (ref: string) => {
      let f = looked.get(ref);
      if (f === undefined) looked.set(ref, (f = this.lookup(ref)));
      return f;
    };
    const asked = analyzed.asks ?? [];
    const prior = (ref: string) => {
      const f = find(ref);
      if (!f) return 1;
      // Most queries ask for no kind: their candidates' texts need not be read for one.
      return questionPrior(f.question) * (asked.length > 0 && asksAlike(asked, f.question.text) ? ASKS_ALIKE_PRIOR : 1);
    };
    const total = analyzed.words.reduce((sum, w) => sum + countedWeight(w), 0);
    // Equal scores: the set that names the people typed most prominently, then the newer set, then reading order.
    const prominence = new Map<QuestionSet, number>();
    const prominenceOf = (set: QuestionSet) => {
      let p = prominence.get(set);
      if (p === undefined) prominence.set(set, (p = nameProminence(set, analyzed)));
      return p;
    };
    const tieBreak = (a: string, b: string) => {
      const [sa, sb] = [find(a)?.set, find(b)?.set];
      if (!sa || !sb || sa === sb) return compareRefs(a, b);
      return (
        prominenceOf(sb) - prominenceOf(sa) ||
        (sb.official?.submitted ?? "").localeCompare(sa.official?.submitted ?? "") ||
        compareRefs(a, b)
      );
    };
    const ranked = rankBackendHits(hits, analyzed, prior, tieBreak, {
      wanted,
      maxPrior: asked.length > 0 ? ASKS_ALIKE_PRIOR : 1,
      key: (ref) => {
        const f = find(ref);
        return f ? fold(f.question.text) : null;
      },
    });
    const seen = new Set<string>();
    const out: SearchHit[] = [];
    for (const { hit, score } of ranked) {
      const f = find(hit.ref);
      if (!f) continue;
      const key = fold(f.question.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const share = total > 0 ? Math.min(1, hit.coverage / total) : 0;
      const weak = share < WEAK_MATCH_SHARE ? analyzed.words.filter((w, i) => !w.light && !hit.matched.has(i)).map((w) => w.word) : null;
      out.push({ ...f, score: Math.round(score * 1000) / 1000, share: Math.round(share * 1000) / 1000, ...(weak ? { weak } : {}) });
      if (out.length >= wanted) break;
    }
    return out;
  }

  /**
   * Earlier questions closest to a pasted text of one or more questions: the
   * whole text and each of its questions are searched, and the rankings fused,
   * so every question in a draft finds its nearest earlier one.
   */
  similar(text: string, limit = 5): SimilarHit[] {
    const whole = this.analyze(text);
    // Like every list, the answer spreads over sets: a near miss in another set is worth a line.
    const hits = spreadOverSets(this.fused(text, limit, draftQuestions(text), whole)).slice(0, limit);
    // The title says what a question's "dit" and "deze" are about.
    return hits.map((hit) => ({ ...hit, likeness: likeness(whole, this.analyze(`${hit.set.title}. ${hit.question.text}`)) }));
  }

  /** The whole text and each of its questions searched, and the rankings fused. */
  private fused(text: string, limit: number, questions = draftQuestions(text), whole = this.analyze(text)): SearchHit[] {
    // A question of the draft that is only a formula ("Wat vindt u daarvan?") would find every other such formula.
    // A draft of several questions asks for a number, a moment and a reason at once: as a whole it asks for none of them in particular.
    const asWhole = questions.length ? { ...whole, asks: [] } : whole;
    const parts = [asWhole, ...questions.map((q) => this.analyze(q)).filter(namesSubject)];
    // Each list as deep however few are shown: a hit's fused score counts the lists it is on.
    const lists = parts.map((part) => this.ranked(part, Math.max(limit, SPREAD_DEPTH / 2) * 2));
    const fused = new Map<string, { hit: SearchHit; score: number }>();
    for (const list of lists) {
      list.forEach((hit, rank) => {
        const key = documentRef(hit.set, hit.question);
        const entry = fused.get(key);
        const add = fusionShare(hit.score, list[0]!.score, rank);
        // A draft's questions each cover part of it: how alike it is, /eerder says with its labels.
        if (!entry) fused.set(key, { hit: { set: hit.set, question: hit.question, score: hit.score, share: hit.share }, score: add });
        else {
          entry.score += add;
          if (hit.share > entry.hit.share) entry.hit = { ...entry.hit, share: hit.share };
        }
      });
    }
    // A set's opening question only asks whether the minister knows the news item, in the item's own words.
    // A draft that retells the item to ask something else shares those words, yet asks what a later question asks.
    if (![text, ...questions].some(isNewsOpener)) {
      for (const f of fused.values()) if (isNewsOpener(f.hit.question.text)) f.score *= NEWS_OPENER_SHARE;
    }
    return [...fused.values()].sort((a, b) => b.score - a.score || b.hit.share - a.hit.share).map((f) => f.hit);
  }

  lookup(ref: string): { set: QuestionSet; question: Question } | null {
    const hash = ref.lastIndexOf("#");
    const set = this.corpus.get(ref.slice(0, hash));
    const question = set?.questions.find((q) => q.number === Number(ref.slice(hash + 1)));
    return set && question ? { set, question } : null;
  }

  /** Corpus words close to what was typed, for "bedoelde u ...?" suggestions. */
  suggestions(query: string, limit = 3): string[] {
    const out = new Set<string>();
    for (const w of words(query).slice(0, MAX_SUGGEST_WORDS)) {
      // "kopen" is not asked for "komen": a word Dutch spells was meant as typed.
      if (this.lexicon.has(w)) continue;
      for (const near of this.vocabulary.nearby(w, w.length >= 7 ? 2 : 1, 2)) {
        if (this.vocabulary.count(near) > 0) out.add(near);
      }
    }
    return [...out].slice(0, limit);
  }
}

const MAX_SUGGEST_WORDS = 5;
/** Candidates a spread list looks at, at least: more than the questions of nearly any set. */
const SPREAD_DEPTH = 40;
/**
 * What one ranked list adds to a hit in a fused ranking: its score as a share
 * of the list's best, so a near tie counts nearly as much as the first place
 * and a distant second little, plus a smaller part by its place, so a hit
 * that several lists put high still rises.
 */
export function fusionShare(score: number, best: number, rank: number): number {
  return (best > 0 ? score / best : 0) + (RANK_SHARE * FUSION_K) / (FUSION_K + rank);
}
/** Rank damping: a first place in one list counts, but not overwhelmingly. */
const FUSION_K = 5;
const RANK_SHARE = 0.5;
const MAX_DRAFT_QUESTIONS = 6;
/** What a news item's opening question keeps of its fused score for a draft that asks no such question itself. */
const NEWS_OPENER_SHARE = 0.7;

/** The separate questions of a pasted draft ("1. Bent u bekend …? 2. Deelt u …?"); none for a single one. */
export function draftQuestions(text: string): string[] {
  const parts = text
    .slice(0, 4000)
    .split(/(?<=[?!])\s+|\n+/)
    .map((p) => p.replace(/^\s*\d{1,2}[.)]\s*/, "").trim())
    .filter((p) => words(p).length >= 4);
  return parts.length > 1 ? parts.slice(0, MAX_DRAFT_QUESTIONS) : [];
}
