/**
 * Configuration from the environment, read once at startup. Every problem is
 * one Dutch line naming the variable, the value given and what is allowed;
 * harmless variants (case, surrounding spaces) are accepted.
 */
import { basename, join, resolve } from "node:path";
import { Cron } from "croner";
import { ConfigError } from "./core/errors.js";
import { shortHash, slugify } from "./core/text.js";
import type { Level } from "./log.js";

export const DEFAULT_SEEDS_DIR = "seeds";
export const DEFAULT_INDEX_DIR = "index";
export const DEFAULT_DATA_DIR = "data";
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";
export const DEFAULT_TK_ODATA_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0";
export const DEFAULT_OFFICIELE_BEKENDMAKINGEN_URL = "https://zoek.officielebekendmakingen.nl";

export interface Config {
  SEEDS_DIR: string;
  INDEX_DIR: string;
  DATA_DIR: string;
  SEARCH_BACKEND: "lunr" | "sqlite";
  DISCORD_TOKEN?: string;
  DISCORD_APPLICATION_ID?: string;
  DISCORD_GUILD_ID?: string;
  DISCORD_API_BASE?: string;
  TELEGRAM_TOKEN?: string;
  TELEGRAM_API_ROOT?: string;
  TELEGRAM_WEBHOOK_URL?: string;
  TELEGRAM_WEBHOOK_SECRET?: string;
  TELEGRAM_WEBHOOK_PORT: number;
  DIGEST_TIMEZONE: string;
  RATE_LIMIT_PER_MINUTE: number;
  LOG_LEVEL: Level;
  TK_ODATA_URL: string;
  OFFICIELE_BEKENDMAKINGEN_URL: string;
  /** Cron expression in DIGEST_TIMEZONE; no scheduled import when absent. */
  IMPORT_SCHEDULE?: string;
  IMPORT_REQUESTS_PER_SECOND: number;
}

/** Whether a seeds folder is the default one, whose index and history live in index/ and data/. */
export function isDefaultSeeds(seedsDir: string): boolean {
  return resolve(seedsDir) === resolve(DEFAULT_SEEDS_DIR);
}

/**
 * Where the index and the history of a seeds folder live when INDEX_DIR and
 * DATA_DIR are not set: index/ and data/ for the default folder, a subfolder
 * per other folder, so a test folder never mixes into the real history.
 */
export function storageFor(seedsDir: string): { indexDir: string; dataDir: string } {
  if (isDefaultSeeds(seedsDir)) return { indexDir: DEFAULT_INDEX_DIR, dataDir: DEFAULT_DATA_DIR };
  const key = `${slugify(basename(resolve(seedsDir)), 24)}-${shortHash(resolve(seedsDir))}`;
  return { indexDir: join(DEFAULT_INDEX_DIR, key), dataDir: join(DEFAULT_DATA_DIR, key) };
}

/** The value as the user typed it, safe to print on one line. */
function shown(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

/** Reads variables and collects every problem before failing. */
class EnvReader {
  readonly problems: { variable: string; line: string }[] = [];
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  text(name: string): string | undefined {
    const v = this.env[name]?.trim();
    return v ? v : undefined;
  }

  private fail(name: string, allowed: string): undefined {
    this.problems.push({ variable: name, line: `ongeldige waarde ${shown(this.env[name] ?? "")}; ${allowed}.` });
    return undefined;
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T, aliases: Record<string, T> = {}): T {
    const v = this.text(name)?.toLowerCase();
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    if (aliases[v]) return aliases[v];
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} of ${allowed[allowed.length - 1]}` : allowed[0];
    return this.fail(name, `kies ${list}`) ?? fallback;
  }

  integer(name: string, min: number, max: number, fallback: number, what = "een heel getal"): number {
    const v = this.text(name);
    if (v === undefined) return fallback;
    const n = /^[+]?\d+(\.0+)?$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    return this.fail(name, `geef ${what} van ${min} tot en met ${max}`) ?? fallback;
  }

  url(name: string): string | undefined {
    const v = this.text(name);
    if (v === undefined || /^https?:\/\/\S+$/i.test(v)) return v;
    return this.fail(name, "geef een adres dat met http:// of https:// begint");
  }

  cron(name: string): string | undefined {
    const v = this.text(name);
    if (v === undefined) return undefined;
    try {
      new Cron(v, { paused: true }).stop();
      return v;
    } catch {
      return this.fail(name, "geef een cron-regel zoals 30 6 * * * (elke dag om 06:30)");
    }
  }

  timeZone(name: string, fallback: string): string {
    const v = this.text(name);
    if (v === undefined) return fallback;
    try {
      return new Intl.DateTimeFormat("en", { timeZone: v }).resolvedOptions().timeZone;
    } catch {
      return this.fail(name, "geef een tijdzone zoals Europe/Amsterdam of UTC") ?? fallback;
    }
  }
}

/** Parses the environment; throws a ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = new EnvReader(env);
  const seedsDir = r.text("SEEDS_DIR") ?? DEFAULT_SEEDS_DIR;
  const storage = storageFor(seedsDir);
  const config: Config = {
    SEEDS_DIR: seedsDir,
    INDEX_DIR: r.text("INDEX_DIR") ?? storage.indexDir,
    DATA_DIR: r.text("DATA_DIR") ?? storage.dataDir,
    SEARCH_BACKEND: r.choice("SEARCH_BACKEND", ["lunr", "sqlite"], "lunr"),
    DISCORD_TOKEN: r.text("DISCORD_TOKEN"),
    DISCORD_APPLICATION_ID: r.text("DISCORD_APPLICATION_ID"),
    DISCORD_GUILD_ID: r.text("DISCORD_GUILD_ID"),
    DISCORD_API_BASE: r.url("DISCORD_API_BASE"),
    TELEGRAM_TOKEN: r.text("TELEGRAM_TOKEN"),
    TELEGRAM_API_ROOT: r.url("TELEGRAM_API_ROOT"),
    TELEGRAM_WEBHOOK_URL: r.url("TELEGRAM_WEBHOOK_URL"),
    TELEGRAM_WEBHOOK_SECRET: r.text("TELEGRAM_WEBHOOK_SECRET"),
    TELEGRAM_WEBHOOK_PORT: r.integer("TELEGRAM_WEBHOOK_PORT", 1, 65535, 8443, "een poortnummer"),
    DIGEST_TIMEZONE: r.timeZone("DIGEST_TIMEZONE", DEFAULT_TIME_ZONE),
    RATE_LIMIT_PER_MINUTE: r.integer("RATE_LIMIT_PER_MINUTE", 1, 600, 20),
    LOG_LEVEL: r.choice("LOG_LEVEL", ["debug", "info", "warn", "error"], "info", { warning: "warn" }),
    TK_ODATA_URL: r.url("TK_ODATA_URL") ?? DEFAULT_TK_ODATA_URL,
    OFFICIELE_BEKENDMAKINGEN_URL: r.url("OFFICIELE_BEKENDMAKINGEN_URL") ?? DEFAULT_OFFICIELE_BEKENDMAKINGEN_URL,
    IMPORT_SCHEDULE: r.cron("IMPORT_SCHEDULE"),
    IMPORT_REQUESTS_PER_SECOND: r.integer("IMPORT_REQUESTS_PER_SECOND", 1, 20, 4),
  };
  const [first, ...others] = r.problems;
  if (first) throw new ConfigError(first.variable, [first.line, ...others.map((p) => `${p.variable}: ${p.line}`)].join("\n"));
  return config;
}
