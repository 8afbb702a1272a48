/** Loads dumps, corpus and search index: what every entry point needs first. */
import { resolve } from "node:path";
import { buildCorpus, type Corpus, type ParsedFile } from "./core/corpus.js";
import type { SearchEngine } from "./core/search.js";
import { readSeedFolder } from "./seeds.js";
import { openLunrIndex } from "./index-store.js";
import type { CorpusInfo } from "../commands/types.js";
import { join } from "node:path";
import { SearchEngine as Engine } from "./core/search.js";
import { SqliteBackend } from "./search/sqlite-backend.js";

export interface LoadedApp {
  corpus: Corpus;
  engine: SearchEngine;
  info: CorpusInfo;
  indexOrigin: "loaded" | "built";
  timings: { corpusMs: number; indexMs: number };
}

export interface LoadOptions {
  seedsDir: string;
  indexDir: string;
  /** "lunr" (default) keeps the index in memory; "sqlite" keeps it in DATA_DIR. */
  backend?: "lunr" | "sqlite";
  dataDir?: string;
}

/** Open SQLite indexes by path, so a reload reuses the connection and updates incrementally. */
const sqliteBackends = new Map<string, SqliteBackend>();

function openSqlite(corpus: Corpus, dataDir: string): { engine: SearchEngine; origin: "loaded" | "built" } {
  const path = resolve(join(dataDir, "search.sqlite"));
  let backend = sqliteBackends.get(path);
  if (!backend) sqliteBackends.set(path, (backend = SqliteBackend.open(path)));
  const sync = backend.sync(corpus);
  return { engine: new Engine(corpus, backend.vocabulary, backend), origin: sync.added > 0 || sync.removed > 0 ? "built" : "loaded" };
}

/** Parsed dumps per folder, so a reload only parses the files that changed. */
const parsedFiles = new Map<string, Map<string, ParsedFile>>();

/** `onIndexRebuild` hears why a saved Lunr index cannot be used, before it is rebuilt. */
export function loadApp(options: LoadOptions, onIndexRebuild?: (reason: string) => void): LoadedApp {
  const t0 = performance.now();
  const dir = resolve(options.seedsDir);
  const folder = readSeedFolder(dir);
  if (!parsedFiles.has(dir)) parsedFiles.set(dir, new Map());
  const corpus = buildCorpus(folder.dumps, parsedFiles.get(dir));
  corpus.warnings.unshift(...folder.warnings);
  const t1 = performance.now();
  const { engine, origin } =
    options.backend === "sqlite"
      ? openSqlite(corpus, options.dataDir ?? "data")
      : openLunrIndex(corpus, folder.dumps, resolve(options.indexDir), onIndexRebuild);
  const t2 = performance.now();
  return {
    corpus,
    engine,
    info: {
      loadedAt: new Date(),
      files: folder.dumps.map((d) => d.file),
      updatedAt: folder.dumps.reduce<Date | undefined>((max, d) => (d.modified && (!max || d.modified > max) ? d.modified : max), undefined),
      seedsDir: options.seedsDir,
      skippedFiles: folder.warnings.filter((w) => w.file !== dir).length + corpus.stats.files - corpus.stats.filesLoaded,
    },
    indexOrigin: origin,
    timings: { corpusMs: t1 - t0, indexMs: t2 - t1 },
  };
}
