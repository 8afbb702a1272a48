import { z } from "zod";
import { echo, snippet } from "../src/core/format.js";
import type { ReplyAction } from "../src/core/reply.js";
import { askForQuery, describeSet, noResults, positiveInt, queryText } from "./common.js";
import { answerSummary } from "./render.js";
import { defineCommand } from "./types.js";

export const zoek = defineCommand({
  name: "zoek",
  description: "Toon de beste resultaten als korte lijst",
  usage: "/zoek femicide",
  options: [
    { name: "zoekterm", description: "Woorden, namen of partijen", type: "string", required: true, autocomplete: true },
    { name: "aantal", description: "Hoeveel resultaten (standaard 5, hoogstens 10)", type: "integer", required: false, min: 1, max: 10 },
  ],
  schema: z.object({ zoekterm: queryText, aantal: positiveInt(10, 5) }),
  run({ zoekterm, aantal }, deps) {
    if (!zoekterm.trim()) return askForQuery("zoek", "femicide");
    const hits = deps.engine.search(zoekterm, { limit: aantal });
    if (hits.length === 0) return noResults(zoekterm, deps, "zoek");
    const actions: ReplyAction[] = hits.map((_hit, i) => ({
      kind: "hit",
      label: `${i + 1}`,
      query: zoekterm,
      index: i,
    }));
    return {
      title: `Resultaten voor «${echo(zoekterm, 60)}»`,
      sections: hits.map((h, i) => {
        // Different sets with the same title need what tells them apart.
        const twin = hits.some((o) => o.set.id !== h.set.id && o.set.title === h.set.title);
        return {
          heading: `${i + 1}. ${snippet(h.set.title, 90)} — vraag ${h.question.number}`,
          body: `${snippet(h.question.text, 180)}\n↳ ${answerSummary(h.question, 140)}${twin ? `\nSet: ${describeSet(h.set)}` : ""}`,
        };
      }),
      footer: "Open een resultaat met de knoppen hieronder.",
      status: "info",
      actions,
    };
  },
});
