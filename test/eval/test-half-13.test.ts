import { describe, expect, it } from "vitest";
import { describeHeldOutHalf, foldQuery } from "./held-out-shape.js";
import { DEV_HALF } from "./queries.js";
import { DEV_HALF_2 } from "./dev-half-2.js";
import { DEV_HALF_3 } from "./dev-half-3.js";
import { TEST_HALF_3 } from "./test-half-3.js";
import { TEST_HALF_4 } from "./test-half-4.js";
import { TEST_HALF_5 } from "./test-half-5.js";
import { TEST_HALF_6 } from "./test-half-6.js";
import { TEST_HALF_7 } from "./test-half-7.js";
import { TEST_HALF_8 } from "./test-half-8.js";
import { TEST_HALF_9 } from "./test-half-9.js";
import { TEST_HALF_10 } from "./test-half-10.js";
import { TEST_HALF_11 } from "./test-half-11.js";
import { TEST_HALF_12 } from "./test-half-12.js";
import { TEST_HALF_13 } from "./test-half-13.js";

describeHeldOutHalf("held-out test half 13 of the search evaluation", TEST_HALF_13, {
  cases: 296,
  searches: 281,
  sentences: 164,
  paraphrases: 83,
  keywords: 38,
  names: 25,
  typos: 24,
  compounds: 30,
  chatMaxWords: 15,
});

describe("held-out test half 13 apart from the other halves", () => {
  it("shares no query with the dev halves or the other test halves, so that none of it was tuned on or counted twice", () => {
    const elsewhere = new Set(
      [
        ...DEV_HALF,
        ...DEV_HALF_2,
        ...DEV_HALF_3,
        ...TEST_HALF_3,
        ...TEST_HALF_4,
        ...TEST_HALF_5,
        ...TEST_HALF_6,
        ...TEST_HALF_7,
        ...TEST_HALF_8,
        ...TEST_HALF_9,
        ...TEST_HALF_10,
        ...TEST_HALF_11,
        ...TEST_HALF_12,
      ].map((c) => foldQuery(c.query)),
    );
    expect(TEST_HALF_13.map((c) => c.query).filter((q) => elsewhere.has(foldQuery(q)))).toEqual([]);
  });
});
