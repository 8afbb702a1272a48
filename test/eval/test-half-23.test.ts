import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_23 } from "./test-half-23.js";

describeHeldOutHalf("held-out test half 23 of the search evaluation", TEST_HALF_23, {
  cases: 406,
  searches: 391,
  sentences: 187,
  paraphrases: 98,
  keywords: 55,
  names: 64,
  typos: 36,
  compounds: 49,
  chatMaxWords: 15,
});

describe("held-out test half 23 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_23.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_23.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
