import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApp } from "../../src/app.js";
import type { QuestionSet } from "../../src/core/model.js";
import { ROOT } from "../helpers.js";
import type { EvalCase } from "./cases.js";
import { DEV_HALF } from "./queries.js";
import { DEV_HALF_2 } from "./dev-half-2.js";

describe.each([
  ["queries.ts", DEV_HALF],
  ["dev-half-2.ts", DEV_HALF_2],
] as [string, EvalCase[]][])("dev half of the search evaluation: %s", (_name, cases) => {
  let dir: string;
  let sets: QuestionSet[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kv-eval-cases-"));
    sets = [...loadApp({ seedsDir: join(ROOT, "seeds"), indexDir: join(dir, "index"), dataDir: join(dir, "data") }).corpus.all()];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("points only at sets and questions that exist in the seed", () => {
    const questions = new Map(sets.map((s) => [s.id, new Set(s.questions.map((q) => q.number))]));
    const unknown: string[] = [];
    for (const c of cases) {
      for (const t of c.targets) {
        const numbers = questions.get(t.set);
        if (!numbers) unknown.push(`${c.query.slice(0, 40)} → set ${t.set}`);
        else for (const q of t.q ?? []) if (!numbers.has(q)) unknown.push(`${c.query.slice(0, 40)} → ${t.set}#${q}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("gives every case at least one target, no empty or repeated question lists, no repeated sets", () => {
    for (const c of cases) {
      expect(c.targets.length, c.query).toBeGreaterThan(0);
      expect(new Set(c.targets.map((t) => t.set)).size, c.query).toBe(c.targets.length);
      for (const t of c.targets) {
        if (t.q === undefined) continue;
        expect(t.q.length, c.query).toBeGreaterThan(0);
        expect(new Set(t.q).size, c.query).toBe(t.q.length);
      }
    }
  });
});
