import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_8 } from "./test-half-8.js";

describeHeldOutHalf("held-out test half 8 of the search evaluation", TEST_HALF_8, {
  cases: 300,
  searches: 285,
  sentences: 158,
  paraphrases: 81,
  keywords: 42,
  names: 26,
  typos: 24,
  compounds: 35,
  chatMaxWords: 15,
});

describe("held-out test half 8 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds this half too since it was run; a repeat of an earlier query would be kept as the earlier case.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_8.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_8.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
