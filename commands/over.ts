import { z } from "zod";
import { noDumpsText } from "./common.js";
import { defineCommand } from "./types.js";

/** "29 november 2026 om 08:50" in the digest's time zone, the same clock the log uses. */
function formatWhen(when: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone }).format(when);
}

export const over = defineCommand({
  name: "over",
  description: "Wat de verzameling bevat en wanneer die is bijgewerkt",
  usage: "/over",
  options: [],
  schema: z.object({}),
  run(_input, deps) {
    const s = deps.corpus.stats;
    const zone = deps.timeZone ?? "Europe/Amsterdam";
    const skipped = deps.info.skippedFiles ?? 0;
    const read = s.filesLoaded;
    const files = `${read} ${read === 1 ? "bestand" : "bestanden"}`;
    const skippedLine =
      skipped > 0
        ? `${skipped} ${skipped === 1 ? "bestand" : "bestanden"} overgeslagen (onleesbaar of geen export; zie npm run --silent cli -- check).`
        : null;
    const times = deps.info.updatedAt
      ? `Nieuwste dump: ${formatWhen(deps.info.updatedAt, zone)}; ingelezen ${formatWhen(deps.info.loadedAt, zone)} (tijden in ${zone}).`
      : `Ingelezen: ${formatWhen(deps.info.loadedAt, zone)} (tijden in ${zone}).`;
    const empty = noDumpsText(deps.corpus, deps.info);
    const lines = empty
      ? [empty, times]
      : [
          `${s.sets} sets met ${s.questions} vragen uit ${files}.`,
          skippedLine,
          `${s.answered} vragen beantwoord, ${s.unanswered} nog open (${s.unansweredSets} sets zonder antwoord).`,
          `${s.referencesResolved} antwoorden verwijzen naar een ander antwoord; die worden meteen getoond.`,
          times,
        ];
    return {
      title: "Over deze verzameling",
      sections: [{ body: lines.filter((l): l is string => l !== null).join("\n") }],
      status: "info",
      actions: [],
    };
  },
});
