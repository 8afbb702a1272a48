import { describeHeldOutHalf } from "./held-out-shape.js";
import { TEST_HALF } from "./test-half.js";

describeHeldOutHalf("held-out test half of the search evaluation", TEST_HALF, {
  cases: 115,
  searches: 100,
  sentences: 55,
  paraphrases: 20,
  keywords: 12,
  names: 6,
  typos: 6,
  compounds: 5,
});
