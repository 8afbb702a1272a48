import { z } from "zod";
import type { QuestionSet } from "../src/core/model.js";
import { echo, formatPeople, snippet } from "../src/core/format.js";
import { fold } from "../src/core/text.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import type { SearchEngine } from "../src/core/search.js";
import type { Corpus } from "../src/core/corpus.js";
import { positiveInt, queryText } from "./common.js";
import { answerSummary } from "./render.js";
import { defineCommand } from "./types.js";

/** Questions per page, so a page stays well within every platform's limits. */
export const SET_PAGE_SIZE = 8;

/** By exact id, then by title words, then by the best search hit. */
export function findSet(corpus: Corpus, engine: SearchEngine, key: string): QuestionSet | null {
  const k = key.trim().toLowerCase();
  const byId = corpus.byId.get(k);
  if (byId) return byId;
  const folded = fold(key).trim();
  const titled = corpus.sets.find((s) => fold(s.title) === folded) ?? corpus.sets.find((s) => fold(s.title).includes(folded));
  if (titled) return titled;
  return engine.search(key, { limit: 1 })[0]?.set ?? null;
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
    if (!key.trim()) return infoReply("Welke set? Geef een id of een deel van de titel, bijvoorbeeld /set politiebegroting.", "empty");
    const found = findSet(deps.corpus, deps.engine, key);
    if (!found) return infoReply(`Geen set gevonden voor «${echo(key)}». Probeer /zoek met een paar woorden.`, "empty");
    const pages = Math.max(1, Math.ceil(found.questions.length / SET_PAGE_SIZE));
    const page = Math.min(pagina, pages);
    const shown = found.questions.slice((page - 1) * SET_PAGE_SIZE, page * SET_PAGE_SIZE);
    const answered = found.questions.filter((q) => q.answer).length;
    const actions: ReplyAction[] = [];
    if (page > 1) actions.push({ kind: "set", label: "◀ Vorige pagina", id: found.id, page: page - 2 });
    if (page < pages) actions.push({ kind: "set", label: "Volgende pagina ▶", id: found.id, page });
    return {
      title: found.title,
      subtitle: formatPeople(found),
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
