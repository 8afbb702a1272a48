/** The console front end: plain text rendering and an interactive prompt. */
import { createInterface } from "node:readline";
import { stripMarks, type Reply, type ReplyAction } from "../core/reply.js";
import { echo } from "../core/format.js";
import { actionInvocation, Dispatcher, parseCommandText, type Invocation, type Logger } from "../../commands/run.js";
import type { CommandDeps } from "../../commands/types.js";

const WIDTH = 88;

/** Words joined by this stay on one line: a command and its argument ("/set politiebegroting-7ef24d"). */
const GLUE = "\u0000";

/**
 * Wraps at spaces, never inside a command with its argument or an id; the
 * lines of a bullet continue under its text.
 */
function wrap(text: string, indent = ""): string {
  return text
    .split("\n")
    .map((para) => {
      const hang = /^(\s*(?:[•↳-]|\d{1,2}\.)\s)/.exec(para)?.[1]?.replace(/\S/g, " ") ?? "";
      const words = para.replace(/(^|\s)(\/[a-z]+) (?=\S)/g, `$1$2${GLUE}`).split(" ");
      const lines: string[] = [];
      let line = "";
      for (const w of words) {
        const limit = WIDTH - indent.length - (lines.length ? hang.length : 0);
        if (line && (line + " " + w).length > limit) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      return lines
        .map((l, i) => (l ? indent + (i > 0 ? hang : "") + l.split(GLUE).join(" ") : l))
        .join("\n");
    })
    .join("\n");
}

/** Same kind of action for the same thing: a neighbouring result or page of what is shown. */
function sameFamily(a: ReplyAction, self: ReplyAction): number | null {
  if (a.kind === "hit" && self.kind === "hit" && a.query === self.query) return a.index - self.index;
  if (a.kind === "set" && self.kind === "set" && a.id === self.id) return a.page - self.page;
  if (a.kind === "page" && self.kind === "page" && a.command === self.command && a.query === self.query) return a.page - self.page;
  return null;
}

/**
 * Stable keys, the same on every screen: `v` and `n` for the previous and
 * next result or page, `s` for the whole set, digits for items of a list and
 * for a result further on ("Bekijk 3").
 */
export function actionKeys(reply: Pick<Reply, "actions" | "self">): string[] {
  let item = 0;
  return reply.actions.map((a) => {
    const step = reply.self ? sameFamily(a, reply.self) : null;
    if (step === -1) return "v";
    if (step === 1) return "n";
    if (a.kind === "set" && reply.self?.kind === "hit") return "s";
    return String(++item);
  });
}

const WORD_KEYS: Record<string, string> = { vorige: "v", volgende: "n", set: "s", "hele set": "s" };

/** Plain text for terminals and pipes; with `numberedActions` each action shows the key that picks it. */
export function renderPlain(reply: Reply, options: { numberedActions?: boolean } = {}): string {
  const out: string[] = [];
  if (reply.title) out.push(`== ${reply.title} ==`);
  if (reply.subtitle) out.push(reply.subtitle);
  for (const s of reply.sections) {
    out.push([s.heading ? `${s.heading}:` : "", wrap(stripMarks(s.body), s.heading ? "  " : "")].filter(Boolean).join("\n"));
  }
  if (reply.footer) out.push(wrap(`-- ${reply.footer}`));
  if (reply.url) out.push(`Officiële publicatie: ${reply.url}`);
  if (options.numberedActions && reply.actions.length) {
    const keys = actionKeys(reply);
    out.push(reply.actions.map((a, i) => `[${keys[i]}] ${a.label}`).join("   "));
  }
  return out.join("\n\n");
}

/** The choices on screen: the last reply's actions with their keys. */
export interface ConsoleChoices {
  actions: ReplyAction[];
  keys: string[];
}

export function choicesOf(reply: Pick<Reply, "actions" | "self">): ConsoleChoices {
  return { actions: reply.actions, keys: actionKeys(reply) };
}

const NO_CHOICES: ConsoleChoices = { actions: [], keys: [] };

/** Runs one line typed by a person: a command, plain words to search, or the key of an action. */
export async function handleConsoleLine(
  line: string,
  choices: ConsoleChoices | ReplyAction[],
  deps: CommandDeps,
  log: Logger,
): Promise<Reply | null> {
  const text = line.trim();
  if (!text) return null;
  // One person at a keyboard: no rate limit, the same path as every other front end.
  const run = async (invocation: Invocation | null) => (await new Dispatcher({ makeDeps: () => deps, log }).dispatch(invocation, deps.caller)).reply;
  const { actions, keys } = Array.isArray(choices) ? choicesOf({ actions: choices }) : choices;
  const key = WORD_KEYS[text.toLowerCase()] ?? text.toLowerCase();
  if (/^(\d{1,2}|[vns])$/.test(key)) {
    const at = keys.indexOf(key);
    if (at >= 0) {
      return run(actionInvocation(actions[at]!));
    }
    if (actions.length === 0) {
      return {
        sections: [{ body: `Er is hier niets om te kiezen. Typ een zoekterm, bijvoorbeeld politiebegroting, of een commando zoals /help.` }],
        status: "error",
        actions: [],
      };
    }
    const offered = keys.map((k) => `[${k}]`).join(", ");
    return { sections: [{ body: `«${echo(text, 10)}» staat niet bij de keuzes. Kies ${offered}, of typ een commando.` }], status: "error", actions: [] };
  }
  const parsed = parseCommandText(text.startsWith("/") ? text : `/vraag ${text}`);
  if (!parsed) return { sections: [{ body: "Typ een commando, bijvoorbeeld /vraag politiebegroting, of /help." }], status: "info", actions: [] };
  if ("unknown" in parsed) {
    return { sections: [{ body: `Onbekend commando /${parsed.unknown}. Typ /help voor de lijst.` }], status: "error", actions: [] };
  }
  return run(parsed);
}

/** The interactive console; resolves when the person types /stop or input ends. */
export async function runConsole(makeDeps: () => CommandDeps, log: Logger, greeting: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log(greeting);
  rl.setPrompt("\nkamervragen> ");
  rl.prompt();
  let choices = NO_CHOICES;
  for await (const line of rl) {
    if (/^\/?(stop|exit|quit)$/i.test(line.trim())) break;
    // Per line: a dump that landed meanwhile is searchable at the next command.
    const reply = await handleConsoleLine(line, choices, makeDeps(), log);
    if (reply) {
      // A mistyped key keeps the choices on screen usable.
      if (reply.status !== "error") choices = choicesOf(reply);
      console.log(`\n${renderPlain(reply, { numberedActions: true })}`);
    }
    rl.prompt();
  }
  rl.close();
}
