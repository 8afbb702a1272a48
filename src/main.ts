/**
 * Wires everything: configuration → corpus and index → front ends → digest.
 * Without Discord or Telegram tokens it opens the console.
 */
import "dotenv/config";
import { loadConfig } from "./config.js";
import { join } from "node:path";
import { LiveCorpus } from "./live-corpus.js";
import { prebuildInChildProcess } from "./prebuild.js";
import { SubscriptionStore } from "./digest/store.js";
import { DigestService, type DigestSender } from "./digest/service.js";
import { createLogger } from "./log.js";
import { runConsole } from "./adapters/console.js";
import { DiscordBot } from "./adapters/discord.js";
import { TelegramBot } from "./adapters/telegram.js";
import type { Caller, CommandDeps } from "../commands/types.js";
import { channelTarget } from "./core/target.js";
import { noDumpsText } from "../commands/common.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(
    config.LOG_LEVEL,
    [config.DISCORD_TOKEN ?? "", config.TELEGRAM_TOKEN ?? "", config.TELEGRAM_WEBHOOK_SECRET ?? ""],
    undefined,
    config.DIGEST_TIMEZONE,
  );
  log.info(`tijden in ${config.DIGEST_TIMEZONE} (DIGEST_TIMEZONE); dumps uit ${config.SEEDS_DIR}, index in ${config.INDEX_DIR}, database in ${config.DATA_DIR}`);
  const started = performance.now();
  const store = new SubscriptionStore(join(config.DATA_DIR, "kamervragen.sqlite"));
  const loadOptions = { seedsDir: config.SEEDS_DIR, indexDir: config.INDEX_DIR, backend: config.SEARCH_BACKEND, dataDir: config.DATA_DIR };
  const live = new LiveCorpus(loadOptions, store, log, undefined, prebuildInChildProcess(loadOptions));
  const app = live.current;
  for (const w of app.corpus.warnings) log.warn(`${w.file}:${w.line}: ${w.message}`);
  const empty = noDumpsText(app.corpus, app.info);
  if (empty) log.warn(empty);
  log.info(
    `corpus: ${app.corpus.stats.sets} sets, ${app.corpus.stats.questions} vragen (${app.timings.corpusMs.toFixed(0)} ms); index ${app.indexOrigin === "loaded" ? "geladen" : "opgebouwd"} (${app.timings.indexMs.toFixed(0)} ms); klaar na ${(performance.now() - started).toFixed(0)} ms`,
  );

  const makeDeps = (caller: Caller): CommandDeps => live.deps(caller, { subscriptions: store, timeZone: config.DIGEST_TIMEZONE });

  if (!config.DISCORD_TOKEN && !config.TELEGRAM_TOKEN) {
    const s = app.corpus.stats;
    await runConsole(
      makeDeps({ platform: "console", target: channelTarget("console", "console"), userId: "console", isPrivate: true, canManage: async () => true }),
      log,
      `Kamervragen-bot (console). ${s.sets} sets, ${s.questions} vragen.\n${empty ? `${empty}\n` : ""}Typ /help voor de commando's, /vraag <zoekterm> om te zoeken, /stop om te stoppen.`,
    );
    store.close();
    return;
  }

  const stoppers: (() => Promise<void>)[] = [];
  const senders: Partial<Record<"discord" | "telegram", DigestSender>> = {};
  if (config.DISCORD_TOKEN) {
    const discord = new DiscordBot({
      token: config.DISCORD_TOKEN,
      apiBase: config.DISCORD_API_BASE,
      makeDeps,
      log,
      ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
    });
    await discord.start();
    stoppers.push(() => discord.stop());
    senders.discord = discord.digestSender();
  }
  if (config.TELEGRAM_TOKEN) {
    const telegram = new TelegramBot({
      token: config.TELEGRAM_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      makeDeps,
      log,
      ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
      webhook: config.TELEGRAM_WEBHOOK_URL
        ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT }
        : undefined,
    });
    await telegram.start();
    stoppers.push(() => telegram.stop());
    senders.telegram = telegram.digestSender();
  }
  const digests = new DigestService({ store, live, senders, timeZone: config.DIGEST_TIMEZONE, log });
  digests.start();
  stoppers.unshift(async () => digests.stop());
  stoppers.push(async () => store.close());

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: netjes afsluiten`);
    for (const stop of stoppers) await stop().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: Error) => {
  process.stderr.write(`Fout bij het starten: ${err.message}\n`);
  process.exitCode = 1;
});
