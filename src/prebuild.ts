/** Builds the search index in a child process (`cli index`), so the bot's event loop stays free. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadOptions } from "./app.js";
import type { Prebuild } from "./live-corpus.js";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const TIMEOUT_MS = 15 * 60 * 1000;

export function prebuildInChildProcess(options: LoadOptions): Prebuild {
  return () =>
    new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        ["--import", "tsx", CLI, "index"],
        {
          timeout: TIMEOUT_MS,
          env: {
            ...process.env,
            SEEDS_DIR: options.seedsDir,
            INDEX_DIR: options.indexDir,
            SEARCH_BACKEND: options.backend ?? "lunr",
            DATA_DIR: options.dataDir ?? options.indexDir,
          },
        },
        (err, _stdout, stderr) => (err ? reject(new Error(`${err.message.split("\n")[0]} ${stderr.trim()}`.trim())) : resolve()),
      );
    });
}
