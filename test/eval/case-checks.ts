/** Checks every evaluation half must pass, whoever wrote it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadApp } from "../../src/app.js";
import type { QuestionSet } from "../../src/core/model.js";
import { ROOT } from "../helpers.js";
import type { EvalCase } from "./cases.js";

/** The seed's sets, read through a throwaway store. */
export function seedSets(): QuestionSet[] {
  const dir = mkdtempSync(join(tmpdir(), "kv-eval-cases-"));
  try {
    return [...loadApp({ seedsDir: join(ROOT, "seeds"), indexDir: join(dir, "index"), dataDir: join(dir, "data") }).corpus.all()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Targets naming a set or question the seed does not have. */
export function unknownTargets(cases: EvalCase[], sets: QuestionSet[]): string[] {
  const questions = new Map(sets.map((s) => [s.id, new Set(s.questions.map((q) => q.number))]));
  const unknown: string[] = [];
  for (const c of cases) {
    for (const t of c.targets) {
      const numbers = questions.get(t.set);
      if (!numbers) unknown.push(`${c.query.slice(0, 40)} → set ${t.set}`);
      else for (const q of t.q ?? []) if (!numbers.has(q)) unknown.push(`${c.query.slice(0, 40)} → ${t.set}#${q}`);
    }
  }
  return unknown;
}

/** Cases without a target, with an empty or repeated question list, or with a set named twice. */
export function malformedCases(cases: EvalCase[]): string[] {
  return cases
    .filter(
      (c) =>
        c.targets.length === 0 ||
        new Set(c.targets.map((t) => t.set)).size !== c.targets.length ||
        c.targets.some((t) => t.q !== undefined && (t.q.length === 0 || new Set(t.q).size !== t.q.length)),
    )
    .map((c) => c.query.slice(0, 60));
}
