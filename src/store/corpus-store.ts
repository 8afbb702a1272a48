/**
 * The persisted corpus: every source parsed once, keyed by its content hash,
 * in one SQLite file under DATA_DIR. Sources stay the truth: a changed, added
 * or removed source rewrites only its own rows, and a store that is missing,
 * corrupt, from another version or another parser is rebuilt from them.
 */
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { ANALYSIS_VERSION } from "../core/analysis.js";
import { PARSER_VERSION, referenceCounts, type ParsedFile } from "../core/corpus.js";
import { isHighlight } from "../core/corpus-view.js";
import { dueDate } from "../core/deadline.js";
import { ReasonedError } from "../core/errors.js";
import type { QuestionSet, SeedWarning } from "../core/model.js";
import { setIndexHash } from "../core/search.js";
import { fold, shortHash } from "../core/text.js";
import type { Logger } from "../log.js";
import { WorkerJobError, WorkerPool } from "../workers/pool.js";
import { listSources, sourceParser, type SourceDir, type SourceFile, type SourceKind } from "./sources.js";
import { StoreView } from "./store-view.js";

/** Bump when the tables change; a store from another version is rebuilt, never misread. */
export const STORE_SCHEMA_VERSION = 2;
export const CORPUS_STORE_FILE = "corpus.sqlite";

/** Below this many bytes of changed dumps, starting worker threads costs more than it saves. */
const MIN_POOL_BYTES = 4_000_000;

/** Positions are rank * this + position in the file, so corpus order is one integer. */
const RANK_STRIDE = 10_000_000;

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE sources (
    key TEXT PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, hash TEXT NOT NULL,
    size INTEGER NOT NULL, mtime REAL NOT NULL, rank INTEGER NOT NULL,
    sets INTEGER NOT NULL, warnings TEXT NOT NULL, boundaries TEXT NOT NULL);
  -- Every set as parsed from every source, duplicates included; body is the whole set as JSON.
  CREATE TABLE parsed (
    source TEXT NOT NULL, ord INTEGER NOT NULL, set_id TEXT NOT NULL,
    title TEXT NOT NULL, title_fold TEXT NOT NULL, questions INTEGER NOT NULL, answered INTEGER NOT NULL,
    answered_numbers TEXT NOT NULL, headerless INTEGER NOT NULL, refs_resolved INTEGER NOT NULL,
    refs_unresolved INTEGER NOT NULL, highlights TEXT NOT NULL, people TEXT NOT NULL,
    index_hash TEXT NOT NULL, body_hash TEXT NOT NULL, submitted TEXT, due TEXT, body TEXT NOT NULL,
    PRIMARY KEY (source, ord));
  CREATE INDEX parsed_set ON parsed (set_id);
  -- The copy of each set that is served: one row per id, in corpus order by pos.
  CREATE TABLE sets (
    set_id TEXT PRIMARY KEY, source TEXT NOT NULL, ord INTEGER NOT NULL,
    first_source TEXT NOT NULL, first_ord INTEGER NOT NULL, pos INTEGER NOT NULL, changed INTEGER NOT NULL,
    title TEXT NOT NULL, title_fold TEXT NOT NULL, questions INTEGER NOT NULL, answered INTEGER NOT NULL,
    answered_numbers TEXT NOT NULL, headerless INTEGER NOT NULL, refs_resolved INTEGER NOT NULL,
    refs_unresolved INTEGER NOT NULL, highlights TEXT NOT NULL, index_hash TEXT NOT NULL, body_hash TEXT NOT NULL,
    submitted TEXT, due TEXT);
  CREATE INDEX sets_pos ON sets (pos);
  CREATE INDEX sets_open ON sets (answered, pos);
  -- Open sets longest waiting first (by submission date; dump sets have none), and deadlines.
  CREATE INDEX sets_wait ON sets (answered, submitted, pos);
  CREATE INDEX sets_title ON sets (title_fold);
  CREATE INDEX sets_changed ON sets (changed);
  CREATE INDEX sets_first ON sets (first_source);
  CREATE TABLE people (set_id TEXT NOT NULL, role TEXT NOT NULL, who TEXT NOT NULL);
  CREATE INDEX people_set ON people (set_id);
  CREATE INDEX people_who ON people (role, who, set_id);
`;

const SET_COLUMNS =
  "title, title_fold, questions, answered, answered_numbers, headerless, refs_resolved, refs_unresolved, highlights, index_hash, body_hash, submitted, due";

/** Why a store is not used as it is. */
export class StoreUnusableError extends ReasonedError {
  override readonly name = "StoreUnusableError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(path, reason);
  }
}

export interface StoreSyncReport {
  /** Sources parsed now (new or changed). */
  parsed: string[];
  removed: string[];
  unchanged: number;
  /** Sets whose served copy was added, replaced or removed. */
  setsChanged: number;
  /** Folders and files that could not be read. */
  warnings: SeedWarning[];
  ms: number;
}

interface SourceRow {
  key: string;
  kind: SourceKind;
  file: string;
  hash: string;
  size: number;
  mtime: number;
  rank: number;
}

interface CandidateRow {
  source: string;
  ord: number;
  answered: number;
  headerless: number;
  kind: SourceKind;
  rank: number;
  body_hash: string;
}

/** Imported official sets carry dates and links, so they win; otherwise completeness, then a header. */
function betterRow(a: CandidateRow, b: CandidateRow): CandidateRow {
  if (a.kind !== b.kind) return a.kind === "imported" ? a : b;
  if (a.answered !== b.answered) return b.answered > a.answered ? b : a;
  if (a.headerless !== b.headerless) return a.headerless ? b : a;
  return a;
}

/** Whether SQLite found the file damaged or not a database at all. */
export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? "";
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
}

/** A database file with its journal files. */
export function removeFiles(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
}

export class CorpusStore {
  /** Bumped by this connection's own writes, which SQLite's data_version does not count. */
  localWrites = 0;
  /**
   * Starts the worker threads a sync parses sources in, given how many dumps
   * and bytes look changed; null parses them on this thread. Starting workers
   * costs a moment, which only pays off for several files of some size.
   */
  parsePool: (work: { files: number; bytes: number }) => WorkerPool | null = (work) => (work.files >= 2 && work.bytes >= MIN_POOL_BYTES ? WorkerPool.start() : null);

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    private readonly log: Logger,
  ) {}

  /**
   * Opens the store, or starts a new one (one log line) when it is missing,
   * unreadable, or written by another schema or parser version.
   */
  static open(path: string, log: Logger): CorpusStore {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database | null = null;
    try {
      db = new Database(path);
      CorpusStore.check(db, path);
      return new CorpusStore(db, path, log);
    } catch (err) {
      db?.close();
      const reason = err instanceof StoreUnusableError ? err.reason : `onleesbaar (${(err as Error).message})`;
      if (!(err instanceof StoreUnusableError && err.reason === "nieuw")) log.warn(`corpusopslag ${path}: ${reason}; wordt opnieuw opgebouwd uit de bronnen`);
      else log.info(`corpusopslag ${path}: nieuw, wordt opgebouwd uit de bronnen`);
      if (path !== ":memory:") removeFiles(path);
      const fresh = new Database(path);
      CorpusStore.create(fresh);
      return new CorpusStore(fresh, path, log);
    }
  }

  private static pragmas(db: Database.Database): void {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 10000");
  }

  /** Throws StoreUnusableError when the file is not a store this version can use as it is. */
  private static check(db: Database.Database, path: string): void {
    CorpusStore.pragmas(db);
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version === 0) throw new StoreUnusableError(path, "nieuw");
    if (version > STORE_SCHEMA_VERSION) throw new StoreUnusableError(path, `gemaakt door een nieuwere versie (schema ${version}, deze versie kent ${STORE_SCHEMA_VERSION})`);
    if (version < STORE_SCHEMA_VERSION) throw new StoreUnusableError(path, `gemaakt door een oudere versie (schema ${version})`);
    const parser = db.prepare("SELECT value FROM meta WHERE key = 'parser'").pluck().get();
    if (parser !== String(PARSER_VERSION)) throw new StoreUnusableError(path, `gemaakt met een andere parser (${String(parser)}, nu ${PARSER_VERSION})`);
    db.prepare("SELECT count(*) FROM sources").get();
  }

  private static create(db: Database.Database): void {
    CorpusStore.pragmas(db);
    db.transaction(() => {
      db.exec(SCHEMA);
      const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
      meta.run("parser", String(PARSER_VERSION));
      meta.run("store_id", randomUUID());
      meta.run("generation", "0");
      db.pragma(`user_version = ${STORE_SCHEMA_VERSION}`);
    })();
  }

  close(): void {
    this.db.close();
  }

  /** Empties the store after corruption showed up while using it; the next sync refills it. */
  private reset(reason: string): void {
    this.log.warn(`corpusopslag ${this.path}: ${reason}; wordt opnieuw opgebouwd uit de bronnen`);
    this.db.exec("DROP TABLE IF EXISTS people; DROP TABLE IF EXISTS sets; DROP TABLE IF EXISTS parsed; DROP TABLE IF EXISTS sources; DROP TABLE IF EXISTS meta;");
    this.db.pragma("user_version = 0");
    CorpusStore.create(this.db);
    this.localWrites++;
  }

  meta(key: string): string | null {
    return (this.db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as string | undefined) ?? null;
  }

  generation(): number {
    return Number(this.meta("generation") ?? 0);
  }

  /** This store and its state: a later mark from the same store can tell what changed in between. */
  mark(): string {
    return `${this.meta("store_id")}:${this.generation()}`;
  }

  /** Changes whenever any source, the parser or the analysis changes: what saved indexes are checked against. */
  fingerprint(): string {
    const rows = this.db.prepare("SELECT key, hash FROM sources ORDER BY key").all() as { key: string; hash: string }[];
    return shortHash(`${PARSER_VERSION}|${ANALYSIS_VERSION}|${rows.map((r) => `${r.key}:${r.hash}`).join("|")}`);
  }

  sourceRows(): SourceRow[] {
    return this.db.prepare("SELECT key, kind, file, hash, size, mtime, rank FROM sources ORDER BY rank").all() as SourceRow[];
  }

  /** The served sets' JSON as stored, for work that parses it elsewhere (a worker thread). */
  bodies(ids: string[]): string[] {
    const body = this.db.prepare("SELECT p.body FROM sets s JOIN parsed p ON p.source = s.source AND p.ord = s.ord WHERE s.set_id = ?").pluck();
    return ids.flatMap((id) => (body.get(id) as string | undefined) ?? []);
  }

  view(folderWarnings: SeedWarning[] = []): StoreView {
    return new StoreView(this, folderWarnings);
  }

  /**
   * Brings the store in line with the sources. Unchanged files (same size and
   * modification time) are not even read; a file whose content hash did not
   * change is not parsed. Each source is written in its own transaction, so
   * a killed process leaves every source either as it was or fully updated.
   */
  sync(dirs: SourceDir[]): StoreSyncReport {
    try {
      return this.syncOnce(dirs);
    } catch (err) {
      if (!isCorruption(err)) throw err;
      this.reset(`beschadigd (${(err as Error).message})`);
      return this.syncOnce(dirs);
    }
  }

  private syncOnce(dirs: SourceDir[]): StoreSyncReport {
    const t0 = performance.now();
    const { files, warnings } = listSources(dirs);
    const stored = new Map(this.sourceRows().map((r) => [r.key, r]));
    const ranks = new Map(files.map((f, i) => [f.key, i]));
    const report: StoreSyncReport = { parsed: [], removed: [], unchanged: 0, setsChanged: 0, warnings, ms: 0 };
    const unreadable = new Set<string>();

    // Removed sources and shifted ranks first, so every later write sees the final order.
    const removed = [...stored.keys()].filter((k) => !ranks.has(k));
    const shifted = [...stored.values()].filter((r) => ranks.has(r.key) && ranks.get(r.key) !== r.rank);
    if (removed.length || shifted.length) {
      this.write(() => {
        const affected = new Set<string>();
        for (const key of removed) {
          for (const id of this.db.prepare("SELECT set_id FROM parsed WHERE source = ?").pluck().all(key) as string[]) affected.add(id);
          this.db.prepare("DELETE FROM parsed WHERE source = ?").run(key);
          this.db.prepare("DELETE FROM sources WHERE key = ?").run(key);
        }
        const setRank = this.db.prepare("UPDATE sources SET rank = ? WHERE key = ?");
        const setPos = this.db.prepare("UPDATE sets SET pos = ? * " + RANK_STRIDE + " + first_ord WHERE first_source = ?");
        for (const r of shifted) {
          setRank.run(ranks.get(r.key), r.key);
          setPos.run(ranks.get(r.key), r.key);
        }
        report.setsChanged += this.resolve(affected);
      });
      report.removed = removed;
    }

    // Reading and hashing stay here; parsing goes to worker threads, a few files ahead of the writing.
    const changed = function* (this: CorpusStore): Generator<{ f: SourceFile; hash: string; content: Buffer }> {
      for (const f of files) {
        const row = stored.get(f.key);
        if (row && row.size === f.size && row.mtime === f.mtimeMs) {
          report.unchanged++;
          continue;
        }
        let content: Buffer;
        try {
          content = readFileSync(f.path);
        } catch (err) {
          warnings.push({ file: f.file, line: 0, message: `kan bestand niet lezen: ${(err as Error).message}` });
          unreadable.add(f.key);
          continue;
        }
        const hash = createHash("sha1").update(content).digest("hex");
        if (row && row.hash === hash) {
          // Touched or copied, not changed: remember the new stamp so it is not read again.
          this.db.prepare("UPDATE sources SET size = ?, mtime = ? WHERE key = ?").run(f.size, f.mtimeMs, f.key);
          report.unchanged++;
          continue;
        }
        yield { f, hash, content };
      }
    }.call(this);
    const stale = files.filter((f) => f.kind === "dump" && !(stored.get(f.key)?.size === f.size && stored.get(f.key)?.mtime === f.mtimeMs));
    const pool = stale.length ? this.startPool({ files: stale.length, bytes: stale.reduce((sum, f) => sum + f.size, 0) }) : null;
    try {
      const ahead: { f: SourceFile; hash: string; content: Buffer; ticket: number | null }[] = [];
      const fill = () => {
        while (ahead.length <= (pool?.size ?? 0)) {
          const next = changed.next();
          if (next.done) return;
          const { f, content } = next.value;
          ahead.push({ ...next.value, ticket: pool && f.kind === "dump" ? pool.submit({ kind: "parse", file: f.file, content }, f.file) : null });
        }
      };
      fill();
      while (ahead.length) {
        const job = ahead.shift()!;
        fill();
        report.setsChanged += this.writeSource(job.f, job.hash, this.rowsOf(job.f, job.content, pool, job.ticket), ranks.get(job.f.key)!);
        report.parsed.push(job.f.key);
      }
    } finally {
      pool?.close();
    }
    report.ms = performance.now() - t0;
    return report;
  }

  /** Runs a write transaction that counts as one generation. */
  private write<T>(fn: () => T): T {
    const result = this.db.transaction(() => {
      this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'").run();
      return fn();
    })();
    this.localWrites++;
    return result;
  }

  /** Worker threads for parsing, or null to parse here. */
  private startPool(work: { files: number; bytes: number }): WorkerPool | null {
    const pool = this.parsePool(work);
    if (pool) this.log.debug(`corpusopslag: bronnen worden ingelezen in ${pool.size} werkthreads`);
    return pool;
  }

  /** The rows of a source: from its worker when it had one, else (or when the worker failed) parsed here. */
  private rowsOf(f: SourceFile, content: Buffer, pool: WorkerPool | null, ticket: number | null): SourceRows {
    if (pool && ticket !== null) {
      try {
        return pool.take<SourceRows>(ticket);
      } catch (err) {
        const reason = err instanceof WorkerJobError ? err.reason : (err as Error).message;
        this.log.warn(`bron ${f.file}: inlezen in een werkthread mislukt (${reason}); wordt opnieuw ingelezen zonder werkthread`);
      }
    }
    return sourceRows(sourceParser(f.kind)(f.file, content));
  }

  /** Replaces the rows of one source with its parsed rows. */
  private writeSource(f: SourceFile, hash: string, parsed: SourceRows, rank: number): number {
    return this.write(() => {
      const affected = new Set<string>(this.db.prepare("SELECT set_id FROM parsed WHERE source = ?").pluck().all(f.key) as string[]);
      this.db.prepare("DELETE FROM parsed WHERE source = ?").run(f.key);
      this.db
        .prepare(
          `INSERT INTO sources (key, kind, file, hash, size, mtime, rank, sets, warnings, boundaries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime = excluded.mtime,
             rank = excluded.rank, sets = excluded.sets, warnings = excluded.warnings, boundaries = excluded.boundaries`,
        )
        .run(f.key, f.kind, f.file, hash, f.size, f.mtimeMs, rank, parsed.sets, parsed.warnings, parsed.boundaries);
      const insert = this.db.prepare(
        `INSERT INTO parsed (source, ord, set_id, ${SET_COLUMNS}, people, body) VALUES (?, ?, ?, ${SET_COLUMNS.split(",").map(() => "?").join(", ")}, ?, ?)`,
      );
      parsed.rows.forEach(([setId, ...rest], ord) => {
        insert.run(f.key, ord, setId, ...rest);
        affected.add(setId as string);
      });
      return this.resolve(affected);
    });
  }

  /**
   * Decides for each id which parsed copy is served and where it stands in
   * corpus order; returns how many served sets changed.
   */
  private resolve(ids: Iterable<string>): number {
    const generation = this.generation();
    const candidates = this.db.prepare(
      "SELECT p.source, p.ord, p.answered, p.headerless, p.body_hash, s.kind, s.rank FROM parsed p JOIN sources s ON s.key = p.source WHERE p.set_id = ?",
    );
    const current = this.db.prepare("SELECT source, ord, pos, body_hash FROM sets WHERE set_id = ?");
    const drop = this.db.prepare("DELETE FROM sets WHERE set_id = ?");
    const dropPeople = this.db.prepare("DELETE FROM people WHERE set_id = ?");
    const upsert = this.db.prepare(
      `INSERT OR REPLACE INTO sets (set_id, source, ord, first_source, first_ord, pos, changed, ${SET_COLUMNS})
       SELECT set_id, source, ord, ?, ?, ?, ?, ${SET_COLUMNS} FROM parsed WHERE source = ? AND ord = ?`,
    );
    const peopleOf = this.db.prepare("SELECT people FROM parsed WHERE source = ? AND ord = ?").pluck();
    const addPerson = this.db.prepare("INSERT INTO people (set_id, role, who) VALUES (?, ?, ?)");
    let changed = 0;
    for (const id of ids) {
      const rows = (candidates.all(id) as CandidateRow[]).sort((a, b) => a.rank - b.rank || a.ord - b.ord);
      const before = current.get(id) as { source: string; ord: number; pos: number; body_hash: string } | undefined;
      if (rows.length === 0) {
        if (before) {
          drop.run(id);
          dropPeople.run(id);
          changed++;
        }
        continue;
      }
      const first = rows[0]!;
      const winner = rows.reduce(betterRow);
      const pos = first.rank * RANK_STRIDE + first.ord;
      if (before && before.source === winner.source && before.ord === winner.ord && before.pos === pos && before.body_hash === winner.body_hash) continue;
      // Same content moved to another row or place: not a change worth telling anyone about.
      const contentChanged = !before || before.body_hash !== winner.body_hash;
      upsert.run(first.source, first.ord, pos, contentChanged ? generation : this.changedOf(id), winner.source, winner.ord);
      dropPeople.run(id);
      for (const [role, who] of JSON.parse(peopleOf.get(winner.source, winner.ord) as string) as [string, string][]) addPerson.run(id, role, who);
      if (contentChanged) changed++;
    }
    return changed;
  }

  private changedOf(id: string): number {
    return (this.db.prepare("SELECT changed FROM sets WHERE set_id = ?").pluck().get(id) as number | undefined) ?? this.generation();
  }
}

/** A person as stored: name and party, so one query finds every set of a matching person. */
export function personKey(name: string, party: string | null): string {
  return JSON.stringify([name, party]);
}

function peopleOf(set: QuestionSet): [string, string][] {
  const out = new Set<string>();
  for (const a of set.askers) out.add(JSON.stringify(["asker", personKey(a.name, a.party)]));
  for (const a of set.addressees) out.add(JSON.stringify(["addressee", personKey(a, null)]));
  return [...out].map((s) => JSON.parse(s) as [string, string]);
}

function derivedColumns(set: QuestionSet, body: string): (string | number | null)[] {
  const answered = set.questions.filter((q) => q.answer).map((q) => q.number);
  const refs = referenceCounts(set);
  const due = dueDate(set);
  return [
    set.title,
    fold(set.title),
    set.questions.length,
    answered.length,
    JSON.stringify(answered),
    set.headerless ? 1 : 0,
    refs.resolved,
    refs.unresolved,
    JSON.stringify(set.questions.filter(isHighlight).map((q) => q.number)),
    setIndexHash(set),
    createHash("sha1").update(body).digest("base64"),
    // Only a submission date a term can be counted from; then both are present or both null.
    due === null ? null : set.official!.submitted!,
    due,
  ];
}

/** A source ready to be written: every set as its row of the `parsed` table, in file order. */
export interface SourceRows {
  sets: number;
  warnings: string;
  boundaries: string;
  /** set_id, the SET_COLUMNS, people, body. */
  rows: (string | number | null)[][];
}

/** What the store writes for a parsed source; pure apart from hashing, so a worker thread can prepare it. */
export function sourceRows(parsed: ParsedFile): SourceRows {
  return {
    sets: parsed.sets.length,
    warnings: JSON.stringify(parsed.warnings),
    boundaries: JSON.stringify(parsed.boundaries ?? []),
    rows: parsed.sets.map((set) => {
      const body = JSON.stringify(set);
      return [set.id, ...derivedColumns(set, body), JSON.stringify(peopleOf(set)), body];
    }),
  };
}
