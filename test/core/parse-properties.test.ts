/**
 * Property tests: real question sets (the seed's, and hand-written ones) glued
 * together at random, with and without their headers, must come apart at
 * exactly the places where they were glued, each with its own questions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDump } from "../../src/core/parse.js";
import { footnoteNumbers } from "../../src/core/text.js";
import { isClosingQuestion } from "../../src/core/classify.js";
import { ROOT, SEED_FILE } from "../helpers.js";
import { ALL_FIXTURES, HUURWONINGEN_VERVOLG, headerLines } from "./fixtures/kamervragen.js";
import { mulberry32 } from "../bench/generate.js";

interface Unit {
  title: string;
  header: string[];
  body: string[];
}

/** The seed's sets as they stand in the file: header lines and body lines. */
function seedUnits(): Unit[] {
  const lines = readFileSync(join(ROOT, "seeds", SEED_FILE), "utf8").split("\n");
  const sets = parseDump({ file: SEED_FILE, content: lines.join("\n") }).sets;
  const units: Unit[] = [];
  const seen = new Set<string>();
  sets.forEach((set, i) => {
    const start = set.line - 1;
    const end = i + 1 < sets.length ? sets[i + 1]!.line - 1 : lines.length;
    const block = lines.slice(start, end).filter((l) => l.trim() !== "");
    const header = set.headerless ? headerLines(set.title) : block.slice(0, 7);
    const body = set.headerless ? block : block.slice(7);
    const key = `${set.title}\n${body[0]}`;
    if (seen.has(key)) return;
    seen.add(key);
    units.push({ title: set.title, header, body });
  });
  return units;
}

const POOL: Unit[] = [
  ...seedUnits(),
  ...[...ALL_FIXTURES, HUURWONINGEN_VERVOLG].map((f) => ({ title: f.title, header: headerLines(f.title), body: f.paragraphs.map((p) => p.text) })),
];

const CLOSING = "Kunt u deze vragen afzonderlijk van elkaar beantwoorden?";

interface Variant extends Unit {
  /** Footnote 1 sits on the first question, so a set glued after this one restarts the numbering. */
  footnoted: boolean;
}

/**
 * A variant of a real set: its first question becomes the news opener that
 * real sets start with, with footnote 1 when the set has no footnotes of its
 * own (numbering never restarts inside a real set); sometimes its second
 * question opens like a news item too, or a closing question is appended.
 */
function variant(unit: Unit, rand: () => number): Variant {
  const body = [...unit.body];
  const headline = unit.title.replace(/[«»]/g, "");
  const footnoted = body.slice(1).every((l) => footnoteNumbers(l).length === 0);
  body[0] = `Kent u het bericht «${headline}»?${footnoted ? "1" : ""}`;
  const second = body.findIndex((l, i) => i > 0 && /\?\s*$/.test(l));
  if (second > 0 && rand() < 0.4) body[second] = `Bent u bekend met de berichten over ${headline.charAt(0).toLowerCase()}${headline.slice(1)}?`;
  if (rand() < 0.25 && !isClosingQuestion(body[body.length - 1]!)) body.push(CLOSING);
  return { ...unit, body, footnoted };
}

/** How the parser reads a set on its own, behind its header. */
const aloneMemo = new Map<string, { questions: number; title: string }>();
function alone(unit: Unit): { questions: number; title: string } {
  const key = [...unit.header, ...unit.body].join("\n");
  const known = aloneMemo.get(key);
  if (known) return known;
  const sets = parseDump({ file: "alone.txt", content: [...unit.header, ...unit.body].join("\n") }).sets;
  expect(sets).toHaveLength(1);
  const read = { questions: sets[0]!.questions.length, title: sets[0]!.title };
  aloneMemo.set(key, read);
  return read;
}

interface Expected {
  line: number;
  questions: number;
  headerless: boolean;
}

function glue(seed: number): { text: string; expected: Expected[]; headlines: string[] } {
  const rand = mulberry32(seed);
  const picked: Unit[] = [];
  const count = 2 + Math.floor(rand() * 5);
  while (picked.length < count) {
    const u = POOL[Math.floor(rand() * POOL.length)]!;
    if (!picked.includes(u)) picked.push(u);
  }
  const variants = picked.map((u) => variant(u, rand));
  // Every set after the first may lose its header; the first may too, at the top of a file.
  const headerless = variants.map((_, i) => rand() < (i === 0 ? 0.2 : 0.5));
  // A set glued on without its header needs a second signal besides its news opener:
  // the footnote numbering restarting, or else a closing question before it.
  for (let i = 1; i < variants.length; i++) {
    const previous = variants[i - 1]!;
    const restarts = variants[i]!.footnoted && previous.footnoted;
    if (headerless[i] && !restarts && !isClosingQuestion(previous.body[previous.body.length - 1]!)) previous.body.push(CLOSING);
  }
  const out: string[] = [];
  const expected: Expected[] = [];
  const headlines: string[] = [];
  for (const [i, unit] of variants.entries()) {
    if (!headerless[i]) out.push(...unit.header);
    const line = out.length + 1;
    for (const paragraph of unit.body) {
      out.push(paragraph);
      if (rand() < 0.05) out.push("");
    }
    expected.push({ line: headerless[i] ? line : line - unit.header.length, questions: 0, headerless: headerless[i]! });
    if (headerless[i]) headlines.push(unit.title.replace(/[«»]/g, ""));
  }
  // Counted after the closing questions were added.
  variants.forEach((unit, i) => (expected[i]!.questions = alone(unit).questions));
  return { text: out.join("\n"), expected, headlines };
}

const CASES = 120;
let memo: { seed: number; text: string; expected: Expected[]; headlines: string[]; result: ReturnType<typeof parseDump> }[] | null = null;
/** The random dumps and how they parse, built once for all properties. */
function cases() {
  memo ??= Array.from({ length: CASES }, (_, i) => {
    const seed = i + 1;
    const glued = glue(seed);
    return { seed, ...glued, result: parseDump({ file: `glued-${seed}.txt`, content: glued.text }) };
  });
  return memo;
}

describe("glued real sets come apart exactly", () => {
  it(`${CASES} random dumps: every set back with its own first line and question count`, () => {
    for (const { seed, expected, result } of cases()) {
      const got = result.sets.map((s) => ({ line: s.line, questions: s.questions.length, headerless: s.headerless }));
      expect(got, `seed ${seed}`).toEqual(expected);
    }
  });

  it("every split rests on at least two signals and sits where a header went missing", () => {
    for (const { seed, expected, result } of cases()) {
      const split = result.boundaries.filter((b) => b.split);
      const missing = expected.filter((e, i) => e.headerless && i > 0).map((e) => e.line);
      expect(split.map((b) => b.line), `seed ${seed}`).toEqual(missing);
      for (const b of split) expect(b.signals.length, `seed ${seed} line ${b.line}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("names each split-off set after the headline it opens with", () => {
    for (const { seed, expected, headlines, result } of cases()) {
      const titles = result.sets.filter((_, i) => expected[i]!.headerless).map((s) => s.title.replace(/…$/, ""));
      titles.forEach((t, i) => expect(headlines[i]!.startsWith(t), `seed ${seed}: ${t}`).toBe(true));
    }
  });

  it("loses no body line: every paragraph is a question or part of an answer", () => {
    for (const { seed, text, result } of cases()) {
      let parsed = 0;
      for (const s of result.sets) {
        for (const q of s.questions) parsed += q.text.split("\n").length;
        for (const b of s.answerBlocks) parsed += b.paragraphs.length;
        if (s.notice) parsed += s.notice.split("\n").length;
      }
      const body = text.split("\n").filter((l) => l.trim() !== "" && !/\|\s*$/.test(l)).length;
      expect(parsed, `seed ${seed}`).toBe(body);
    }
  });
});
