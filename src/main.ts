/**
 * Wires everything: configuration → corpus and index → front ends → digest.
 * Without Discord or Telegram tokens it opens the console.
 */
import "./load-env.js";
import { loadConfig } from "./config.js";
import { join, resolve } from "node:path";
import { LiveCorpus } from "./live-corpus.js";
import { prebuildInChildProcess } from "./prebuild.js";
import { SubscriptionStore } from "./digest/store.js";
import { DigestService, type DigestSender } from "./digest/service.js";
import { createLogger } from "./log.js";
import { runConsole } from "./adapters/console.js";
import { sourceDirs } from "./store/sources.js";
import { watchSources } from "./store/watch.js";
import type { Caller, CommandDeps } from "../commands/types.js";
import { ImportSchedule } from "./import/schedule.js";
import { channelTarget } from "./core/target.js";
import { noDumpsText } from "../commands/common.js";
import { FrontEndStartError } from "./core/errors.js";

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
  const loadOptions = { seedsDir: config.SEEDS_DIR, indexDir: config.INDEX_DIR, backend: config.SEARCH_BACKEND, dataDir: config.DATA_DIR, log };
  const live = new LiveCorpus(loadOptions, store, log, undefined, prebuildInChildProcess(loadOptions));
  const app = live.current;
  for (const w of app.corpus.warnings) log.warn(`${w.file}:${w.line}: ${w.message}`);
  const empty = noDumpsText(app.corpus, app.info);
  if (empty) log.warn(empty);
  log.info(
    `corpus: ${app.corpus.stats.sets} sets, ${app.corpus.stats.questions} vragen (${app.timings.corpusMs.toFixed(0)} ms); index ${app.indexOrigin === "loaded" ? "geladen" : "opgebouwd"} (${app.timings.indexMs.toFixed(0)} ms); klaar na ${(performance.now() - started).toFixed(0)} ms`,
  );

  setImmediate(() => {
    try {
      app.engine.warmUp();
    } catch (err) {
      log.warn(`zoeken opwarmen mislukt: ${(err as Error).message}`);
    }
  });

  const makeDeps = (caller: Caller): CommandDeps => live.deps(caller, { subscriptions: store, timeZone: config.DIGEST_TIMEZONE });
  // A new source is parsed and indexed in another process soon after it lands; the digest round (every minute) is the fallback.
  let onSourcesChanged = () => void live.reloadIfChanged().catch((err: Error) => log.error(`bronnen bijwerken mislukt: ${err.message}`));
  const stopWatching = watchSources(sourceDirs(resolve(config.SEEDS_DIR), resolve(config.DATA_DIR)), () => onSourcesChanged());

  if (!config.DISCORD_TOKEN && !config.TELEGRAM_TOKEN) {
    const s = app.corpus.stats;
    await runConsole(
      () =>
        makeDeps({ platform: "console", target: channelTarget("console", "console"), userId: "console", isPrivate: true, canManage: async () => true }),
      log,
      `Kamervragen-bot (console). ${s.sets} sets, ${s.questions} vragen.\n${empty ? `${empty}\n` : ""}Typ /help voor de commando's, /vraag <zoekterm> om te zoeken, /stop om te stoppen.`,
    );
    stopWatching();
    store.close();
    return;
  }

  let stopping = false;
  const stoppers: (() => Promise<void>)[] = [];
  const senders: Partial<Record<"discord" | "telegram", DigestSender>> = {};
  // Each front end runs on its own: a refused token stops that one and says whether the other keeps going.
  const NAMES = { discord: "Discord", telegram: "Telegram" } as const;
  const alive = new Set<"discord" | "telegram">();
  if (config.DISCORD_TOKEN) alive.add("discord");
  if (config.TELEGRAM_TOKEN) alive.add("telegram");
  const failed = (platform: "discord" | "telegram", err: unknown) => {
    alive.delete(platform);
    const message = err instanceof FrontEndStartError ? err.message : `${NAMES[platform]} kon niet starten: ${(err as Error).message}`;
    log.error(message);
    const others = [...alive].map((p) => NAMES[p]);
    if (others.length) {
      const until = err instanceof FrontEndStartError && err.reason === "token-refused" ? "het token is vervangen en de bot opnieuw is gestart" : "de bot opnieuw is gestart";
      log.warn(`${others.join(" en ")} blijft actief; ${NAMES[platform]} staat uit tot ${until}.`);
    } else {
      log.error("Er is geen front end meer actief: de bot stopt.");
      void shutdown("geen front end", 1);
    }
  };

  if (config.DISCORD_TOKEN) {
    // Loaded only when configured: discord.js alone takes half a second to load.
    const { DiscordBot } = await import("./adapters/discord.js");
    const discord = new DiscordBot({
      token: config.DISCORD_TOKEN,
      apiBase: config.DISCORD_API_BASE,
      makeDeps,
      log,
      ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
    });
    stoppers.push(() => discord.stop());
    try {
      await discord.start();
      senders.discord = discord.digestSender();
    } catch (err) {
      failed("discord", err);
    }
  }
  if (config.TELEGRAM_TOKEN) {
    const { TelegramBot } = await import("./adapters/telegram.js");
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
    stoppers.push(() => telegram.stop());
    // While Telegram cannot be reached the check keeps retrying; Discord and the digests do not wait for it.
    void telegram.start().then(
      () => (senders.telegram = telegram.digestSender()),
      (err) => {
        if (!stopping) failed("telegram", err);
      },
    );
  }
  const digests = new DigestService({ store, live, senders, timeZone: config.DIGEST_TIMEZONE, log });
  digests.start();
  onSourcesChanged = () => void digests.tick();
  stoppers.unshift(async () => digests.stop());
  stoppers.unshift(async () => stopWatching());
  if (config.IMPORT_SCHEDULE) {
    const imports = new ImportSchedule({
      cron: config.IMPORT_SCHEDULE,
      timeZone: config.DIGEST_TIMEZONE,
      importOptions: {
        dataDir: config.DATA_DIR,
        odataUrl: config.TK_ODATA_URL,
        publicationsUrl: config.OFFICIELE_BEKENDMAKINGEN_URL,
        http: { requestsPerSecond: config.IMPORT_REQUESTS_PER_SECOND },
      },
      log,
      afterImport: () => digests.tick(),
    });
    imports.start();
    stoppers.unshift(async () => imports.stop());
  }
  stoppers.push(async () => store.close());

  async function shutdown(reason: string, code = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info(`${reason}: netjes afsluiten`);
    for (const stop of stoppers) await stop().catch(() => undefined);
    process.exit(code);
  }
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: Error) => {
  process.stderr.write(`Fout bij het starten: ${err.message}\n`);
  process.exitCode = 1;
});
