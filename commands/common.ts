/** Messages and helpers that several commands share. */
import { z } from "zod";
import type { Reply } from "../src/core/reply.js";
import { infoReply } from "../src/core/reply.js";
import { echo } from "../src/core/format.js";
import type { CommandDeps } from "./types.js";

/** Accepts anything a user can paste; long input is cut, never refused. */
export const queryText = z
  .string()
  .default("")
  .transform((s) => s.slice(0, 500));

export const positiveInt = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).catch(fallback).default(fallback);

/** The reply for a query with no hits: suggestions instead of silence. */
export function noResults(query: string, deps: CommandDeps, command: string): Reply {
  const analyzed = deps.engine.analyze(query);
  if (analyzed.empty) {
    return infoReply(
      `Je zoekterm «${echo(query)}» bevat geen woorden waarop ik kan zoeken (alleen veelvoorkomende woorden of tekens). Probeer een specifieker woord, bijvoorbeeld /${command} politiebegroting.`,
      "empty",
    );
  }
  const lines = [`Geen vragen gevonden voor «${echo(query)}».`];
  const near = deps.engine.suggestions(query);
  if (near.length) lines.push(`Bedoelde je: ${near.map((w) => `«${w}»`).join(", ")}?`);
  const titles = [...new Set(deps.corpus.sets.map((s) => s.title))].slice(0, 3).map((t) => `• ${t}`);
  if (titles.length) lines.push(`Onderwerpen in de verzameling zijn bijvoorbeeld:\n${titles.join("\n")}`);
  lines.push("Tip: /zoek toont meerdere resultaten, /wie zoekt op naam of partij.");
  return infoReply(lines.join("\n\n"), "empty");
}

export function askForQuery(command: string, example: string): Reply {
  return infoReply(`Waar wil je naar zoeken? Typ bijvoorbeeld /${command} ${example}.`, "empty");
}
