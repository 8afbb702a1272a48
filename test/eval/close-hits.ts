/**
 * What the "Past ook bijna even goed" lines under /vraag's best hit add: how often the right
 * question is first, how often it is one of those lines instead, and how many lines a reply
 * carries on average (a line for a wrong question costs a reader a glance).
 */
import { closeRunnersUp, type SearchEngine } from "../../src/core/search.js";
import type { EvalCase } from "./cases.js";
import { rankOf } from "./evaluate.js";

export interface CloseHitsReport {
  searches: number;
  first: number;
  /** Right question not first but among the lines under it. */
  listed: number;
  lines: number;
}

export function closeHitsReport(engine: SearchEngine, cases: EvalCase[]): CloseHitsReport {
  const out: CloseHitsReport = { searches: 0, first: 0, listed: 0, lines: 0 };
  for (const c of cases) {
    // A pasted draft gets no such lines (its hits are fused); /eerder lists its nearest questions.
    if (c.kind === "draft") continue;
    out.searches++;
    const hits = engine.search(c.query, { limit: 3 });
    const close = closeRunnersUp(hits);
    out.lines += close.length;
    const rank = rankOf(c, hits.map((h) => ({ setId: h.set.id, number: h.question.number })));
    if (rank === 0) out.first++;
    else if (rank > 0 && close.includes(hits[rank]!)) out.listed++;
  }
  return out;
}

export function formatCloseHitsReport(r: CloseHitsReport): string {
  const share = (n: number) => (r.searches ? n / r.searches : 0).toFixed(3);
  return (
    `right question first for ${r.first}/${r.searches} (${share(r.first)}), under "past ook bijna even goed" for ${r.listed} more ` +
    `(in view ${share(r.first + r.listed)}); ${share(r.lines)} such lines per reply`
  );
}
