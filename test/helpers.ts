import { readFileSync } from "node:fs";
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
