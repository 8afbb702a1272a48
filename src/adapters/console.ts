/** The console front end: plain text rendering and an interactive prompt. */
import { createInterface } from "node:readline";
import type { Reply, ReplyAction } from "../core/reply.js";
import { actionInvocation, Dispatcher, parseCommandText, type Invocation, type Logger } from "../../commands/run.js";
import type { CommandDeps } from "../../commands/types.js";

const WIDTH = 88;

function wrap(text: string, indent = ""): string {
  return text
    .split("\n")
    .map((para) => {
      const words = para.split(" ");
      const lines: string[] = [];
      let line = "";
      for (const w of words) {
        if (line && (line + " " + w).length > WIDTH - indent.length) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      return lines.map((l) => (l ? indent + l : l)).join("\n");
    })
    .join("\n");
}

/** Plain text for terminals and pipes; actions are numbered so a person can pick one. */
export function renderPlain(reply: Reply, options: { numberedActions?: boolean } = {}): string {
  const out: string[] = [];
  if (reply.title) out.push(`== ${reply.title} ==`);
  if (reply.subtitle) out.push(reply.subtitle);
  for (const s of reply.sections) {
    out.push([s.heading ? `${s.heading}:` : "", wrap(s.body, s.heading ? "  " : "")].filter(Boolean).join("\n"));
  }
  if (reply.footer) out.push(`-- ${reply.footer}`);
  if (options.numberedActions && reply.actions.length) {
    out.push(reply.actions.map((a, i) => `[${i + 1}] ${a.label}`).join("   "));
  }
  return out.join("\n\n");
}

/** Runs one line typed by a person: a command, or the number of an action. */
export async function handleConsoleLine(
  line: string,
  lastActions: ReplyAction[],
  deps: CommandDeps,
  log: Logger,
): Promise<Reply | null> {
  const text = line.trim();
  if (!text) return null;
  // One person at a keyboard: no rate limit, the same path as every other front end.
  const run = async (invocation: Invocation | null) => (await new Dispatcher({ makeDeps: () => deps, log }).dispatch(invocation, deps.caller)).reply;
  if (/^\d{1,2}$/.test(text) && lastActions.length > 0) {
    const pick = lastActions[Number(text) - 1];
    if (!pick) return { sections: [{ body: `Kies een nummer van 1 tot en met ${lastActions.length}, of typ een commando.` }], status: "error", actions: [] };
    return run(actionInvocation(pick));
  }
  const parsed = parseCommandText(text.startsWith("/") ? text : `/vraag ${text}`);
  if (!parsed) return { sections: [{ body: "Typ een commando, bijvoorbeeld /vraag politiebegroting, of /help." }], status: "info", actions: [] };
  if ("unknown" in parsed) {
    return { sections: [{ body: `Onbekend commando /${parsed.unknown}. Typ /help voor de lijst.` }], status: "error", actions: [] };
  }
  return run(parsed);
}

/** The interactive console; resolves when the person types /stop or input ends. */
export async function runConsole(deps: CommandDeps, log: Logger, greeting: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log(greeting);
  rl.setPrompt("\nkamervragen> ");
  rl.prompt();
  let actions: ReplyAction[] = [];
  for await (const line of rl) {
    if (/^\/?(stop|exit|quit)$/i.test(line.trim())) break;
    const reply = await handleConsoleLine(line, actions, deps, log);
    if (reply) {
      // A mistyped number keeps the choices on screen usable.
      if (reply.status !== "error") actions = reply.actions;
      console.log(`\n${renderPlain(reply, { numberedActions: true })}`);
    }
    rl.prompt();
  }
  rl.close();
}
