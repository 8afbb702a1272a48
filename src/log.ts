/** A small leveled logger that never prints secrets. */
import { isoInZone } from "./core/zoned-time.js";

export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Removes configured secrets, Telegram's `/bot<token>/` and Discord's
 * interaction and webhook tokens, which URLs in errors carry.
 */
export function redact(text: string, secrets: string[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 6) out = out.split(s).join("[geheim]");
  return out
    .replace(/\/bot\d+:[A-Za-z0-9_-]+/g, "/bot[geheim]")
    .replace(/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]{20,}/g, "$1[geheim]");
}

/**
 * Timestamps are the wall clock of `timeZone` (the digest's) with its offset,
 * so log lines, /over and digest times read alike.
 */
export function createLogger(
  level: Level,
  secrets: string[] = [],
  sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  timeZone = "Europe/Amsterdam",
  now: () => Date = () => new Date(),
): Logger {
  const emit = (l: Level) => (message: string) => {
    if (ORDER[l] < ORDER[level]) return;
    sink(`${isoInZone(now(), timeZone)} ${l.toUpperCase()} ${redact(message, secrets)}`);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
