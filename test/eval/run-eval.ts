/**
 * `npm run eval`: search quality per half and per kind, for both backends and
 * for the plain-Lunr baseline, in one run on the same queries.
 * The dev half is queries.ts, dev-half-2.ts, dev-half-3.ts and test halves 3 to 24 together (dev-half.ts)
 * (a test half joins the dev half once it has been run). For /eerder it also reports how its
 * labels fare on the drafts of each half and on drafts that were never asked (novel-drafts.ts),
 * next to the labels the share of the text alone would give; for /vraag, how often it calls its
 * best hit no good match, on each half and on chat queries that were never asked (novel-queries*.ts),
 * and how often the right question is among the near ties it lists under its best hit.
 *   --misses  list the dev half's queries that did not come first
 *   --test    also run the held-out test half (aggregate figures only)
 *   --scale=N the dev half again in an archive of the seed and N synthetic sets
 *             (as `npm run bench` builds them), where every word is less rare; once with
 *             the seed stored first and once with it stored last
 */
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadApp } from "../../src/app.js";
import type { SearchEngine } from "../../src/core/search.js";
import { KINDS, type EvalCase } from "./cases.js";
import { DEV_HALF } from "./dev-half.js";
import { evaluate, type EvalResult, type RankedRef, type Scores } from "./evaluate.js";
import { plainLunr } from "./baseline.js";
import { formatLabelReport, labelReport, shareLabels } from "./labels.js";
import { NOVEL_DRAFTS_DEV, NOVEL_DRAFTS_TEST } from "./novel-drafts.js";
import { NOVEL_QUERIES_DEV } from "./novel-queries.js";
import { NOVEL_QUERIES_TEST } from "./novel-queries-test.js";
import { formatWeakMatchReport, weakMatchReport } from "./weak-matches.js";
import { closeHitsReport, formatCloseHitsReport } from "./close-hits.js";
import { generateDumps } from "../bench/generate.js";

const args = new Set(process.argv.slice(2));
const fold = (q: string) => q.toLowerCase().replace(/\s+/g, " ").trim();
async function heldOutHalf(path: string, name: string): Promise<EvalCase[] | null> {
  // Resolved at run time: a test half is kept apart and may be absent.
  try {
    const mod = (await import(path)) as Record<string, EvalCase[] | undefined>;
    return mod[name] ?? null;
  } catch {
    return null;
  }
}

const refsOf = (hits: { set: { id: string }; question: { number: number } }[]): RankedRef[] =>
  hits.map((h) => ({ setId: h.set.id, number: h.question.number }));

// The indexes are built for this run only.
const work = mkdtempSync(join(tmpdir(), "kv-eval-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
/** The bot on both backends and the baseline, over one archive. */
interface Engines {
  engines: [string, SearchEngine][];
  baseline: (query: string) => RankedRef[];
}

function enginesFor(seedsDir: string, dir: string): Engines {
  const engines: [string, SearchEngine][] = (["lunr", "sqlite"] as const).map((backend) => [
    backend,
    loadApp({ seedsDir, indexDir: join(dir, backend, "index"), backend, dataDir: join(dir, backend, "data") }).engine,
  ]);
  return { engines, baseline: plainLunr(engines[0]![1].corpus) };
}
const seedEngines = enginesFor("seeds", work);

const fmt = (s: Scores | undefined) => (s ? `${s.hit1.toFixed(3)} ${s.hit3.toFixed(3)} ${s.mrr.toFixed(3)}` : "    –     –     –");

function report(
  name: string,
  cases: EvalCase[],
  showMisses: boolean,
  novel?: { drafts: string[]; queries: string[] },
  { engines, baseline }: Engines = seedEngines,
): void {
  const runs: [string, EvalResult][] = [
    ...engines.map(([n, engine]): [string, EvalResult] => [n, evaluate(cases, (q) => refsOf(engine.search(q, { limit: 10 })))]),
    ["baseline", evaluate(cases, baseline)],
  ];
  console.log(`\n${name} half (${cases.length} queries)   hit@1 hit@3 MRR per column`);
  console.log(`${"kind".padEnd(11)} ${"n".padStart(3)}  ${runs.map(([n]) => n.padEnd(17)).join("  ")}`);
  const row = (label: string, n: number, pick: (r: EvalResult) => Scores | undefined) =>
    console.log(`${label.padEnd(11)} ${String(n).padStart(3)}  ${runs.map(([, r]) => fmt(pick(r))).join("  ")}`);
  row("all", cases.length, (r) => r);
  for (const kind of KINDS) {
    const n = cases.filter((c) => c.kind === kind).length;
    if (n) row(kind, n, (r) => r.byKind[kind]);
  }
  const drafts = cases.filter((c) => c.kind === "draft");
  if (drafts.length) {
    const counts = engines.map(([n, engine]) => {
      const r = evaluate(drafts, (q) => refsOf(engine.similar(q, 5)));
      return `${n} ${Math.round(r.hit3 * drafts.length)}/${drafts.length} (hit@1 ${r.hit1.toFixed(3)})`;
    });
    console.log(`/eerder: right question in the top 3 for ${counts.join(", ")}`);
  }
  if (novel) {
    const engine = engines[0]![1];
    console.log(`/eerder labels: ${formatLabelReport(labelReport(engine, drafts, novel.drafts))}`);
    console.log(`  baseline, from the share alone: ${formatLabelReport(labelReport(engine, drafts, novel.drafts, shareLabels))}`);
    console.log(`/vraag: ${formatWeakMatchReport(weakMatchReport(engine, cases, novel.queries))}`);
  }
  // In a large archive more questions come close: how many lines that costs is measured at scale too.
  console.log(`/vraag: ${formatCloseHitsReport(closeHitsReport(engines[0]![1], cases))}`);
  if (showMisses) {
    for (const [n, r] of runs.slice(0, 1)) {
      for (const m of r.misses) console.log(`  ${n} not first [${m.kind}]: ${m.query.slice(0, 60).padEnd(60)} → ${m.got.join(", ") || "(niets)"}`);
    }
    const eerder = evaluate(drafts, (q) => refsOf(engines[0]![1].similar(q, 5)));
    for (const m of eerder.misses) console.log(`  /eerder not first: ${m.query.slice(0, 60).padEnd(60)} → ${m.got.join(", ")}`);
  }
}

report("dev", DEV_HALF, args.has("--misses"), { drafts: NOVEL_DRAFTS_DEV, queries: NOVEL_QUERIES_DEV });
const HELD_OUT: { flag: string; label: string; file: string; name: string }[] = [
  { flag: "--test", label: "test", file: "test-half-25", name: "TEST_HALF_25" },
];
for (const half of HELD_OUT) {
  if (!args.has(half.flag)) continue;
  const test = await heldOutHalf(`./${half.file}.js`, half.name);
  // A query that also stands in the dev half was tuned on, so it cannot measure.
  const dev = new Set(DEV_HALF.map((c) => fold(c.query)));
  const heldOut = test?.filter((c) => !dev.has(fold(c.query)));
  if (test && heldOut) {
    if (heldOut.length < test.length) console.log(`\n${half.label} half: ${test.length - heldOut.length} queries left out that also stand in the dev half`);
    report(half.label, heldOut, false, { drafts: NOVEL_DRAFTS_TEST, queries: NOVEL_QUERIES_TEST });
  }
  else console.log(`\n${half.label} half: test/eval/${half.file}.ts not found`);
}

const scale = [...args].find((a) => a.startsWith("--scale="));
if (scale) {
  const extra = Number(scale.slice("--scale=".length));
  const seed = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()[0]!;
  // The seed stored first and stored last: where more documents match than a backend scores, which it takes may
  // depend on the order they were stored in, and in a live archive the sets people look for are often the newest.
  for (const [label, name] of [["stored first", "000-seed.txt"], ["stored last", "999-seed.txt"]] as const) {
    const dir = join(work, `scale-${name}`);
    generateDumps(join("seeds", seed), join(dir, "seeds"), extra);
    renameSync(join(dir, "seeds", "000-seed.txt"), join(dir, "seeds", name));
    report(`dev (seed + ${extra} synthetic sets, the seed ${label})`, DEV_HALF, false, undefined, enginesFor(join(dir, "seeds"), dir));
  }
}
