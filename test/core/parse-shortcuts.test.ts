/**
 * The parser skips checks whose outcome it can already tell. These tests hold
 * the facts it relies on, over every line of the seed and variants of them,
 * so a change to the checks cannot silently part ways with the shortcuts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isClosingQuestion, isPostponementNotice, isQuestionLine, mayBeNotice } from "../../src/core/classify.js";
import { mentionedQuestions } from "../../src/core/references.js";
import { normalizeTypography, stripFootnotes } from "../../src/core/text.js";
import { ROOT, SEED_FILE } from "../helpers.js";

const SEED_LINES = readFileSync(join(ROOT, "seeds", SEED_FILE), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");

/** Seed lines and the same lines with the footnotes, sources and spacing that dumps add. */
const VARIANTS = SEED_LINES.flatMap((l) => [l, `${l}1`, `${l} 1 2`, `[1] ${l}`, `${l} (NRC, 2 april 2025)`, `  ${l}\t `, `${l}.1`, `«${l}»1`]);

describe("shortcuts the parser takes", () => {
  it("reads every line that ends in a question mark as a question", () => {
    const asking = VARIANTS.map((l) => `${l.trimEnd()}?`).concat(VARIANTS.filter((l) => l.trimEnd().endsWith("?")));
    expect(asking.length).toBeGreaterThan(1000);
    for (const l of asking) expect(isQuestionLine(normalizeTypography(l)), l).toBe(true);
  });

  it("finds no mentioned answers in text without a digit", () => {
    const mentioning = VARIANTS.filter((l) => /ntwoord/i.test(l) && /\d/.test(l));
    expect(mentioning.some((l) => mentionedQuestions(l).length > 0)).toBe(true);
    for (const l of mentioning) expect(mentionedQuestions(l.replace(/\d/g, "")), l).toEqual([]);
  });

  it("strips nothing but trailing spaces and tabs from a line without a digit", () => {
    for (const l of VARIANTS.map((v) => v.replace(/\d/g, ""))) expect(stripFootnotes(l)).toBe(l.replace(/[ \t]+$/, ""));
  });

  it("only takes text with its key words for a notice or a closing question", () => {
    const notices = ["Mededeling uitstel beantwoording", "De vragen konden niet binnen de termijn worden beantwoord.", "Uitstel van de beantwoording is nodig."];
    for (const n of notices) expect(isPostponementNotice(n)).toBe(true);
    expect(isClosingQuestion("Kunt u deze vragen afzonderlijk beantwoorden?")).toBe(true);
    for (const l of [...notices, ...notices.map((n) => `  ${n.toUpperCase()}`), ...VARIANTS]) {
      if (isPostponementNotice(l)) expect(mayBeNotice(l), l).toBe(true);
      if (isClosingQuestion(l)) expect(l, "closing question").toMatch(/vragen/i);
    }
  });
});
