import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_24 } from "./test-half-24.js";

describeHeldOutHalf("held-out test half 24 of the search evaluation", TEST_HALF_24, {
  cases: 414,
  searches: 399,
  sentences: 193,
  paraphrases: 105,
  keywords: 64,
  names: 54,
  typos: 36,
  compounds: 52,
  chatMaxWords: 15,
});

describe("held-out test half 24 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_24.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_24.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
