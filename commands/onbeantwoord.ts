import { z } from "zod";
import { echo, formatPeople } from "../src/core/format.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import { waitingOf, waitingText } from "../src/core/deadline.js";
import { localTime } from "../src/core/zoned-time.js";
import { LIST_PAGE_OPTION, listPage, listPager, noDumps, queryText } from "./common.js";
import { setsByPerson } from "./wie.js";
import { defineCommand, type CommandDeps } from "./types.js";

/** Sets per page. */
const PAGE_SIZE = 15;

/** Today's date where the team lives (the digest time zone). */
export function today(deps: CommandDeps): string {
  return localTime(deps.now?.() ?? new Date(), deps.timeZone ?? "Europe/Amsterdam").date;
}

export const onbeantwoord = defineCommand({
  name: "onbeantwoord",
  description: "Sets die nog geen antwoord hebben, eventueel van één partij of persoon",
  usage: "/onbeantwoord PvdA",
  options: [
    { name: "partij", description: "Partij of naam (optioneel)", type: "string", required: false },
    LIST_PAGE_OPTION,
  ],
  schema: z.object({ partij: queryText, pagina: listPage }),
  run({ partij, pagina }, deps) {
    const noSets = noDumps(deps);
    if (noSets) return noSets;
    const who = partij.trim();
    // Longest waiting first over the whole selection; only the page shown is read.
    const match = who ? setsByPerson(deps.corpus, who, { unansweredOnly: true }) : null;
    const total = who ? (match?.sets.asked ?? 0) : deps.corpus.openSets(0, 0).total;
    const whoText = who ? ` van «${echo(who, 40)}»` : "";
    if (total === 0) return infoReply(`Er zijn geen onbeantwoorde sets${whoText}.`, "empty");
    const pager = listPager(total, PAGE_SIZE, pagina, { command: "onbeantwoord", query: who });
    const ids = match ? match.sets.ids("asker", pager.offset, PAGE_SIZE, "waiting") : deps.corpus.openSets(pager.offset, PAGE_SIZE).ids;
    const sets = deps.corpus.getMany(ids);
    const date = today(deps);
    // The askers only: who asked is what the party filter is about.
    const overdue = deps.corpus.deadlines(date, match ? { ...match.filter, addressee: null } : undefined).overdue;
    const actions: ReplyAction[] = sets.map((s, i) => ({ kind: "set", label: `Set ${i + 1}`, id: s.id, page: 0 }));
    return {
      title: `Onbeantwoorde sets${whoText} (${total})`,
      subtitle: overdue ? `${overdue} over de termijn: zie /termijn` : undefined,
      sections: sets.map((s) => {
        const waiting = waitingOf(s, date);
        return {
          heading: s.title,
          body: [formatPeople(s), `${s.questions.length} vragen`, s.id, waiting ? waitingText(waiting) : s.notice ? "uitstel gemeld" : ""].filter(Boolean).join(" · "),
        };
      }),
      footer: `${pager.where}Open een set met de knoppen of met /set <id>.`,
      status: "unanswered",
      actions: [...actions, ...pager.nav],
      self: pager.self,
    };
  },
});
