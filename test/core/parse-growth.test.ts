/**
 * Parsing time grows linearly with the input, pathological input included.
 * Measured as growth, never as a wall-clock limit: over four times the input the
 * (CPU) time must grow less than eightfold, where linear work gives four and a
 * quadratic step sixteen. The wide span keeps garbage-collection noise on a busy
 * machine from deciding the outcome; each doubling must also stay under four.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/corpus.js";
import { ROOT, SEED_FILE } from "../helpers.js";

const SEED = readFileSync(join(ROOT, "seeds", SEED_FILE), "utf8");
const KB = 1024;

/** `unit` repeated until the text is about `bytes` long. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

const SHAPES: [string, (bytes: number) => string][] = [
  ["real sets, many of them", (b) => fill(`${SEED}\n`, b)],
  ["one giant question line, no line breaks", (b) => fill("Kent u het bericht «Een kop (NRC, 2 april 2025)»?1 Hoe groot is het tekort, zie antwoord op vraag 3? (bron) ", b)],
  ["a giant answer line", (b) => `Titel |\n|\nA (B) |\n|\nC |\n|\n![]() |\nWat is dit?\n${fill("Zie ook mijn antwoord op vraag 1 (tabel) 2.194 en het antwoord op vraag 2. ", b)}`],
  ["thousands of pipe lines", (b) => fill("|\n", b)],
  ["header cells full of commas and parentheses", (b) => fill("Titel |\n|\nNaam (Partij) , Ander (X, Y) |\n", b)],
  ["long runs of spaces and tabs", (b) => `Wat is dit${fill(" \t", b)}x?\nAntwoord${fill(" ", b / 4)}.`],
  ["opening parentheses without end", (b) => `Wat ${fill("(", b)} ?`],
  ["question marks only", (b) => fill("?", b)],
  ["«deze vragen» without an answer verb", (b) => `Vraag?\n${fill("Kunt u deze vragen ", b)}\nHoe?`],
  ["a flood of footnote numbers", (b) => `Wat?${fill("1 ", b)}`],
  ["glued sets everywhere", (b) => fill("Kent u het bericht «A»?1\nJa.\nKunt u deze vragen beantwoorden?\n", b)],
];

function onceMs(text: string): number {
  const start = process.cpuUsage();
  parseFile({ file: "g.txt", content: text });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function cpuMs(text: string): number {
  return bestMs([text])[0]!;
}

/**
 * The best of four runs for each text, taken in rounds over all texts, so a
 * busy spell on a shared machine slows every size alike instead of one.
 */
function bestMs(texts: string[]): number[] {
  const best = texts.map(() => Infinity);
  for (let round = 0; round < 4; round++) texts.forEach((t, i) => (best[i] = Math.min(best[i]!, onceMs(t))));
  return best;
}

/** The smallest input that takes long enough to time reliably (at least 60 ms), capped at 4 MB. */
function baseSize(make: (bytes: number) => string): number {
  let bytes = 32 * KB;
  while (bytes < 4096 * KB && cpuMs(make(bytes)) < 60) bytes *= 2;
  return bytes;
}

/** Each shape parses megabytes several times over by design: more than Vitest's default of 5 s on a busy machine, also when the file is run alone. */
const SHAPE_TIMEOUT_MS = 60_000;

describe("parse time grows linearly", () => {
  it.each(SHAPES)("%s", { timeout: SHAPE_TIMEOUT_MS }, (_name, make) => {
    const base = baseSize(make);
    const sizes = [base, base * 2, base * 4];
    const times = bestMs(sizes.map(make));
    const seen = `sizes ${sizes.join(", ")}: ${times.map((t) => t.toFixed(0)).join(", ")} ms`;
    expect(times[2]! / times[0]!, seen).toBeLessThan(8);
    for (let i = 1; i < times.length; i++) expect(times[i]! / times[i - 1]!, seen).toBeLessThan(4);
  });
});
