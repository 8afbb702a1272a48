import { describe, expect, it } from "vitest";
import { NOVEL_QUERIES_TEST } from "./novel-queries-test.js";

const fold = (q: string): string => q.toLowerCase().trim().replace(/\s+/g, " ");

describe("NOVEL_QUERIES_TEST", () => {
  it("holds exactly 40 queries", () => {
    expect(NOVEL_QUERIES_TEST).toHaveLength(40);
  });

  it("has no two queries that are equal after lowercasing and folding whitespace", () => {
    const folded = NOVEL_QUERIES_TEST.map(fold);
    expect(new Set(folded).size).toBe(folded.length);
  });

  it.each(NOVEL_QUERIES_TEST)("%s is typed as a chat query of 2 to 15 words", (q) => {
    expect(q).toMatch(/^[a-z0-9 ]+$/);
    const words = q.split(" ").filter((w) => w.length > 0);
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.length).toBeLessThanOrEqual(15);
  });
});
