import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { buildCorpus, type Corpus } from "../src/core/corpus.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SEED_FILE = "000_0520b6fab4578ef8.txt";

export function seedCorpus(): Corpus {
  return buildCorpus([{ file: SEED_FILE, content: readFileSync(join(ROOT, "seeds", SEED_FILE)) }]);
}

export const HEADER = (title: string, askers = "Songül Mutluer (PvdA)", to = "David van Weel (minister , minister )") =>
  [`${title} |`, "|", `${askers} |`, "|", `${to} |`, "|", "![]() |"].join("\n");

export function corpusOf(...files: [string, string][]): Corpus {
  return buildCorpus(files.map(([file, content]) => ({ file, content })));
}

import { SearchEngine } from "../src/core/search.js";
import { analyseSets } from "../src/core/corpus-analysis.js";
import { LunrBackend } from "../src/core/lunr-backend.js";
import { AcronymTable } from "../src/core/acronyms.js";
import { dutchLexicon } from "../src/lexicon/dutch.js";
import type { Caller, CommandDeps } from "../commands/types.js";
import type { Logger } from "../src/log.js";

let cachedEngine: SearchEngine | null = null;

/** The real seed corpus with a real Lunr index, built once per test file. */
export function seedEngine(): SearchEngine {
  if (!cachedEngine) {
    const corpus = seedCorpus();
    const { vocab, documents, definitions } = analyseSets(corpus.sets);
    const acronyms = new AcronymTable(definitions);
    cachedEngine = new SearchEngine(corpus, vocab, LunrBackend.build(documents), dutchLexicon(), () => acronyms);
  }
  return cachedEngine;
}

export function seedDeps(caller: Caller, extra: Partial<CommandDeps> = {}): CommandDeps {
  const engine = seedEngine();
  return { engine, corpus: engine.corpus, info: { loadedAt: new Date(), files: [SEED_FILE] }, caller, ...extra };
}

/** Collects log lines so tests can check what would be logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => lines.push(`${level} ${m}`);
  return { lines, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") };
}

export function engineFor(corpus: Corpus): SearchEngine {
  const { vocab, documents, definitions } = analyseSets(corpus.sets);
  const acronyms = new AcronymTable(definitions);
  return new SearchEngine(corpus, vocab, LunrBackend.build(documents), dutchLexicon(), () => acronyms);
}

/**
 * A complete environment for a child process, built from nothing: no .env file
 * (DOTENV_CONFIG_PATH=none), no token or setting from the developer's shell.
 */
export function childEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    HOME: tmpdir(),
    // Children keep their temporary folders in the test run's own, which is removed when the run ends.
    TMPDIR: tmpdir(),
    LANG: "C.UTF-8",
    DOTENV_CONFIG_PATH: "none",
    SEEDS_DIR: join(ROOT, "seeds"),
    INDEX_DIR: join(tmpdir(), "kv-child-index"),
    DATA_DIR: mkdtempSync(join(tmpdir(), "kv-child-data-")),
    SEARCH_BACKEND: "lunr",
    LOG_LEVEL: "info",
    DIGEST_TIMEZONE: "Europe/Amsterdam",
    RATE_LIMIT_PER_MINUTE: "20",
    ...overrides,
  };
}
