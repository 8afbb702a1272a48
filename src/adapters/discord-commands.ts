/** Slash-command definitions for Discord, built from the shared command list and checked against Discord's rules. */
import { ApplicationCommandOptionType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Command } from "../../commands/types.js";

export type DiscordCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

export function discordCommandJson(command: Command): DiscordCommandJson {
  return {
    name: command.name,
    description: command.description,
    ...(command.adminOnly ? { default_member_permissions: PermissionFlagsBits.ManageGuild.toString() } : {}),
    options: command.options.map((o) => {
      const base = { name: o.name, description: o.description, required: o.required };
      if (o.type === "integer") {
        return { ...base, type: ApplicationCommandOptionType.Integer, ...(o.min !== undefined ? { min_value: o.min } : {}), ...(o.max !== undefined ? { max_value: o.max } : {}) };
      }
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        max_length: o.maxLength ?? 200,
        ...(o.autocomplete ? { autocomplete: true } : {}),
        ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
      };
    }),
  } as DiscordCommandJson;
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Every way a definition breaks Discord's rules; empty when it is fine. */
export function validateDiscordCommand(json: DiscordCommandJson): string[] {
  const errors: string[] = [];
  const where = `/${json.name}`;
  if (!NAME.test(json.name)) errors.push(`${where}: naam moet 1–32 kleine letters zijn`);
  if (!json.description || json.description.length > 100) errors.push(`${where}: beschrijving moet 1–100 tekens zijn`);
  const options = json.options ?? [];
  if (options.length > 25) errors.push(`${where}: hoogstens 25 opties`);
  let seenOptional = false;
  const names = new Set<string>();
  for (const o of options) {
    if (!NAME.test(o.name)) errors.push(`${where} ${o.name}: optienaam moet 1–32 kleine letters zijn`);
    if (names.has(o.name)) errors.push(`${where} ${o.name}: dubbele optienaam`);
    names.add(o.name);
    if (!o.description || o.description.length > 100) errors.push(`${where} ${o.name}: beschrijving moet 1–100 tekens zijn`);
    const required = "required" in o && o.required === true;
    if (required && seenOptional) errors.push(`${where} ${o.name}: verplichte opties moeten vóór optionele komen`);
    if (!required) seenOptional = true;
    if ("autocomplete" in o && o.autocomplete && "choices" in o && o.choices?.length) {
      errors.push(`${where} ${o.name}: autocomplete en vaste keuzes gaan niet samen`);
    }
  }
  return errors;
}
