/** Runs commands the same way for every front end: parse, validate, catch. */
import { errorReply, type Reply, type ReplyAction } from "../src/core/reply.js";
import { commands, findCommand } from "./index.js";
import type { Command, CommandDeps } from "./types.js";

export interface Invocation {
  command: Command;
  input: Record<string, unknown>;
}

export type Logger = Pick<Console, "error" | "warn" | "info">;

/**
 * Reads "/vraag@botnaam politiebegroting" or "vraag politiebegroting": the words
 * after the name fill the first text option; a trailing "#3" picks a result or page.
 */
export function parseCommandText(text: string): Invocation | { unknown: string } | null {
  const m = /^\s*\/?([A-Za-z_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return null;
  const command = findCommand(m[1]!);
  if (!command) return { unknown: m[1]! };
  let rest = (m[2] ?? "").trim();
  if (command.parseText) return { command, input: command.parseText(rest) };
  const input: Record<string, unknown> = {};
  const intOption = command.options.find((o) => o.type === "integer");
  const pick = /\s#(\d{1,3})$/.exec(` ${rest}`);
  if (intOption && pick) {
    input[intOption.name] = Number(pick[1]);
    rest = rest.slice(0, rest.length - pick[0].length + 1).trim();
  }
  const textOption = command.options.find((o) => o.type === "string");
  if (textOption) input[textOption.name] = rest;
  return { command, input };
}

/** Turns a button press back into the command it stands for. */
export function actionInvocation(action: ReplyAction): Invocation | null {
  const cmd = (name: string) => commands.find((c) => c.name === name);
  switch (action.kind) {
    case "hit": {
      const vraag = cmd("vraag");
      return vraag ? { command: vraag, input: { zoekterm: action.query, resultaat: action.index + 1 } } : null;
    }
    case "set": {
      const set = cmd("set");
      return set ? { command: set, input: { set: action.id, pagina: action.page + 1 } } : null;
    }
  }
}

/** Validates and runs; any failure becomes a short Dutch reply and a log line. */
export async function executeCommand(
  command: Command,
  rawInput: Record<string, unknown>,
  deps: CommandDeps,
  log: Logger = console,
): Promise<Reply> {
  const parsed = command.schema.safeParse(rawInput);
  if (!parsed.success) {
    return errorReply(`Dat begrijp ik niet helemaal. Gebruik: ${command.usage}`);
  }
  try {
    return await command.run(parsed.data, deps);
  } catch (err) {
    log.error(`command /${command.name} failed: ${(err as Error).stack ?? String(err)}`);
    return errorReply("Er ging iets mis bij het uitvoeren van dit commando. Probeer het later nog eens.");
  }
}
