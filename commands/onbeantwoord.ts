import { z } from "zod";
import { echo, formatPeople } from "../src/core/format.js";
import { infoReply } from "../src/core/reply.js";
import { waitingOf, waitingText, type Waiting } from "../src/core/deadline.js";
import { localTime } from "../src/core/zoned-time.js";
import type { QuestionSet } from "../src/core/model.js";
import { noDumps, queryText } from "./common.js";
import { setsByPerson } from "./wie.js";
import { defineCommand, type CommandDeps } from "./types.js";

const MAX_LISTED = 15;

/** Today's date where the team lives (the digest time zone). */
export function today(deps: CommandDeps): string {
  return localTime(deps.now?.() ?? new Date(), deps.timeZone ?? "Europe/Amsterdam").date;
}

/** Open sets with a submission date first, longest waiting first; dump sets (no date) after, in corpus order. */
export function byWaiting(sets: QuestionSet[], date: string): { set: QuestionSet; waiting: Waiting | null }[] {
  const rows = sets.map((set) => ({ set, waiting: waitingOf(set, date) }));
  return rows
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => (b.waiting?.days ?? -1) - (a.waiting?.days ?? -1) || a.i - b.i)
    .map(({ set, waiting }) => ({ set, waiting }));
}

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
    const rows = byWaiting(sets, today(deps));
    const overdue = rows.filter((r) => r.waiting && r.waiting.overdueDays > 0).length;
    return {
      title: `Onbeantwoorde sets${who} (${total})`,
      subtitle: overdue ? `${overdue} over de termijn: zie /termijn` : undefined,
      sections: rows.map(({ set: s, waiting }) => ({
        heading: s.title,
        body: [formatPeople(s), `${s.questions.length} vragen`, s.id, waiting ? waitingText(waiting) : s.notice ? "uitstel gemeld" : ""]
          .filter(Boolean)
          .join(" · "),
      })),
      footer: total > MAX_LISTED ? `… en nog ${total - MAX_LISTED}. Open een set met /set <id>.` : "Open een set met /set <id>.",
      status: "unanswered",
      actions: rows.slice(0, 5).map(({ set: s }, i) => ({ kind: "set" as const, label: `Set ${i + 1}`, id: s.id, page: 0 })),
    };
  },
});
