/**
 * `npm run bench [-- --json] [--quick] [--full] [--whole | --first-build] [--baseline=<rev>]`: builds synthetic archives of several
 * sizes and measures both search backends on each, every figure from a fresh
 * process. Lunr is the baseline; ratios are SQLite / Lunr. Then whole processes
 * at archive sizes, through the real entry points (see whole.ts), next to the
 * same figures for a baseline revision. The bot is also timed on ~300 queries
 * as users type them (typed-queries.ts): on the seed, and on the largest SQLite
 * archive of the whole-process rows. Timings are reported, never asserted.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDumps } from "./generate.js";
import { measureParseThroughput } from "./parse-throughput.js";
import { bot, firstBuild, oneShot, type BotFigures, type Target } from "./whole.js";
import { formatTyped, TYPED_SAMPLE, typedCommand, typedFigures, type TypedFigures } from "./typed-queries.js";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..", "..");
const SEED = join(ROOT, "seeds", "000_0520b6fab4578ef8.txt");
const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
/** Also Lunr at ~30.000 sets: about 4 minutes and 4 GB more. */
const full = process.argv.includes("--full");
/** Only the whole-process rows, or none of them. */
const onlyWhole = process.argv.includes("--whole") || process.argv.includes("--first-build");
/** Of the whole-process rows only the first builds (about 5 minutes at ~50.000 sets, the baseline included). */
const firstBuildOnly = process.argv.includes("--first-build");
const noWhole = process.argv.includes("--no-whole");
/** The revision to compare the whole-process rows with: the last one that parsed every dump at every start. */
const baselineArg = process.argv.find((a) => a.startsWith("--baseline="))?.slice("--baseline=".length);
const BASELINE = process.argv.includes("--no-baseline") ? null : (baselineArg ?? "08526b9");

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
/** The typed queries through the bot: on the seed, and on an archive of the whole-process rows. */
interface TypedRow {
  archive: string;
  backend: "lunr" | "sqlite";
  code: "nu" | "basislijn";
  /** null: the bot did not answer them. */
  figures: TypedFigures | null;
}
const typed: TypedRow[] = [];
const TYPED = TYPED_SAMPLE.map((c) => typedCommand(c.query));
const typedOf = (f: BotFigures): TypedFigures | null =>
  f.typedWaitsMs ? typedFigures(TYPED_SAMPLE.map((c) => c.kind), f.typedWaitsMs) : null;
const base = mkdtempSync(join(tmpdir(), "kv-bench-"));
try {
  const ready = onlyWhole ? NaN : (coldStart(), Math.min(coldStart(), coldStart()));
  if (!onlyWhole) log(`bot klaar (koud proces, seed, opgeslagen index): ${ready.toFixed(0)} ms`);
  if (!onlyWhole) await typedOnSeed();
  for (const size of onlyWhole ? [] : SIZES) {
    const dir = join(base, size.name.replace(/\W+/g, ""));
    const t0 = performance.now();
    const gen = generateDumps(SEED, join(dir, "seeds"), size.extra);
    log(`\n${size.name}: ${gen.sets} sets gegenereerd, ${(gen.bytes / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
    const parse = measureParseThroughput(join(dir, "seeds"));
    log(`  parser (hele bestanden, mediaan van ${parse.runs} verse processen): ${parse.mb!.toFixed(1)} MB in ${fmt(parse.wallMs)} ms = ${parse.mbPerS!.toFixed(1)} MB/s (${parse.minMbPerS!.toFixed(1)}–${parse.maxMbPerS!.toFixed(1)}; CPU-tijd ${fmt(parse.cpuMs)} ms = ${parse.cpuMbPerS!.toFixed(1)} MB/s)`);
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
  const whole = noWhole ? [] : await wholeProcesses();
  if (json) process.stdout.write(`${JSON.stringify({ readyMs: ready, results, typed, whole })}\n`);
} finally {
  rmSync(base, { recursive: true, force: true });
}

/** The bot (`npm start`) on the seed with a saved index, both backends: each typed query sent once. */
async function typedOnSeed(): Promise<void> {
  log(`bot op de seed (opgeslagen index), vragen uit de dev-helft zoals gebruikers ze typen, elk één keer:`);
  for (const backend of ["lunr", "sqlite"] as const) {
    const t: Target = { root: ROOT, seeds: join(ROOT, "seeds"), work: join(base, `typed-${backend}`), backend };
    firstBuild(t);
    const figures = typedOf(await bot(t, null, { typed: TYPED }));
    typed.push({ archive: "seed", backend, code: "nu", figures });
    log(`  ${backend.padEnd(6)} ${formatTyped(figures)}`);
  }
}

interface WholeRow {
  archive: string;
  sets: number;
  mb: number;
  backend: "lunr" | "sqlite";
  code: "nu" | "basislijn";
  firstBuildMs: number;
  firstBuildRssMb: number;
  firstBuildCpuMs?: number;
  /** Not measured with --first-build. */
  oneShotMs?: number;
  readyMs?: number;
  firstAnswerMs?: number;
  botRssMb?: number;
  searchableMs?: number;
  maxWaitMs?: number;
  p50WaitMs?: number;
  reloadRssMb?: number;
}

/** A checkout of the baseline revision next to this one, sharing node_modules; null when git cannot make one. */
function baselineCheckout(): string | null {
  if (!BASELINE) return null;
  const dir = join(base, "baseline");
  try {
    execFileSync("git", ["worktree", "add", "--detach", dir, BASELINE], { cwd: ROOT, stdio: "ignore" });
    // Every package shared, but not the bundle cache under node_modules/.cache: each checkout bundles its own code.
    mkdirSync(join(dir, "node_modules"));
    for (const name of readdirSync(join(ROOT, "node_modules"))) if (name !== ".cache") symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
    return dir;
  } catch {
    log(`basislijn ${BASELINE}: geen git-worktree mogelijk, overgeslagen`);
    return null;
  }
}

/** A dump of about 3 MB with one set that only it has: the one a command looks for. */
function newDump(dir: string): string {
  generateDumps(SEED, dir, 780, 7);
  const file = join(dir, "100-synthetic.txt");
  appendFileSync(file, "\nZeppelinhaven boven de Noordzee |\n|\nSongül Mutluer (PvdA) |\n|\nDavid van Weel (minister ) |\n|\n![]() |\nWat weet u van de zeppelinhaven?\nNiets.");
  return file;
}

async function wholeProcesses(): Promise<WholeRow[]> {
  // The baseline needs minutes and gigabytes at ~50.000 sets (see the README); it runs there only with --full.
  const archives = quick
    ? [{ archive: "~1.000 sets", extra: 980, backend: "lunr" as const, baseline: true }, { archive: "~5.000 sets", extra: 4980, backend: "sqlite" as const, baseline: true }]
    : [{ archive: "~5.000 sets", extra: 4980, backend: "lunr" as const, baseline: true }, { archive: "~50.000 sets", extra: 49980, backend: "sqlite" as const, baseline: full || firstBuildOnly }];
  const baseline = baselineCheckout();
  // The typed queries on the largest SQLite archive only: what a user waits for where the archive is large.
  const typedArchive = archives.filter((a) => a.backend === "sqlite").at(-1);
  const rows: WholeRow[] = [];
  try {
    for (const a of archives) {
      const dir = join(base, `whole-${a.extra}`);
      // An archive arrives as many dumps, not as one file of 170 MB: 2,000 sets (~7.5 MB) a file.
      const gen = generateDumps(SEED, join(dir, "seeds"), a.extra, 42, 2000);
      log(`\nhele processen, ${a.archive} (${gen.sets} sets, ${(gen.bytes / 1e6).toFixed(0)} MB), ${a.backend}:`);
      for (const [code, root] of [["nu", ROOT], ["basislijn", baseline]] as const) {
        if (!root || (code === "basislijn" && !a.baseline)) continue;
        const t: Target = { root, seeds: join(dir, "seeds"), work: join(dir, code), backend: a.backend };
        const build = firstBuild(t);
        if (firstBuildOnly) {
          log(`  ${code.padEnd(9)} eerste bouw ${fmt(build.ms / 1000, 1)} s (piek ${fmt(build.rssMb)} MB, CPU ${fmt(build.cpuMs / 1000, 1)} s, belasting ${build.load})`);
          rows.push({ archive: a.archive, sets: gen.sets, mb: gen.bytes / 1e6, backend: a.backend, code, firstBuildMs: build.ms, firstBuildRssMb: build.rssMb, firstBuildCpuMs: build.cpuMs });
          continue;
        }
        const search = oneShot(t, code === "nu" ? 3 : 1);
        const idle: BotFigures = await bot(t, null, { typed: a === typedArchive ? TYPED : [] });
        const row: WholeRow = {
          archive: a.archive,
          sets: gen.sets,
          mb: gen.bytes / 1e6,
          backend: a.backend,
          code,
          firstBuildMs: build.ms,
          firstBuildRssMb: build.rssMb,
          oneShotMs: search.ms,
          readyMs: idle.readyMs,
          firstAnswerMs: idle.firstAnswerMs,
          botRssMb: idle.peakRssMb,
        };
        // The baseline's console did not pick up new dumps; only this code is measured for a reload.
        if (code === "nu") {
          const reload = await bot(t, newDump(join(dir, "nieuw")));
          Object.assign(row, { searchableMs: reload.searchableMs, maxWaitMs: reload.maxWaitMs, p50WaitMs: reload.p50WaitMs, reloadRssMb: reload.peakRssMb });
          rmSync(join(t.seeds, "200-nieuw.txt"), { force: true });
        }
        rows.push(row);
        log(
          `  ${code.padEnd(9)} eerste bouw ${fmt(row.firstBuildMs / 1000, 1)} s (piek ${fmt(row.firstBuildRssMb)} MB)  cli search ${fmt(search.ms / 1000, 2)} s  ` +
            `bot klaar ${fmt(idle.readyMs / 1000, 2)} s (RSS ${fmt(row.botRssMb)} MB), eerste antwoord ${fmt(idle.firstAnswerMs)} ms` +
            (row.searchableMs !== undefined
              ? `  nieuwe dump van 3 MB vindbaar na ${fmt(row.searchableMs / 1000, 1)} s, langste wachttijd ${fmt(row.maxWaitMs)} ms (mediaan ${fmt(row.p50WaitMs)} ms), piek-RSS ${fmt(row.reloadRssMb)} MB`
              : ""),
        );
        if (a === typedArchive) {
          const figures = typedOf(idle);
          typed.push({ archive: a.archive, backend: a.backend, code, figures });
          log(`  ${"".padEnd(9)} ${formatTyped(figures)}`);
        }
      }
    }
  } finally {
    if (baseline) execFileSync("git", ["worktree", "remove", "--force", baseline], { cwd: ROOT, stdio: "ignore" });
  }
  return rows;
}

function fmt(v: unknown, digits = 0): string {
  return Number(v).toFixed(digits);
}
