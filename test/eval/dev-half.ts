/**
 * The dev half of the search evaluation: queries.ts, dev-half-2.ts, dev-half-3.ts and the test
 * halves that have been run (a test half joins the dev half once it has been run), each query once.
 * The held-out test half stays out.
 */
import type { EvalCase } from "./cases.js";
import { DEV_HALF as DEV_PART_1 } from "./queries.js";
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
import { TEST_HALF_14 } from "./test-half-14.js";
import { TEST_HALF_15 } from "./test-half-15.js";
import { TEST_HALF_16 } from "./test-half-16.js";
import { TEST_HALF_17 } from "./test-half-17.js";
import { TEST_HALF_18 } from "./test-half-18.js";
import { TEST_HALF_19 } from "./test-half-19.js";
import { TEST_HALF_20 } from "./test-half-20.js";
import { TEST_HALF_21 } from "./test-half-21.js";
import { TEST_HALF_22 } from "./test-half-22.js";
import { TEST_HALF_23 } from "./test-half-23.js";
import { TEST_HALF_24 } from "./test-half-24.js";

const fold = (q: string) => q.toLowerCase().replace(/\s+/g, " ").trim();

/** The cases with each query once: the first of those that read the same, case and spacing aside. */
function uniqueQueries(cases: EvalCase[]): EvalCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = fold(c.query);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const DEV_HALF: EvalCase[] = uniqueQueries([
  ...DEV_PART_1,
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
  ...TEST_HALF_13,
  ...TEST_HALF_14,
  ...TEST_HALF_15,
  ...TEST_HALF_16,
  ...TEST_HALF_17,
  ...TEST_HALF_18,
  ...TEST_HALF_19,
  ...TEST_HALF_20,
  ...TEST_HALF_21,
  ...TEST_HALF_22,
  ...TEST_HALF_23,
  ...TEST_HALF_24,
]);

