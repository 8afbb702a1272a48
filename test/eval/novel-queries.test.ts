import { describe, expect, it } from "vitest";
import { foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { NOVEL_QUERIES_DEV } from "./novel-queries.js";
import { NOVEL_QUERIES_TEST } from "./novel-queries-test.js";

describe.each([
  ["NOVEL_QUERIES_DEV", NOVEL_QUERIES_DEV],
  ["NOVEL_QUERIES_TEST", NOVEL_QUERIES_TEST],
])("%s", (_name, queries) => {
  it("holds exactly 40 queries", () => {
    expect(queries).toHaveLength(40);
  });

  it("has no two queries that are equal after lowercasing and folding whitespace", () => {
    const folded = queries.map(foldQuery);
    expect(new Set(folded).size).toBe(folded.length);
  });

  it.each(queries)("%s is typed as a chat query of 2 to 15 words", (q) => {
    expect(q).toMatch(/^[a-z0-9 ]+$/);
    const words = q.split(" ").filter((w) => w.length > 0);
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.length).toBeLessThanOrEqual(15);
  });
});

describe("never-asked chat queries apart from each other and from the evaluation halves", () => {
  it("share no query between the two lists or with a query that has an answer", () => {
    const answered = new Set(DEV_HALF.map((c) => foldQuery(c.query)));
    const dev = new Set(NOVEL_QUERIES_DEV.map(foldQuery));
    expect(NOVEL_QUERIES_TEST.map(foldQuery).filter((q) => dev.has(q) || answered.has(q))).toEqual([]);
    expect([...dev].filter((q) => answered.has(q))).toEqual([]);
  });
});
