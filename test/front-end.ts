/**
 * What a front end does with a command, for tests that drive commands without
 * a platform: who is asking, a typed line, a pressed button.
 */
import { decodeAction, encodeAction } from "../src/core/actions.js";
import type { Reply, ReplyAction } from "../src/core/reply.js";
import { channelTarget } from "../src/core/target.js";
import { actionInvocation, executeCommand, parseCommandText, type Logger } from "../commands/run.js";
import type { Caller, CommandDeps } from "../commands/types.js";

/** Someone at the console in channel `channel`, allowed to manage it. */
export function consoleCaller(channel = "t"): Caller {
  return { platform: "console", target: channelTarget("console", channel), userId: "u", isPrivate: true, canManage: async () => true };
}

/** Runs a typed line ("/wie VVD") as the console does; a line that is no command fails the test. */
export async function runLine(text: string, deps: CommandDeps, log?: Logger): Promise<Reply> {
  const inv = parseCommandText(text);
  if (!inv || "unknown" in inv) throw new Error(`not a command: ${text}`);
  return executeCommand(inv.command, inv.input, deps, log);
}

/** Presses a button as Discord and Telegram do: encoded into a 64-byte id, decoded, run. */
export async function pressAction(action: ReplyAction, deps: CommandDeps, log?: Logger): Promise<Reply> {
  const inv = actionInvocation(decodeAction(encodeAction(action, 64))!)!;
  return executeCommand(inv.command, inv.input, deps, log);
}

/** Presses the reply's button with this label; a reply without it fails the test. */
export async function pressButton(reply: Reply, label: string, deps: CommandDeps, log?: Logger): Promise<Reply> {
  const action = reply.actions.find((a) => a.label === label);
  if (!action) throw new Error(`no button ${label} in ${reply.actions.map((a) => a.label).join(", ")}`);
  return pressAction(action, deps, log);
}
