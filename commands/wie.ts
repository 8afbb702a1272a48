import { z } from "zod";
import type { QuestionSet } from "../src/core/model.js";
import { echo, formatPeople } from "../src/core/format.js";
import { fold } from "../src/core/text.js";
import { infoReply } from "../src/core/reply.js";
import { queryText } from "./common.js";
import { defineCommand } from "./types.js";

const MAX_LISTED = 15;

/** True when every word of the name occurs in the person's name or party. */
function matchesPerson(needle: string[], text: string): boolean {
  const hay = fold(text).split(/[^a-z0-9+-]+/);
  return needle.every((w) => hay.some((h) => h === w || (w.length >= 4 && h.startsWith(w))));
}

export function setsByPerson(sets: QuestionSet[], who: string): { asked: QuestionSet[]; addressed: QuestionSet[] } {
  const needle = fold(who).split(/[^a-z0-9+-]+/).filter(Boolean);
  if (needle.length === 0) return { asked: [], addressed: [] };
  return {
    asked: sets.filter((s) => s.askers.some((a) => matchesPerson(needle, a.name) || (a.party !== null && matchesPerson(needle, a.party)))),
    addressed: sets.filter((s) => s.addressees.some((a) => matchesPerson(needle, a))),
  };
}

export const wie = defineCommand({
  name: "wie",
  description: "Sets gesteld door of gericht aan een persoon of partij",
  usage: "/wie Mutluer",
  options: [{ name: "naam", description: "Naam of partij, bijvoorbeeld Mutluer of VVD", type: "string", required: true }],
  schema: z.object({ naam: queryText }),
  run({ naam }, deps) {
    if (!naam.trim()) return infoReply("Over wie wil je het weten? Typ bijvoorbeeld /wie Mutluer of /wie VVD.", "empty");
    const { asked, addressed } = setsByPerson(deps.corpus.sets, naam);
    if (asked.length + addressed.length === 0) {
      const people = [...new Set(deps.corpus.sets.flatMap((s) => s.askers.map((a) => a.name)))].slice(0, 5);
      return infoReply(
        `Niemand gevonden voor «${echo(naam)}». Vragenstellers in de verzameling zijn onder anderen: ${people.join(", ")}.`,
        "empty",
      );
    }
    const list = (sets: QuestionSet[]) =>
      sets
        .slice(0, MAX_LISTED)
        .map((s) => `• ${s.title} (${s.id})`)
        .join("\n") + (sets.length > MAX_LISTED ? `\n… en nog ${sets.length - MAX_LISTED}` : "");
    const sections = [];
    if (asked.length) sections.push({ heading: `Gesteld (${asked.length})`, body: list(asked) });
    if (addressed.length) sections.push({ heading: `Gericht aan (${addressed.length})`, body: list(addressed) });
    const first = asked[0] ?? addressed[0]!;
    return {
      title: `Sets van «${echo(naam, 60)}»`,
      subtitle: formatPeople(first),
      sections,
      footer: "Open een set met /set <id>.",
      status: "info",
      actions: [...asked, ...addressed].slice(0, 5).map((s, i) => ({ kind: "set" as const, label: `Set ${i + 1}`, id: s.id, page: 0 })),
    };
  },
});
