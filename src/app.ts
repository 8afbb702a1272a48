/** Opens the corpus store and the search index: what every entry point needs first. */
import { join, resolve } from "node:path";
import type { CorpusView } from "./core/corpus-view.js";
import type { Lexicon } from "./core/lexicon.js";
import { SearchEngine } from "./core/search.js";
import { dutchLexicon } from "./lexicon/dutch.js";
import { openLunrIndex } from "./index-store.js";
import type { Logger } from "./log.js";
import type { CorpusInfo } from "../commands/types.js";
import { SqliteBackend } from "./search/sqlite-backend.js";
import { CORPUS_STORE_FILE, CorpusStore, isCorruption, type StoreSyncReport } from "./store/corpus-store.js";
import { registerSourceParser, sourceDirs } from "./store/sources.js";
import { parseImportedFile } from "./import/case-file.js";

registerSourceParser("imported", (file, content) => parseImportedFile({ file, content }));
import type { StoreView } from "./store/store-view.js";

export interface LoadedApp {
  corpus: CorpusView;
  engine: SearchEngine;
  info: CorpusInfo;
  indexOrigin: "loaded" | "built";
  /** What the store had to do: which sources it parsed now. */
  sync: StoreSyncReport;
  timings: { corpusMs: number; indexMs: number };
}

export interface LoadOptions {
  seedsDir: string;
  indexDir: string;
  /** "lunr" (default) keeps the index in memory; "sqlite" keeps it in DATA_DIR. */
  backend?: "lunr" | "sqlite";
  /** The corpus store, the SQLite index and imported sets live here (default: the index folder, without imports). */
  dataDir?: string;
  log?: Logger;
}

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Open connections by path, so a reload reuses them and only applies what changed. */
const stores = new Map<string, CorpusStore>();
const sqliteBackends = new Map<string, SqliteBackend>();

export function corpusStorePath(options: LoadOptions): string {
  return resolve(join(options.dataDir ?? options.indexDir, CORPUS_STORE_FILE));
}

function openStore(options: LoadOptions): CorpusStore {
  const path = corpusStorePath(options);
  let store = stores.get(path);
  if (!store) stores.set(path, (store = CorpusStore.open(path, options.log ?? quiet)));
  return store;
}

function openSqlite(store: CorpusStore, view: StoreView, fingerprint: string, dataDir: string, log: Logger, lexicon: Lexicon): { engine: SearchEngine; origin: "loaded" | "built" } {
  const path = resolve(join(dataDir, "search.sqlite"));
  let backend = sqliteBackends.get(path);
  if (!backend) sqliteBackends.set(path, (backend = SqliteBackend.open(path, log)));
  const update = (b: SqliteBackend): "loaded" | "built" => {
    if (b.corpusFingerprint() === fingerprint) {
      b.vocabulary.forget();
      return "loaded";
    }
    const sync = b.syncFrom({ indexHashes: () => view.indexHashes(), getMany: (ids) => view.getMany(ids), bodies: (ids) => store.bodies(ids) }, fingerprint);
    return sync.added > 0 || sync.removed > 0 ? "built" : "loaded";
  };
  let origin: "loaded" | "built";
  try {
    origin = update(backend);
  } catch (err) {
    // Damage that opening did not touch shows up here: the index is made again from the store.
    if (!isCorruption(err)) throw err;
    backend.close();
    sqliteBackends.set(path, (backend = SqliteBackend.replace(path, log, `beschadigd (${(err as Error).message})`)));
    origin = update(backend);
  }
  const opened = backend;
  return { engine: new SearchEngine(view, backend.vocabulary, backend, lexicon, () => opened.definitions()), origin };
}

/**
 * Brings the store in line with the sources (parsing only what changed) and
 * opens the search index for it, building it only when it is stale.
 */
/** `onIndexRebuild` hears why a saved Lunr index cannot be used, before it is rebuilt. */
export function loadApp(options: LoadOptions, onIndexRebuild?: (reason: string) => void): LoadedApp {
  const t0 = performance.now();
  const store = openStore(options);
  const dataDir = options.dataDir ?? null;
  const sync = store.sync(sourceDirs(resolve(options.seedsDir), dataDir && resolve(dataDir)));
  const view = store.view(sync.warnings);
  const t1 = performance.now();
  const fingerprint = store.fingerprint();
  const lexicon = dutchLexicon(options.log);
  const { engine, origin } =
    options.backend === "sqlite"
      ? openSqlite(store, view, fingerprint, options.dataDir ?? options.indexDir, options.log ?? quiet, lexicon)
      : openLunrIndex(view, fingerprint, resolve(options.indexDir), onIndexRebuild, lexicon);
  const t2 = performance.now();
  const sources = store.sourceRows();
  const newest = sources.reduce((max, r) => Math.max(max, r.mtime), 0);
  return {
    corpus: view,
    engine,
    info: {
      loadedAt: new Date(),
      files: sources.map((r) => r.file),
      updatedAt: newest ? new Date(newest) : undefined,
      seedsDir: options.seedsDir,
      skippedFiles: sync.warnings.filter((w) => w.file !== resolve(options.seedsDir)).length + view.stats.files - view.stats.filesLoaded,
    },
    indexOrigin: origin,
    sync,
    timings: { corpusMs: t1 - t0, indexMs: t2 - t1 },
  };
}
