import { z } from "zod";
import { echo } from "../src/core/format.js";
import { infoReply, type ReplyAction, type ReplySection } from "../src/core/reply.js";
import { formatDate, waitingByDates } from "../src/core/deadline.js";
import type { DatedOpenSet } from "../src/core/corpus-view.js";
import { LIST_PAGE_OPTION, listPage, listPager, queryText } from "./common.js";
import { today } from "./onbeantwoord.js";
import { setsByPerson } from "./wie.js";
import { defineCommand } from "./types.js";

/** Ministers per page, and the longest waiting sets shown of each. */
const GROUPS_PER_PAGE = 8;
const MAX_PER_GROUP = 6;
/** Sets per page for one name or party. */
const PAGE_SIZE = 15;
/** Buttons for the longest waiting sets of a page of ministers. */
const GROUP_BUTTONS = 5;

function line(set: DatedOpenSet, date: string): string {
  const w = waitingByDates(set.submitted, set.due, date);
  const late = `${w.overdueDays} ${w.overdueDays === 1 ? "dag" : "dagen"} te laat`;
  const postponed = w.postponed ? ", na uitstel" : "";
  return `• ${set.title} — ingezonden ${formatDate(set.submitted)}, ${late}${postponed} · /set ${set.id}`;
}

const longestWaiting = (a: DatedOpenSet, b: DatedOpenSet) => (a.submitted !== b.submitted ? (a.submitted < b.submitted ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const termijn = defineCommand({
  name: "termijn",
  description: "Sets die over de antwoordtermijn zijn, per minister of voor één naam of partij",
  usage: "/termijn Van Weel",
  options: [
    { name: "naam", description: "Minister, Kamerlid of partij (optioneel)", type: "string", required: false },
    LIST_PAGE_OPTION,
  ],
  schema: z.object({ naam: queryText, pagina: listPage }),
  run({ naam, pagina }, deps) {
    const date = today(deps);
    const who = naam.trim();
    // Counted from the dates alone; only the rows of the page shown are read, never the sets.
    const match = who ? setsByPerson(deps.corpus, who, { unansweredOnly: true }) : null;
    const found = who && !match ? null : deps.corpus.deadlines(date, match?.filter);
    const total = found?.overdue ?? 0;
    const whoText = who ? ` voor «${echo(who, 40)}»` : "";
    if (!found || total === 0) {
      const waiting = found?.withinTerm ?? 0;
      const note =
        waiting === 0
          ? " Alleen sets uit de officiële import hebben een indieningsdatum; sets uit dumps tellen niet mee."
          : ` ${waiting} open ${waiting === 1 ? "set wacht" : "sets wachten"} nog binnen de termijn.`;
      return infoReply(`Er zijn geen sets over de termijn${whoText}.${note}`, "empty");
    }
    let sections: ReplySection[];
    let buttons: DatedOpenSet[];
    let pager;
    if (who) {
      pager = listPager(total, PAGE_SIZE, pagina, { command: "termijn", query: who });
      buttons = found.late(pager.offset, PAGE_SIZE);
      sections = [{ body: buttons.map((s) => line(s, date)).join("\n") }];
    } else {
      const groups = found.addressees();
      pager = listPager(groups.length, GROUPS_PER_PAGE, pagina, { command: "termijn", query: "" });
      const shown = groups.slice(pager.offset, pager.offset + GROUPS_PER_PAGE);
      const rows = shown.map((g) => found.late(0, MAX_PER_GROUP, g.addressee));
      // Groups in order of their longest wait, each group oldest first.
      sections = shown.map((g, i) => ({
        heading: `${g.addressee ?? "geadresseerde onbekend"} (${g.overdue})`,
        body: rows[i]!.map((s) => line(s, date)).join("\n") + (g.overdue > MAX_PER_GROUP ? `\n… en nog ${g.overdue - MAX_PER_GROUP}` : ""),
      }));
      const after = groups.length - pager.offset - shown.length;
      if (after > 0) sections.push({ body: `… en nog ${after} ministers. Kies er één met /termijn <naam>.` });
      buttons = rows.flat().sort(longestWaiting).slice(0, GROUP_BUTTONS);
    }
    const actions: ReplyAction[] = buttons.map((s, i) => ({ kind: "set", label: `Set ${i + 1}`, id: s.id, page: 0 }));
    return {
      title: `Over de termijn${whoText} (${total})`,
      subtitle: "Termijn: 3 weken na indienen, 6 weken na een uitstelbericht",
      sections,
      footer: `${pager.where}Open een set met de knoppen of met /set <id>.`,
      status: "unanswered",
      actions: [...actions, ...pager.nav],
      self: pager.self,
    };
  },
});
