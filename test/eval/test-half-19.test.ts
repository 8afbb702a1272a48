import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_19 } from "./test-half-19.js";

describeHeldOutHalf("held-out test half 19 of the search evaluation", TEST_HALF_19, {
  cases: 443,
  searches: 428,
  sentences: 211,
  paraphrases: 112,
  keywords: 58,
  names: 67,
  typos: 40,
  compounds: 52,
  chatMaxWords: 15,
});

describe("held-out test half 19 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_19.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_19.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
