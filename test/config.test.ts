import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, storageFor } from "../src/config.js";
import { ConfigError } from "../src/core/errors.js";
import { createLogger } from "../src/log.js";

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("configuration", () => {
  it("defaults without any variable", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ SEEDS_DIR: "seeds", INDEX_DIR: "index", DATA_DIR: "data", SEARCH_BACKEND: "lunr", LOG_LEVEL: "info", RATE_LIMIT_PER_MINUTE: 20 });
    expect(c.DIGEST_TIMEZONE).toBe("Europe/Amsterdam");
  });

  it("accepts harmless variants of a value", () => {
    const c = loadConfig({ SEARCH_BACKEND: " SQLite", LOG_LEVEL: "WARNING ", RATE_LIMIT_PER_MINUTE: " 30 ", DIGEST_TIMEZONE: "europe/amsterdam" });
    expect(c).toMatchObject({ SEARCH_BACKEND: "sqlite", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: 30, DIGEST_TIMEZONE: "Europe/Amsterdam" });
    expect(loadConfig({ SEARCH_BACKEND: " lunr" }).SEARCH_BACKEND).toBe("lunr");
  });

  it.each([
    [{ SEARCH_BACKEND: "elastic" }, 'SEARCH_BACKEND: ongeldige waarde "elastic"; kies lunr of sqlite.'],
    [{ LOG_LEVEL: "verbose" }, 'LOG_LEVEL: ongeldige waarde "verbose"; kies debug, info, warn of error.'],
    [{ RATE_LIMIT_PER_MINUTE: "veel" }, 'RATE_LIMIT_PER_MINUTE: ongeldige waarde "veel"; geef een heel getal van 1 tot en met 600.'],
    [{ RATE_LIMIT_PER_MINUTE: "0" }, 'RATE_LIMIT_PER_MINUTE: ongeldige waarde "0"; geef een heel getal van 1 tot en met 600.'],
    [{ TELEGRAM_WEBHOOK_PORT: "99999" }, 'TELEGRAM_WEBHOOK_PORT: ongeldige waarde "99999"; geef een poortnummer van 1 tot en met 65535.'],
    [{ DISCORD_API_BASE: "ftp://nee" }, 'DISCORD_API_BASE: ongeldige waarde "ftp://nee"; geef een adres dat met http:// of https:// begint.'],
    [{ DIGEST_TIMEZONE: "Mars/Olympus" }, 'DIGEST_TIMEZONE: ongeldige waarde "Mars/Olympus"; geef een tijdzone zoals Europe/Amsterdam of UTC.'],
  ])("explains %j in one Dutch line with variable, value and what is allowed", (env, message) => {
    expect(problem(env)).toBe(message);
  });

  it("reports every problem, one line each", () => {
    const lines = problem({ SEARCH_BACKEND: "elastic", LOG_LEVEL: "luid" }).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^SEARCH_BACKEND: /);
    expect(lines[1]).toMatch(/^LOG_LEVEL: ongeldige waarde "luid"/);
  });

  it("keeps the index and history of another seeds folder apart from the default ones", () => {
    const other = loadConfig({ SEEDS_DIR: "/tmp/proef" });
    expect(other.INDEX_DIR).toMatch(/^index[\\/]proef-[0-9a-f]{8}$/);
    expect(other.DATA_DIR).toMatch(/^data[\\/]proef-[0-9a-f]{8}$/);
    expect(storageFor("/tmp/proef")).toEqual({ indexDir: other.INDEX_DIR, dataDir: other.DATA_DIR });
    expect(storageFor("/elders/proef").dataDir).not.toBe(other.DATA_DIR);
    expect(loadConfig({ SEEDS_DIR: "./seeds/" })).toMatchObject({ INDEX_DIR: "index", DATA_DIR: "data" });
    expect(loadConfig({ SEEDS_DIR: "/tmp/proef", DATA_DIR: "/var/kv", INDEX_DIR: join("/var", "idx") })).toMatchObject({ DATA_DIR: "/var/kv", INDEX_DIR: "/var/idx" });
  });
});

describe("log lines", () => {
  const at = new Date("2026-01-15T07:30:00.000Z");
  it("carry the time of the configured zone with its offset", () => {
    const lines: string[] = [];
    const log = createLogger("info", [], (l) => lines.push(l), "Europe/Amsterdam", () => at);
    log.info("hallo");
    log.debug("niet getoond");
    const summer = createLogger("info", [], (l) => lines.push(l), "Europe/Amsterdam", () => new Date("2026-07-01T12:00:00Z"));
    summer.warn("zomer");
    expect(lines).toEqual(["2026-01-15T08:30:00.000+01:00 INFO hallo", "2026-07-01T14:00:00.000+02:00 WARN zomer"]);
  });
  it("use another zone when the digest uses one", () => {
    const lines: string[] = [];
    createLogger("info", [], (l) => lines.push(l), "America/New_York", () => at).info("x");
    expect(lines[0]).toBe("2026-01-15T02:30:00.000-05:00 INFO x");
  });
});
