/**
 * The saved search index under index/: loaded when it matches the dumps,
 * rebuilt and saved again when it is missing, stale or from another version.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ANALYSIS_VERSION, Vocabulary } from "./core/analysis.js";
import type { CorpusView } from "./core/corpus-view.js";
import type { DumpFile } from "./core/model.js";
import { LunrBackend } from "./core/lunr-backend.js";
import { decodeHeader, decodeIndex, encodeIndex, type IndexHeader } from "./core/index-codec.js";
import { IndexFileError } from "./core/errors.js";
import { NO_LEXICON, type Lexicon } from "./core/lexicon.js";
import { SearchEngine } from "./core/search.js";
import { analyseSets } from "./core/corpus-analysis.js";
import { AcronymTable } from "./core/acronyms.js";
import { shortHash } from "./core/text.js";

/** Bump when the file layout or the field boosts baked into it change; old files are then rebuilt, never misread. */
export const INDEX_SCHEMA_VERSION = 5;
export const INDEX_FILE = "search-index.bin";

/** Content hashes by file, size and modification time: a restart or reload skips unchanged files. */
const contentHashes = new Map<string, string>();

function contentHash(d: DumpFile): string {
  const key = d.modified ? `${d.file}|${d.content.length}|${d.modified.getTime()}` : null;
  const cached = key ? contentHashes.get(key) : undefined;
  if (cached) return cached;
  const hash = createHash("sha1").update(d.content).digest("hex");
  if (key) contentHashes.set(key, hash);
  return hash;
}

/** Changes whenever a dump is added, removed, renamed or edited. */
export function dumpsFingerprint(dumps: DumpFile[]): string {
  const parts = dumps.map((d) => `${d.file}:${contentHash(d)}`).sort();
  return shortHash(`${ANALYSIS_VERSION}|${parts.join("|")}`);
}

export interface LoadedIndex {
  engine: SearchEngine;
  /** "loaded" from disk or "built" now. */
  origin: "loaded" | "built";
  path: string;
  /** Why the saved index was not used (Dutch), when it was built. */
  rebuildReason?: string;
}

/** Why the saved file cannot serve these dumps, or null when it can. */
function staleReason(header: IndexHeader, fingerprint: string): string | null {
  if (header.schemaVersion !== INDEX_SCHEMA_VERSION) return `bestandsversie ${header.schemaVersion}, nodig is ${INDEX_SCHEMA_VERSION}`;
  if (header.analysisVersion !== ANALYSIS_VERSION) return "gemaakt met een andere woordanalyse";
  if (header.fingerprint !== fingerprint) return "de dumps zijn veranderd";
  return null;
}

/**
 * Loads the saved index for this corpus or builds and saves a new one;
 * `onRebuild` hears why before the (slow) rebuild starts. The corpus is
 * identified by a fingerprint (the corpus store's), or by its dumps.
 */
export function openLunrIndex(
  corpus: CorpusView,
  source: string | DumpFile[],
  dir: string,
  onRebuild?: (reason: string) => void,
  lexicon: Lexicon = NO_LEXICON,
): LoadedIndex {
  const path = join(dir, INDEX_FILE);
  const fingerprint = typeof source === "string" ? source : dumpsFingerprint(source);
  let reason: string;
  try {
    const buf = readFileSync(path);
    reason = staleReason(decodeHeader(buf), fingerprint) ?? "";
    if (!reason) {
      const { index, vocabulary, definitions } = decodeIndex(buf);
      const acronyms = new AcronymTable(definitions);
      return { engine: new SearchEngine(corpus, new Vocabulary(vocabulary), LunrBackend.fromCompact(index), lexicon, () => acronyms), origin: "loaded", path };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof IndexFileError) reason = err.reason;
    else if (code === "ENOENT") reason = "nog geen opgeslagen index";
    else if (code) reason = `niet te lezen (${code})`;
    else reason = `onleesbaar: ${(err as Error).message}`;
  }
  onRebuild?.(reason);
  // One tokenising pass: documents wait for the whole vocabulary, but their text is not read twice.
  const { vocab, documents, definitions } = analyseSets(corpus.all());
  const backend = LunrBackend.build(documents);
  const buf = encodeIndex(
    { schemaVersion: INDEX_SCHEMA_VERSION, analysisVersion: ANALYSIS_VERSION, fingerprint, builtAt: new Date().toISOString() },
    backend.data,
    vocab.entries(),
    definitions,
  );
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, path);
  } catch {
    // A read-only checkout still searches; it just rebuilds next time.
  }
  const acronyms = new AcronymTable(definitions);
  return { engine: new SearchEngine(corpus, vocab, backend, lexicon, () => acronyms), origin: "built", path, rebuildReason: reason };
}
