import { describe, expect, it } from "vitest";
import type { Kind } from "../eval/cases.js";
import { DEV_HALF } from "../eval/dev-half.js";
import { percentile } from "./percentile.js";
import { formatTyped, sampleByKind, typedCommand, typedFigures, TYPED_SAMPLE } from "./typed-queries.js";

const cases = (counts: Partial<Record<Kind, number>>) =>
  Object.entries(counts).flatMap(([kind, n]) => Array.from({ length: n }, (_, i) => ({ kind: kind as Kind, query: `${kind} ${i}` })));

describe("sampleByKind", () => {
  it("takes each kind in its share, spread over its cases, in the original order", () => {
    const all = cases({ keyword: 50, sentence: 30, draft: 20 });
    const sample = sampleByKind(all, 10);
    expect(sample.map((c) => c.query)).toEqual([
      ...["keyword 5", "keyword 15", "keyword 25", "keyword 35", "keyword 45"],
      ...["sentence 5", "sentence 15", "sentence 25"],
      ...["draft 5", "draft 15"],
    ]);
  });

  it("keeps mixed kinds mixed", () => {
    const all = Array.from({ length: 12 }, (_, i) => ({ kind: (i % 2 ? "sentence" : "keyword") as Kind, query: String(i) }));
    expect(sampleByKind(all, 4).map((c) => c.query)).toEqual(["2", "3", "8", "9"]);
  });

  it("gives the rounding left over to the largest remainders and keeps the size", () => {
    const all = cases({ keyword: 7, typo: 7, draft: 6 });
    const sample = sampleByKind(all, 10);
    expect(sample).toHaveLength(10);
    const count = (k: Kind) => sample.filter((c) => c.kind === k).length;
    expect([count("keyword"), count("typo"), count("draft")]).toEqual([4, 3, 3]);
    expect(new Set(sample).size).toBe(10);
  });

  it("is the same every time, and all cases when asked for more", () => {
    const all = cases({ name: 9, compound: 4 });
    expect(sampleByKind(all, 6)).toEqual(sampleByKind(all, 6));
    expect(sampleByKind(all, 50)).toEqual(all);
  });
});

describe("the typed sample", () => {
  it("is about 300 queries of the dev half with every kind in it", () => {
    expect(TYPED_SAMPLE).toHaveLength(300);
    const dev = new Set(DEV_HALF);
    expect(TYPED_SAMPLE.every((c) => dev.has(c))).toBe(true);
    for (const kind of ["keyword", "sentence", "paraphrase", "name", "typo", "compound", "draft"] as const) {
      const share = DEV_HALF.filter((c) => c.kind === kind).length / DEV_HALF.length;
      expect(Math.abs(TYPED_SAMPLE.filter((c) => c.kind === kind).length - share * 300)).toBeLessThan(1);
    }
  });

  it("sends a pasted draft as one /vraag line", () => {
    expect(typedCommand("Vragen over X\n\n1. Bent u bekend?\n2.  Deelt u   dat? ")).toBe("/vraag Vragen over X 1. Bent u bekend? 2. Deelt u dat?");
  });
});

describe("percentile", () => {
  it("is the nearest rank, NaN for nothing", () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(xs, 50)).toBe(11);
    expect(percentile(xs, 95)).toBe(20);
    expect(percentile(xs, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("typedFigures", () => {
  it("splits the waits into sentences, keywords and drafts and leaves unanswered ones out", () => {
    const kinds: Kind[] = ["sentence", "paraphrase", "keyword", "typo", "draft", "draft"];
    const f = typedFigures(kinds, [10, 20, 1, 2, 100, NaN]);
    expect(f).toMatchObject({ queries: 6, unanswered: 1, maxWaitMs: 100 });
    expect(f.groups.zinnen).toEqual({ queries: 2, p50WaitMs: 20, p95WaitMs: 20 });
    expect(f.groups.trefwoorden).toEqual({ queries: 2, p50WaitMs: 2, p95WaitMs: 2 });
    expect(f.groups.concepten).toEqual({ queries: 2, p50WaitMs: 100, p95WaitMs: 100 });
    expect(formatTyped(f)).toContain("1 zonder antwoord");
  });

  it("reports – where there is nothing to report", () => {
    const f = typedFigures(["keyword"], [3]);
    expect(formatTyped(f)).toContain("concepten (0) p50 –, p95 –");
    expect(formatTyped(null, 300)).toBe("300 getypte vragen via /vraag: geen antwoord (–)");
  });
});
