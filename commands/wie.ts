import { z } from "zod";
import type { QuestionSet } from "../src/core/model.js";
import { echo, formatAsker } from "../src/core/format.js";
import { fold } from "../src/core/text.js";
import { editDistance, typoBudget } from "../src/core/analysis.js";
import { infoReply } from "../src/core/reply.js";
import { noDumps, positiveInt, queryText, setListPage, type ListEntry } from "./common.js";
import { defineCommand } from "./types.js";
import type { CorpusView } from "../src/core/corpus-view.js";

const tokens = (text: string) => fold(text).split(/[^a-z0-9+-]+/).filter(Boolean);

/**
 * Whether every typed word occurs in the name or party: whole, as the start of
 * a word, or, when `typos` is on, as search allows typos (same first letter,
 * one edit from 4 letters, two from 8).
 */
function matchesPerson(needle: string[], text: string, typos: boolean): boolean {
  const hay = tokens(text);
  return needle.every((w) =>
    hay.some(
      (h) =>
        h === w ||
        (w.length >= 4 && h.startsWith(w)) ||
        (typos && typoBudget(w) > 0 && !/^\d+$/.test(w) && h[0] === w[0] && editDistance(w, h, typoBudget(w)) <= typoBudget(w)),
    ),
  );
}

export interface PersonMatch {
  asked: QuestionSet[];
  addressed: QuestionSet[];
  /** The people (with party) and addressees the words matched, as shown to readers. */
  names: string[];
  /** True when only a typo-tolerant match found anyone. */
  approximate: boolean;
}

function matchWith(corpus: CorpusView, needle: string[], typos: boolean, unansweredOnly: boolean): PersonMatch {
  const names = new Set<string>();
  const askerMatches = (name: string, party: string | null) => matchesPerson(needle, name, typos) || (party !== null && matchesPerson(needle, party, typos));
  const found = corpus.byPeople(askerMatches, (name) => matchesPerson(needle, name, typos), { unansweredOnly });
  const asked = found.asked.filter((s) => {
    const hits = s.askers.filter((a) => matchesPerson(needle, a.name, typos) || (a.party !== null && matchesPerson(needle, a.party, typos)));
    for (const a of hits) names.add(formatAsker(a));
    return hits.length > 0;
  });
  const addressed = found.addressed.filter((s) => {
    const hits = s.addressees.filter((a) => matchesPerson(needle, a, typos));
    for (const a of hits) names.add(a);
    return hits.length > 0;
  });
  return { asked, addressed, names: [...names], approximate: typos };
}

/** Exact matches first; only when nobody matches exactly, the same typo tolerance as search. */
export function setsByPerson(corpus: CorpusView, who: string, options: { unansweredOnly?: boolean } = {}): PersonMatch {
  const needle = tokens(who);
  if (needle.length === 0) return { asked: [], addressed: [], names: [], approximate: false };
  const unansweredOnly = options.unansweredOnly ?? false;
  const exact = matchWith(corpus, needle, false, unansweredOnly);
  if (exact.asked.length + exact.addressed.length > 0) return exact;
  return matchWith(corpus, needle, true, unansweredOnly);
}

const countSets = (n: number) => `${n} ${n === 1 ? "set" : "sets"}`;

function listNames(names: string[]): string {
  const shown = names.slice(0, 4).join(", ");
  return names.length > 4 ? `${shown} en ${names.length - 4} anderen` : shown;
}

export const wie = defineCommand({
  name: "wie",
  description: "Sets gesteld door of gericht aan een persoon of partij",
  usage: "/wie Mutluer",
  options: [
    { name: "naam", description: "Naam of partij, bijvoorbeeld Mutluer of VVD", type: "string", required: true },
    { name: "pagina", description: "Welke pagina van de lijst", type: "integer", required: false, min: 1, max: 50 },
  ],
  schema: z.object({ naam: queryText, pagina: positiveInt(50, 1) }),
  run({ naam, pagina }, deps) {
    const empty = noDumps(deps);
    if (empty) return empty;
    if (!naam.trim()) return infoReply("Over wie wil je het weten? Typ bijvoorbeeld /wie Mutluer of /wie VVD.", "empty");
    const match = setsByPerson(deps.corpus, naam);
    const { asked, addressed } = match;
    if (asked.length + addressed.length === 0) {
      const people = deps.corpus.askerNames(5);
      return infoReply(
        `Niemand gevonden voor «${echo(naam)}».${people.length ? ` Vragenstellers in de verzameling zijn onder anderen: ${people.join(", ")}.` : ""}`,
        "empty",
      );
    }
    const both = asked.length > 0 && addressed.length > 0;
    const entries: ListEntry[] = [
      ...asked.map((set) => ({ set, note: both ? "gesteld" : undefined })),
      ...addressed.map((set) => ({ set, note: both ? "gericht aan" : undefined })),
    ];
    const list = setListPage(entries, pagina, { command: "wie", query: naam.trim() });
    return {
      title: `${echo(naam, 60)}: ${countSets(asked.length)} gesteld, ${addressed.length} gericht aan`,
      subtitle: `${match.approximate ? "Bij benadering gevonden" : "Gevonden"}: ${listNames(match.names)}`,
      sections: list.sections,
      footer: `${list.where}Open een set met de knoppen of met /set <id>.`,
      status: "info",
      actions: list.actions,
      self: list.self,
    };
  },
});
