import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/core/corpus.js";
import { CorpusStore } from "../src/store/corpus-store.js";
import { WorkerJobError, WorkerPool } from "../src/workers/pool.js";
import { sourceDirs } from "../src/store/sources.js";
import { readSeedFolder } from "../src/seeds.js";
import type { QuestionSet } from "../src/core/model.js";
import { memoryIndexSource, SqliteBackend } from "../src/search/sqlite-backend.js";
import { generateDumps } from "./bench/generate.js";
import { childEnv, HEADER, memoryLogger, ROOT, SEED_FILE } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

const SEED_PATH = join(ROOT, "seeds", SEED_FILE);
const DRONES = `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nDe DJI heeft maatregelen genomen.`;

function workspace() {
  const dir = tempDir("pool");
  const seeds = join(dir, "seeds");
  mkdirSync(seeds, { recursive: true });
  // Several dumps in the seed format, as an archive arrives.
  generateDumps(SEED_PATH, seeds, 300, 7, 100);
  writeFileSync(join(seeds, "050-drones.txt"), DRONES);
  return { dir, seeds, data: join(dir, "data"), dirs: sourceDirs(seeds, join(dir, "data")) };
}

/** A worker that answers the handshake, then fails as `fails` says for files whose name contains "drones". */
function failingWorker(fails: "reply" | "exit"): (options: object) => Worker {
  const real = new URL("../src/workers/worker.ts", import.meta.url).href;
  const script = `
    const { workerData } = require("node:worker_threads");
    const { port, signal } = workerData;
    const original = port.on.bind(port);
    // Jobs for other files go to the real worker code; the drones file fails.
    port.on = (event, handler) => original(event, (message) => {
      if (!message.job.file.includes("drones")) return handler(message);
      if (${JSON.stringify(fails)} === "exit") process.exit(3);
      port.postMessage({ id: message.id, ok: false, message: "kapot" });
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
    import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(real)}); });
  `;
  return (options) => new Worker(script, { ...options, eval: true });
}

describe("parsing in worker threads", () => {
  it("fills the store exactly as parsing on this thread does", () => {
    const w = workspace();
    const log = memoryLogger();
    const store = CorpusStore.open(join(w.data, "corpus.sqlite"), log);
    let started = 0;
    store.parsePool = () => {
      started++;
      return WorkerPool.start({ size: 2 });
    };
    const report = store.sync(w.dirs);
    expect(started).toBe(1);
    expect(log.lines.some((l) => l.includes("werkthreads"))).toBe(true);
    const plain = CorpusStore.open(join(w.dir, "plain.sqlite"), memoryLogger());
    plain.parsePool = () => null;
    const plainReport = plain.sync(w.dirs);
    expect(report.parsed).toEqual(plainReport.parsed);
    expect(report.setsChanged).toBe(plainReport.setsChanged);
    const memory = buildCorpus(readSeedFolder(w.seeds).dumps);
    expect([...store.view().all()]).toEqual(memory.sets);
    expect(store.view().warnings).toEqual(memory.warnings);
    const rows = (s: CorpusStore) => s.db.prepare("SELECT * FROM parsed ORDER BY source, ord").all();
    expect(rows(store)).toEqual(rows(plain));
    store.close();
    plain.close();
  });

  it("parses a file here when its worker reports a failure, with a Dutch warning naming the file; nothing is lost", () => {
    const w = workspace();
    const log = memoryLogger();
    const store = CorpusStore.open(join(w.data, "corpus.sqlite"), log);
    store.parsePool = () => WorkerPool.start({ size: 2, start: failingWorker("reply") });
    store.sync(w.dirs);
    expect(log.lines.filter((l) => l.startsWith("warn"))).toEqual([
      "warn bron 050-drones.txt: inlezen in een werkthread mislukt (kapot); wordt opnieuw ingelezen zonder werkthread",
    ]);
    expect([...store.view().all()]).toEqual(buildCorpus(readSeedFolder(w.seeds).dumps).sets);
    store.close();
  });

  it("does not wait forever on a worker that died: the file is parsed here", () => {
    const w = workspace();
    const log = memoryLogger();
    const store = CorpusStore.open(join(w.data, "corpus.sqlite"), log);
    store.parsePool = () => WorkerPool.start({ size: 1, start: failingWorker("exit"), jobMs: 1500, msPerMb: 0 });
    store.sync(w.dirs);
    const warnings = log.lines.filter((l) => l.startsWith("warn"));
    expect(warnings[0]).toBe("warn bron 050-drones.txt: inlezen in een werkthread mislukt (de werkthread antwoordt niet); wordt opnieuw ingelezen zonder werkthread");
    // Files queued behind it are parsed here at once; later files are not handed to the dead worker at all.
    expect(warnings.length).toBeLessThanOrEqual(3);
    expect(warnings.every((l) => l.includes("de werkthread antwoordt niet"))).toBe(true);
    expect([...store.view().all()]).toEqual(buildCorpus(readSeedFolder(w.seeds).dumps).sets);
    store.close();
  });

  it("parses on this thread when no worker can start", () => {
    const w = workspace();
    const store = CorpusStore.open(join(w.data, "corpus.sqlite"), memoryLogger());
    const broken = (options: object) => new Worker("throw new Error('stuk')", { ...options, eval: true });
    store.parsePool = () => WorkerPool.start({ size: 2, start: broken, startMs: 3000 });
    store.sync(w.dirs);
    expect([...store.view().all()]).toEqual(buildCorpus(readSeedFolder(w.seeds).dumps).sets);
    store.close();
  });

  it("reports a failing file with its name", () => {
    const err = new WorkerJobError("002.txt", "de werkthread antwoordt niet");
    expect(err.message).toBe("002.txt: de werkthread antwoordt niet");
  });
});

describe("tokenising for the SQLite index in worker threads", () => {
  function archive() {
    const w = workspace();
    return buildCorpus(readSeedFolder(w.seeds).dumps);
  }
  const source = (sets: QuestionSet[]) => ({ ...memoryIndexSource(sets), bodies: (ids: string[]) => ids.map((id) => JSON.stringify(sets.find((s) => s.id === id))) });
  const tables = (b: SqliteBackend) =>
    ["SELECT * FROM vocab ORDER BY word", "SELECT * FROM docs ORDER BY id", "SELECT * FROM sets ORDER BY set_id", "SELECT * FROM meta ORDER BY key"].map((q) => b.db.prepare(q).all());

  it("gives exactly the index tokenising here gives, also when a worker fails a batch", () => {
    const corpus = archive();
    const plain = SqliteBackend.open(":memory:");
    plain.syncFrom(source(corpus.sets), "x", () => null);
    let asked = 0;
    const pooled = SqliteBackend.open(":memory:");
    pooled.syncFrom(source(corpus.sets), "x", (n) => {
      asked = n;
      const pool = WorkerPool.start({ size: 2 });
      expect(pool).not.toBeNull();
      return pool;
    });
    expect(asked).toBe(corpus.sets.length);
    expect(tables(pooled)).toEqual(tables(plain));
    // A worker that fails every batch: each is tokenised here instead.
    const failing = SqliteBackend.open(":memory:");
    const broken = (options: object) =>
      new Worker(
        `const { workerData } = require("node:worker_threads");
         const { port, signal } = workerData;
         const say = (m) => { port.postMessage(m); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); };
         port.on("message", (m) => say({ id: m.id, ok: false, message: "kapot" }));
         say({ id: -1, ok: true, result: null });`,
        { ...options, eval: true },
      );
    failing.syncFrom(source(corpus.sets), "x", () => WorkerPool.start({ size: 2, start: broken }));
    expect(tables(failing)).toEqual(tables(plain));
    for (const b of [plain, pooled, failing]) b.close();
  });

  it("warns in Dutch, naming the sets, when a worker fails a batch; the index still equals a fresh build", () => {
    const dir = tempDir("pool");
    const seeds = join(dir, "seeds");
    // Several batches, so one failing batch is told apart from the others.
    generateDumps(SEED_PATH, seeds, 700, 7, 400);
    writeFileSync(join(seeds, "050-drones.txt"), DRONES);
    const corpus = buildCorpus(readSeedFolder(seeds).dumps);
    const real = new URL("../src/workers/worker.ts", import.meta.url).href;
    // Batches go to the real worker code, except the one holding the drones set.
    const failsDrones = (options: object) =>
      new Worker(
        `const { workerData } = require("node:worker_threads");
         const { port, signal } = workerData;
         const original = port.on.bind(port);
         port.on = (event, handler) => original(event, (message) => {
           if (!message.job.bodies.some((b) => b.includes("Drones boven gevangenissen"))) return handler(message);
           port.postMessage({ id: message.id, ok: false, message: "kapot" });
           Atomics.add(signal, 0, 1);
           Atomics.notify(signal, 0);
         });
         import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(real)}); });`,
        { ...options, eval: true },
      );
    const log = memoryLogger();
    const pooled = SqliteBackend.open(":memory:", log);
    pooled.syncFrom(source(corpus.sets), "x", () => WorkerPool.start({ size: 2, start: failsDrones }));
    const ids = corpus.sets.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(500);
    const at = ids.findIndex((id) => corpus.sets.find((s) => s.id === id)!.title.includes("Drones"));
    const batch = ids.slice(at - (at % 500), at - (at % 500) + 500);
    expect(log.lines.filter((l) => l.startsWith("warn"))).toEqual([
      `warn zoekindex sets ${batch[0]} t/m ${batch.at(-1)} (${batch.length}): analyseren in een werkthread mislukt (kapot); ze worden opnieuw geanalyseerd zonder werkthread`,
    ]);
    expect(log.lines).toContain(`debug zoekindex: ${ids.length} sets worden geanalyseerd in 2 werkthreads`);
    const fresh = SqliteBackend.open(":memory:");
    fresh.syncFrom(source(corpus.sets), "x", () => null);
    expect(tables(pooled)).toEqual(tables(fresh));
    for (const b of [pooled, fresh]) b.close();
  });
});

describe("a first build through the real entry point", () => {
  const cli = (w: { seeds: string; dir: string }, data: string, args: string[], level = "warn") =>
    spawnSync(process.execPath, ["src/launch.mjs", "cli", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: childEnv({ SEEDS_DIR: w.seeds, DATA_DIR: data, INDEX_DIR: join(data, "index"), SEARCH_BACKEND: "sqlite", LOG_LEVEL: level }),
    });

  it("parses and tokenises in worker threads, and a build killed halfway is finished by the next start with the same results", async () => {
    const dir = tempDir("pool");
    const w = { dir, seeds: join(dir, "seeds") };
    // Over the size where workers pay off, in several dumps.
    generateDumps(SEED_PATH, w.seeds, 2100, 11, 350);
    const killed = join(dir, "killed");
    const child = spawn(process.execPath, ["src/launch.mjs", "cli", "index"], {
      cwd: ROOT,
      env: childEnv({ SEEDS_DIR: w.seeds, DATA_DIR: killed, INDEX_DIR: join(killed, "index"), SEARCH_BACKEND: "sqlite" }),
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, signal) => r(signal)));
    // Killed once the search index is being written (its file appears when the store is complete): its one transaction is lost.
    const index = join(killed, "search.sqlite");
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && child.exitCode === null && !existsSync(index)) await new Promise((r) => setTimeout(r, 2));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const resumed = cli(w, killed, ["index"], "debug");
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toMatch(/^Index \(sqlite\) opgebouwd/);
    const fresh = join(dir, "fresh");
    const built = cli(w, fresh, ["index"], "debug");
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/bronnen worden ingelezen in \d werkthreads/);
    // The index hears the entry point's logger too.
    expect(built.stderr).toMatch(/zoekindex: \d+ sets worden geanalyseerd in \d werkthreads/);
    for (const args of [["search", "--json", "--limit", "10", "begroting politie"], ["sets", "--json"]]) {
      const a = cli(w, killed, args);
      const b = cli(w, fresh, args);
      expect(a.status).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(100);
      expect(a.stdout).toBe(b.stdout);
    }
  }, 300_000);
});
