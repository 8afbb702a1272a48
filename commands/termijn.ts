import { z } from "zod";
import { echo } from "../src/core/format.js";
import { infoReply, type ReplySection } from "../src/core/reply.js";
import { formatDate, waitingByDates } from "../src/core/deadline.js";
import type { DatedOpenSet } from "../src/core/corpus-view.js";
import { queryText } from "./common.js";
import { today } from "./onbeantwoord.js";
import { setsByPerson } from "./wie.js";
import { defineCommand } from "./types.js";

const MAX_GROUPS = 8;
const MAX_PER_GROUP = 6;
const MAX_LISTED = 20;

interface Late {
  set: DatedOpenSet;
  waiting: ReturnType<typeof waitingByDates>;
}

function line({ set, waiting: w }: Late): string {
  const late = `${w.overdueDays} ${w.overdueDays === 1 ? "dag" : "dagen"} te laat`;
  const postponed = w.postponed ? ", na uitstel" : "";
  return `• ${set.title} — ingezonden ${formatDate(set.submitted)}, ${late}${postponed} · /set ${set.id}`;
}

function list(rows: Late[], max: number): string {
  return rows.slice(0, max).map(line).join("\n") + (rows.length > max ? `\n… en nog ${rows.length - max}` : "");
}

export const termijn = defineCommand({
  name: "termijn",
  description: "Sets die over de antwoordtermijn zijn, per minister of voor één naam of partij",
  usage: "/termijn Van Weel",
  options: [{ name: "naam", description: "Minister, Kamerlid of partij (optioneel)", type: "string", required: false }],
  schema: z.object({ naam: queryText }),
  run({ naam }, deps) {
    const date = today(deps);
    const who = naam.trim();
    // Only the dates are read, never the sets: every open set with a submission date can be overdue.
    const match = who ? setsByPerson(deps.corpus, who, { unansweredOnly: true }) : null;
    const found = who && !match ? { overdue: [], withinTerm: 0 } : deps.corpus.deadlines(date, match?.filter);
    const overdue: Late[] = found.overdue.map((set) => ({ set, waiting: waitingByDates(set.submitted, set.due, date) }));
    const whoText = who ? ` voor «${echo(who, 40)}»` : "";
    if (overdue.length === 0) {
      const waiting = found.withinTerm;
      const note =
        waiting === 0
          ? " Alleen sets uit de officiële import hebben een indieningsdatum; sets uit dumps tellen niet mee."
          : ` ${waiting} open ${waiting === 1 ? "set wacht" : "sets wachten"} nog binnen de termijn.`;
      return infoReply(`Er zijn geen sets over de termijn${whoText}.${note}`, "empty");
    }
    let sections: ReplySection[];
    if (who) sections = [{ body: list(overdue, MAX_LISTED) }];
    else {
      const groups = new Map<string, Late[]>();
      for (const w of overdue) {
        const minister = w.set.addressee ?? "geadresseerde onbekend";
        const group = groups.get(minister);
        if (group) group.push(w);
        else groups.set(minister, [w]);
      }
      // Groups in order of their longest wait, since every group's list is already oldest first.
      sections = [...groups.entries()].slice(0, MAX_GROUPS).map(([minister, rows]) => ({ heading: `${minister} (${rows.length})`, body: list(rows, MAX_PER_GROUP) }));
      if (groups.size > MAX_GROUPS) sections.push({ body: `… en nog ${groups.size - MAX_GROUPS} ministers. Kies er één met /termijn <naam>.` });
    }
    return {
      title: `Over de termijn${whoText} (${overdue.length})`,
      subtitle: "Termijn: 3 weken na indienen, 6 weken na een uitstelbericht",
      sections,
      footer: "Open een set met /set <id>.",
      status: "unanswered",
      actions: overdue.slice(0, 5).map((w, i) => ({ kind: "set" as const, label: `Set ${i + 1}`, id: w.set.id, page: 0 })),
    };
  },
});
