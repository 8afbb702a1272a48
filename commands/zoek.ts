import { z } from "zod";
import { echo, snippet } from "../src/core/format.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import { highlight, queryTerms } from "../src/core/highlight.js";
import { spreadOverSets } from "../src/core/search.js";
import { askForQuery, describeSet, noResults, positiveInt, queryText } from "./common.js";
import { answerSummary } from "./render.js";
import { defineCommand } from "./types.js";

/** A list pages on to this many results at most (the same limit as /vraag's result number). */
const MAX_LISTED = 50;

export const zoek = defineCommand({
  name: "zoek",
  description: "Toon de beste resultaten als korte lijst",
  usage: "/zoek femicide",
  options: [
    { name: "zoekterm", description: "Woorden, namen of partijen", type: "string", required: true, autocomplete: true },
    { name: "aantal", description: "Hoeveel resultaten (standaard 5, hoogstens 10)", type: "integer", required: false, min: 1, max: 10 },
  ],
  // `vanaf` has no option of its own: the "Meer" button sets it.
  schema: z.object({ zoekterm: queryText, aantal: positiveInt(10, 5), vanaf: positiveInt(MAX_LISTED, 1) }),
  run({ zoekterm, aantal, vanaf }, deps) {
    if (!zoekterm.trim()) return askForQuery("zoek", "femicide");
    const offset = vanaf - 1;
    // The list is the hits /vraag ranks, spread over sets: a button opens its hit at its /vraag place, so "Volgende" there goes on from it.
    const ranked = deps.engine.search(zoekterm, { limit: MAX_LISTED });
    const listed = spreadOverSets(ranked);
    const hits = listed.slice(offset, offset + aantal);
    if (hits.length === 0) return offset > 0 ? infoReply(`Er zijn geen verdere resultaten voor «${echo(zoekterm)}».`, "empty") : noResults(zoekterm, deps, "zoek");
    const actions: ReplyAction[] = hits.map((h, i) => ({ kind: "hit", label: `${offset + i + 1}`, query: zoekterm, index: ranked.indexOf(h) }));
    if (listed.length > offset + aantal) actions.push({ kind: "more", label: "Meer ▶", query: zoekterm, offset: offset + aantal });
    const terms = queryTerms(deps.engine.analyze(zoekterm));
    return {
      // When even the best hit covers little of the query, the list holds the nearest questions, not answers.
      title: `${ranked[0]?.weak ? "Geen goede treffer; het dichtst in de buurt van" : "Resultaten voor"} «${echo(zoekterm, 60)}»${offset ? ` (vanaf ${vanaf})` : ""}`,
      sections: hits.map((h, i) => {
        // Different sets with the same title need what tells them apart.
        const twin = hits.some((o) => o.set.id !== h.set.id && o.set.title === h.set.title);
        return {
          heading: `${offset + i + 1}. ${snippet(h.set.title, 90)} — vraag ${h.question.number}`,
          body: `${highlight(snippet(h.question.text, 180), terms, deps.engine.vocabulary)}\n↳ ${answerSummary(h.question, 140)}${twin ? `\nSet: ${describeSet(h.set)}` : ""}`,
        };
      }),
      // Past two hits of one set the list only goes on in it when no other set matches at all.
      footer: new Set(listed.map((h) => h.set.id)).size === 1 && hits.length > 2
        ? `Open een resultaat met de knoppen hieronder. Alleen deze set past; de hele set: /set ${hits[0]!.set.id}`
        : "Open een resultaat met de knoppen hieronder; per set eerst hoogstens twee.",
      status: "info",
      actions,
    };
  },
});
