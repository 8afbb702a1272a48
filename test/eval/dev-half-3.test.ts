import { describeHeldOutHalf } from "./held-out-shape.js";
import { DEV_HALF_3 } from "./dev-half-3.js";

describeHeldOutHalf("third part of the dev half, written like a held-out half", DEV_HALF_3, {
  cases: 115,
  searches: 100,
  sentences: 55,
  paraphrases: 20,
  keywords: 12,
  names: 6,
  typos: 6,
  compounds: 5,
});
