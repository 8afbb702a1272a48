import { describe, expect, it } from "vitest";
import type { Kind } from "./cases.js";
import { malformedCases, seedSets, unknownTargets } from "./case-checks.js";
import { TEST_HALF } from "./test-half.js";

const SENTENCE_KINDS = new Set<Kind>(["sentence", "paraphrase"]);
const count = (kind: Kind) => TEST_HALF.filter((c) => c.kind === kind).length;

describe("held-out test half of the search evaluation", () => {
  const sets = seedSets();

  it("points only at sets and questions that exist in the seed", () => {
    expect(unknownTargets(TEST_HALF, sets)).toEqual([]);
  });

  it("gives every case at least one target, no empty or repeated question lists, no repeated sets", () => {
    expect(malformedCases(TEST_HALF)).toEqual([]);
  });

  it("has no query twice, even when case and spacing differ", () => {
    const norm = TEST_HALF.map((c) => c.query.toLowerCase().replace(/\s+/g, " ").trim());
    const repeated = norm.filter((q, i) => norm.indexOf(q) !== i);
    expect(repeated).toEqual([]);
  });

  it("has at least 115 cases, 100 of them search queries", () => {
    expect(TEST_HALF.length).toBeGreaterThanOrEqual(115);
    expect(TEST_HALF.filter((c) => c.kind !== "draft").length).toBeGreaterThanOrEqual(100);
  });

  it("has at least 55 full sentences of four words or more, at least 20 of them paraphrases", () => {
    const sentences = TEST_HALF.filter((c) => SENTENCE_KINDS.has(c.kind));
    expect(sentences.length).toBeGreaterThanOrEqual(55);
    expect(count("paraphrase")).toBeGreaterThanOrEqual(20);
    for (const c of sentences) expect(c.query.split(/\s+/).length, c.query).toBeGreaterThanOrEqual(4);
  });

  it("covers keywords, names, typos and compounds in useful numbers", () => {
    expect(count("keyword")).toBeGreaterThanOrEqual(12);
    expect(count("name")).toBeGreaterThanOrEqual(6);
    expect(count("typo")).toBeGreaterThanOrEqual(6);
    expect(count("compound")).toBeGreaterThanOrEqual(5);
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

  it("spreads the search queries over every set of the seed", () => {
    const targeted = new Set(TEST_HALF.filter((c) => c.kind !== "draft").flatMap((c) => c.targets.map((t) => t.set)));
    const missing = sets.map((s) => s.id).filter((id) => !targeted.has(id));
    expect(missing).toEqual([]);
  });
});
