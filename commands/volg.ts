import { z } from "zod";
import { errorReply, infoReply } from "../src/core/reply.js";
import { echo } from "../src/core/format.js";
import { findSet } from "./set.js";
import { dmTarget, targetChannel } from "../src/core/target.js";
import { defineCommand, type CommandDeps } from "./types.js";

const FOLLOW_ELSEWHERE = "Volgen en ontvolgen werken in Discord en Telegram; hier in de console volg je niets.";

/** Private chats get their own notices; in a channel only managers follow for everyone, others get a DM. */
async function delivery(deps: CommandDeps): Promise<{ channel: string; where: string }> {
  const { caller } = deps;
  if (caller.isPrivate) return { channel: targetChannel(caller.target), where: "in dit gesprek" };
  if (await caller.canManage()) return { channel: targetChannel(caller.target), where: "in dit kanaal" };
  return { channel: targetChannel(dmTarget(caller.platform, caller.userId)), where: "in een privébericht" };
}

function listWatches(deps: CommandDeps) {
  const watches = deps.subscriptions!.watchesOf(deps.caller.platform as "discord" | "telegram", deps.caller.userId);
  if (watches.length === 0) return infoReply("Je volgt nog niets. Volg een onderwerp met /volg femicide of een set met /volg set <id>.");
  return {
    title: "Wat je volgt",
    sections: [{ body: watches.map((w) => `${w.id}. ${w.kind === "set" ? `set ${w.value}` : `«${w.value}»`}`).join("\n") }],
    footer: "Stoppen: /ontvolg <nummer> of /ontvolg alles",
    status: "info" as const,
    actions: [],
  };
}

export const volg = defineCommand({
  name: "volg",
  description: "Krijg bericht bij nieuwe sets of antwoorden over een onderwerp of set",
  usage: "/volg femicide  of  /volg set <id>",
  options: [{ name: "wat", description: "Zoekterm, of ‘set <id>’ voor één set; leeg toont wat je volgt", type: "string", required: false }],
  schema: z.object({ wat: z.string().default("").transform((s) => s.trim().slice(0, 200)) }),
  async run({ wat }, deps) {
    if (!deps.subscriptions) return infoReply("Volgen is hier niet beschikbaar (geen database ingesteld).", "error");
    if (deps.caller.platform === "console") return infoReply(FOLLOW_ELSEWHERE);
    if (!wat) return listWatches(deps);
    const setMatch = /^set\s+(.+)$/i.exec(wat);
    const now = (deps.now ?? (() => new Date()))().toISOString();
    const { channel, where } = await delivery(deps);
    const platform = deps.caller.platform;
    if (setMatch) {
      const found = findSet(deps.corpus, deps.engine, setMatch[1]!);
      if (!found) return errorReply(`Geen set gevonden voor «${echo(setMatch[1]!)}».`);
      const { created } = deps.subscriptions.addWatch({ platform, channel, userId: deps.caller.userId, kind: "set", value: found.id, createdAt: now });
      return infoReply(`${created ? "Je volgt nu" : "Je volgde al"} «${found.title}» (${found.id}). Je hoort het ${where} zodra er antwoorden bij komen.`);
    }
    if (deps.engine.analyze(wat).empty) return errorReply("Geef een onderwerp met minstens één betekenisvol woord, bijvoorbeeld /volg femicide.");
    const { created } = deps.subscriptions.addWatch({ platform, channel, userId: deps.caller.userId, kind: "query", value: wat, createdAt: now });
    return infoReply(`${created ? "Je volgt nu" : "Je volgde al"} «${echo(wat, 60)}». Je hoort het ${where} bij nieuwe sets en antwoorden die erbij passen.`);
  },
});

export const ontvolg = defineCommand({
  name: "ontvolg",
  description: "Stop met volgen: een nummer uit /volg, of alles",
  usage: "/ontvolg 2  of  /ontvolg alles",
  options: [{ name: "nummer", description: "Nummer uit /volg, of ‘alles’", type: "string", required: true }],
  schema: z.object({ nummer: z.string().default("").transform((s) => s.trim().toLowerCase()) }),
  run({ nummer }, deps) {
    if (!deps.subscriptions) return infoReply("Volgen is hier niet beschikbaar (geen database ingesteld).", "error");
    if (deps.caller.platform === "console") return infoReply(FOLLOW_ELSEWHERE);
    const platform = deps.caller.platform as "discord" | "telegram";
    if (nummer === "alles") {
      const n = deps.subscriptions.removeAllWatches(platform, deps.caller.userId);
      return infoReply(n ? `Je volgt niets meer (${n} weggehaald).` : "Je volgde niets.");
    }
    const id = Number(nummer);
    if (!Number.isInteger(id) || id <= 0) return listWatches(deps);
    return deps.subscriptions.removeWatch(id, platform, deps.caller.userId)
      ? infoReply(`Nummer ${id} volg je niet meer.`)
      : errorReply(`Je volgt niets met nummer ${id}. Bekijk je lijst met /volg.`);
  },
});
