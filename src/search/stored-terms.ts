/**
 * Reading a document's stored terms (the docs table's `terms` column) without
 * splitting them: where its fields end, how often a term occurs per field,
 * whether it holds a term or a query's words.
 */
import type { wordAlternatives } from "../core/search.js";

/**
 * A document's terms as the docs table keeps them: the fields in the order
 * of FIELDS, separated by a newline, their terms by a space. Terms are
 * letters and digits only, so neither separator occurs inside one.
 */
export const FIELD_SEPARATOR = "\n";
const SPACE = 32;
const NEWLINE = 10;

const isSeparator = (c: number) => c === SPACE || c === NEWLINE;

/** A document's terms, all fields together, in order. */
export const allTerms = (text: string): string[] => text.split(/[ \n]/).filter((t) => t);

/** A document's terms per field, in the order of FIELDS. */
export const fieldTerms = (text: string): string[][] => text.split(FIELD_SEPARATOR).map((f) => (f ? f.split(" ") : []));

/** Where each field of a document's terms ends. */
export function fieldEnds(text: string, out: Int32Array): void {
  let from = 0;
  for (let i = 0; i < out.length - 1; i++) {
    const end = text.indexOf(FIELD_SEPARATOR, from);
    out[i] = end < 0 ? text.length : end;
    from = out[i]! + 1;
  }
  out[out.length - 1] = text.length;
}

/** How often `term` occurs as a whole term in each field of a document's terms, into `counts`; false when nowhere. */
export function termFrequencies(text: string, ends: Int32Array, term: string, counts: Int32Array): boolean {
  counts.fill(0);
  let found = false;
  let field = 0;
  let at = text.indexOf(term);
  while (at >= 0) {
    const end = at + term.length;
    if ((at === 0 || isSeparator(text.charCodeAt(at - 1))) && (end === text.length || isSeparator(text.charCodeAt(end)))) {
      while (at > ends[field]!) field++;
      counts[field]!++;
      found = true;
      at = text.indexOf(term, end + 1);
    } else at = text.indexOf(term, at + 1);
  }
  return found;
}

/** Whether a document's terms hold `term`, or with `prefix`, a term that starts with it. */
function hasTerm(text: string, term: string, prefix: boolean): boolean {
  let at = text.indexOf(term);
  while (at >= 0) {
    const end = at + term.length;
    if ((at === 0 || isSeparator(text.charCodeAt(at - 1))) && (prefix || end === text.length || isSeparator(text.charCodeAt(end)))) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
}

/** Up to this many terms, looking each up in a document's terms is quicker than reading them all. */
const SCAN_FROM_TERMS = 16;

/** Which of the words (groups of alternatives) a document's terms hold, into `held`: one pass over the terms, a look-up each. */
export class WordFinder {
  private readonly byTerm = new Map<string, number[]>();
  private readonly prefixes: [word: number, prefix: string][] = [];
  private readonly shapes = new Set<number>();

  constructor(groups: ReturnType<typeof wordAlternatives>[]) {
    groups.forEach((g, i) => {
      for (const a of g) {
        for (const t of a.terms) {
          if (a.prefix) this.prefixes.push([i, t]);
          else {
            const words = this.byTerm.get(t);
            this.shapes.add(shape(t.charCodeAt(0), t.length));
            if (!words) this.byTerm.set(t, [i]);
            else if (!words.includes(i)) words.push(i);
          }
        }
      }
    });
  }

  find(text: string, held: Uint8Array): void {
    held.fill(0);
    if (this.byTerm.size <= SCAN_FROM_TERMS) {
      for (const [term, words] of this.byTerm) if (words.some((w) => !held[w]) && hasTerm(text, term, false)) for (const w of words) held[w] = 1;
    } else this.scan(text, held);
    for (const [w, prefix] of this.prefixes) if (!held[w] && hasTerm(text, prefix, true)) held[w] = 1;
  }

  private scan(text: string, held: Uint8Array): void {
    let start = 0;
    let line = text.indexOf(FIELD_SEPARATOR);
    if (line < 0) line = text.length;
    while (start < text.length) {
      let end = text.indexOf(" ", start);
      if (end < 0 || end > line) {
        end = line;
        line = text.indexOf(FIELD_SEPARATOR, line + 1);
        if (line < 0) line = text.length;
      }
      // Most of a document's terms are none of the query's: their first letter and length tell, without cutting them out.
      if (end > start && this.shapes.has(shape(text.charCodeAt(start), end - start))) {
        const words = this.byTerm.get(text.slice(start, end));
        if (words) for (const w of words) held[w] = 1;
      }
      start = end + 1;
    }
  }
}

/** A term's first letter and length as one number (lengths from 255 on count as one). */
const shape = (first: number, length: number) => first * 256 + Math.min(length, 255);

/** The distinct terms of a document that start with `prefix`, in order of first occurrence. */
export function termsStartingWith(text: string, prefix: string): Set<string> {
  const out = new Set<string>();
  let at = text.indexOf(prefix);
  while (at >= 0) {
    if (at === 0 || isSeparator(text.charCodeAt(at - 1))) {
      let end = at + prefix.length;
      while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
      out.add(text.slice(at, end));
      at = text.indexOf(prefix, end + 1);
    } else at = text.indexOf(prefix, at + 1);
  }
  return out;
}
