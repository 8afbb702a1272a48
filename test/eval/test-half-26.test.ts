import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_25 } from "./test-half-25.js";
import { TEST_HALF_26 } from "./test-half-26.js";

describeHeldOutHalf("held-out test half 26 of the search evaluation", TEST_HALF_26, {
  cases: 488,
  searches: 473,
  sentences: 256,
  paraphrases: 119,
  keywords: 61,
  names: 67,
  typos: 41,
  compounds: 48,
  chatMaxWords: 15,
});

describe("held-out test half 26 apart from the other halves", () => {
  it("shares no query with the dev half or test half 25, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half run so far; test half 25 is the held-out half before this one.
    const elsewhere = new Set([...DEV_HALF, ...TEST_HALF_25].map((c) => foldQuery(c.query)));
    expect(TEST_HALF_26.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
