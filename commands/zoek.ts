import { z } from "zod";
import { echo, snippet } from "../src/core/format.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import { highlight, queryTerms } from "../src/core/highlight.js";
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
    // One more than shown tells whether a "Meer" button has anything to show.
    const found = deps.engine.search(zoekterm, { limit: aantal + 1, offset, spread: true });
    const hits = found.slice(0, aantal);
    if (hits.length === 0) return offset > 0 ? infoReply(`Er zijn geen verdere resultaten voor «${echo(zoekterm)}».`, "empty") : noResults(zoekterm, deps, "zoek");
    // Buttons open a hit as /vraag ranks it, so "Volgende" there goes on from it.
    const ranked = deps.engine.search(zoekterm, { limit: MAX_LISTED });
    const actions: ReplyAction[] = hits.map((h, i) => {
      const index = ranked.findIndex((r) => r.set.id === h.set.id && r.question.number === h.question.number);
      return index >= 0
        ? { kind: "hit", label: `${offset + i + 1}`, query: zoekterm, index }
        : { kind: "hit", label: `${offset + i + 1}`, query: `${h.set.id}#${h.question.number}`, index: 0 };
    });
    if (found.length > aantal && offset + aantal < MAX_LISTED) actions.push({ kind: "more", label: "Meer ▶", query: zoekterm, offset: offset + aantal });
    const terms = queryTerms(deps.engine.analyze(zoekterm));
    return {
      title: `Resultaten voor «${echo(zoekterm, 60)}»${offset ? ` (vanaf ${vanaf})` : ""}`,
      sections: hits.map((h, i) => {
        // Different sets with the same title need what tells them apart.
        const twin = hits.some((o) => o.set.id !== h.set.id && o.set.title === h.set.title);
        return {
          heading: `${offset + i + 1}. ${snippet(h.set.title, 90)} — vraag ${h.question.number}`,
          body: `${highlight(snippet(h.question.text, 180), terms, deps.engine.vocabulary)}\n↳ ${answerSummary(h.question, 140)}${twin ? `\nSet: ${describeSet(h.set)}` : ""}`,
        };
      }),
      // Past two hits of one set the list only goes on in it when no other set matches at all.
      footer: new Set(found.map((h) => h.set.id)).size === 1 && hits.length > 2
        ? `Open een resultaat met de knoppen hieronder. Alleen deze set past; de hele set: /set ${hits[0]!.set.id}`
        : "Open een resultaat met de knoppen hieronder; per set eerst hoogstens twee.",
      status: "info",
      actions,
    };
  },
});
