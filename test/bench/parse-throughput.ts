/**
 * Parser throughput in a fresh process: every dump in a folder read whole and
 * parsed into validated sets (`parseFile`), as a reload does. Prints one JSON
 * object: megabytes, wall-clock and CPU milliseconds, and MB/s for both.
 *   node --import tsx test/bench/parse-throughput.ts <seeds>
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseFile } from "../../src/core/corpus.js";

/** One measurement in a child process, so earlier work does not warm it up. */
function measureOnce(seedsDir: string): Record<string, number> {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), seedsDir], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/**
 * The median of `runs` fresh processes, with the slowest and fastest
 * throughput beside it: one short run on a shared machine can be off by a
 * quarter either way, which a single figure would hide.
 */
export function measureParseThroughput(seedsDir: string, runs = 5): Record<string, number> {
  const all = Array.from({ length: runs }, () => measureOnce(seedsDir)).sort((a, b) => a.mbPerS! - b.mbPerS!);
  return { ...all[Math.floor(runs / 2)]!, runs, minMbPerS: all[0]!.mbPerS!, maxMbPerS: all[runs - 1]!.mbPerS! };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2]!;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  const bytes = files.reduce((n, b) => n + b.length, 0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sets = 0;
  for (const [i, content] of files.entries()) sets += parseFile({ file: `${i}.txt`, content }).sets.length;
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const mb = bytes / 1e6;
  process.stdout.write(`${JSON.stringify({ mb, sets, wallMs, cpuMs, mbPerS: mb / (wallMs / 1000), cpuMbPerS: mb / (cpuMs / 1000) })}\n`);
}
