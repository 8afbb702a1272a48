/**
 * `npm run bench [-- --json] [--quick] [--full]`: builds synthetic archives of several
 * sizes and measures both search backends on each, every figure from a fresh
 * process. Lunr is the baseline; ratios are SQLite / Lunr. Timings are reported,
 * never asserted.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDumps } from "./generate.js";
import { measureParseThroughput } from "./parse-throughput.js";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..", "..");
const SEED = join(ROOT, "seeds", "000_0520b6fab4578ef8.txt");
const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
/** Also Lunr at ~30.000 sets: about 4 minutes and 4 GB more. */
const full = process.argv.includes("--full");

interface Size {
  name: string;
  extra: number;
  /** Lunr needs minutes and gigabytes at this size; the targets put it on SQLite. */
  lunr: boolean;
}

const SIZES: Size[] = [
  { name: "seed", extra: 0, lunr: true },
  { name: "~300 sets", extra: 280, lunr: true },
  { name: "~3.000 sets", extra: 2980, lunr: true },
  ...(quick ? [] : [{ name: "~30.000 sets", extra: 29980, lunr: full }]),
];

type Figures = Record<string, number | string>;

function worker(...args: string[]): Figures {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "test", "bench", "worker.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

function coldStart(): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli.ts"), "over"], { cwd: ROOT, stdio: "ignore" });
  return performance.now() - t0;
}

const log = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
};

const results: ({ size: string; backend: string } & Figures)[] = [];
const base = mkdtempSync(join(tmpdir(), "kv-bench-"));
try {
  coldStart();
  const ready = Math.min(coldStart(), coldStart());
  log(`bot klaar (koud proces, seed, opgeslagen index): ${ready.toFixed(0)} ms`);
  for (const size of SIZES) {
    const dir = join(base, size.name.replace(/\W+/g, ""));
    const t0 = performance.now();
    const gen = generateDumps(SEED, join(dir, "seeds"), size.extra);
    log(`\n${size.name}: ${gen.sets} sets gegenereerd, ${(gen.bytes / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
    const parse = measureParseThroughput(join(dir, "seeds"));
    log(`  parser (hele bestanden, vers proces): ${parse.mb!.toFixed(1)} MB in ${fmt(parse.wallMs)} ms = ${parse.mbPerS!.toFixed(1)} MB/s (CPU-tijd ${fmt(parse.cpuMs)} ms = ${parse.cpuMbPerS!.toFixed(1)} MB/s)`);
    for (const backend of ["lunr", "sqlite"] as const) {
      if (backend === "lunr" && !size.lunr) {
        log(`  lunr: overgeslagen op deze grootte (bouwen kost ~4 min en ~4 GB; meten met --full)`);
        continue;
      }
      const work = join(dir, backend);
      mkdirSync(work, { recursive: true });
      const build = worker("build", backend, join(dir, "seeds"), work);
      const query = worker("query", backend, join(dir, "seeds"), work);
      const row = { size: size.name, backend, ...build, ...query };
      results.push(row);
      log(
        `  ${backend.padEnd(6)} docs ${String(build.documents).padStart(7)}  parse ${fmt(build.parseMs)} ms  build ${fmt(build.buildMs)} ms  index ${Number(build.indexMb).toFixed(1)} MB  ` +
          `load ${fmt(query.loadMs, 1)} ms  p50 ${fmt(query.p50Ms, 2)} ms  p95 ${fmt(query.p95Ms, 2)} ms  RSS build ${fmt(build.buildRssMb)} MB / query ${fmt(query.queryRssMb)} MB  ` +
          `hit@1 ${Number(query.hit1).toFixed(3)}  hit@3 ${Number(query.hit3).toFixed(3)}`,
      );
    }
    const update = worker("update", "sqlite", join(dir, "seeds"), join(dir, "sqlite"));
    const sqliteRow = results.find((r) => r.size === size.name && r.backend === "sqlite")!;
    sqliteRow.updateMs = update.updateMs!;
    sqliteRow.updateParseMs = update.parseMs!;
    log(`  sqlite: nieuwe dump (50 sets) bijgewerkt in ${fmt(update.updateMs)} ms (+ ${fmt(update.parseMs)} ms dumps inlezen, alleen de nieuwe geparsed), ${update.unchanged} sets ongemoeid`);
    const lunrRow = results.find((r) => r.size === size.name && r.backend === "lunr");
    if (lunrRow) {
      const ratio = (k: string) => (Number(sqliteRow[k]) / Number(lunrRow[k])).toFixed(2);
      log(`  verhouding sqlite/lunr: build ${ratio("buildMs")}  index ${ratio("indexMb")}  load ${ratio("loadMs")}  p50 ${ratio("p50Ms")}  p95 ${ratio("p95Ms")}  RSS query ${ratio("queryRssMb")}`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify({ readyMs: ready, results })}\n`);
} finally {
  rmSync(base, { recursive: true, force: true });
}

function fmt(v: unknown, digits = 0): string {
  return Number(v).toFixed(digits);
}
