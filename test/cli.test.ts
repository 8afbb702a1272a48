import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

const dataDir = tempDir("cli-edges");

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TMPDIR: tmpdir(), DATA_DIR: dataDir, INDEX_DIR: join(dataDir, "index"), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cli search --limit", () => {
  it.each(["abc", "0", "-3"])("refuses %j with a clear message and exit code 2", (limit) => {
    const r = cli(["search", "--json", "--limit", limit, "politie"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`--limit verwacht een heel getal van 1 tot en met 100, niet «${limit}».\n`);
  });
  it("gives exactly the asked number of hits", () => {
    const r = cli(["search", "--json", "--limit", "7", "politie"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hits).toHaveLength(7);
  });
});

describe("cli check on an empty folder", () => {
  it("exits 1 and says why and where dumps go", () => {
    const empty = tempDir("leeg");
    const r = cli(["check", "--seeds", empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Sets:\s+0/);
    expect(r.stderr).toBe(`Er zijn nog geen dumps ingelezen. Zet exportbestanden (*.txt) in de map «${empty}» (SEEDS_DIR).\n`);
  });
});

describe("configuration errors", () => {
  it("stop the CLI with one Dutch line per problem", () => {
    const r = cli(["check"], { SEARCH_BACKEND: "elastic", RATE_LIMIT_PER_MINUTE: "abc" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Fout: SEARCH_BACKEND: ongeldige waarde "elastic"; kies lunr of sqlite.\nRATE_LIMIT_PER_MINUTE: ongeldige waarde "abc"; geef een heel getal van 1 tot en met 600.\n',
    );
  });
});
