/**
 * Wires everything: configuration → corpus and index → front ends → digest.
 * Without Discord or Telegram tokens it opens the console.
 */
import "dotenv/config";
import { loadConfig } from "./config.js";
import { loadApp } from "./app.js";
import { createLogger } from "./log.js";
import { runConsole } from "./adapters/console.js";
import type { CommandDeps } from "../commands/types.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN ?? "", config.TELEGRAM_TOKEN ?? ""]);
  const app = loadApp({ seedsDir: config.SEEDS_DIR, indexDir: config.INDEX_DIR });
  for (const w of app.corpus.warnings) log.warn(`${w.file}:${w.line}: ${w.message}`);
  log.info(
    `corpus: ${app.corpus.stats.sets} sets, ${app.corpus.stats.questions} vragen in ${app.timings.corpusMs.toFixed(0)} ms; index ${app.indexOrigin} in ${app.timings.indexMs.toFixed(0)} ms`,
  );

  const platforms = [config.DISCORD_TOKEN && "discord", config.TELEGRAM_TOKEN && "telegram"].filter(Boolean);
  if (platforms.length === 0) {
    const deps: CommandDeps = {
      engine: app.engine,
      corpus: app.corpus,
      info: app.info,
      caller: { platform: "console", targetId: "console", userId: "console", isPrivate: true, canManage: async () => true },
    };
    const s = app.corpus.stats;
    await runConsole(
      deps,
      log,
      `Kamervragen-bot (console). ${s.sets} sets, ${s.questions} vragen.\nTyp /help voor de commando's, /vraag <zoekterm> om te zoeken, /stop om te stoppen.`,
    );
    return;
  }
}

main().catch((err: Error) => {
  process.stderr.write(`Fout bij het starten: ${err.message}\n`);
  process.exitCode = 1;
});
