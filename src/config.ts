/** Configuration from the environment, parsed once at startup with clear Dutch errors. */
import { z } from "zod";
import { ConfigError } from "./core/errors.js";

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const url = optionalString.refine((s) => s === undefined || /^https?:\/\//.test(s), "moet met http:// of https:// beginnen");

export const ConfigSchema = z.object({
  SEEDS_DIR: optionalString.default("seeds"),
  INDEX_DIR: optionalString.default("index"),
  DATA_DIR: optionalString.default("data"),
  SEARCH_BACKEND: z.enum(["lunr", "sqlite"]).default("lunr"),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_BASE: url,
  TELEGRAM_TOKEN: optionalString,
  TELEGRAM_API_ROOT: url,
  TELEGRAM_WEBHOOK_URL: url,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8443),
  DIGEST_TIMEZONE: optionalString.default("Europe/Amsterdam"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(20),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws a ConfigError naming the variable to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? "?");
  throw new ConfigError(variable, `ongeldige waarde (${issue.message})`);
}
