/**
 * Queries as users type them (keywords, whole sentences, pasted drafts), for
 * timing the real bot: a fixed sample of the evaluation's dev half, spread
 * over the kinds in their proportions, and the figures reported for it.
 */
import { KINDS, type EvalCase, type Kind } from "../eval/cases.js";
import { percentile } from "./percentile.js";
import { DEV_HALF } from "../eval/dev-half.js";

/**
 * About `size` cases, each kind in its share of `cases` (largest remainder),
 * evenly spread over each kind's cases, kept in their original order so the
 * kinds come mixed. Deterministic: the same cases give the same sample.
 */
export function sampleByKind<C extends { kind: Kind }>(cases: readonly C[], size: number): C[] {
  if (size >= cases.length) return [...cases];
  const byKind = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  cases.forEach((c, i) => byKind.get(c.kind)!.push(i));
  const shares = KINDS.map((k) => {
    const exact = (size * byKind.get(k)!.length) / cases.length;
    return { kind: k, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = size - shares.reduce((s, x) => s + x.n, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (left-- <= 0) break;
    s.n++;
  }
  const picked: number[] = [];
  for (const { kind, n } of shares) {
    const all = byKind.get(kind)!;
    for (let j = 0; j < n; j++) picked.push(all[Math.floor(((j + 0.5) * all.length) / n)]!);
  }
  return picked.sort((a, b) => a - b).map((i) => cases[i]!);
}

/** The line a user sends: a pasted draft arrives as one line. */
export const typedCommand = (query: string): string => `/vraag ${query.replace(/\s+/g, " ").trim()}`;

/** The sample the bench sends to the bot. */
export const TYPED_SAMPLE: EvalCase[] = sampleByKind(DEV_HALF, 300);

/** How the figures are split: whole sentences, short typed queries, pasted drafts. */
export const GROUPS: Record<"zinnen" | "trefwoorden" | "concepten", readonly Kind[]> = {
  zinnen: ["sentence", "paraphrase"],
  trefwoorden: ["keyword", "name", "typo", "compound"],
  concepten: ["draft"],
};
export type Group = keyof typeof GROUPS;

export interface TypedFigures {
  queries: number;
  /** Commands that got no answer (an error reply); left out of the waits. */
  unanswered: number;
  p50WaitMs: number;
  p95WaitMs: number;
  maxWaitMs: number;
  groups: Record<Group, { queries: number; p50WaitMs: number; p95WaitMs: number }>;
}

/** `waits[i]` belongs to `kinds[i]`; NaN stands for a command without an answer. */
export function typedFigures(kinds: readonly Kind[], waits: readonly number[]): TypedFigures {
  const answered = (ks: readonly Kind[]) => waits.filter((w, i) => ks.includes(kinds[i]!) && !Number.isNaN(w));
  const all = answered(KINDS);
  const groups = Object.fromEntries(
    (Object.entries(GROUPS) as [Group, readonly Kind[]][]).map(([g, ks]) => {
      const w = answered(ks);
      return [g, { queries: kinds.filter((k) => ks.includes(k)).length, p50WaitMs: percentile(w, 50), p95WaitMs: percentile(w, 95) }];
    }),
  ) as TypedFigures["groups"];
  return {
    queries: kinds.length,
    unanswered: waits.filter((w) => Number.isNaN(w)).length,
    p50WaitMs: percentile(all, 50),
    p95WaitMs: percentile(all, 95),
    maxWaitMs: all.length ? Math.max(...all) : NaN,
    groups,
  };
}

/** A wait in ms, or "–" where there is none. */
const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : "–");

/** The figures as one Dutch report line; null (the bot gave no answers) reads as "–" throughout. */
export function formatTyped(f: TypedFigures | null, queries = TYPED_SAMPLE.length): string {
  if (!f) return `${queries} getypte vragen via /vraag: geen antwoord (–)`;
  const group = (g: Group) => `${g} (${f.groups[g].queries}) p50 ${ms(f.groups[g].p50WaitMs)}, p95 ${ms(f.groups[g].p95WaitMs)}`;
  return (
    `${f.queries} getypte vragen via /vraag: wachttijd p50 ${ms(f.p50WaitMs)}, p95 ${ms(f.p95WaitMs)}, langste ${ms(f.maxWaitMs)}; ` +
    `${group("zinnen")}; ${group("trefwoorden")}; ${group("concepten")}` +
    (f.unanswered ? `; ${f.unanswered} zonder antwoord` : "")
  );
}
