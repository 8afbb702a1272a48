/**
 * The Lunr backend. Lunr builds the index (its BM25 weights per field, with
 * our field boosts); we keep only what ranking needs: per term and field, the
 * documents and their weights, in flat typed arrays. Loading is then a few
 * array views instead of parsing JSON, and a query adds up weights for its
 * terms only, instead of Lunr's per-match bookkeeping.
 */
import { lunr } from "./lunr-nl.js";
import type { AnalyzedQuery } from "./analysis.js";
import { alternativeQuality, askedTermShare, FIELD_BOOSTS, FIELDS, QUESTION_FIELD, relevanceOf, TITLE_FIELD, wordAlternatives, type BackendHit, type SearchBackend, type SearchDocument } from "./search.js";

/** A prefix being typed can match thousands of terms; the most common ones suffice. */
const MAX_PREFIX_TERMS = 64;

/** The compact index: terms sorted, postings per (term, field) as slices of two flat arrays. */
export interface CompactIndex {
  terms: string[];
  refs: string[];
  /** offsets[t * FIELDS + f] .. offsets[t * FIELDS + f + 1] index into docs/weights. */
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float32Array;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Turns a built Lunr index into postings with the weights Lunr computed. */
function compact(index: lunr.Index, refs: string[]): CompactIndex {
  const json = index.toJSON() as unknown as {
    invertedIndex: [string, { _index: number }][];
    fieldVectors: [string, number[]][];
  };
  const terms = json.invertedIndex.map(([t]) => t);
  const sortedOf = new Map<number, number>();
  json.invertedIndex.forEach(([, posting], i) => sortedOf.set(posting._index, i));
  const F = FIELDS.length;
  const buckets: [number, number][][] = Array.from({ length: terms.length * F }, () => []);
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf("/");
    const f = FIELDS.indexOf(fieldRef.slice(0, slash) as (typeof FIELDS)[number]);
    const doc = parseInt(fieldRef.slice(slash + 1), 36);
    for (let i = 0; i < elements.length; i += 2) {
      buckets[sortedOf.get(elements[i]!)! * F + f]!.push([doc, elements[i + 1]!]);
    }
  }
  const offsets = new Uint32Array(buckets.length + 1);
  let total = 0;
  buckets.forEach((b, i) => {
    offsets[i] = total;
    total += b.length;
  });
  offsets[buckets.length] = total;
  const docs = new Uint32Array(total);
  const weights = new Float32Array(total);
  let k = 0;
  for (const b of buckets) {
    for (const [doc, w] of b) {
      docs[k] = doc;
      weights[k++] = w;
    }
  }
  return { terms, refs, offsets, docs, weights };
}

export class LunrBackend implements SearchBackend {
  readonly name = "lunr";
  private readonly scores: Float64Array;
  private readonly seen: Uint32Array;
  private readonly masks: Uint32Array;
  private readonly coverage: Float64Array;
  private readonly asked: Float64Array;
  private generation = 0;
  /** Per-document scratch space for one word and one alternative, reset by marks instead of clearing. */
  private readonly scratch;
  private mark = 0;

  private constructor(readonly data: CompactIndex) {
    this.scores = new Float64Array(data.refs.length);
    this.seen = new Uint32Array(data.refs.length);
    this.masks = new Uint32Array(data.refs.length);
    this.coverage = new Float64Array(data.refs.length);
    this.asked = new Float64Array(data.refs.length);
    const n = data.refs.length;
    this.scratch = {
      altScore: new Float64Array(n),
      altTerms: new Uint16Array(n),
      altLast: new Int32Array(n),
      altAskedTerms: new Float64Array(n),
      altAskedTerm: new Float64Array(n),
      altTitleMark: new Uint32Array(n),
      altAskedLast: new Int32Array(n),
      altSeen: new Uint32Array(n),
      wordScore: new Float64Array(n),
      wordQuality: new Float64Array(n),
      wordAsked: new Float64Array(n),
      wordSeen: new Uint32Array(n),
    };
  }

  /** Builds with Lunr; Lunr's own pipeline is off because terms arrive analysed. */
  static build(docs: Iterable<SearchDocument>): LunrBackend {
    const refs: string[] = [];
    const index = lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.metadataWhitelist = [];
      this.ref("id");
      for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
      for (const doc of docs) {
        this.add({ ...doc, id: refs.length.toString(36) });
        refs.push(doc.ref);
      }
    });
    return new LunrBackend(compact(index, refs));
  }

  static fromCompact(data: CompactIndex): LunrBackend {
    return new LunrBackend(data);
  }

  stats(): { documents: number } {
    return { documents: this.data.refs.length };
  }

  private termIds(term: string, prefix: boolean): number[] {
    const { terms } = this.data;
    const i = lowerBound(terms, term);
    if (!prefix) return terms[i] === term ? [i] : [];
    const out: number[] = [];
    for (let j = i; j < terms.length && terms[j]!.startsWith(term); j++) out.push(j);
    if (out.length <= MAX_PREFIX_TERMS) return out;
    const size = (t: number) => this.data.offsets[(t + 1) * FIELDS.length]! - this.data.offsets[t * FIELDS.length]!;
    return out.sort((a, b) => size(b) - size(a)).slice(0, MAX_PREFIX_TERMS);
  }

  search(query: AnalyzedQuery, limit: number): BackendHit[] {
    const { offsets, docs, weights, refs } = this.data;
    const F = FIELDS.length;
    const generation = ++this.generation;
    const touched: number[] = [];
    const { altScore, altTerms, altLast, altAskedTerms, altAskedTerm, altAskedLast, altTitleMark, altSeen, wordScore, wordQuality, wordAsked, wordSeen } = this.scratch;
    // A light word only adds to documents a word with content found (see QueryWord.light): its long postings bring in none.
    const order = [...query.words.keys()].sort((a, b) => Number(query.words[a]!.light ?? false) - Number(query.words[b]!.light ?? false));
    for (const wordIndex of order) {
      const w = query.words[wordIndex]!;
      // Each word counts once per document, at the score of its best alternative and the quality of its fullest.
      const wordMark = ++this.mark;
      const wordDocs: number[] = [];
      for (const alternative of wordAlternatives(w)) {
        const altMark = ++this.mark;
        const altDocs: number[] = [];
        alternative.terms.forEach((term, termIndex) => {
          for (const t of this.termIds(term, alternative.prefix)) {
            const termMark = ++this.mark;
            for (let f = 0; f < F; f++) {
              for (let p = offsets[t * F + f]!, end = offsets[t * F + f + 1]!; p < end; p++) {
                const doc = docs[p]!;
                if (w.light && this.seen[doc] !== generation) continue;
                if (altSeen[doc] !== altMark) {
                  altSeen[doc] = altMark;
                  altScore[doc] = 0;
                  altTerms[doc] = 0;
                  altLast[doc] = -1;
                  altAskedTerms[doc] = 0;
                  altAskedLast[doc] = -1;
                  altDocs.push(doc);
                }
                altScore[doc]! += weights[p]! * alternative.weight;
                // Count each of the alternative's terms once, whatever the field or prefix expansion.
                if (altLast[doc] !== termIndex) {
                  altLast[doc] = termIndex;
                  altTerms[doc]!++;
                }
                // The title's postings come before the question's (FIELDS order), so a title hit is known by then.
                if (f === TITLE_FIELD) altTitleMark[doc] = termMark;
                if (f === QUESTION_FIELD) {
                  // A prefix's words count as one term: the one that says most.
                  const share = askedTermShare(true, altTitleMark[doc] === termMark);
                  if (altAskedLast[doc] !== termIndex) {
                    altAskedLast[doc] = termIndex;
                    altAskedTerm[doc] = share;
                    altAskedTerms[doc]! += share;
                  } else if (share > altAskedTerm[doc]!) {
                    altAskedTerms[doc]! += share - altAskedTerm[doc]!;
                    altAskedTerm[doc] = share;
                  }
                }
              }
            }
          }
        });
        for (const doc of altDocs) {
          if (alternative.whole && altTerms[doc]! < alternative.terms.length) continue;
          const quality = alternativeQuality(alternative, altTerms[doc]!);
          const asked = alternativeQuality(alternative, altAskedTerms[doc]!);
          if (wordSeen[doc] !== wordMark) {
            wordSeen[doc] = wordMark;
            wordScore[doc] = altScore[doc]!;
            wordQuality[doc] = quality;
            wordAsked[doc] = asked;
            wordDocs.push(doc);
          } else {
            wordScore[doc] = Math.max(wordScore[doc]!, altScore[doc]!);
            wordQuality[doc] = Math.max(wordQuality[doc]!, quality);
            wordAsked[doc] = Math.max(wordAsked[doc]!, asked);
          }
        }
      }
      for (const doc of wordDocs) {
        if (this.seen[doc] !== generation) {
          this.seen[doc] = generation;
          this.scores[doc] = 0;
          this.masks[doc] = 0;
          this.coverage[doc] = 0;
          this.asked[doc] = 0;
          touched.push(doc);
        }
        this.scores[doc] = this.scores[doc]! + wordScore[doc]!;
        this.coverage[doc] = this.coverage[doc]! + w.weight * wordQuality[doc]!;
        this.asked[doc] = this.asked[doc]! + w.weight * wordAsked[doc]!;
        this.masks[doc] = this.masks[doc]! | (1 << wordIndex);
      }
    }
    const rel = relevanceOf(query);
    const rank = (doc: number) => rel(this.scores[doc]!, this.coverage[doc]!, this.asked[doc]!);
    touched.sort((a, b) => rank(b) - rank(a) || a - b);
    return touched.slice(0, limit).map((doc) => {
      const matched = new Set<number>();
      for (let i = 0; i < query.words.length; i++) if (this.masks[doc]! & (1 << i)) matched.add(i);
      return { ref: refs[doc]!, score: this.scores[doc]!, matched, coverage: this.coverage[doc]!, asked: this.asked[doc]! };
    });
  }
}
