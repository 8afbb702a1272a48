/** Runs commands the same way for every front end: parse, validate, catch. */
import { errorReply, type Reply, type ReplyAction } from "../src/core/reply.js";
import { RATE_LIMIT_MESSAGE, RateLimiter } from "../src/core/rate-limit.js";
import { decodeAction } from "../src/core/actions.js";
import { commands, findCommand } from "./index.js";
import type { Caller, Command, CommandDeps } from "./types.js";

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
    case "answer": {
      const vraag = cmd("vraag");
      return vraag ? { command: vraag, input: { zoekterm: action.query, resultaat: action.index + 1, volledig: true } } : null;
    }
    case "more": {
      const zoek = cmd("zoek");
      return zoek ? { command: zoek, input: { zoekterm: action.query, vanaf: action.offset + 1 } } : null;
    }
    case "set": {
      const set = cmd("set");
      return set ? { command: set, input: { set: action.id, pagina: action.page + 1 } } : null;
    }
    case "page": {
      const command = findCommand(action.command);
      const text = command?.options.find((o) => o.type === "string");
      const page = command?.options.find((o) => o.type === "integer");
      return command && text && page ? { command, input: { [text.name]: action.query, [page.name]: action.page + 1 } } : null;
    }
  }
}

/** Reads a button's data back into the command it stands for; null when it cannot be read. */
export function buttonInvocation(data: string): Invocation | null {
  const action = decodeAction(data);
  return action ? actionInvocation(action) : null;
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

export const STALE_BUTTON_MESSAGE = "Deze knop werkt niet meer. Zoek opnieuw met /vraag.";

/**
 * How a request ended. Front ends deliver some outcomes differently (a stale
 * button as a short notice on the button, a refused request only to the asker).
 */
export type Outcome = "done" | "stale" | "rate-limited";

export interface Dispatched {
  reply: Reply;
  outcome: Outcome;
}

export interface DispatcherOptions {
  makeDeps: (caller: Caller) => CommandDeps;
  log: Logger;
  /** Requests per user per minute; none where a single person is the only user (console). */
  ratePerMinute?: number;
  now?: () => number;
}

/** The one path from a request to a reply, shared by every front end. */
export class Dispatcher {
  private readonly limiter: RateLimiter | null;

  constructor(private readonly options: DispatcherOptions) {
    this.limiter = options.ratePerMinute ? new RateLimiter(options.ratePerMinute, 60_000, options.now) : null;
  }

  /** `null` stands for a button whose meaning could not be read back (old or foreign data). */
  async dispatch(invocation: Invocation | null, caller: Caller): Promise<Dispatched> {
    if (!invocation) return { reply: errorReply(STALE_BUTTON_MESSAGE), outcome: "stale" };
    if (this.limiter && !this.limiter.take(`${caller.platform}:${caller.userId}`)) {
      return { reply: errorReply(RATE_LIMIT_MESSAGE), outcome: "rate-limited" };
    }
    const deps = this.options.makeDeps(caller);
    return { reply: await executeCommand(invocation.command, invocation.input, deps, this.options.log), outcome: "done" };
  }
}
