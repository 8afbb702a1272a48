import { z } from "zod";
import { echo, formatPeople } from "../src/core/format.js";
import { infoReply } from "../src/core/reply.js";
import { noDumps, queryText } from "./common.js";
import { setsByPerson } from "./wie.js";
import { defineCommand } from "./types.js";

const MAX_LISTED = 15;

export const onbeantwoord = defineCommand({
  name: "onbeantwoord",
  description: "Sets die nog geen antwoord hebben, eventueel van één partij of persoon",
  usage: "/onbeantwoord PvdA",
  options: [{ name: "partij", description: "Partij of naam (optioneel)", type: "string", required: false }],
  schema: z.object({ partij: queryText }),
  run({ partij }, deps) {
    const noSets = noDumps(deps);
    if (noSets) return noSets;
    const byWho = partij.trim() ? setsByPerson(deps.corpus, partij, { unansweredOnly: true }).asked : null;
    const { total, sets } = byWho ? { total: byWho.length, sets: byWho.slice(0, MAX_LISTED) } : deps.corpus.unanswered(MAX_LISTED);
    const who = partij.trim() ? ` van «${echo(partij, 40)}»` : "";
    if (total === 0) return infoReply(`Er zijn geen onbeantwoorde sets${who}.`, "empty");
    return {
      title: `Onbeantwoorde sets${who} (${total})`,
      sections: sets.map((s) => ({
        heading: s.title,
        body: [formatPeople(s), `${s.questions.length} vragen`, s.id, s.notice ? "uitstel gemeld" : ""].filter(Boolean).join(" · "),
      })),
      footer: total > MAX_LISTED ? `… en nog ${total - MAX_LISTED}. Open een set met /set <id>.` : "Open een set met /set <id>.",
      status: "unanswered",
      actions: sets.slice(0, 5).map((s, i) => ({ kind: "set" as const, label: `Set ${i + 1}`, id: s.id, page: 0 })),
    };
  },
});
