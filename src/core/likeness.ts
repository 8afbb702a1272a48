/**
 * How alike a pasted text and an earlier question are, for the words people
 * read beside a "has this been asked before?" hit.
 */
import { countedWeight, type AnalyzedQuery, type QueryWord } from "./analysis.js";
import { wordAlternatives } from "./search.js";

/** Every term a word may match by, as the backends search it: itself, its other forms, compounds, stand-ins and corrections. */
function reach(w: QueryWord): string[] {
  return wordAlternatives(w).flatMap((a) => (a.prefix ? [] : a.terms));
}

/** The terms that are a word itself: its stem, the compound it forms with its neighbour, its other forms. */
function own(w: QueryWord): string[] {
  const out = [...w.variants];
  if (w.exact) out.push(w.exact);
  if (w.joined) out.push(w.joined);
  return out;
}

/** The share of `to`'s weight that words of `from` reach, in any of their forms; rare words weigh most, and words the corpus lacks count too. */
export function reachedShare(from: AnalyzedQuery, to: AnalyzedQuery): number {
  // Question words and light verbs say how a text asks, not what about.
  const reached = new Set(from.words.filter((w) => !w.light).flatMap(reach));
  let total = 0;
  let shared = 0;
  for (const w of to.words) {
    if (w.light) continue;
    total += countedWeight(w);
    if (own(w).some((t) => reached.has(t))) shared += w.weight;
  }
  return total > 0 ? shared / total : 0;
}

/**
 * Read both ways: the geometric mean of the share of the text the earlier
 * question has and the share of the earlier question the text has. Either
 * alone misleads. A long question covers a short formula in a draft ("Deelt
 * u de zorgen hierover?") whole, and a long draft has most words of any short
 * question; only a question that says much of what the text says, and little
 * else, is close both ways.
 */
export function likeness(text: AnalyzedQuery, earlier: AnalyzedQuery): number {
  return Math.sqrt(reachedShare(earlier, text) * reachedShare(text, earlier));
}
