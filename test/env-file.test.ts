import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnvFile } from "../src/env-file.js";
import { tempDir } from "./temp-dir.js";

function folderWithEnv(content: string): string {
  const dir = tempDir("dotenv");
  writeFileSync(join(dir, ".env"), content);
  return dir;
}

describe(".env file", () => {
  it("reads .env from the working folder without overriding what is set", () => {
    const dir = folderWithEnv("TELEGRAM_TOKEN=uit-bestand\nLOG_LEVEL=debug\n");
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: "warn" };
    expect(loadEnvFile(env, dir)).toBe(join(dir, ".env"));
    expect(env).toEqual({ LOG_LEVEL: "warn", TELEGRAM_TOKEN: "uit-bestand" });
  });

  it("reads no file at all when DOTENV_CONFIG_PATH is none or empty", () => {
    const dir = folderWithEnv("TELEGRAM_TOKEN=uit-bestand\n");
    for (const setting of ["none", ""]) {
      const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: setting };
      expect(loadEnvFile(env, dir)).toBeNull();
      expect(env.TELEGRAM_TOKEN).toBeUndefined();
    }
  });

  it("reads the file DOTENV_CONFIG_PATH names, relative to the working folder", () => {
    const dir = folderWithEnv("");
    writeFileSync(join(dir, "productie.env"), "DISCORD_TOKEN=abc\n");
    const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: "productie.env" };
    loadEnvFile(env, dir);
    expect(env.DISCORD_TOKEN).toBe("abc");
  });
});
