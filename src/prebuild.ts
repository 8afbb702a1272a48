/** Builds the search index in a child process (`cli index`), so the bot's event loop stays free. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { LoadOptions } from "./app.js";
import type { Prebuild } from "./live-corpus.js";

/** The bundled CLI next to the bundled entry point the bot runs from (see launch.mjs), else the TypeScript source. */
function cliArgs(): string[] {
  const entry = process.argv[1] ?? "";
  const bundled = join(dirname(entry), "cli.mjs");
  if (entry.endsWith(".mjs") && existsSync(bundled)) return [bundled];
  return ["--import", "tsx", fileURLToPath(new URL("./cli.ts", import.meta.url))];
}
const TIMEOUT_MS = 15 * 60 * 1000;

export function prebuildInChildProcess(options: LoadOptions): Prebuild {
  return () =>
    new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [...cliArgs(), "index"],
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
