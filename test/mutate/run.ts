/**
 * `npm run mutate`: runs Stryker once per group of stryker.config.mjs (or only
 * the groups named as arguments), then prints the mutation score per file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error the Stryker configuration is plain JavaScript
import { GROUPS } from "../../stryker.config.mjs";

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(GROUPS);
const unknown = names.filter((n) => !(n in GROUPS));
if (unknown.length) {
  console.error(`Onbekende groep: ${unknown.join(", ")}. Kies uit: ${Object.keys(GROUPS).join(", ")}`);
  process.exit(2);
}

const rows: string[] = [];
let failed = false;
for (const name of names) {
  const run = spawnSync("npx", ["stryker", "run"], { stdio: "inherit", env: { ...process.env, MUTATE_GROUP: name } });
  const path = join("reports", "mutation", `${name}.json`);
  if (run.status !== 0 || !existsSync(path)) {
    failed = true;
    rows.push(`${name}: Stryker faalde (code ${run.status})`);
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8")) as Report;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (...s: string[]) => mutants.filter((m) => s.includes(m.status)).length;
    const detected = count("Killed", "Timeout");
    const valid = detected + count("Survived", "NoCoverage");
    const score = valid ? (100 * detected) / valid : 100;
    rows.push(`${score.toFixed(2).padStart(6)}%  ${String(detected).padStart(4)}/${String(valid).padEnd(4)} overleefd ${count("Survived")}, geen dekking ${count("NoCoverage")}  ${file}`);
  }
}
console.log(`\nMutatiescore per bestand (gedood/geldig):\n${rows.join("\n")}`);
process.exit(failed ? 1 : 0);
