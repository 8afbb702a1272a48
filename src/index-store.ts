/**
 * The saved search index under index/: loaded when it matches the dumps,
 * rebuilt and saved again when it is missing, stale or from another version.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ANALYSIS_VERSION, Vocabulary } from "./core/analysis.js";
import type { Corpus } from "./core/corpus.js";
import type { DumpFile } from "./core/model.js";
import { LunrBackend, type LunrJson } from "./core/lunr-backend.js";
import { buildVocabulary, searchDocuments, SearchEngine } from "./core/search.js";
import { shortHash } from "./core/text.js";

/** Bump when the file layout changes; old files are then rebuilt, never misread. */
export const INDEX_SCHEMA_VERSION = 2;
const FILE_NAME = "search-index.json";

interface IndexFile {
  schemaVersion: number;
  analysisVersion: number;
  fingerprint: string;
  builtAt: string;
  vocabulary: [string, number][];
  lunr: LunrJson;
}

/** Changes whenever a dump is added, removed, renamed or edited. */
export function dumpsFingerprint(dumps: DumpFile[]): string {
  const parts = dumps
    .map((d) => `${d.file}:${shortHash(typeof d.content === "string" ? d.content : Buffer.from(d.content).toString("latin1"))}`)
    .sort();
  return shortHash(`${ANALYSIS_VERSION}|${parts.join("|")}`);
}

export interface LoadedIndex {
  engine: SearchEngine;
  /** "loaded" from disk or "built" now. */
  origin: "loaded" | "built";
  path: string;
}

function build(corpus: Corpus): { vocab: Vocabulary; backend: LunrBackend } {
  const vocab = buildVocabulary(corpus);
  return { vocab, backend: LunrBackend.build(searchDocuments(corpus, vocab)) };
}

/** Loads the saved index for these dumps or builds and saves a new one. */
export function openLunrIndex(corpus: Corpus, dumps: DumpFile[], dir: string): LoadedIndex {
  const path = join(dir, FILE_NAME);
  const fingerprint = dumpsFingerprint(dumps);
  try {
    const file = JSON.parse(readFileSync(path, "utf8")) as IndexFile;
    if (
      file.schemaVersion === INDEX_SCHEMA_VERSION &&
      file.analysisVersion === ANALYSIS_VERSION &&
      file.fingerprint === fingerprint
    ) {
      const engine = new SearchEngine(corpus, new Vocabulary(file.vocabulary), LunrBackend.load(file.lunr));
      return { engine, origin: "loaded", path };
    }
  } catch {
    // Missing or unreadable: rebuild below.
  }
  const { vocab, backend } = build(corpus);
  const file: IndexFile = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    analysisVersion: ANALYSIS_VERSION,
    fingerprint,
    builtAt: new Date().toISOString(),
    vocabulary: vocab.entries(),
    lunr: backend.toJSON(),
  };
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(file));
    renameSync(tmp, path);
  } catch {
    // A read-only checkout still searches; it just rebuilds next time.
  }
  return { engine: new SearchEngine(corpus, vocab, backend), origin: "built", path };
}
