/** hit@1, hit@3 and MRR of a search function over evaluation cases, overall and per kind. */
import { KINDS, type EvalCase, type Kind } from "./cases.js";

export interface RankedRef {
  setId: string;
  number: number;
}

export interface Scores {
  cases: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

export interface EvalResult extends Scores {
  byKind: Partial<Record<Kind, Scores>>;
  misses: { query: string; kind: Kind; got: string[] }[];
}

/** Position of the first right hit, or -1. */
export function rankOf(c: EvalCase, hits: RankedRef[]): number {
  return hits.findIndex((h) => c.targets.some((t) => t.set === h.setId && (!t.q || t.q.includes(h.number))));
}

function score(ranks: number[]): Scores {
  const n = ranks.length;
  if (n === 0) return { cases: 0, hit1: 0, hit3: 0, mrr: 0 };
  return {
    cases: n,
    hit1: ranks.filter((r) => r === 0).length / n,
    hit3: ranks.filter((r) => r >= 0 && r < 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r >= 0 ? 1 / (r + 1) : 0), 0) / n,
  };
}

export function evaluate(cases: EvalCase[], search: (query: string) => RankedRef[]): EvalResult {
  const ranks: number[] = [];
  const misses: EvalResult["misses"] = [];
  for (const c of cases) {
    const hits = search(c.query).slice(0, 10);
    const rank = rankOf(c, hits);
    ranks.push(rank);
    if (rank !== 0) misses.push({ query: c.query, kind: c.kind, got: hits.slice(0, 3).map((h) => `${h.setId}#${h.number}`) });
  }
  const byKind: EvalResult["byKind"] = {};
  for (const kind of KINDS) {
    const of = ranks.filter((_, i) => cases[i]!.kind === kind);
    if (of.length) byKind[kind] = score(of);
  }
  return { ...score(ranks), byKind, misses };
}
