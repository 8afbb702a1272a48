/**
 * The parser builds its sets without the schema's walk, so every set it gives
 * must be exactly what the schema would return for it: on the seed, on a
 * generated archive, and on odd and randomly damaged dumps. Parts from outside
 * the parser (an imported file's) still go through the schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QuestionSetSchema } from "../../src/core/model.js";
import { parseFile, toQuestionSet } from "../../src/core/corpus.js";
import type { RawSet } from "../../src/core/parse.js";
import { generateDumps, mulberry32 } from "../bench/generate.js";
import { HEADER, ROOT, SEED_FILE } from "../helpers.js";
import { tempDir } from "../temp-dir.js";

const SEED = readFileSync(join(ROOT, "seeds", SEED_FILE), "utf8");

/** Every set of the dump equals the schema's result for it, key order included; returns how many sets there were. */
function expectSchemaShape(file: string, content: string | Uint8Array): number {
  const { sets } = parseFile({ file, content });
  for (const set of sets) {
    const bySchema = QuestionSetSchema.parse(set);
    expect(set).toStrictEqual(bySchema);
    expect(JSON.stringify(set)).toBe(JSON.stringify(bySchema));
  }
  return sets.length;
}

/** Pieces that stress the rules: empty titles, marks without words, footnotes only, pointers to nothing. */
const ODD_PIECES = [
  "?",
  "???",
  "|",
  " | ",
  "1",
  "?1 2",
  "\u00a0",
  "Kent u ?",
  "«»?",
  "Zie antwoord vraag 0.",
  "Zie antwoord vraag 999.",
  "Zie antwoord op vraag 1 en 2.",
  "Ja, zie het antwoord op vraag 3. En verder dit.",
  "Mededeling",
  "Kunt u deze vragen beantwoorden?",
  "a. welke?",
  "Wat zijn de gevolgen:",
  "\t\t",
  "![]() |",
  ". |",
  "«» |",
  "(PvdA) , () |",
  "Wanneer de evaluatie klaar is, volgt een brief.",
];

/** The seed with lines shuffled, dropped, repeated and interspersed with odd pieces. */
function damaged(seed: number): string {
  const rand = mulberry32(seed);
  const lines = SEED.split("\n");
  for (let e = 0; e < 400; e++) {
    const i = Math.floor(rand() * lines.length);
    const op = rand();
    if (op < 0.25) lines.splice(i, 1);
    else if (op < 0.5) lines.splice(i, 0, lines[Math.floor(rand() * lines.length)]!);
    else if (op < 0.8) lines.splice(i, 0, ODD_PIECES[Math.floor(rand() * ODD_PIECES.length)]!);
    else lines[i] = `${lines[i] ?? ""}${ODD_PIECES[Math.floor(rand() * ODD_PIECES.length)]!}`;
  }
  return lines.join(rand() < 0.3 ? "\r\n" : "\n");
}

describe("sets as the schema gives them", () => {
  it("for the seed and a generated archive", () => {
    expect(expectSchemaShape("seed.txt", SEED)).toBeGreaterThan(10);
    const dir = tempDir("set-schema");
    generateDumps(join(ROOT, "seeds", SEED_FILE), dir, 150, 7);
    expect(expectSchemaShape("gen.txt", readFileSync(join(dir, "100-synthetic.txt")))).toBeGreaterThanOrEqual(150);
  });

  it("for odd pieces on their own and behind a header", () => {
    for (const piece of ODD_PIECES) {
      expectSchemaShape("odd.txt", piece);
      expectSchemaShape("odd.txt", `${HEADER(piece)}\n${piece}\nWat is dit?\n${piece}\n${piece}`);
      expectSchemaShape("odd.txt", `${piece} |\n|\n${piece} |\n|\n${piece} |\n|\n![]() |\n${piece}?\n${piece}`);
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("for a randomly damaged seed (%i)", (seed) => {
    expect(expectSchemaShape("damaged.txt", damaged(seed))).toBeGreaterThan(0);
  });

  it("refuses a dump without a file name with the schema's error", () => {
    expect(() => parseFile({ file: "", content: `${HEADER("Wachttijden")}\nHoe lang is de wachttijd?` })).toThrow(/source/);
  });
});

describe("sets from parts outside the parser", () => {
  const raw = (): RawSet => ({
    title: "Wachttijden",
    headerless: false,
    askers: [{ name: "Songül Mutluer", party: "PvdA" }],
    addressees: ["David van Weel"],
    file: "imported/x.json",
    line: 1,
    questions: [
      { text: "Hoe lang is de wachttijd?", line: 1, block: 0 },
      { text: "Wat doet u eraan?", line: 2, block: null },
    ],
    answerBlocks: [{ paragraphs: ["Acht weken."], line: 3, questionIndexes: [0] }],
    notice: null,
  });

  it("are what the schema returns for them", () => {
    const set = toQuestionSet(raw(), []);
    expect(JSON.stringify(set)).toBe(JSON.stringify(QuestionSetSchema.parse(set)));
    expect(set.questions[0]!.answer!.text).toBe("Acht weken.");
  });

  it.each<[string, (r: RawSet) => void]>([
    ["an empty title", (r) => (r.title = "")],
    ["an asker without a name", (r) => (r.askers = [{ name: "", party: null }])],
    ["an empty addressee", (r) => (r.addressees = [""])],
    ["an empty question", (r) => (r.questions[1]!.text = "")],
    ["an empty answer", (r) => (r.answerBlocks[0]!.paragraphs = [""])],
    ["no questions", (r) => (r.questions = [])],
  ])("are refused with the schema's error for %s", (_name, edit) => {
    const r = raw();
    edit(r);
    expect(() => toQuestionSet(r, [])).toThrow(/too_small|Too small/i);
  });
});
