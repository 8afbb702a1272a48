import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_22 } from "./test-half-22.js";

describeHeldOutHalf("held-out test half 22 of the search evaluation", TEST_HALF_22, {
  cases: 397,
  searches: 382,
  sentences: 190,
  paraphrases: 110,
  keywords: 54,
  names: 52,
  typos: 37,
  compounds: 49,
  chatMaxWords: 15,
});

describe("held-out test half 22 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_22.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_22.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
