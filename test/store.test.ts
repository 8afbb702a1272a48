import { tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { buildCorpus } from "../src/core/corpus.js";
import { readSeedFolder } from "../src/seeds.js";
import type { QuestionSet } from "../src/core/model.js";
import { CorpusStore, STORE_SCHEMA_VERSION } from "../src/store/corpus-store.js";
import { registerSourceParser, sourceDirs, type SourceDir } from "../src/store/sources.js";
import { SubscriptionStore } from "../src/digest/store.js";
import { LiveCorpus } from "../src/live-corpus.js";
import { consoleCaller, runLine } from "./front-end.js";
import { generateDumps } from "./bench/generate.js";
import { HEADER, memoryLogger, ROOT, SEED_FILE } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

const SEED = readFileSync(join(ROOT, "seeds", SEED_FILE));
const DRONES = `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nHoeveel drones zijn er onderschept?`;
const DRONES_ANSWERED = `${DRONES}\nDe DJI heeft maatregelen genomen.\nIn 2025 waren het er 120.`;

function workspace() {
  const dir = tempDir("store");
  const seeds = join(dir, "seeds");
  const data = join(dir, "data");
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, SEED_FILE), SEED);
  const dirs: SourceDir[] = sourceDirs(seeds, data);
  const path = join(data, "corpus.sqlite");
  return { dir, seeds, data, dirs, path };
}

/** What the same dumps give when parsed in memory, the reference the store must match. */
function inMemory(seeds: string) {
  return buildCorpus(readSeedFolder(seeds).dumps);
}

afterEach(() => registerSourceParser("imported", () => ({ sets: [], warnings: [], boundaries: [] })));

describe("corpus store", () => {
  it("serves exactly what parsing in memory gives: sets, order, statistics, warnings and lookups", () => {
    const w = workspace();
    writeFileSync(join(w.seeds, "b-drones.txt"), DRONES);
    writeFileSync(join(w.seeds, "a-dubbel.txt"), SEED.toString("utf8").slice(0, 20_000));
    const store = CorpusStore.open(w.path, memoryLogger());
    store.sync(w.dirs);
    const view = store.view();
    const memory = inMemory(w.seeds);
    expect([...view.all()]).toEqual(memory.sets);
    expect(view.stats).toEqual(memory.stats);
    expect(view.warnings).toEqual(memory.warnings);
    expect(view.boundaries).toEqual(memory.boundaries);
    expect(view.list(3, 4)).toEqual(memory.list(3, 4));
    expect(view.openSets(2, 15)).toEqual(memory.openSets(2, 15));
    expect(view.titles(3)).toEqual(memory.titles(3));
    expect(view.askerNames(5)).toEqual(memory.askerNames(5));
    expect(view.findByTitle("politiebegroting")).toEqual(memory.findByTitle("politiebegroting"));
    expect(view.get("bestaat-niet-000000")).toBeNull();
    expect([...view.highlightCandidates()]).toEqual([...memory.highlightCandidates()]);
    store.close();
  });

  it("parses each source once and a changed source only: touched or unchanged files are not parsed again", () => {
    const w = workspace();
    const store = CorpusStore.open(w.path, memoryLogger());
    expect(store.sync(w.dirs).parsed).toEqual([`dump:${SEED_FILE}`]);
    expect(store.sync(w.dirs)).toMatchObject({ parsed: [], unchanged: 1, setsChanged: 0 });
    utimesSync(join(w.seeds, SEED_FILE), new Date(), new Date(Date.now() + 5000));
    expect(store.sync(w.dirs)).toMatchObject({ parsed: [], unchanged: 1, setsChanged: 0 });
    writeFileSync(join(w.seeds, "drones.txt"), DRONES);
    expect(store.sync(w.dirs)).toMatchObject({ parsed: ["dump:drones.txt"], setsChanged: 1 });
    const id = store.view().findByTitle("Drones boven gevangenissen")!.id;
    writeFileSync(join(w.seeds, "drones.txt"), DRONES_ANSWERED);
    expect(store.sync(w.dirs)).toMatchObject({ parsed: ["dump:drones.txt"], setsChanged: 1 });
    expect(store.view().get(id)!.questions.every((q) => q.answer?.text.includes("De DJI heeft maatregelen genomen."))).toBe(true);
    rmSync(join(w.seeds, "drones.txt"));
    expect(store.sync(w.dirs)).toMatchObject({ parsed: [], removed: ["dump:drones.txt"], setsChanged: 1 });
    expect(store.view().get(id)).toBeNull();
    expect([...store.view().all()]).toEqual(inMemory(w.seeds).sets);
    store.close();
  });

  it("falls back to the other copy of a duplicate when the better copy's dump goes away", () => {
    const w = workspace();
    writeFileSync(join(w.seeds, "a-open.txt"), DRONES);
    writeFileSync(join(w.seeds, "b-answered.txt"), DRONES_ANSWERED);
    const store = CorpusStore.open(w.path, memoryLogger());
    store.sync(w.dirs);
    const id = store.view().findByTitle("Drones boven gevangenissen")!.id;
    expect(store.view().get(id)).toMatchObject({ source: { file: "b-answered.txt" } });
    expect(store.view().stats.duplicatesDropped).toBe(inMemory(w.seeds).stats.duplicatesDropped);
    rmSync(join(w.seeds, "b-answered.txt"));
    store.sync(w.dirs);
    expect(store.view().get(id)).toMatchObject({ source: { file: "a-open.txt" } });
    expect(store.view().get(id)!.questions.every((q) => q.answer === null)).toBe(true);
    store.close();
  });

  it("treats files under DATA_DIR/imported as sources; an imported copy of a set wins over a dump's", () => {
    const w = workspace();
    writeFileSync(join(w.seeds, "drones.txt"), DRONES_ANSWERED);
    const store = CorpusStore.open(w.path, memoryLogger());
    store.sync(w.dirs);
    const dumpCopy = store.view().findByTitle("Drones boven gevangenissen")!;
    let parses = 0;
    registerSourceParser("imported", (file, content) => {
      parses++;
      const sets = JSON.parse(content.toString("utf8")) as QuestionSet[];
      return { sets: sets.map((s) => ({ ...s, source: { file, line: 1 } })), warnings: [], boundaries: [] };
    });
    mkdirSync(join(w.data, "imported", "2026"), { recursive: true });
    // Fewer answers than the dump's copy, and an extra field the model does not know yet: it still wins and is kept whole.
    const official = { ...dumpCopy, questions: dumpCopy.questions.map((q) => ({ ...q, answer: null })), url: "https://example.org/kv/1" };
    writeFileSync(join(w.data, "imported", "2026", "batch-1.json"), JSON.stringify([official]));
    expect(store.sync(w.dirs).parsed).toEqual(["imported:2026/batch-1.json"]);
    expect(store.view().get(dumpCopy.id)).toMatchObject({ source: { file: "2026/batch-1.json" }, url: "https://example.org/kv/1" });
    expect(store.view().stats.sets).toBe(21);
    expect(store.sync(w.dirs).parsed).toEqual([]);
    expect(parses).toBe(1);
    store.close();
  });

  it("rebuilds a corrupt file with one log line instead of failing", () => {
    const w = workspace();
    const first = CorpusStore.open(w.path, memoryLogger());
    first.sync(w.dirs);
    first.close();
    writeFileSync(w.path, Buffer.alloc(8192, 0x5a));
    rmSync(`${w.path}-wal`, { force: true });
    const log = memoryLogger();
    const store = CorpusStore.open(w.path, log);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^warn corpusopslag .*onleesbaar.*opnieuw opgebouwd/);
    expect(store.sync(w.dirs).parsed).toEqual([`dump:${SEED_FILE}`]);
    expect(store.view().stats.sets).toBe(20);
    store.close();
  });

  it("rebuilds a file whose pages are damaged when the damage shows up while syncing", () => {
    const w = workspace();
    const first = CorpusStore.open(w.path, memoryLogger());
    first.sync(w.dirs);
    first.db.pragma("wal_checkpoint(TRUNCATE)");
    first.close();
    // Keep the header, wreck the pages behind it.
    const bytes = readFileSync(w.path);
    bytes.fill(0xa5, 4096);
    writeFileSync(w.path, bytes);
    const log = memoryLogger();
    const store = CorpusStore.open(w.path, log);
    expect(() => store.sync(w.dirs)).not.toThrow();
    expect(log.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    expect(store.view().stats.sets).toBe(20);
    store.close();
  });

  it("starts over from the sources when the store was written by a newer or older version", () => {
    const w = workspace();
    const first = CorpusStore.open(w.path, memoryLogger());
    first.sync(w.dirs);
    first.db.pragma(`user_version = ${STORE_SCHEMA_VERSION + 1}`);
    first.close();
    const log = memoryLogger();
    const store = CorpusStore.open(w.path, log);
    const newer = `nieuwere versie (schema ${STORE_SCHEMA_VERSION + 1}, deze versie kent ${STORE_SCHEMA_VERSION})`;
    expect(log.lines).toEqual([expect.stringMatching(new RegExp(`${newer.replace(/[()]/g, "\\$&")}.*opnieuw opgebouwd`))]);
    expect(store.sync(w.dirs).parsed).toEqual([`dump:${SEED_FILE}`]);
    store.db.prepare("UPDATE meta SET value = '0' WHERE key = 'parser'").run();
    store.close();
    const older = memoryLogger();
    const again = CorpusStore.open(w.path, older);
    expect(older.lines).toEqual([expect.stringMatching(/andere parser.*opnieuw opgebouwd/)]);
    expect(again.sync(w.dirs).parsed).toEqual([`dump:${SEED_FILE}`]);
    expect([...again.view().all()]).toEqual(inMemory(w.seeds).sets);
    again.close();
  });

  it("survives a process killed in the middle of writing: every source is either absent or complete", async () => {
    const w = workspace();
    generateDumps(join(ROOT, "seeds", SEED_FILE), w.seeds, 1000);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "index"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", TMPDIR: tmpdir(), SEEDS_DIR: w.seeds, INDEX_DIR: join(w.dir, "index"), DATA_DIR: w.data, SEARCH_BACKEND: "sqlite" },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    // The big dump's transaction spills pages into the WAL long before it commits.
    const wal = `${w.path}-wal`;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !(existsSync(wal) && statSync(wal).size > 1 << 20)) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited;

    const log = memoryLogger();
    const store = CorpusStore.open(w.path, log);
    expect(log.lines).toEqual([]);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    const sources = store.db.prepare("SELECT key, sets, (SELECT count(*) FROM parsed WHERE source = key) AS rows FROM sources").all() as { key: string; sets: number; rows: number }[];
    for (const s of sources) expect(s.rows).toBe(s.sets);
    expect(sources.map((s) => s.key)).not.toContain("dump:100-synthetic.txt");
    const served = store.db.prepare("SELECT count(*) FROM sets WHERE source NOT IN (SELECT key FROM sources)").pluck().get();
    expect(served).toBe(0);
    store.sync(w.dirs);
    expect(store.view().stats).toEqual(inMemory(w.seeds).stats);
    store.close();
  }, 240_000);

  it("keeps the corpus history across a rebuilt store: nothing is announced twice", () => {
    const w = workspace();
    writeFileSync(join(w.seeds, "drones.txt"), DRONES);
    const state = new SubscriptionStore(join(w.data, "state.sqlite"));
    const options = { seedsDir: w.seeds, indexDir: join(w.dir, "index"), dataDir: w.data };
    const first = new LiveCorpus(options, state, memoryLogger(), () => new Date("2026-11-28T05:00:00Z"));
    expect(state.baselineAt()).toBe("2026-11-28T05:00:00.000Z");
    expect(first.current.corpus.mark).toBeTruthy();
    writeFileSync(join(w.data, "corpus.sqlite"), "kapot");
    rmSync(join(w.data, "corpus.sqlite-wal"), { force: true });
    writeFileSync(join(w.seeds, "drones.txt"), DRONES_ANSWERED);
    // A fresh process: a new connection finds the wrecked file.
    const db = new Database(join(w.data, "corpus.sqlite"));
    expect(() => db.pragma("user_version")).toThrow();
    db.close();
    const log = memoryLogger();
    const store = CorpusStore.open(join(w.data, "corpus.sqlite"), log);
    store.sync(sourceDirs(w.seeds, w.data));
    const r = state.recordCorpus(store.view(), new Date("2026-11-28T06:00:00Z"));
    expect(r).toEqual({ baseline: false, newSets: 0, newAnswers: 2 });
    store.close();
    state.close();
  });
});

describe("a dump edited while the bot runs", () => {
  it("updates only that dump's sets, records the new answers, and answers commands while another process parses", async () => {
    const { prebuildInChildProcess } = await import("../src/prebuild.js");
    const w = workspace();
    writeFileSync(join(w.seeds, "drones.txt"), DRONES);
    const state = new SubscriptionStore(join(w.data, "state.sqlite"));
    const options = { seedsDir: w.seeds, indexDir: join(w.dir, "index"), dataDir: w.data, backend: "sqlite" as const };
    let t = Date.parse("2026-11-28T05:00:00Z");
    const log = memoryLogger();
    const live = new LiveCorpus(options, state, log, () => new Date((t += 60_000)), prebuildInChildProcess(options));
    const id = live.current.corpus.findByTitle("Drones boven gevangenissen")!.id;
    writeFileSync(join(w.seeds, "drones.txt"), DRONES_ANSWERED);

    const order: string[] = [];
    const reload = live.reloadIfChanged().then((r) => {
      order.push("reloaded");
      return r;
    });
    const reply = await runLine("/vraag drones gevangenissen", live.deps(consoleCaller()));
    order.push("answered");
    expect(reply.title).toBe("Drones boven gevangenissen");
    expect(reply.status).toBe("unanswered");
    expect(await reload).toMatchObject({ changed: true, newSets: 0, newAnswers: 2 });
    expect(order).toEqual(["answered", "reloaded"]);
    expect(log.lines.some((l) => /index in apart proces bijgewerkt/.test(l))).toBe(true);
    expect(live.current.sync.parsed).toEqual([]);
    expect(live.current.corpus.get(id)!.questions[0]!.answer?.text).toContain("De DJI heeft maatregelen genomen.");
    expect(live.current.engine.search("maatregelen DJI", { limit: 1 })[0]!.set.id).toBe(id);
    state.close();
  });

  it("keeps serving the loaded corpus when the other process fails", async () => {
    const w = workspace();
    const state = new SubscriptionStore(":memory:");
    const log = memoryLogger();
    const live = new LiveCorpus({ seedsDir: w.seeds, indexDir: join(w.dir, "index"), dataDir: w.data }, state, log, undefined, async () => {
      throw new Error("kind proces gestopt");
    });
    writeFileSync(join(w.seeds, "drones.txt"), DRONES);
    expect(await live.reloadIfChanged()).toMatchObject({ changed: false });
    expect(log.lines.some((l) => /warn bronnen inlezen in apart proces mislukt.*kind proces gestopt/.test(l))).toBe(true);
    expect(live.current.corpus.stats.sets).toBe(20);
    state.close();
  });
});

describe("source folders", () => {
  it("tolerates a missing seeds folder and a missing imports folder", () => {
    const dir = tempDir("store");
    const store = CorpusStore.open(join(dir, "corpus.sqlite"), memoryLogger());
    const r = store.sync(sourceDirs(join(dir, "geen-seeds"), join(dir, "data")));
    expect(r.warnings).toEqual([{ file: join(dir, "geen-seeds"), line: 0, message: "kan de map met dumps niet lezen: map bestaat niet" }]);
    expect(store.view(r.warnings).stats.sets).toBe(0);
    store.close();
  });
});
