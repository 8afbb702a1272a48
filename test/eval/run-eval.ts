/** `npm run eval`: search quality of the default backend on the evaluation set. */
import { loadApp } from "../../src/app.js";
import { EVAL_SET } from "./queries.js";
import { evaluate } from "./evaluate.js";

const app = loadApp({ seedsDir: "seeds", indexDir: "index" });
const result = evaluate(EVAL_SET, (q) => app.engine.search(q, { limit: 10 }).map((h) => ({ setId: h.set.id, number: h.question.number })));
console.log(`queries: ${result.cases}`);
console.log(`hit@1:   ${result.hit1.toFixed(3)}`);
console.log(`hit@3:   ${result.hit3.toFixed(3)}`);
console.log(`MRR:     ${result.mrr.toFixed(3)}`);
if (result.misses.length) {
  console.log("\nnot first:");
  for (const m of result.misses) console.log(`  ${m.query.padEnd(45)} → ${m.got.join(", ") || "(niets)"}`);
}
