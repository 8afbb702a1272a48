import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_18 } from "./test-half-18.js";

describeHeldOutHalf("held-out test half 18 of the search evaluation", TEST_HALF_18, {
  cases: 400,
  searches: 385,
  sentences: 209,
  paraphrases: 95,
  keywords: 55,
  names: 32,
  typos: 41,
  compounds: 48,
  chatMaxWords: 15,
});

describe("held-out test half 18 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_18.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_18.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
