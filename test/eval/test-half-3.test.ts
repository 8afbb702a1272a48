import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./queries.js";
import { DEV_HALF_2 } from "./dev-half-2.js";
import { DEV_HALF_3 } from "./dev-half-3.js";
import { TEST_HALF_3 } from "./test-half-3.js";

describeHeldOutHalf("held-out test half 3 of the search evaluation", TEST_HALF_3, {
  cases: 150,
  searches: 135,
  sentences: 60,
  paraphrases: 30,
  keywords: 15,
  names: 8,
  typos: 10,
  compounds: 8,
  chatMaxWords: 15,
});

describe("held-out test half 3 apart from the other halves", () => {
  it("shares no query with the dev half or the first test half, so that none of it was tuned on or counted twice", () => {
    const elsewhere = new Set([...DEV_HALF, ...DEV_HALF_2, ...DEV_HALF_3].map((c) => foldQuery(c.query)));
    expect(TEST_HALF_3.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
