import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./dev-half.js";
import { TEST_HALF_21 } from "./test-half-21.js";

describeHeldOutHalf("held-out test half 21 of the search evaluation", TEST_HALF_21, {
  cases: 411,
  searches: 396,
  sentences: 195,
  paraphrases: 111,
  keywords: 54,
  names: 57,
  typos: 36,
  compounds: 54,
  chatMaxWords: 15,
});

describe("held-out test half 21 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    // The dev half holds the dev parts and every test half that has been run, this one among them.
    const elsewhere = new Set(DEV_HALF.filter((c) => !TEST_HALF_21.includes(c)).map((c) => foldQuery(c.query)));
    expect(TEST_HALF_21.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
