import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { loadApp } from "../src/app.js";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { SearchEngine } from "../src/core/search.js";
import { childEnv, corpusOf, HEADER, memoryLogger, ROOT, SEED_FILE } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

const ZEPPELIN = ["a.txt", `${HEADER("Zeppelinhaven boven de Noordzee")}\nWat weet u van de zeppelinhaven bij Den Helder?\nNiets.`] as [string, string];
const DRONES = ["b.txt", `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nMaatregelen.`] as [string, string];

describe("the SQLite vocabulary's typo candidates", () => {
  it("are asked of the index once per word, and follow the index when it changes", () => {
    const first = corpusOf(ZEPPELIN, DRONES);
    const backend = SqliteBackend.open(":memory:");
    backend.sync(first);
    const engine = new SearchEngine(first, backend.vocabulary, backend);
    const typo = engine.suggestions("zepelinhaven");
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.every((w) => w.startsWith("zeppelin"))).toBe(true);
    const candidates = backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1);
    expect(candidates).toContain(typo[0]);
    // A second ask is answered without the index, and what a caller does to the list does not stick.
    candidates.length = 0;
    const statement = Object.getPrototypeOf(backend.db.prepare("SELECT 1")) as { all: () => unknown[]; get: () => unknown };
    const reads = [vi.spyOn(statement, "all"), vi.spyOn(statement, "get")];
    expect(backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1)).toContain(typo[0]);
    expect(engine.suggestions("zepelinhaven")).toEqual(typo);
    expect(reads.map((r) => r.mock.calls.length)).toEqual([0, 0]);
    for (const r of reads) r.mockRestore();
    // The zeppelin set leaves the corpus: its words are no longer proposed.
    const second = corpusOf(DRONES);
    backend.sync(second);
    expect(new SearchEngine(second, backend.vocabulary, backend).suggestions("zepelinhaven")).toEqual([]);
    expect(backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1)).toEqual([]);
    backend.close();
  });
});

describe("a SQLite search index file that cannot be used as it is", () => {
  /** Seeds, and an index built by the real command line in `data`, in a process of its own. */
  function built() {
    const dir = tempDir("fts-file");
    const seeds = join(dir, "seeds");
    mkdirSync(seeds);
    copyFileSync(join(ROOT, "seeds", SEED_FILE), join(seeds, SEED_FILE));
    const data = join(dir, "data");
    const r = spawnSync(process.execPath, ["src/launch.mjs", "cli", "index"], {
      cwd: ROOT,
      encoding: "utf8",
      env: childEnv({ SEEDS_DIR: seeds, DATA_DIR: data, INDEX_DIR: join(dir, "index"), SEARCH_BACKEND: "sqlite", LOG_LEVEL: "warn" }),
    });
    expect(r.status).toBe(0);
    return { dir, seeds, data, index: join(data, "search.sqlite") };
  }

  /** Opens the app on `data` in this process, as the bot starts; with what it logged and what a few searches find. */
  function open(w: { dir: string; seeds: string }, data: string) {
    const log = memoryLogger();
    const app = loadApp({ seedsDir: w.seeds, indexDir: join(w.dir, "index"), dataDir: data, backend: "sqlite", log });
    const found = ["politiebegroting", "drones boven gevangenissen", "agenten tekort"].map((q) => app.engine.search(q, { limit: 5 }).map((h) => `${h.set.id}#${h.question.number}`));
    return { log, found, origin: app.indexOrigin };
  }

  it("replaces a file that is not a database, with one warning, and finds what a fresh index finds", () => {
    const w = built();
    writeFileSync(w.index, Buffer.alloc(8192, 0x5a));
    rmSync(`${w.index}-wal`, { force: true });
    const damaged = open(w, w.data);
    expect(damaged.log.lines.filter((l) => !l.startsWith("debug"))).toEqual([expect.stringMatching(/^warn zoekindex .*search\.sqlite: onleesbaar \(.+\); wordt opnieuw opgebouwd$/)]);
    expect(damaged.origin).toBe("built");
    const fresh = open(w, join(w.dir, "fresh"));
    expect(fresh.log.lines.filter((l) => l.startsWith("warn"))).toEqual([]);
    expect(damaged.found).toEqual(fresh.found);
    expect(damaged.found[0]!.length).toBeGreaterThan(0);
  });

  it("replaces a file whose pages are damaged behind an intact header", () => {
    const w = built();
    const db = new Database(w.index);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    const bytes = readFileSync(w.index);
    bytes.fill(0xa5, 4096);
    writeFileSync(w.index, bytes);
    const damaged = open(w, w.data);
    expect(damaged.log.lines.filter((l) => l.startsWith("warn"))).toEqual([expect.stringMatching(/^warn zoekindex .*search\.sqlite: (onleesbaar|beschadigd) \(.+\); wordt opnieuw opgebouwd$/)]);
    expect(damaged.found).toEqual(open(w, join(w.dir, "fresh")).found);
  });

  it("replaces a file whose damage shows only when the index is brought up to date", () => {
    const w = built();
    const db = new Database(w.index);
    db.pragma("wal_checkpoint(TRUNCATE)");
    const pages = db.pragma("page_count", { simple: true }) as number;
    db.close();
    // The first pages (where the version is kept) stay readable; the tables behind them do not.
    const bytes = readFileSync(w.index);
    bytes.fill(0xa5, Math.floor(pages / 4) * 4096);
    writeFileSync(w.index, bytes);
    writeFileSync(join(w.seeds, "drones.txt"), `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nMaatregelen.`);
    const damaged = open(w, w.data);
    expect(damaged.log.lines.filter((l) => l.startsWith("warn"))).toEqual([expect.stringMatching(/^warn zoekindex .*search\.sqlite: beschadigd \(.+\); wordt opnieuw opgebouwd$/)]);
    expect(damaged.found).toEqual(open(w, join(w.dir, "fresh")).found);
    expect(damaged.found[1]![0]).toMatch(/^drones/);
  });

  it("starts over, saying so once, when another version of the bot made the index (a downgrade or an upgrade)", () => {
    const w = built();
    const db = new Database(w.index);
    const own = db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string;
    db.prepare("UPDATE meta SET value = '99/99' WHERE key = 'version'").run();
    db.close();
    const other = open(w, w.data);
    expect(other.log.lines.filter((l) => l.startsWith("warn"))).toEqual([
      expect.stringMatching(new RegExp(`^warn zoekindex .*search\\.sqlite: gemaakt door een andere versie \\(99/99, deze versie maakt ${own}\\); wordt opnieuw opgebouwd$`)),
    ]);
    expect(other.origin).toBe("built");
    expect(other.found).toEqual(open(w, join(w.dir, "fresh")).found);
  });

  it("does not stop the command line when the file is not a database", () => {
    const w = built();
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ["src/launch.mjs", "cli", ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: childEnv({ SEEDS_DIR: w.seeds, DATA_DIR: w.data, INDEX_DIR: join(w.dir, "index"), SEARCH_BACKEND: "sqlite", LOG_LEVEL: "warn" }),
      });
    const wreck = () => {
      writeFileSync(w.index, "kapot");
      rmSync(`${w.index}-wal`, { force: true });
    };
    wreck();
    const index = cli(["index"]);
    expect(index.status).toBe(0);
    expect(index.stdout).toMatch(/^Index \(sqlite\) opgebouwd/);
    expect(index.stderr.trim().split("\n")).toEqual([expect.stringMatching(/ WARN zoekindex .*search\.sqlite: onleesbaar \(.+\); wordt opnieuw opgebouwd$/)]);
    // The one-shot search prints only its answer, also when it had to start the index over.
    wreck();
    const search = cli(["search", "--json", "politiebegroting"]);
    expect(search.status).toBe(0);
    expect(search.stderr).toBe("");
    expect(JSON.parse(search.stdout).hits.length).toBeGreaterThan(0);
  });
});
