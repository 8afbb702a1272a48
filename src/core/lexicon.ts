/**
 * Which words are Dutch, apart from which words the corpus has. A query word
 * the corpus lacks is only a typo when it is no Dutch word either: "kopen" is
 * not a slip for "komen", nor "meteen" for "meten".
 */
export interface Lexicon {
  /** A form the dictionary spells. */
  has(word: string): boolean;
  /** A form, or a compound of forms: spelled right, though the compound may be a slip for another. */
  knows(word: string): boolean;
}

/** Knows no word: typo correction as if every unknown word were a slip. */
export const NO_LEXICON: Lexicon = { has: () => false, knows: () => false };

/**
 * Dutch may join a compound's first part to the rest with an "s"
 * ("veiligheid|s|risico", "politie|s|…"). Whether `head` is such a part: a
 * form `words` has, of at least `min` letters, with that "s" after it.
 */
export function isLinkedHead(head: string, words: Pick<Lexicon, "has">, min = 1): boolean {
  return head.endsWith("s") && head.length > min && words.has(head.slice(0, -1));
}

/** The rest of a compound without the linking "s" its first part may take ("srisico" → "risico"); another rest as it is. */
export function afterLinkingS(rest: string): string {
  return rest.startsWith("s") ? rest.slice(1) : rest;
}

/** Compound parts shorter than this are too easily found inside a typo ("pol" + "itie"). */
const MIN_PART = 3;
/** At most this many parts: "druk|lucht|pistolen"; with three, every part as long as "druk". */
const MAX_PARTS = 3;
const LONG_PART = 4;

/**
 * A sorted list of folded word forms, one per line, searched in place: the
 * text is kept as one string with the offsets of its lines, not as hundreds of
 * thousands of strings.
 */
export class WordList implements Lexicon {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let n = text.length ? 1 : 0;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) if (i + 1 < text.length) n++;
    this.starts = new Uint32Array(n);
    let at = 0;
    for (let k = 0; k < n; k++) {
      this.starts[k] = at;
      const end = text.indexOf("\n", at);
      at = end < 0 ? text.length : end + 1;
    }
  }

  get size(): number {
    return this.starts.length;
  }

  private line(k: number): string {
    const start = this.starts[k]!;
    const end = k + 1 < this.starts.length ? this.starts[k + 1]! - 1 : this.text.endsWith("\n") ? this.text.length - 1 : this.text.length;
    return this.text.slice(start, end);
  }

  /** Whether the list has this exact form. */
  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.line(mid);
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** A form of the list, or a compound of them, with or without a linking "s" ("veiligheids|risico"). */
  knows(word: string): boolean {
    return this.has(word) || this.compound(word, MAX_PARTS, MIN_PART);
  }

  private compound(word: string, parts: number, min: number): boolean {
    for (let i = min; i <= word.length - min; i++) {
      const head = word.slice(0, i);
      if (!this.has(head) && !isLinkedHead(head, this, min)) continue;
      const rest = word.slice(i);
      if (this.has(rest) || (parts > 2 && head.length >= LONG_PART && this.compound(rest, parts - 1, LONG_PART))) return true;
    }
    return false;
  }
}
