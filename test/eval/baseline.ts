/**
 * The baseline: plain Lunr with the Dutch pipeline from lunr-languages over
 * the same fields, queried with Lunr's own tokenizer and pipeline. Its boosts
 * are its own, fixed, so that the baseline does not move when the bot's ranking is tuned.
 */
import { lunr } from "../../src/core/lunr-nl.js";
import type { CorpusView } from "../../src/core/corpus-view.js";
import type { RankedRef } from "./evaluate.js";

const BASELINE_BOOSTS = { title: 3, people: 2, question: 2, answer: 1 } as const;

export function plainLunr(corpus: CorpusView): (query: string) => RankedRef[] {
  const index = lunr(function () {
    this.use((lunr as unknown as { nl: lunr.Builder.Plugin }).nl);
    this.ref("ref");
    for (const [field, boost] of Object.entries(BASELINE_BOOSTS)) this.field(field, { boost });
    for (const set of corpus.all()) {
      const people = [...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees].join(" ");
      for (const q of set.questions) {
        this.add({ ref: `${set.id}#${q.number}`, title: set.title, people, question: q.text, answer: q.answer?.resolved ?? "" });
      }
    }
  });
  return (query) =>
    index
      .query((q) => q.term(lunr.tokenizer(query.slice(0, 2000)), {}))
      .slice(0, 10)
      .map((r) => {
        const hash = r.ref.lastIndexOf("#");
        return { setId: r.ref.slice(0, hash), number: Number(r.ref.slice(hash + 1)) };
      });
}
