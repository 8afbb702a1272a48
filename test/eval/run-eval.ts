/** `npm run eval`: search quality of both backends on the evaluation set. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadApp } from "../../src/app.js";
import { EVAL_SET } from "./queries.js";
import { evaluate } from "./evaluate.js";

for (const backend of ["lunr", "sqlite"] as const) {
  const app = loadApp({ seedsDir: "seeds", indexDir: "index", backend, dataDir: mkdtempSync(join(tmpdir(), "kv-eval-")) });
  const r = evaluate(EVAL_SET, (q) => app.engine.search(q, { limit: 10 }).map((h) => ({ setId: h.set.id, number: h.question.number })));
  console.log(`${backend.padEnd(6)} queries ${r.cases}  hit@1 ${r.hit1.toFixed(3)}  hit@3 ${r.hit3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}`);
  for (const m of r.misses) console.log(`         not first: ${m.query.padEnd(45)} → ${m.got.join(", ") || "(niets)"}`);
}
