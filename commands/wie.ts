import { z } from "zod";
import { echo } from "../src/core/format.js";
import { fold } from "../src/core/text.js";
import { editDistance, typoBudget } from "../src/core/analysis.js";
import { infoReply } from "../src/core/reply.js";
import { LIST_PAGE_OPTION, listPage, noDumps, pagedSetList, queryText, type ListEntry } from "./common.js";
import { defineCommand } from "./types.js";
import type { CorpusView, PeopleFilter, PeopleSets } from "../src/core/corpus-view.js";

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
  /** The test that found them, to ask the corpus more about the same people. */
  filter: PeopleFilter;
  /** Their sets, counted; read a page at a time. */
  sets: PeopleSets;
  /** True when only a typo-tolerant match found anyone. */
  approximate: boolean;
}

function filterFor(needle: string[], typos: boolean, unansweredOnly: boolean): PeopleFilter {
  return {
    asker: (name, party) => matchesPerson(needle, name, typos) || (party !== null && matchesPerson(needle, party, typos)),
    addressee: (name) => matchesPerson(needle, name, typos),
    unansweredOnly,
  };
}

/** Exact matches first; only when nobody matches exactly, the same typo tolerance as search. Null for no words. */
export function setsByPerson(corpus: CorpusView, who: string, options: { unansweredOnly?: boolean } = {}): PersonMatch | null {
  const needle = tokens(who);
  if (needle.length === 0) return null;
  const unansweredOnly = options.unansweredOnly ?? false;
  const exact = filterFor(needle, false, unansweredOnly);
  const sets = corpus.people(exact);
  if (sets.asked + sets.addressed > 0) return { filter: exact, sets, approximate: false };
  const near = filterFor(needle, true, unansweredOnly);
  return { filter: near, sets: corpus.people(near), approximate: true };
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
    LIST_PAGE_OPTION,
  ],
  schema: z.object({ naam: queryText, pagina: listPage }),
  run({ naam, pagina }, deps) {
    const empty = noDumps(deps);
    if (empty) return empty;
    if (!naam.trim()) return infoReply("Over wie wil je het weten? Typ bijvoorbeeld /wie Mutluer of /wie VVD.", "empty");
    const match = setsByPerson(deps.corpus, naam);
    const asked = match?.sets.asked ?? 0;
    const addressed = match?.sets.addressed ?? 0;
    if (!match || asked + addressed === 0) {
      const people = deps.corpus.askerNames(5);
      return infoReply(
        `Niemand gevonden voor «${echo(naam)}».${people.length ? ` Vragenstellers in de verzameling zijn onder anderen: ${people.join(", ")}.` : ""}`,
        "empty",
      );
    }
    const both = asked > 0 && addressed > 0;
    // Asked sets first, then addressed ones; only the page shown is read.
    const load = (offset: number, limit: number): ListEntry[] => {
      const askedIds = offset < asked ? match.sets.ids("asker", offset, Math.min(limit, asked - offset)) : [];
      const rest = limit - askedIds.length;
      const addressedIds = rest > 0 ? match.sets.ids("addressee", Math.max(0, offset - asked), rest) : [];
      return [
        ...deps.corpus.getMany(askedIds).map((set) => ({ set, note: both ? "gesteld" : undefined })),
        ...deps.corpus.getMany(addressedIds).map((set) => ({ set, note: both ? "gericht aan" : undefined })),
      ];
    };
    const list = pagedSetList(asked + addressed, pagina, { command: "wie", query: naam.trim() }, load);
    return {
      title: `${echo(naam, 60)}: ${countSets(asked)} gesteld, ${addressed} gericht aan`,
      subtitle: `${match.approximate ? "Bij benadering gevonden" : "Gevonden"}: ${listNames(match.sets.names)}`,
      sections: list.sections,
      footer: `${list.where}Open een set met de knoppen of met /set <id>.`,
      status: "info",
      actions: list.actions,
      self: list.self,
    };
  },
});
