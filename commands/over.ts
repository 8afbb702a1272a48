import { z } from "zod";
import { defineCommand } from "./types.js";

const DATE = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export const over = defineCommand({
  name: "over",
  description: "Wat de verzameling bevat en wanneer die is bijgewerkt",
  usage: "/over",
  options: [],
  schema: z.object({}),
  run(_input, deps) {
    const s = deps.corpus.stats;
    return {
      title: "Over deze verzameling",
      sections: [
        {
          body: [
            `${s.sets} sets met ${s.questions} vragen uit ${deps.info.files.length} ${deps.info.files.length === 1 ? "bestand" : "bestanden"}.`,
            `${s.answered} vragen beantwoord, ${s.unanswered} nog open (${s.unansweredSets} sets zonder antwoord).`,
            `${s.referencesResolved} antwoorden verwijzen naar een ander antwoord; die worden meteen getoond.`,
            deps.info.updatedAt ? `Nieuwste dump: ${DATE.format(deps.info.updatedAt)}; ingelezen ${DATE.format(deps.info.loadedAt)}.` : `Ingelezen: ${DATE.format(deps.info.loadedAt)}.`,
          ].join("\n"),
        },
      ],
      status: "info",
      actions: [],
    };
  },
});
