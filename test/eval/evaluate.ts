/** hit@1, hit@3 and MRR of a search function over the evaluation set. */
import type { EvalCase } from "./queries.js";

export interface RankedRef {
  setId: string;
  number: number;
}

export interface EvalResult {
  cases: number;
  hit1: number;
  hit3: number;
  mrr: number;
  misses: { query: string; got: string[] }[];
}

export function evaluate(cases: EvalCase[], search: (query: string) => RankedRef[]): EvalResult {
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  const misses: EvalResult["misses"] = [];
  for (const c of cases) {
    const hits = search(c.query).slice(0, 10);
    const rank = hits.findIndex((h) => c.targets.some((t) => t.set === h.setId && (!t.q || t.q.includes(h.number))));
    if (rank === 0) h1++;
    if (rank >= 0 && rank < 3) h3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ query: c.query, got: hits.slice(0, 3).map((h) => `${h.setId}#${h.number}`) });
  }
  const n = cases.length;
  return { cases: n, hit1: h1 / n, hit3: h3 / n, mrr: rr / n, misses };
}
