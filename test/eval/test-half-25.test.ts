import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_25 } from "./test-half-25.js";

describeHeldOutHalf("held-out test half 25 of the search evaluation", TEST_HALF_25, {
  cases: 414,
  searches: 399,
  sentences: 194,
  paraphrases: 101,
  keywords: 58,
  names: 62,
  typos: 35,
  compounds: 50,
  chatMaxWords: 15,
});

describe("held-out test half 25 apart from the other halves", () => {
  it("shares no query with the dev half (every test half run so far among it), so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half run before this one.
    const elsewhere = new Set(DEV_HALF.map((c) => foldQuery(c.query)));
    expect(TEST_HALF_25.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
