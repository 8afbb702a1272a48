/**
 * The shape of an evaluation case, shared by the dev half (tuned on) and the
 * held-out test half (run once, never tuned on).
 * `q` omitted: any question of the set is right (title-level queries).
 * Several targets: each is an acceptable first hit.
 */
export interface Target {
  set: string;
  q?: number[];
}

export const KINDS = ["keyword", "sentence", "name", "typo", "compound", "paraphrase", "draft"] as const;
export type Kind = (typeof KINDS)[number];

export interface HeldOutCase {
  query: string;
  kind: Kind;
  targets: Target[];
}

export type EvalCase = HeldOutCase;
