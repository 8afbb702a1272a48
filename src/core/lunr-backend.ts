/**
 * The Lunr backend: stores analysed terms only (no documents, no positions),
 * so the saved index stays small and loads fast.
 */
import { lunr } from "./lunr-nl.js";
import type { AnalyzedQuery } from "./analysis.js";
import { FIELD_BOOSTS, type BackendHit, type SearchBackend, type SearchDocument } from "./search.js";

export interface LunrJson {
  index: object;
  refs: string[];
}

const BOOST = { exact: 1, part: 0.6, correction: 0.5, prefix: 0.3 } as const;

export class LunrBackend implements SearchBackend {
  readonly name = "lunr";

  private constructor(
    private readonly index: lunr.Index,
    /** Question refs by Lunr id: Lunr repeats its ids in every posting, so they are short numbers. */
    private readonly refs: string[],
  ) {}

  /** Builds from analysed documents; Lunr's own pipeline is off because terms arrive analysed. */
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
    return new LunrBackend(index, refs);
  }

  static load(json: LunrJson): LunrBackend {
    return new LunrBackend(lunr.Index.load(json.index), json.refs);
  }

  toJSON(): LunrJson {
    return { index: this.index.toJSON(), refs: this.refs };
  }

  stats(): { documents: number } {
    return { documents: this.refs.length };
  }

  search(query: AnalyzedQuery, limit: number): BackendHit[] {
    const owners = new Map<string, number[]>();
    const own = (term: string, word: number) => owners.set(term, [...(owners.get(term) ?? []), word]);
    const prefixes: [string, number][] = [];
    const results = this.index.query((q) => {
      query.words.forEach((w, i) => {
        const opts = { usePipeline: false, presence: lunr.Query.presence.OPTIONAL };
        if (w.exact) {
          q.term(w.exact, { ...opts, boost: BOOST.exact });
          own(w.exact, i);
        }
        for (const part of w.parts) {
          q.term(part, { ...opts, boost: BOOST.part / w.parts.length });
          own(part, i);
        }
        for (const c of w.corrections) {
          q.term(c, { ...opts, boost: BOOST.correction });
          own(c, i);
        }
        if (w.prefix) {
          q.term(w.prefix, { ...opts, boost: BOOST.prefix, wildcard: lunr.Query.wildcard.TRAILING });
          prefixes.push([w.prefix, i]);
        }
      });
    });
    return results.slice(0, limit).map((r) => {
      const matched = new Set<number>();
      for (const term of Object.keys(r.matchData.metadata)) {
        for (const i of owners.get(term) ?? []) matched.add(i);
        for (const [prefix, i] of prefixes) if (term.startsWith(prefix)) matched.add(i);
      }
      return { ref: this.refs[parseInt(r.ref, 36)] ?? r.ref, score: r.score, matched };
    });
  }
}
