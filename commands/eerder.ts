import { z } from "zod";
import type { QuestionSet } from "../src/core/model.js";
import { infoReply, type ReplyAction } from "../src/core/reply.js";
import { echo, snippet } from "../src/core/format.js";
import type { SimilarHit } from "../src/core/search.js";
import { answerSummary } from "./render.js";
import { defineCommand } from "./types.js";

/** The longest text /eerder reads: a whole draft of several questions. */
export const EERDER_MAX_CHARS = 1500;
const RESULTS = 5;

/**
 * How alike a hit is (its likeness, see likeness.ts), in words people use;
 * below the last step a hit is not shown. The steps are set with `npm run
 * eval` on drafts whose earlier question is known and on drafts that were
 * never asked, so that "zeer vergelijkbaar" goes to the right question or its
 * set, and a draft on a new subject finds "ver verwant" at most.
 */
const LABELS: [number, string][] = [
  [0.22, "zeer vergelijkbaar"],
  [0.15, "verwant"],
  [0.1, "ver verwant"],
];

export function similarityLabel(likeness: number): string | null {
  return LABELS.find(([min]) => likeness >= min)?.[1] ?? null;
}

/**
 * Labels for a ranked list. The order weighs every question of the draft and
 * the answers too, the likeness only the words of the two questions, so a hit
 * is never labelled more alike than any hit above it: "zeer vergelijkbaar"
 * never stands below "verwant", and a hit far down the list is not called
 * very alike for sharing a few rare words.
 */
export function rankedLabels(likenesses: readonly number[]): (string | null)[] {
  let cap = Infinity;
  return likenesses.map((likeness) => {
    cap = Math.min(cap, likeness);
    return similarityLabel(cap);
  });
}

const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const DATE = new RegExp(`\\b(\\d{1,2} (?:${MONTHS}) 20\\d\\d)\\b`, "i");

/** A date the set itself names in its title or opening question (the report it asks about), if any. */
export function setDate(set: QuestionSet): string | null {
  for (const text of [set.title, set.questions[0]?.text ?? ""]) {
    const m = DATE.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

function hitSection(hit: SimilarHit, label: string, i: number) {
  const date = setDate(hit.set);
  return {
    heading: `${i + 1}. ${label} — ${snippet(hit.set.title, 90)}, vraag ${hit.question.number}`,
    body: [
      snippet(hit.question.text, 220),
      `↳ ${answerSummary(hit.question, 140)}`,
      `Set ${hit.set.id}${date ? ` · datum genoemd in de set: ${date}` : ""}`,
    ].join("\n"),
  };
}

export const eerder = defineCommand({
  name: "eerder",
  description: "Is dit al eerder gevraagd? Plak een (concept)vraag of meerdere",
  usage: "/eerder Is de minister bekend met het bericht dat …?",
  options: [
    {
      name: "tekst",
      description: "De (concept)vraag of vragen, tot 1.500 tekens",
      type: "string",
      required: true,
      maxLength: EERDER_MAX_CHARS,
    },
  ],
  schema: z.object({ tekst: z.string().default("").transform((s) => s.slice(0, EERDER_MAX_CHARS)) }),
  run({ tekst }, deps) {
    if (!tekst.trim()) {
      return infoReply(
        "Plak de vraag die je wilt stellen achter /eerder, bijvoorbeeld /eerder Is de minister bekend met het bericht dat de politie te weinig agenten heeft? In Telegram kun je ook met /eerder antwoorden op een bericht met de tekst.",
        "empty",
      );
    }
    const hits = deps.engine.similar(tekst, RESULTS);
    const labels = rankedLabels(hits.map((h) => h.likeness));
    const labelled = hits
      .map((hit, i) => ({ hit, label: labels[i]! }))
      .filter((x): x is { hit: SimilarHit; label: string } => x.label !== null);
    if (labelled.length === 0) {
      return infoReply(
        `Ik vond geen eerdere vragen die lijken op «${echo(tekst, 60)}». Er is dus waarschijnlijk nog niet eerder zo gevraagd (binnen deze verzameling).`,
        "empty",
      );
    }
    const actions: ReplyAction[] = labelled.map(({ hit }, i) => ({
      kind: "hit",
      label: `Open ${i + 1}`,
      // The reference opens exactly this question, whatever the pasted text was.
      query: `${hit.set.id}#${hit.question.number}`,
      index: 0,
    }));
    return {
      title: "Eerder gevraagd?",
      subtitle: `Gezocht op «${echo(tekst, 80)}»`,
      sections: labelled.map(({ hit, label }, i) => hitSection(hit, label, i)),
      footer: "Open een vraag met de knoppen hieronder.",
      status: "info",
      actions,
    };
  },
});
