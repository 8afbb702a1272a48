/**
 * `npm run deploy:discord`: registers the slash commands. Guild-scoped when
 * DISCORD_GUILD_ID is set (instant, for development), global otherwise.
 */
import "./load-env.js";
import { REST, Routes, type APIApplication } from "discord.js";
import { loadConfig } from "./config.js";
import { commands } from "../commands/index.js";
import { discordCommandJson, validateDiscordCommand } from "./adapters/discord-commands.js";
import { redact } from "./log.js";

export async function deployDiscordCommands(options: {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiBase?: string;
}): Promise<{ count: number; scope: string }> {
  const body = commands.map(discordCommandJson);
  const errors = body.flatMap(validateDiscordCommand);
  if (errors.length) throw new Error(`commando-definities kloppen niet:\n${errors.join("\n")}`);
  const rest = new REST(options.apiBase ? { api: options.apiBase } : {}).setToken(options.token);
  const appId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = options.guildId ? Routes.applicationGuildCommands(appId, options.guildId) : Routes.applicationCommands(appId);
  await rest.put(route, { body });
  return { count: body.length, scope: options.guildId ? `server ${options.guildId}` : "globaal" };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) throw new Error("DISCORD_TOKEN ontbreekt (zie .env.example)");
  const result = await deployDiscordCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiBase: config.DISCORD_API_BASE,
  });
  process.stdout.write(`${result.count} commando's geregistreerd (${result.scope}).\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  main().catch((err: Error) => {
    process.stderr.write(`Registreren mislukt: ${redact(err.message, [process.env.DISCORD_TOKEN ?? ""])}\n`);
    process.exitCode = 1;
  });
}
