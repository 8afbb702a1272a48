import { z } from "zod";
import { echo } from "../src/core/format.js";
import { infoReply, type ReplySection } from "../src/core/reply.js";
import { formatDate, waitingOf, type Waiting } from "../src/core/deadline.js";
import { queryText } from "./common.js";
import { today } from "./onbeantwoord.js";
import { setsByPerson } from "./wie.js";
import { defineCommand } from "./types.js";

const MAX_GROUPS = 8;
const MAX_PER_GROUP = 6;
const MAX_LISTED = 20;

function line(w: Waiting): string {
  const late = `${w.overdueDays} ${w.overdueDays === 1 ? "dag" : "dagen"} te laat`;
  const postponed = w.postponed ? ", na uitstel" : "";
  return `• ${w.set.title} — ingezonden ${formatDate(w.submitted)}, ${late}${postponed} · /set ${w.set.id}`;
}

function list(rows: Waiting[], max: number): string {
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
    const all = [...deps.corpus.all()].map((s) => waitingOf(s, date)).filter((w): w is Waiting => w !== null);
    let overdue = all.filter((w) => w.overdueDays > 0).sort((a, b) => b.days - a.days || a.set.id.localeCompare(b.set.id));
    const who = naam.trim();
    if (who) {
      const { asked, addressed } = setsByPerson(deps.corpus, who, { unansweredOnly: true });
      const ids = new Set([...asked, ...addressed].map((s) => s.id));
      overdue = overdue.filter((w) => ids.has(w.set.id));
    }
    const whoText = who ? ` voor «${echo(who, 40)}»` : "";
    if (overdue.length === 0) {
      const note =
        all.length === 0
          ? " Alleen sets uit de officiële import hebben een indieningsdatum; sets uit dumps tellen niet mee."
          : ` ${all.length} open ${all.length === 1 ? "set wacht" : "sets wachten"} nog binnen de termijn.`;
      return infoReply(`Er zijn geen sets over de termijn${whoText}.${note}`, "empty");
    }
    let sections: ReplySection[];
    if (who) sections = [{ body: list(overdue, MAX_LISTED) }];
    else {
      const groups = new Map<string, Waiting[]>();
      for (const w of overdue) {
        const minister = w.set.addressees[0] ?? "geadresseerde onbekend";
        groups.set(minister, [...(groups.get(minister) ?? []), w]);
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
