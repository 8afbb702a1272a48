/**
 * Dutch compounds against the corpus words: a compound split into the words
 * it is made of, two typed words joined into the compound the texts use, and
 * for a compound the corpus lacks, the part it knows.
 */
import type { WordIndex } from "./analysis.js";
import { afterLinkingS, isLinkedHead, type Lexicon } from "./lexicon.js";
import { isStopWord } from "./lunr-nl.js";

export const MIN_PART = 4;
const MIN_COMPOUND = 8;

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
 * The part of a compound the corpus lacks that the corpus knows: where Dutch
 * splits it, the longer known side ("wapen|wet" → "wapen", "moord|sites" →
 * "moord"); otherwise the longest corpus word that ends it ("computerproblemen"
 * → "problemen").
 */
export function knownPart(word: string, vocab: WordIndex, lexicon: Lexicon): string | null {
  if (word.length < MIN_COMPOUND) return null;
  const known = (part: string) => part.length >= MIN_KNOWN_PART && vocab.has(part) && !isStopWord(part);
  const dutch = (part: string) => lexicon.knows(part) || isLinkedHead(part, lexicon);
  let best: string | null = null;
  if (lexicon.knows(word)) {
    // The other side may be short: "wet", "gat".
    for (let i = 3; i <= word.length - 3; i++) {
      const [head, rest] = [word.slice(0, i), word.slice(i)];
      const found = known(head) && (dutch(rest) || lexicon.knows(afterLinkingS(rest))) ? head : dutch(head) && known(rest) ? rest : null;
      if (found && found.length > (best?.length ?? 0)) best = found;
    }
  }
  if (best) return best;
  for (let i = MIN_PART; i <= word.length - MIN_KNOWN_PART; i++) {
    const tail = word.slice(i);
    if (known(tail)) return tail;
  }
  return null;
}
const MIN_KNOWN_PART = 5;

/**
 * The ways a word the corpus lacks splits into two Dutch words
 * ("computer|problemen"). The word list holds a first part with its linking
 * "s" too ("veiligheids|problemen").
 */
export function dutchSplits(word: string, lexicon: Lexicon): string[][] {
  if (word.length < MIN_SWAPPED_COMPOUND) return [];
  const out: string[][] = [];
  for (let i = MIN_SWAPPED_PART; i <= word.length - MIN_SWAPPED_PART; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i);
    if (lexicon.has(head) && lexicon.has(rest)) out.push([head, rest]);
  }
  return out;
}
const MIN_SWAPPED_COMPOUND = 8;
/** Short enough for "ict" and "gat", the parts such compounds are made of. */
const MIN_SWAPPED_PART = 3;

export const LINKING_PREPOSITIONS = new Set("van tegen op aan voor met bij door over naar uit in".split(" "));

/** The compound a phrase "head preposition modifier" is short for: "haat tegen vrouwen" → "vrouwenhaat", "tekort aan agenten" → "agententekort". */
export function reversedCompound(head: string, mod: string, vocab: WordIndex): string | null {
  const singular = mod.replace(/(en|s)$/, "");
  for (const m of [mod, singular, `${singular}s`]) {
    if (m.length >= 3 && vocab.has(m + head)) return m + head;
  }
  return null;
}

/** The corpus word that two typed words form together, if any ("wachtlijst" + "bemiddeling"). */
export function joinedWord(a: string, b: string, vocab: WordIndex): string | null {
  for (const w of [a + b, `${a}s${b}`]) if (vocab.has(w)) return w;
  return null;
}
