import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApp } from "../../src/app.js";
import type { QuestionSet } from "../../src/core/model.js";
import { ROOT } from "../helpers.js";
import { TEST_HALF } from "./test-half.js";

const SENTENCE_KINDS = new Set(["sentence", "paraphrase"]);

describe("held-out test half of the search evaluation", () => {
  let dir: string;
  let sets: QuestionSet[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kv-test-half-"));
    sets = [...loadApp({ seedsDir: join(ROOT, "seeds"), indexDir: join(dir, "index"), dataDir: join(dir, "data") }).corpus.all()];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("points only at sets and questions that exist in the seed", () => {
    const questions = new Map(sets.map((s) => [s.id, new Set(s.questions.map((q) => q.number))]));
    const unknown: string[] = [];
    for (const c of TEST_HALF) {
      for (const t of c.targets) {
        const numbers = questions.get(t.set);
        if (!numbers) unknown.push(`${c.query.slice(0, 40)} → set ${t.set}`);
        else for (const q of t.q ?? []) if (!numbers.has(q)) unknown.push(`${c.query.slice(0, 40)} → ${t.set}#${q}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("gives every case at least one target, no empty or repeated question lists, no repeated sets", () => {
    for (const c of TEST_HALF) {
      expect(c.targets.length, c.query).toBeGreaterThan(0);
      expect(new Set(c.targets.map((t) => t.set)).size, c.query).toBe(c.targets.length);
      for (const t of c.targets) {
        if (t.q === undefined) continue;
        expect(t.q.length, c.query).toBeGreaterThan(0);
        expect(new Set(t.q).size, c.query).toBe(t.q.length);
      }
    }
  });

  it("has no query twice, even when case and spacing differ", () => {
    const norm = TEST_HALF.map((c) => c.query.toLowerCase().replace(/\s+/g, " ").trim());
    const repeated = norm.filter((q, i) => norm.indexOf(q) !== i);
    expect(repeated).toEqual([]);
  });

  it("has at least 70 search queries, at least 40 of them full sentences", () => {
    const search = TEST_HALF.filter((c) => c.kind !== "draft");
    expect(search.length).toBeGreaterThanOrEqual(70);
    const sentences = search.filter((c) => SENTENCE_KINDS.has(c.kind));
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    for (const c of sentences) expect(c.query.split(/\s+/).length, c.query).toBeGreaterThanOrEqual(4);
  });

  it("has exactly 15 pasted drafts of 150 to 1,500 characters, each aimed at specific questions", () => {
    const drafts = TEST_HALF.filter((c) => c.kind === "draft");
    expect(drafts).toHaveLength(15);
    for (const d of drafts) {
      expect(d.query.length, d.query.slice(0, 60)).toBeGreaterThanOrEqual(150);
      expect(d.query.length, d.query.slice(0, 60)).toBeLessThanOrEqual(1500);
      for (const t of d.targets) expect(t.q, d.query.slice(0, 60)).toBeDefined();
    }
  });

  it("spreads the queries over every set of the seed", () => {
    const targeted = new Set(TEST_HALF.flatMap((c) => c.targets.map((t) => t.set)));
    const missing = sets.map((s) => s.id).filter((id) => !targeted.has(id));
    expect(missing).toEqual([]);
  });
});
