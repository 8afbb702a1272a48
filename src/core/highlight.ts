/**
 * Why a hit matched: the words of a text that match the query are marked,
 * and for a long answer the paragraph that matches best comes first. Marks
 * are two private-use characters, so a reply stays platform-neutral; each
 * front end turns them into its own emphasis (or drops them).
 */
import { indexTokens, tokenTerms, type AnalyzedQuery, type WordIndex } from "./analysis.js";
import { stripMarks, type Reply, type ReplySection } from "./reply.js";
import { wordAlternatives } from "./search.js";

export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";

/** The terms a query matches, as the backends match them. */
export interface QueryTerms {
  terms: Set<string>;
  prefixes: string[];
  /** Phrases that match only where a text has all of their terms, as in the backends. */
  phrases: string[][];
}

export function queryTerms(query: AnalyzedQuery): QueryTerms {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const w of query.words) {
    if (w.light) continue;
    for (const a of wordAlternatives(w)) {
      if (a.prefix) prefixes.push(...a.terms);
      else if (a.whole) phrases.push(a.terms);
      else for (const t of a.terms) terms.add(t);
    }
  }
  return { terms, prefixes, phrases };
}

/** A word of a text with the terms the backends index it under. */
interface TextWord {
  word: string;
  terms: readonly string[];
}

function textWords(text: string, vocab: WordIndex): TextWord[] {
  return indexTokens(text).map((t) => ({ word: t.word, terms: tokenTerms(t, vocab) }));
}

/** The query's terms for one text, given its words: a phrase's terms count only where the text has them all. */
function termsFor(words: readonly TextWord[], q: QueryTerms): QueryTerms {
  if (q.phrases.length === 0) return q;
  const present = new Set<string>();
  for (const w of words) for (const term of w.terms) present.add(term);
  const terms = new Set(q.terms);
  for (const p of q.phrases) if (p.every((t) => present.has(t))) for (const t of p) terms.add(t);
  return { ...q, terms };
}

/** A run of written characters: a word, with an apostrophe or hyphen inside kept ("ICT-problemen", "Clare's"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

function matches(span: string, q: QueryTerms, vocab: WordIndex): boolean {
  for (const w of textWords(span, vocab)) {
    if (w.terms.some((term) => q.terms.has(term))) return true;
    if (q.prefixes.some((p) => w.word.startsWith(p))) return true;
  }
  return false;
}

/** Marks the words of `text` that match the query; text that already carried marks loses them first. */
export function highlight(text: string, q: QueryTerms, vocab: WordIndex): string {
  const clean = stripMarks(text);
  if (q.terms.size === 0 && q.prefixes.length === 0 && q.phrases.length === 0) return clean;
  // Only a phrase needs the words of the whole text.
  const own = q.phrases.length === 0 ? q : termsFor(textWords(clean, vocab), q);
  return clean.replace(WORD, (span) => (matches(span, own, vocab) ? `${MARK_OPEN}${span}${MARK_CLOSE}` : span));
}

export { stripMarks };

/**
 * The text in runs, marked or not. Tolerant of a part cut from a longer
 * text: an opening mark without its close runs to the end, a stray close is dropped.
 */
export function markSegments(text: string): { text: string; strong: boolean }[] {
  const out: { text: string; strong: boolean }[] = [];
  let strong = false;
  let current = "";
  for (const ch of text) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      const next = ch === MARK_OPEN;
      if (next !== strong) {
        if (current) out.push({ text: current, strong });
        current = "";
        strong = next;
      }
      continue;
    }
    current += ch;
  }
  if (current) out.push({ text: current, strong });
  return out;
}

/** How many different query terms a text contains. */
function termHits(text: string, query: QueryTerms, vocab: WordIndex): number {
  const words = textWords(text, vocab);
  const q = termsFor(words, query);
  const found = new Set<string>();
  for (const w of words) {
    for (const term of w.terms) if (q.terms.has(term)) found.add(term);
    for (const p of q.prefixes) if (w.word.startsWith(p)) found.add(`${p}*`);
  }
  return found.size;
}

/** Answers longer than this, in at least this many paragraphs, open at their best paragraph. */
export const LONG_ANSWER_CHARS = 900;
export const LONG_ANSWER_PARAGRAPHS = 3;

/** The paragraph of a text that matches the query best (the first on a tie), or -1 when none matches. */
export function bestParagraph(paragraphs: string[], q: QueryTerms, vocab: WordIndex): number {
  let best = -1;
  let bestHits = 0;
  paragraphs.forEach((p, i) => {
    const hits = termHits(p, q, vocab);
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  return best;
}

const isAnswer = (s: ReplySection) => /^Antwoord\b/.test(s.heading ?? "");
const isQuestion = (s: ReplySection) => /^Vraag \d+$/.test(s.heading ?? "");

/**
 * Marks matched words in the question and answer sections of a reply, and
 * opens a long answer at its best paragraph ("(alinea 3 van 6)") unless the
 * whole answer was asked for. Returns whether an answer was shortened.
 */
export function focusReply(reply: Reply, q: QueryTerms, vocab: WordIndex, options: { full?: boolean } = {}): { reply: Reply; shortened: boolean } {
  let shortened = false;
  const sections = reply.sections.map((s): ReplySection => {
    if (!isAnswer(s) && !isQuestion(s)) return s;
    if (isAnswer(s) && !options.full && s.body.length > LONG_ANSWER_CHARS) {
      const paragraphs = s.body.split(/\n{2,}/);
      const best = bestParagraph(paragraphs, q, vocab);
      if (paragraphs.length >= LONG_ANSWER_PARAGRAPHS && best > 0) {
        shortened = true;
        const rest = paragraphs.length - 1;
        return {
          heading: `${s.heading} (alinea ${best + 1} van ${paragraphs.length})`,
          body: `${highlight(paragraphs[best]!, q, vocab)}\n\n… ${rest === 1 ? "nog 1 alinea" : `nog ${rest} alinea's`}: zie «Hele antwoord».`,
        };
      }
    }
    return { ...s, body: highlight(s.body, q, vocab) };
  });
  return { reply: { ...reply, sections }, shortened };
}
