/**
 * Reads settings from a .env file into the environment, never overriding what
 * is already set. DOTENV_CONFIG_PATH names another file; set to "" or "none" it
 * reads no file at all, which is what tests and supervised services want.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { config } from "dotenv";

export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | null {
  const setting = env.DOTENV_CONFIG_PATH;
  if (setting !== undefined && (setting.trim() === "" || setting.trim().toLowerCase() === "none")) return null;
  const path = resolve(cwd, setting ?? ".env");
  if (!existsSync(path)) return null;
  config({ path, processEnv: env as Record<string, string>, quiet: true });
  return path;
}
