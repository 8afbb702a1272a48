/** A small leveled logger that never prints secrets. */

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

export function createLogger(level: Level, secrets: string[] = [], sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const emit = (l: Level) => (message: string) => {
    if (ORDER[l] < ORDER[level]) return;
    sink(`${new Date().toISOString()} ${l.toUpperCase()} ${redact(message, secrets)}`);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
