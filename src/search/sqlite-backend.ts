/**
 * The SQLite FTS5 backend for large archives: analysed terms in a contentless
 * FTS5 table ranked with bm25, the vocabulary in SQLite too, so opening is
 * instant and nothing has to be loaded into memory. New or changed sets are
 * applied incrementally, by set hash.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ANALYSIS_VERSION, type AnalyzedQuery } from "../core/analysis.js";
import { reversed, SqliteWordIndex } from "./sqlite-word-index.js";
import { DefinitionChanges, DEFINITION_TABLES, DROP_DEFINITION_TABLES, markDefinitionsPending, StoredDefinitions } from "./sqlite-definitions.js";
import { B, CHAMPION_TABLE, ChampionLists, DROP_CHAMPION_TABLE, idfOf, K1, type Champion, type FieldStats, type StoredDoc } from "./sqlite-champions.js";
import { fieldEnds, FIELD_SEPARATOR, termFrequencies, termsStartingWith, WordFinder } from "./stored-terms.js";
import type { AcronymTable } from "../core/acronyms.js";
import { CorpusAnalysis, type TokenBatch } from "../core/corpus-analysis.js";
import type { QuestionSet } from "../core/model.js";
import type { Logger } from "../log.js";
import { isCorruption, removeFiles } from "../store/corpus-store.js";
import { WorkerJobError, WorkerPool } from "../workers/pool.js";
import { alternativeQuality, askedTermShare, FIELD_BOOSTS, FIELDS, QUESTION_FIELD, relevanceOf, TITLE_FIELD, setIndexHash, wordAlternatives, type BackendHit, type SearchBackend } from "../core/search.js";

const SCHEMA_VERSION = 9;
/** The layout before the table of term counts: everything else is as version 6 had it. */
const WITHOUT_TERMS = 5;
/** The layout before the vocabulary kept its words reversed: everything else is as version 7 had it. */
const WITHOUT_REVERSED = 6;
/** The layout before the index kept the acronyms its sets define: everything else is as version 8 had it. */
const WITHOUT_DEFINITIONS = 7;
/** The layout before the champion lists (see sqlite-champions.ts): everything else is as it is now. */
const WITHOUT_CHAMPIONS = 8;
const BOOSTS = Object.values(FIELD_BOOSTS);
/** The meta entry that counts the sets that went or changed since the champion lists were last made in full. */
const STALE_SETS = "champions:stale";
/** The lists are made anew once more than one in this many sets went or changed since they were. */
const CHAMPIONS_STALE = 10;
/** Champions are checked for the other words this many at a time, the most promising first, until the pool is full. */
const HAS_ALL_BATCH = 100;
/** Where any word will do, the documents of this many pools, the most promising first, are checked for the other words. */
const REFINED = 3;
/**
 * The share of an overflowing pool for the documents with all words. A document
 * with fewer words may weigh more (a heavy word in a short question): at 3,000
 * sets, a pool of only those with all words ranked 100 queries of the dev half
 * unlike the lunr backend, which scores every match; with this share, 64. Any
 * share from a half to nine tenths did as well.
 */
const ALL_WORDS_SHARE = 0.75;
/** What a term without a champion list is taken to weigh in its documents: once in a question of average length. */
const UNLISTED_IMPACT = FIELD_BOOSTS.question;
/** How many documents FTS5 proposes for scoring (see `SqliteBackend.search`). */
export interface PoolLimits {
  /** FTS5 proposes this many documents; they are then scored like the Lunr backend scores. */
  pool: number;
}
const LIMITS: PoolLimits = { pool: 200 };

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS sets (set_id TEXT PRIMARY KEY, hash TEXT NOT NULL, words TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, set_id TEXT NOT NULL,
    terms TEXT NOT NULL,
    n_title INTEGER NOT NULL, n_people INTEGER NOT NULL, n_question INTEGER NOT NULL, n_answer INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS docs_set ON docs (set_id);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, people, question, answer, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', detail=column);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts_col USING fts5vocab(fts, col);
  CREATE TABLE IF NOT EXISTS vocab (word TEXT PRIMARY KEY, count INTEGER NOT NULL, first TEXT NOT NULL, len INTEGER NOT NULL, rev TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS vocab_near ON vocab (first, len);
  CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, title INTEGER NOT NULL, people INTEGER NOT NULL, question INTEGER NOT NULL, answer INTEGER NOT NULL) WITHOUT ROWID;
`;

/** Words by their ending: a word's compounds that end with it are a range of this index. */
const REVERSED_INDEX = "CREATE INDEX IF NOT EXISTS vocab_rev ON vocab (rev)";

/**
 * Per term, in how many documents each field has it: what FTS5's vocabulary
 * table (fts_col) says, but kept in a table of its own, because fts5vocab
 * reads a term's whole document list to count it.
 */
const TERMS_FROM_FTS = `
  INSERT INTO terms (term, title, people, question, answer)
  SELECT term, ${FIELDS.map((f) => `coalesce(sum(doc) FILTER (WHERE col = '${f}'), 0)`).join(", ")} FROM fts_col GROUP BY term`;

/** Where the sets to index come from: every id with its index hash, and the sets themselves on demand. */
export interface IndexSource {
  indexHashes(): Iterable<[string, string]>;
  getMany(ids: string[]): QuestionSet[];
  /** The same sets as JSON, when the source keeps them so: worker threads can then tokenise them. */
  bodies?(ids: string[]): string[];
}

/** Sets held in memory as an index source. */
export function memoryIndexSource(sets: QuestionSet[]): IndexSource {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return {
    indexHashes: () => sets.map((s) => [s.id, setIndexHash(s)] as [string, string]),
    getMany: (ids) => ids.map((id) => byId.get(id)!),
  };
}

/** FTS5's buffer of terms for a large build (its default is 1 MB). */
const FTS_HASH_BYTES = 64 << 20;

/** From this many sets to add on, worker threads tokenise them: starting them costs a moment. */
const POOL_MIN_SETS = 2_000;

const defaultPool = (sets: number) => (sets >= POOL_MIN_SETS ? WorkerPool.start() : null);

const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Sets are read and analysed this many at a time, so memory stays flat on a large archive. */
const BATCH = 500;

/** From this many sets added or removed at once, the term counts are read from FTS5 afterwards. */
const COUNT_AFTERWARDS = BATCH;

/** Changes to the table of term counts, gathered in memory and written once per term. */
class TermCounts {
  private readonly delta = new Map<string, Int32Array>();

  /** Counts each distinct term of each field of one document, up or down. */
  count(fields: string[], sign: 1 | -1): void {
    fields.forEach((text, f) => {
      if (!text) return;
      for (const term of new Set(text.split(" "))) {
        let d = this.delta.get(term);
        if (!d) this.delta.set(term, (d = new Int32Array(FIELDS.length)));
        d[f]! += sign;
      }
    });
  }

  write(db: Database.Database): void {
    const upsert = db.prepare(
      `INSERT INTO terms (term, ${FIELDS.join(", ")}) VALUES (?, ${FIELDS.map(() => "?").join(", ")}) ON CONFLICT (term) DO UPDATE SET ${FIELDS.map((f) => `${f} = ${f} + excluded.${f}`).join(", ")}`,
    );
    let dropped = false;
    for (const [term, d] of this.delta) {
      if (d.every((n) => n === 0)) continue;
      upsert.run(term, ...d);
      dropped ||= d.some((n) => n < 0);
    }
    if (dropped) db.exec(`DELETE FROM terms WHERE ${FIELDS.map((f) => `${f} = 0`).join(" AND ")}`);
  }
}

export interface SyncResult {
  added: number;
  removed: number;
  unchanged: number;
  ms: number;
}

/** A candidate document as the search statements return it: id, ref, its terms (see FIELD_SEPARATOR), then each field's term count. */
type DocRow = [id: number, ref: string, terms: string, ...lengths: number[]];

const DOC_COLUMNS = "docs.id, docs.ref, docs.terms, docs.n_title, docs.n_people, docs.n_question, docs.n_answer";

/**
 * Documents read for scoring are kept up to this many characters of terms:
 * a small index is read only once, and a large one keeps the documents that
 * queries return to (those of a name, a frequent word) without holding much.
 */
const DOC_CACHE_CHARS = 4_000_000;

/** The FTS5 expression for the documents with one term. */
const termMatch = (term: string) => `"${term}"`;

export class SqliteBackend implements SearchBackend {
  readonly name = "sqlite";
  readonly vocabulary: SqliteWordIndex;
  private readonly storedDefinitions: StoredDefinitions;
  /** Null for an index of an older layout that could not be brought up to date yet. */
  private readonly champions: ChampionLists | null;
  private readonly probeStmt;
  private readonly withTermStmt;
  private readonly docsStmt;
  private readonly dfStmt;
  private readonly versionStmt;
  /** Per query term, in how many documents' fields it occurs: the same for every query until the index changes. */
  private readonly dfCache = new Map<string, number>();
  private statsCache: FieldStats | null = null;
  /** Candidate documents by id, oldest first (see DOC_CACHE_CHARS). */
  private readonly docCache = new Map<number, DocRow>();
  private docCacheChars = 0;
  private dataVersion: unknown = null;

  private constructor(
    readonly db: Database.Database,
    private readonly log: Logger,
    private readonly limits: PoolLimits,
    termsCounted: boolean,
    private readonly reversedWords: boolean,
    /** Whether the index keeps the acronyms its sets define (an index of an older layout that could not be brought up to date yet does not). */
    private readonly keepsDefinitions: boolean,
    keepsChampions: boolean,
  ) {
    this.vocabulary = new SqliteWordIndex(db, reversedWords);
    this.storedDefinitions = new StoredDefinitions(keepsDefinitions ? db : null);
    this.champions = keepsChampions ? new ChampionLists(db, limits.pool) : null;
    // In rowid order, forwards or backwards, FTS5 reads its index as it is stored: nothing to sort (see `candidates`).
    // The sets stored last come first: in a live archive those are the newest, and the ranking too prefers the newer of two equal sets.
    this.probeStmt = db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?").pluck();
    this.withTermStmt = db.prepare("SELECT rowid FROM fts WHERE fts MATCH ?").pluck();
    this.docsStmt = db.prepare(`SELECT ${DOC_COLUMNS} FROM docs WHERE docs.id IN (SELECT value FROM json_each(?))`).raw();
    this.dfStmt = termsCounted
      ? db.prepare(`SELECT ${FIELDS.join(" + ")} FROM terms WHERE term = ?`).pluck()
      : db.prepare("SELECT coalesce(sum(doc), 0) FROM fts_col WHERE term = ?").pluck();
    this.versionStmt = db.prepare("PRAGMA data_version").pluck();
  }

  /** Drops what was read from the index and kept between queries; after a change to it. */
  forget(): void {
    this.vocabulary.forget();
    this.storedDefinitions.forget();
    this.champions?.forget();
    this.dfCache.clear();
    this.statsCache = null;
    this.docCache.clear();
    this.docCacheChars = 0;
  }

  /** The acronyms the indexed sets define, as of the last change to the index. */
  definitions(): AcronymTable {
    this.checkVersion();
    return this.storedDefinitions.get();
  }

  /** Another connection may have changed the index since the last query: then nothing kept from before holds. */
  private checkVersion(): void {
    const version = this.versionStmt.get();
    if (version !== this.dataVersion) {
      this.forget();
      this.dataVersion = version;
    }
  }

  /**
   * Opens or creates the database; an index from another version is emptied
   * first, and an unreadable file is replaced (one log line each): the index
   * only repeats the corpus store, which fills it again.
   */
  static open(path: string, log: Logger = QUIET, limits: PoolLimits = LIMITS): SqliteBackend {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    try {
      return SqliteBackend.openFile(path, log, limits);
    } catch (err) {
      if (path === ":memory:" || !isCorruption(err)) throw err;
      return SqliteBackend.replace(path, log, `onleesbaar (${(err as Error).message})`);
    }
  }

  /** Removes the index file and starts an empty one. */
  static replace(path: string, log: Logger, reason: string): SqliteBackend {
    log.warn(`zoekindex ${path}: ${reason}; wordt opnieuw opgebouwd`);
    removeFiles(path);
    return SqliteBackend.openFile(path, log);
  }

  private static openFile(path: string, log: Logger, limits: PoolLimits = LIMITS): SqliteBackend {
    const db = new Database(path);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      const versionStmt = db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck();
      let version = versionStmt.get() as string | undefined;
      const wanted = `${SCHEMA_VERSION}/${ANALYSIS_VERSION}`;
      const older = [WITHOUT_TERMS, WITHOUT_REVERSED, WITHOUT_DEFINITIONS, WITHOUT_CHAMPIONS].find((v) => version === `${v}/${ANALYSIS_VERSION}`);
      if (version !== wanted && older === undefined) {
        if (version !== undefined) log.warn(`zoekindex ${path}: gemaakt door een andere versie (${version}, deze versie maakt ${wanted}); wordt opnieuw opgebouwd`);
        // Another layout or analysis: start over rather than misread old rows.
        db.exec(`DROP TABLE IF EXISTS fts_col; DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS sets; DROP TABLE IF EXISTS vocab; DROP TABLE IF EXISTS terms; ${DROP_DEFINITION_TABLES} ${DROP_CHAMPION_TABLE} DELETE FROM meta;`);
        db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run((version = wanted));
      }
      db.exec(SCHEMA);
      if (older === undefined) {
        db.exec(REVERSED_INDEX);
        db.exec(DEFINITION_TABLES);
        db.exec(CHAMPION_TABLE);
        return new SqliteBackend(db, log, limits, true, true, true, true);
      }
      const upgraded = SqliteBackend.upgrade(db, path, log, older, () => versionStmt.get() === wanted, wanted, limits);
      return new SqliteBackend(db, log, limits, upgraded || older !== WITHOUT_TERMS, upgraded || older > WITHOUT_REVERSED, upgraded || older > WITHOUT_DEFINITIONS, upgraded);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /**
   * Brings an index of an older layout (`from`) up to this version, once:
   * fills the table of term counts from FTS5's vocabulary where it did not
   * exist yet, adds the reversed words to the vocabulary, and makes the
   * champion lists from the stored documents. False when
   * another process is writing to the index: this connection then counts each
   * term it needs from FTS5 and looks up compounds by scanning the vocabulary
   * where the layout asks for it, and a later start brings the index up to date.
   */
  private static upgrade(db: Database.Database, path: string, log: Logger, from: number, done: () => boolean, version: string, limits: PoolLimits): boolean {
    const t0 = performance.now();
    // Opening never waits for another writer: the upgrade can as well be done at a later start.
    const timeout = db.pragma("busy_timeout", { simple: true }) as number;
    db.pragma("busy_timeout = 0");
    const what: string[] = [];
    try {
      db.transaction(() => {
        if (done()) return;
        if (from <= WITHOUT_TERMS) {
          // A version that did not know the table may have left one behind, out of date.
          db.exec("DELETE FROM terms");
          db.exec(TERMS_FROM_FTS);
          what.push("telling per term");
        }
        if (from <= WITHOUT_REVERSED) {
          SqliteBackend.reverseWords(db);
          what.push("woorden achterstevoren");
        }
        if (from <= WITHOUT_DEFINITIONS) {
          // The texts are not in the index: the sets' definitions are mined from the store at the next update, which forgetting the corpus state asks for.
          db.exec(DEFINITION_TABLES);
          markDefinitionsPending(db);
          db.exec("DELETE FROM meta WHERE key = 'corpus'");
          what.push("afkortingen bij de volgende update");
        }
        if (from <= WITHOUT_CHAMPIONS) {
          db.exec(CHAMPION_TABLE);
          rebuildChampions(db, new ChampionLists(db, limits.pool));
          what.push("beste documenten per veelvoorkomend woord");
        }
        db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(version);
      }).immediate();
    } catch (err) {
      if ((err as { code?: string }).code !== "SQLITE_BUSY") throw err;
      log.warn(`zoekindex ${path}: bezet, het bijwerken naar versie ${version} volgt bij een volgende start`);
      return false;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
    const ms = performance.now() - t0;
    if (ms > 1000) log.info(`zoekindex ${path}: eenmalig bijgewerkt naar versie ${version} (${what.join(", ")}) in ${(ms / 1000).toFixed(1)} s`);
    return true;
  }

  /** Rewrites the vocabulary of an older layout with each word's reversal, in the layout a new index has. */
  private static reverseWords(db: Database.Database): void {
    db.function("kv_reversed", { deterministic: true }, (word) => reversed(String(word)));
    db.exec(`
      ALTER TABLE vocab RENAME TO vocab_old;
      DROP INDEX IF EXISTS vocab_near;
      ${SCHEMA}
      INSERT INTO vocab (word, count, first, len, rev) SELECT word, count, first, len, kv_reversed(word) FROM vocab_old;
      DROP TABLE vocab_old;
      ${REVERSED_INDEX};`);
  }

  close(): void {
    this.db.close();
  }

  /** The corpus state the index was last brought in line with (see `syncFrom`). */
  corpusFingerprint(): string | null {
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'corpus'").pluck().get() as string | undefined) ?? null;
  }

  /**
   * Brings the index in line with the corpus: removes sets that are gone or
   * changed, adds new and changed ones; untouched sets cost one hash each.
   */
  sync(corpus: { sets: QuestionSet[] }): SyncResult {
    return this.syncFrom(memoryIndexSource(corpus.sets));
  }

  /** As `sync`, reading sets in batches; `fingerprint` is remembered with the result. `startPool` gets the number of sets to add. */
  syncFrom(source: IndexSource, fingerprint: string | null = null, startPool: (sets: number) => WorkerPool | null = defaultPool): SyncResult {
    const t0 = performance.now();
    const stored = new Map((this.db.prepare("SELECT set_id, hash FROM sets").all() as { set_id: string; hash: string }[]).map((r) => [r.set_id, r.hash]));
    const wanted = new Map(source.indexHashes());
    const toRemove = [...stored.keys()].filter((id) => stored.get(id) !== wanted.get(id));
    const toAdd = [...wanted.keys()].filter((id) => stored.get(id) !== wanted.get(id));
    const upsertWord = this.db.prepare(
      `INSERT INTO vocab (word, count, first, len${this.reversedWords ? ", rev" : ""}) VALUES (:word, :count, substr(:word, 1, 1), length(:word)${this.reversedWords ? ", :rev" : ""})
       ON CONFLICT (word) DO UPDATE SET count = count + excluded.count`,
    );
    const dropWord = this.db.prepare("UPDATE vocab SET count = count - ? WHERE word = ?");
    const insertDoc = this.db.prepare(
      "INSERT INTO docs (ref, set_id, terms, n_title, n_people, n_question, n_answer) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const lengths = new Array<number>(FIELDS.length).fill(0);
    let docDelta = 0;
    const insertFts = this.db.prepare("INSERT INTO fts (rowid, title, people, question, answer) VALUES (?, ?, ?, ?, ?)");
    const deleteFts = this.db.prepare("DELETE FROM fts WHERE rowid = ?");
    // A large change is counted afterwards from FTS5 in one pass: counting every term of every document here costs more.
    const terms = toAdd.length + toRemove.length > COUNT_AFTERWARDS ? null : new TermCounts();
    // An index that more than doubles makes its lists anew in one pass afterwards, and so does one of which a tenth of the sets went or changed
    // since the lists were last made (a list is not filled up again when documents leave it); otherwise each list is brought up to date.
    const stale = toRemove.length + Number(this.db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(STALE_SETS) ?? 0);
    const champions = !this.champions ? null : toAdd.length > stored.size - toRemove.length || stale * CHAMPIONS_STALE > stored.size ? "rebuild" : "update";
    const added: StoredDoc[] = [];
    const docsOf = this.db.prepare(`SELECT id, ${terms || champions === "update" ? "terms" : "''"}, n_title, n_people, n_question, n_answer FROM docs WHERE set_id = ?`).raw();
    const wordsOf = this.db.prepare("SELECT words FROM sets WHERE set_id = ?").pluck();
    const deleteDocs = this.db.prepare("DELETE FROM docs WHERE set_id = ?");
    const deleteSet = this.db.prepare("DELETE FROM sets WHERE set_id = ?");
    const definitions = this.keepsDefinitions ? new DefinitionChanges(this.db) : null;

    // FTS5 merges its segments through the page cache; SQLite's default 2 MB makes a large build thrash.
    const cacheSize = this.db.pragma("cache_size", { simple: true }) as number;
    this.db.pragma("cache_size = -65536");
    // FTS5 collects terms in memory and writes a segment whenever 1 MB is full; fewer, larger segments mean less merging.
    if (toAdd.length > BATCH) this.db.exec(`INSERT INTO fts (fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
    this.db.transaction(() => {
      for (const id of toRemove) {
        const words = JSON.parse(wordsOf.get(id) as string) as [string, number][];
        for (const [w, c] of words) dropWord.run(c, w);
        for (const [rowid, text, ...counts] of docsOf.all(id) as [number, string, ...number[]][]) {
          deleteFts.run(rowid);
          terms?.count(text.split(FIELD_SEPARATOR), -1);
          if (champions === "update") this.champions!.remove(rowid, text);
          counts.forEach((n, i) => (lengths[i]! -= n));
          docDelta--;
        }
        deleteDocs.run(id);
        deleteSet.run(id);
        definitions?.remove(id);
      }
      if (definitions?.pending()) {
        const adding = new Set(toAdd);
        definitions.mine([...wanted.keys()].filter((id) => !adding.has(id)), (ids) => source.getMany(ids), BATCH);
      }
      this.db.exec("DELETE FROM vocab WHERE count <= 0");
      // Words first, so compound splitting of the new documents sees the whole vocabulary; each text is tokenised once.
      const insertSet = this.db.prepare("INSERT INTO sets (set_id, hash, words) VALUES (?, ?, ?)");
      const analysis = new CorpusAnalysis();
      for (const [id, counts] of this.tokenise(toAdd, source, analysis, startPool)) {
        insertSet.run(id, wanted.get(id)!, JSON.stringify(counts));
        const defined = analysis.takeDefinitions(id);
        definitions?.add(id, defined);
      }
      definitions?.write();
      // Counted in memory and written once per word: one upsert per word and set is the slow part of a large build.
      for (const [word, count] of analysis.vocabulary()) upsertWord.run(this.reversedWords ? { word, count, rev: reversed(word) } : { word, count });
      this.vocabulary.forget();
      for (const row of analysis.rows(this.vocabulary)) {
        row.lengths.forEach((n, i) => (lengths[i]! += n));
        docDelta++;
        const text = row.texts.join(FIELD_SEPARATOR);
        const rowid = insertDoc.run(row.ref, row.setId, text, ...row.lengths).lastInsertRowid;
        insertFts.run(rowid, ...row.texts);
        terms?.count(row.texts, 1);
        if (champions === "update") added.push([Number(rowid), text, ...row.lengths]);
      }
      if (terms) terms.write(this.db);
      else this.db.exec(`DELETE FROM terms; ${TERMS_FROM_FTS}`);
      const bump = this.db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value");
      FIELDS.forEach((f, i) => bump.run(`len:${f}`, lengths[i]));
      bump.run("docs", docDelta);
      if (champions === "rebuild") rebuildChampions(this.db, this.champions!);
      else if (champions === "update") this.updateChampions(added);
      if (champions) this.db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(STALE_SETS, champions === "rebuild" ? 0 : stale);
      if (fingerprint) this.db.prepare("INSERT INTO meta (key, value) VALUES ('corpus', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(fingerprint);
      else this.db.prepare("DELETE FROM meta WHERE key = 'corpus'").run();
    })();
    this.db.pragma(`cache_size = ${cacheSize}`);
    this.forget();
    return { added: toAdd.length, removed: toRemove.length, unchanged: wanted.size - toAdd.length, ms: performance.now() - t0 };
  }

  /** Offers documents just added to the champion lists, with the term counts and lengths already brought up to date. */
  private updateChampions(added: StoredDoc[]): void {
    const common = this.db.prepare(`SELECT ${FIELDS.join(" + ")} > ? FROM terms WHERE term = ?`).pluck();
    const size = this.champions!.size;
    const docsWith = this.db.prepare(`${STORED_DOCS} WHERE id IN (SELECT rowid FROM fts WHERE fts MATCH ?)`).raw();
    this.champions!.add(
      added,
      (term) => common.get(size, term) === 1,
      (term) => docsWith.all(termMatch(term)) as StoredDoc[],
      storedStats(this.db),
    );
  }

  /**
   * Tokenises the sets to add into `analysis`, in order, batch by batch;
   * yields each set's id and word counts. A large build hands the batches to
   * worker threads, a few ahead; a batch a worker could not do is done here.
   */
  private *tokenise(ids: string[], source: IndexSource, analysis: CorpusAnalysis, startPool: (sets: number) => WorkerPool | null): Generator<[string, [string, number][]]> {
    const here = function* (batch: string[]): Generator<[string, [string, number][]]> {
      for (const set of source.getMany(batch)) yield [set.id, analysis.add(set)];
    };
    const pool = source.bodies && ids.length ? startPool(ids.length) : null;
    if (!pool) {
      for (let i = 0; i < ids.length; i += BATCH) yield* here(ids.slice(i, i + BATCH));
      return;
    }
    this.log.debug(`zoekindex: ${ids.length} sets worden geanalyseerd in ${pool.size} werkthreads`);
    try {
      const ahead: { batch: string[]; ticket: number | null }[] = [];
      let next = 0;
      const fill = () => {
        while (ahead.length <= pool.size && next < ids.length) {
          const batch = ids.slice(next, (next += BATCH));
          const subject = `sets ${batch[0]} t/m ${batch.at(-1)} (${batch.length})`;
          ahead.push({ batch, ticket: pool.submit({ kind: "tokens", bodies: source.bodies!(batch) }, subject) });
        }
      };
      fill();
      while (ahead.length) {
        const { batch, ticket } = ahead.shift()!;
        fill();
        let tokenised: TokenBatch | null = null;
        try {
          if (ticket !== null) tokenised = pool.take<TokenBatch>(ticket);
        } catch (err) {
          // Nothing is lost: the batch is tokenised here instead.
          const what = err instanceof WorkerJobError ? `${err.subject}: analyseren in een werkthread mislukt (${err.reason})` : `analyseren in een werkthread mislukt (${(err as Error).message})`;
          this.log.warn(`zoekindex ${what}; ze worden opnieuw geanalyseerd zonder werkthread`);
        }
        if (!tokenised) yield* here(batch);
        else {
          const counts = analysis.addTokenised(tokenised);
          for (let i = 0; i < counts.length; i++) yield [tokenised.sets[i]!.id, counts[i]!];
        }
      }
    } finally {
      pool.close();
    }
  }

  stats(): { documents: number } {
    return { documents: this.db.prepare("SELECT count(*) FROM docs").pluck().get() as number };
  }

  /**
   * FTS5 proposes documents (see `candidates`); they are then scored with
   * Lunr's BM25 per field, so both backends rank alike.
   */
  search(query: AnalyzedQuery, limit: number): BackendHit[] {
    const groups = query.words.map(wordAlternatives);
    if (!groups.some((g) => g.length > 0)) return [];
    this.checkVersion();
    const stats = this.fieldStats();
    const complete = new Map<string, number[]>();
    const ids = this.pool(query, limit, complete);
    // Candidates are read once they are all known: a document both queries found is read once.
    const rows = this.docs(ids);
    // Each term the query names is looked for once per document, however many alternatives list it.
    const termIndex = new Map<string, number>();
    for (const g of groups) for (const a of g) if (!a.prefix) for (const t of a.terms) if (!termIndex.has(t)) termIndex.set(t, termIndex.size);
    const terms = [...termIndex.keys()];
    const idfs = terms.map((t) => this.idf(t));
    // A term in no more documents than there are candidates: FTS5 names them (or already did, proposing them), and the others need not be searched for it.
    const holders = terms.map((t) => {
      const df = this.df(t);
      return df === 0 ? new Set<number>() : df <= rows.length ? new Set(complete.get(termMatch(t)) ?? (this.withTermStmt.all(termMatch(t)) as number[])) : null;
    });
    const slots = groups.map((g) => g.map((a) => (a.prefix ? null : a.terms.map((t) => termIndex.get(t)!))));
    const F = FIELDS.length;
    const ends = new Int32Array(F);
    const counts = new Int32Array(F);
    const norms = new Float64Array(F);
    const weights = new Float64Array(terms.length);
    const askedShare = new Float64Array(terms.length);
    /** A term's BM25 weight in the current document, summed over its fields in field order; its counts per field stay in `counts`. */
    const weightIn = (text: string, term: string, termIdf: number) => {
      if (!termFrequencies(text, ends, term, counts)) return 0;
      let sum = 0;
      for (let i = 0; i < F; i++) {
        const tf = counts[i]!;
        if (!tf) continue;
        sum = sum + BOOSTS[i]! * termIdf * (((K1 + 1) * tf) / (K1 * norms[i]! + tf));
      }
      return sum;
    };
    /** What the term `weightIn` last counted adds to what the question asks (see askedTermShare). */
    const askedByLast = () => askedTermShare(counts[QUESTION_FIELD]! > 0, counts[TITLE_FIELD]! > 0);
    const hits: { hit: BackendHit; rank: number }[] = [];
    const rel = relevanceOf(query);
    for (const r of rows) {
      const [id, ref, text] = r;
      fieldEnds(text, ends);
      for (let i = 0; i < F; i++) norms[i] = 1 - B + B * ((r[3 + i] as number) / (stats.avg[i] || 1));
      // Only the terms this query asks for are counted, straight in the stored text: documents are long, queries short.
      for (let t = 0; t < terms.length; t++) {
        weights[t] = holders[t] && !holders[t]!.has(id) ? 0 : weightIn(text, terms[t]!, idfs[t]!);
        askedShare[t] = weights[t]! > 0 ? askedByLast() : 0;
      }
      const matched = new Set<number>();
      let score = 0;
      let coverage = 0;
      let asked = 0;
      for (let i = 0; i < groups.length; i++) {
        const alternatives = groups[i]!;
        let best = 0;
        let quality = 0;
        let askedQuality = 0;
        for (let j = 0; j < alternatives.length; j++) {
          const a = alternatives[j]!;
          const own = slots[i]![j];
          let sum = 0;
          let positive = 0;
          let askedTerms = 0;
          if (own) {
            for (const t of own) {
              sum = sum + weights[t]!;
              if (weights[t]! > 0) positive++;
              askedTerms += askedShare[t]!;
            }
          } else {
            for (const term of termsStartingWith(text, a.terms[0]!)) {
              const w = weightIn(text, term, this.idf(term));
              sum = sum + w;
              if (w > 0) {
                positive++;
                // A prefix's words count as one term: the one that says most.
                askedTerms = Math.max(askedTerms, askedByLast());
              }
            }
          }
          if (a.whole && positive < a.terms.length) continue;
          best = Math.max(best, sum * a.weight);
          quality = Math.max(quality, alternativeQuality(a, positive));
          askedQuality = Math.max(askedQuality, alternativeQuality(a, askedTerms));
        }
        if (best > 0) {
          matched.add(i);
          score += best;
          coverage += query.words[i]!.weight * quality;
          asked += query.words[i]!.weight * askedQuality;
        }
      }
      if (matched.size === 0) continue;
      hits.push({ hit: { ref, score, matched, coverage, asked }, rank: rel(score, coverage, asked) });
    }
    return hits
      .sort((a, b) => b.rank - a.rank || a.hit.ref.localeCompare(b.hit.ref))
      .slice(0, limit)
      .map((h) => h.hit);
  }

  /**
   * The documents FTS5 proposes for scoring: those with all words, then
   * those with any word, each up to a pool (`PoolLimits`); where those with
   * all words overflow, they fill ALL_WORDS_SHARE of it. FTS5 cannot rank
   * this table (bm25() sees no phrase instances in a contentless table with
   * detail=column, and gives every row 0), so where the matches overflow a
   * pool, the champion lists propose the documents the words weigh most in
   * (see sqlite-champions.ts), those with any word ranked by all the words
   * they hold; what they leave of the pool, and all of it in an index without
   * them, goes to the documents with the words in a title, a name or a
   * question, then the other matches, each the last stored first.
   */
  candidates(query: AnalyzedQuery, limit: number): number[] {
    this.checkVersion();
    return this.pool(query, limit, new Map());
  }

  /** As `candidates`; `complete` gets every FTS5 expression that was answered in full, with its documents. */
  private pool(query: AnalyzedQuery, limit: number, complete: Map<string, number[]>): number[] {
    // A light word never brings a document in (see QueryWord.light); it only scores those that are.
    const live = query.words.filter((w) => !w.light).map(wordAlternatives).filter((g) => g.length > 0);
    if (live.length === 0) return [];
    const expr = (g: (typeof live)[number]) =>
      g.length === 1 && g[0]!.terms.length === 1 && !g[0]!.prefix ? termMatch(g[0]!.terms[0]!) : `(${g.flatMap((a) => a.terms.map((t) => `"${t}"${a.prefix ? "*" : ""}`)).join(" OR ")})`;
    const pool = Math.max(limit, this.limits.pool);
    /** More matches of `match` than the pool takes: the best first, as far as the champion lists of `groups` tell. */
    const overflow = (match: string, groups: typeof live, allWords: boolean, refine = false): number[] => {
      const top: number[] = [];
      if (this.champions) {
        const weights = this.groupWeights(groups, pool, complete);
        const estimate = new Map<number, number>();
        for (const w of weights) for (const [doc, weight] of w.listed) estimate.set(doc, (estimate.get(doc) ?? 0) + weight);
        const ranked = [...estimate.keys()].sort((a, b) => estimate.get(b)! - estimate.get(a)! || b - a);
        const finder = new WordFinder(groups);
        const held = new Uint8Array(groups.length);
        if (allWords && groups.length > 1) {
          // A document in one word's list need not have the others. Its stored terms tell, and the documents that have them all are read for scoring next anyway;
          // asking FTS5 would read the doclists of all the common words whole.
          const kept = new Set<number>();
          for (let i = 0; i < ranked.length && kept.size < pool; i += HAS_ALL_BATCH) {
            for (const [id, , text] of this.docs(ranked.slice(i, i + HAS_ALL_BATCH))) {
              finder.find(text, held);
              if (held.every((h) => h)) kept.add(id);
            }
          }
          top.push(...ranked.filter((id) => kept.has(id)).slice(0, pool));
        } else {
          // A document on one word's list may hold other words below their lists' weakest, which the lists cannot tell: its stored terms can.
          // The most promising are read for it (and most of them for scoring next).
          const score = new Map<number, number>();
          const reads = refine ? Math.min(ranked.length, REFINED * pool) : 0;
          for (let i = 0; i < reads; i += HAS_ALL_BATCH) {
            for (const [id, , text] of this.docs(ranked.slice(i, Math.min(i + HAS_ALL_BATCH, reads)))) {
              finder.find(text, held);
              let sum = 0;
              for (let g = 0; g < groups.length; g++) {
                const w = weights[g]!;
                sum += w.listed.get(id) ?? (held[g] ? w.unlisted : 0);
              }
              score.set(id, sum);
            }
          }
          // Unread, the documents keep the order of their estimates.
          const of = (id: number) => score.get(id) ?? estimate.get(id)!;
          if (score.size) ranked.sort((a, b) => of(b) - of(a) || b - a);
          top.push(...ranked.slice(0, pool));
        }
      }
      if (top.length >= pool) return top;
      // Those with the words in a title, a name or a question score highest, so they go first;
      // by storage order alone, the sets that have a common word in an answer would fill the pool.
      const seen = new Set(top);
      for (const sql of [`{title people question} : (${match})`, match]) {
        for (const id of this.probeStmt.all(sql, pool + top.length) as number[]) {
          if (top.length >= pool) return top;
          if (seen.has(id)) continue;
          seen.add(id);
          top.push(id);
        }
      }
      return top;
    };
    const probe = (match: string): number[] | null => {
      const ids = this.probeStmt.all(match, pool + 1) as number[];
      if (ids.length > pool) return null;
      complete.set(match, ids);
      return ids;
    };
    const all = live.map(expr).join(" AND ");
    const allFound = probe(all);
    // Having every word says less than weighing most: where those with all words overflow, the rest of the pool goes to the best of those with any.
    const ids = allFound ?? overflow(all, live, true).slice(0, live.length > 1 ? Math.ceil(pool * ALL_WORDS_SHARE) : pool);
    if (ids.length < pool && live.length > 1) {
      const seen = new Set(ids);
      const found = live.map((g) => probe(expr(g)));
      const each = found.every((f) => f !== null) ? new Set(found.flat()) : null;
      // Where the documents with any word overflow the pool, they are ranked by what the words would weigh in them.
      // Of two words, once those with both are in, the others have one, which their lists weigh already: reading them tells nothing more.
      let any: Iterable<number>;
      if (each && each.size <= pool) any = each;
      else if (this.champions) any = overflow(live.map(expr).join(" OR "), live, false, !allFound || live.length > 2);
      else {
        // Without lists, the documents of the words whose matches fit the pool go first, the rarest word's first: they say most.
        const byRarity = live.map((g, i) => ({ i, bound: this.wordBound(g) })).sort((a, b) => a.bound - b.bound);
        const common = byRarity.filter(({ i }) => !found[i]).map(({ i }) => live[i]!);
        any = [...byRarity.flatMap(({ i }) => found[i] ?? []), ...(common.length ? overflow(common.map(expr).join(" OR "), common, false) : [])];
      }
      let added = 0;
      for (const id of any) {
        if (added >= pool) break;
        if (seen.has(id)) continue;
        seen.add(id);
        ids.push(id);
        added++;
      }
    }
    return ids;
  }

  /**
   * Per word, the documents its champion lists propose, with the most any of
   * its terms weighs in them times that term's IDF; and what it is taken to
   * weigh where a document holds it but is on none of its lists, at the IDF
   * of its commonest term. A term without a list proposes all its documents
   * (it has few), as if it stood once in a question of average length.
   */
  private groupWeights(groups: ReturnType<typeof wordAlternatives>[], pool: number, complete: Map<string, number[]>): { listed: Map<number, number>; unlisted: number }[] {
    const stats = this.fieldStats();
    return groups.map((g) => {
      const wordIdf = idfOf(stats.docs, Math.min(stats.docs, this.wordBound(g)));
      const listed = new Map<number, number>();
      let unlisted: number = UNLISTED_IMPACT;
      for (const a of g) {
        for (const term of a.terms) {
          const list = a.prefix ? [] : this.champions!.top(term);
          // A term the pool already asked FTS5 for in full is not asked again.
          const match = a.prefix ? `"${term}"*` : termMatch(term);
          const entries = list.length ? list : (complete.get(match) ?? (this.probeStmt.all(match, pool) as number[])).map((id): Champion => [id, UNLISTED_IMPACT]);
          // Each term at its own IDF, as scoring weighs it: a compound's rare part says more than its common one.
          const termIdf = a.prefix ? wordIdf : this.idf(term);
          for (const [doc, impact] of entries) listed.set(doc, Math.max(listed.get(doc) ?? 0, impact * a.weight * termIdf));
          // Off a full list, a document weighs no more than the list's weakest.
          if (list.length >= this.limits.pool) unlisted = Math.min(unlisted, list[list.length - 1]![1]);
        }
      }
      return { listed, unlisted: unlisted * wordIdf };
    });
  }

  /** The rows of these documents, from the cache where it has them. */
  private docs(ids: number[]): DocRow[] {
    const rows: DocRow[] = [];
    const missing: number[] = [];
    for (const id of ids) {
      const row = this.docCache.get(id);
      if (row) rows.push(row);
      else missing.push(id);
    }
    if (missing.length === 0) return rows;
    for (const row of this.docsStmt.all(JSON.stringify(missing)) as DocRow[]) {
      rows.push(row);
      this.docCache.set(row[0], row);
      this.docCacheChars += row[2].length;
    }
    for (const [id, row] of this.docCache) {
      if (this.docCacheChars <= DOC_CACHE_CHARS) break;
      this.docCache.delete(id);
      this.docCacheChars -= row[2].length;
    }
    return rows;
  }

  /**
   * No more documents can match a word than have its terms (a prefix: any
   * number): for all words the narrowest word, for any word all words together.
   */
  private wordBound(g: ReturnType<typeof wordAlternatives>): number {
    return g.some((a) => a.prefix) ? Infinity : g.reduce((sum, a) => a.terms.reduce((s, t) => s + this.df(t), sum), 0);
  }

  /** A term's IDF over the documents, as both scoring and the champion lists weigh it. */
  private idf(term: string): number {
    return idfOf(this.fieldStats().docs, this.df(term));
  }

  /** In how many documents' fields a term occurs (a document counts once per field). */
  private df(term: string): number {
    let fields = this.dfCache.get(term);
    if (fields === undefined) this.dfCache.set(term, (fields = (this.dfStmt.get(term) as number | undefined) ?? 0));
    return fields;
  }

  private fieldStats(): FieldStats {
    return (this.statsCache ??= storedStats(this.db));
  }
}

/** How many documents the index holds and their average field lengths, as its meta table keeps them. */
function storedStats(db: Database.Database): FieldStats {
  const rows = new Map((db.prepare("SELECT key, value FROM meta WHERE key LIKE 'len:%' OR key = 'docs'").all() as { key: string; value: number }[]).map((r) => [r.key, Number(r.value)]));
  const docs = rows.get("docs") ?? 0;
  return { docs, avg: FIELDS.map((f) => (docs ? (rows.get(`len:${f}`) ?? 0) / docs : 0)) };
}

/** Every document's stored terms and field lengths, as the champion lists read them. */
const STORED_DOCS = `SELECT id, terms, ${FIELDS.map((f) => `n_${f}`).join(", ")} FROM docs`;

/** Every champion list anew, from all documents in one pass. */
function rebuildChampions(db: Database.Database, lists: ChampionLists): void {
  const common = db.prepare(`SELECT term FROM terms WHERE ${FIELDS.join(" + ")} > ?`).pluck().all(lists.size) as string[];
  lists.rebuild(common, db.prepare(STORED_DOCS).raw().iterate() as Iterable<StoredDoc>, storedStats(db));
}
