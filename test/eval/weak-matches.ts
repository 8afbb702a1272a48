/**
 * How often /vraag calls its best hit no good match (SearchHit.weak): rarely for a right first
 * hit, more often for a wrong one, and as often as possible for a query on a subject that was
 * never asked.
 */
import type { SearchEngine } from "../../src/core/search.js";
import type { EvalCase } from "./cases.js";
import { rankOf } from "./evaluate.js";

export interface WeakMatchReport {
  right: { weak: number; of: number };
  wrong: { weak: number; of: number };
  /** Never-asked queries: called no good match, or nothing found at all. */
  novel: { weak: number; nothing: number; of: number };
}

export function weakMatchReport(engine: SearchEngine, cases: EvalCase[], novel: string[]): WeakMatchReport {
  const out: WeakMatchReport = { right: { weak: 0, of: 0 }, wrong: { weak: 0, of: 0 }, novel: { weak: 0, nothing: 0, of: novel.length } };
  for (const c of cases) {
    if (c.kind === "draft") continue;
    const top = engine.search(c.query, { limit: 1 })[0];
    if (!top) continue;
    const bucket = rankOf(c, [{ setId: top.set.id, number: top.question.number }]) === 0 ? out.right : out.wrong;
    bucket.of++;
    if (top.weak) bucket.weak++;
  }
  for (const q of novel) {
    const top = engine.search(q, { limit: 1 })[0];
    if (!top) out.novel.nothing++;
    else if (top.weak) out.novel.weak++;
  }
  return out;
}

export function formatWeakMatchReport(r: WeakMatchReport): string {
  return (
    `"geen goede treffer" on ${r.right.weak}/${r.right.of} right first hits and ${r.wrong.weak}/${r.wrong.of} wrong ones; ` +
    `never-asked queries (${r.novel.of}): ${r.novel.weak} "geen goede treffer", ${r.novel.nothing} nothing found, ` +
    `${r.novel.of - r.novel.weak - r.novel.nothing} shown as a match`
  );
}
