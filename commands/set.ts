import { z } from "zod";
import type { QuestionSet } from "../src/core/model.js";
import { echo, snippet } from "../src/core/format.js";
import { fold } from "../src/core/text.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import type { SearchEngine } from "../src/core/search.js";
import type { CorpusView } from "../src/core/corpus-view.js";
import { noDumps, positiveInt, queryText, setListPage } from "./common.js";
import { answerSummary, setSubtitle, setUrl } from "./render.js";
import { defineCommand } from "./types.js";

/** Questions per page, so a page stays well within every platform's limits. */
export const SET_PAGE_SIZE = 8;

/** More sets with the same words in the title than anyone would choose from. */
const MAX_TITLED = 100;

/** A search hit decides alone only when it clearly beats the next set. */
const CLEAR_LEAD = 1.5;

/**
 * The sets a key may mean, best first: the exact id; else every set with that
 * title; else every set whose title contains the words; else the search hits,
 * unless one set clearly leads. One entry means there is nothing to choose.
 */
export function findSets(corpus: CorpusView, engine: SearchEngine, key: string): QuestionSet[] {
  const byId = corpus.get(key.trim().toLowerCase());
  if (byId) return [byId];
  const folded = fold(key).replace(/\s+/g, " ").trim();
  if (!folded) return [];
  const same = corpus.setsTitled(folded, "equals", MAX_TITLED);
  if (same.length) return same;
  const titled = corpus.setsTitled(folded, "contains", MAX_TITLED);
  if (titled.length) return titled;
  const best = new Map<string, { set: QuestionSet; score: number }>();
  for (const h of engine.search(key, { limit: 20 })) if (!best.has(h.set.id)) best.set(h.set.id, { set: h.set, score: h.score });
  const ranked = [...best.values()];
  if (ranked.length > 1 && ranked[0]!.score >= CLEAR_LEAD * ranked[1]!.score) return [ranked[0]!.set];
  return ranked.map((r) => r.set);
}

/** The best single match, for callers that cannot ask back. */
export function findSet(corpus: CorpusView, engine: SearchEngine, key: string): QuestionSet | null {
  return findSets(corpus, engine, key)[0] ?? null;
}

export const set = defineCommand({
  name: "set",
  description: "Toon een hele set vragen met de antwoorden",
  usage: "/set politiebegroting",
  options: [
    { name: "set", description: "Id of titel van de set", type: "string", required: true, autocomplete: true },
    { name: "pagina", description: "Welke pagina van de set", type: "integer", required: false, min: 1, max: 50 },
  ],
  schema: z.object({ set: queryText, pagina: positiveInt(50, 1) }),
  run({ set: key, pagina }, deps) {
    const empty = noDumps(deps);
    if (empty) return empty;
    if (!key.trim()) return infoReply("Welke set? Geef een id of een deel van de titel, bijvoorbeeld /set politiebegroting.", "empty");
    const candidates = findSets(deps.corpus, deps.engine, key);
    const found = candidates[0];
    if (!found) return infoReply(`Geen set gevonden voor «${echo(key)}». Probeer /zoek met een paar woorden.`, "empty");
    if (candidates.length > 1) {
      const list = setListPage(candidates.map((set) => ({ set })), pagina, { command: "set", query: key.trim() });
      return {
        title: `Welke set bedoel je met «${echo(key, 60)}»?`,
        subtitle: `${candidates.length} sets passen hierbij.`,
        sections: list.sections,
        footer: `${list.where}Kies een set met de knoppen of met /set <id>.`,
        status: "info",
        actions: list.actions,
        self: list.self,
      };
    }
    const pages = Math.max(1, Math.ceil(found.questions.length / SET_PAGE_SIZE));
    const page = Math.min(pagina, pages);
    const shown = found.questions.slice((page - 1) * SET_PAGE_SIZE, page * SET_PAGE_SIZE);
    const answered = found.questions.filter((q) => q.answer).length;
    const actions: ReplyAction[] = [];
    if (page > 1) actions.push({ kind: "set", label: "◀ Vorige pagina", id: found.id, page: page - 2 });
    if (page < pages) actions.push({ kind: "set", label: "Volgende pagina ▶", id: found.id, page });
    return {
      title: found.title,
      subtitle: setSubtitle(found),
      ...setUrl(found),
      sections: shown.map((q) => ({
        heading: `Vraag ${q.number}`,
        body: `${snippet(q.text, 220)}\n↳ ${answerSummary(q, 200)}`,
      })),
      footer: `Set ${found.id} · ${found.questions.length} vragen, ${answered} beantwoord · pagina ${page} van ${pages}`,
      status: answered > 0 ? "answered" : "unanswered",
      actions,
      self: { kind: "set", label: "", id: found.id, page: page - 1 },
    };
  },
});
