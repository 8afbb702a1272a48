/** The one list of commands every front end serves. */
import type { Command } from "./types.js";
import { vraag } from "./vraag.js";
import { zoek } from "./zoek.js";
import { eerder } from "./eerder.js";
import { set } from "./set.js";
import { wie } from "./wie.js";
import { onbeantwoord } from "./onbeantwoord.js";
import { termijn } from "./termijn.js";
import { over } from "./over.js";
import { makeHelp } from "./help.js";
import { digest } from "./digest.js";
import { volg, ontvolg } from "./volg.js";

export const help = makeHelp(() => commands);

export const commands: Command[] = [vraag, zoek, eerder, set, wie, onbeantwoord, termijn, volg, ontvolg, digest, help, over] as Command[];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}
