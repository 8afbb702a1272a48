import { z } from "zod";
import { infoReply } from "../src/core/reply.js";
import { echo } from "../src/core/format.js";
import { askForQuery, noResults, positiveInt, queryText, weakMatchNote } from "./common.js";
import { closeHitsSection, questionReply } from "./render.js";
import { closeRunnersUp, draftQuestions } from "../src/core/search.js";
import { isGreeting, shortHelp } from "./help.js";
import { focusReply, queryTerms } from "../src/core/highlight.js";
import { defineCommand } from "./types.js";

/** Autocomplete hands over a question reference ("politiebegroting-7ef24d#4"). */
const REF = /^[a-z0-9-]+-[0-9a-f]{6}#\d{1,4}$/;

export const vraag = defineCommand({
  name: "vraag",
  description: "Zoek de best passende Kamervraag met het antwoord",
  usage: "/vraag politiebegroting",
  options: [
    { name: "zoekterm", description: "Waar gaat de vraag over? Woorden, namen of partijen", type: "string", required: true, autocomplete: true },
    { name: "resultaat", description: "Welk resultaat (1 is het beste)", type: "integer", required: false, min: 1, max: 50 },
  ],
  // `volledig` has no option of its own: the "Hele antwoord" button sets it.
  schema: z.object({ zoekterm: queryText, resultaat: positiveInt(50, 1), volledig: z.boolean().catch(false).default(false) }),
  run({ zoekterm, resultaat, volledig }, deps) {
    if (!zoekterm.trim()) return askForQuery("vraag", "politiebegroting");
    if (isGreeting(zoekterm)) return shortHelp();
    const exact = REF.exec(zoekterm.trim());
    const picked = exact ? deps.engine.lookup(zoekterm.trim()) : null;
    if (picked) return questionReply(picked.set, picked.question);
    const index = resultaat - 1;
    const hits = deps.engine.search(zoekterm, { limit: Math.max(index + 2, 3) });
    if (hits.length === 0) return noResults(zoekterm, deps, "vraag");
    const hit = hits[index];
    if (!hit) return infoReply(`Er zijn geen verdere resultaten voor «${echo(zoekterm)}».`, "empty");
    const plain = questionReply(hit.set, hit.question, { query: zoekterm, index, hasNext: hits.length > index + 1 });
    const focused = focusReply(plain, queryTerms(deps.engine.analyze(zoekterm)), deps.engine.vocabulary, { full: volledig });
    let reply = hit.weak ? { ...focused.reply, sections: [{ body: weakMatchNote(zoekterm, hit.weak) }, ...focused.reply.sections] } : focused.reply;
    // A pasted draft's hits are ranked by fusion, so their scores do not compare; /eerder labels those.
    const close = index === 0 && draftQuestions(zoekterm).length === 0 ? closeRunnersUp(hits) : [];
    if (close.length) {
      const { section, actions } = closeHitsSection(hit.set, close, zoekterm, 2);
      reply = { ...reply, sections: [...reply.sections, section], actions: [...reply.actions, ...actions] };
    }
    if (!focused.shortened) return reply;
    return { ...reply, actions: [{ kind: "answer", label: "Hele antwoord", query: zoekterm, index }, ...reply.actions] };
  },
});
