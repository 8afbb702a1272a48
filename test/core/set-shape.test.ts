/**
 * The hand-written set validation must give exactly what the schema gives:
 * the same value for every set it accepts, and the schema's error otherwise.
 */
import { describe, expect, it } from "vitest";
import { QuestionSetSchema, type QuestionSet } from "../../src/core/model.js";
import { validSet } from "../../src/core/set-shape.js";
import { HEADER, corpusOf, seedCorpus } from "../helpers.js";

const sets = seedCorpus().sets;
/** A seed set with answers that point elsewhere, so targets are filled. */
const rich = sets.find((s) => s.questions.some((q) => q.answer && q.answer.targets.length > 0))!;
/** Two questions answered by one block, and a third that points to it. */
const grouped = corpusOf([
  "g.txt",
  `${HEADER("Wachttijden")}\nHoe lang is de wachttijd?\nWat doet u eraan?\nDe wachttijd is acht weken; wij werken aan een oplossing.\nKlopt het dat dit erger wordt?\nZie antwoord vraag 1.`,
]).sets[0]!;

const copy = (s: QuestionSet): Record<string, any> => JSON.parse(JSON.stringify(s));

/** What the schema makes of a value: its result, or its error message. */
function bySchema(value: unknown): { value: unknown } | { error: string } {
  try {
    return { value: QuestionSetSchema.parse(value) };
  } catch (err) {
    return { error: String(err) };
  }
}

function byHand(value: unknown): { value: unknown } | { error: string } {
  try {
    return { value: validSet(value) };
  } catch (err) {
    return { error: String(err) };
  }
}

const firstAnswer = (s: Record<string, any>) => s.questions.find((q: any) => q.answer).answer;
const firstTarget = (s: Record<string, any>) => s.questions.find((q: any) => q.answer?.targets.length).answer.targets[0];

const EDITS: [string, (s: Record<string, any>) => void][] = [
  ["nothing", () => {}],
  ["an id that is no slug", (s) => (s.id = "Politie-123456")],
  ["an empty title", (s) => (s.title = "")],
  ["headerless as text", (s) => (s.headerless = "false")],
  ["an asker without a name", (s) => (s.askers = [{ name: "", party: null }])],
  ["an asker with an empty party", (s) => (s.askers = [{ name: "A", party: "" }])],
  ["an asker with an extra key", (s) => (s.askers = [{ name: "A", party: "B", seat: 3 }])],
  ["an empty addressee", (s) => (s.addressees = [""])],
  ["a source line 0", (s) => (s.source.line = 0)],
  ["no questions", (s) => (s.questions = [])],
  ["a question numbered 1.5", (s) => (s.questions[0].number = 1.5)],
  ["a question without text", (s) => (s.questions[0].text = "")],
  ["a question line as text", (s) => (s.questions[0].line = "3")],
  ["a hole among the questions", (s) => (s.questions = [s.questions[0], , s.questions[0]])],
  ["an unknown answer kind", (s) => (firstAnswer(s).kind = "indirect")],
  ["an answer without text", (s) => (firstAnswer(s).text = "")],
  ["an answer resolved from NaN", (s) => (firstAnswer(s).resolvedFrom = Number.NaN)],
  ["an answer refering to question -1", (s) => (firstAnswer(s).refersTo = [-1])],
  ["an answer with an empty group", (s) => (firstAnswer(s).group = [])],
  ["an answer grouped with question 0", (s) => (firstAnswer(s).group = [0, 1])],
  ["an answer with extra undefined", (s) => (firstAnswer(s).extra = undefined)],
  ["an answer with an extra key", (s) => (firstAnswer(s).score = 1)],
  ["a target without numbers", (s) => (firstTarget(s).numbers = [])],
  ["a target via 0", (s) => (firstTarget(s).via = [0])],
  ["an extra key on the set", (s) => (s.rank = 1)],
  ["official data", (s) => (s.official = { caseNumber: "2024Z1", url: "u", submitted: null, answered: null, postponed: null })],
  ["official null", (s) => (s.official = null)],
  ["a notice as a number", (s) => (s.notice = 3)],
];

describe("set validation", () => {
  it("returns what the schema returns for every seed set, as new objects", () => {
    for (const set of sets) {
      const got = validSet(set);
      expect(got).toStrictEqual(QuestionSetSchema.parse(set));
      expect(got).not.toBe(set);
      expect(got.questions).not.toBe(set.questions);
    }
  });

  it.each(EDITS)("agrees with the schema on %s", (_name, edit) => {
    const value = copy(rich);
    edit(value);
    const hand = byHand(value);
    expect(hand).toStrictEqual(bySchema(value));
    const schema = bySchema(value);
    if ("value" in hand && "value" in schema) expect(Object.keys(hand.value as object)).toEqual(Object.keys(schema.value as object));
  });

  it("gives questions answered together their own copies of shared answer parts", () => {
    const value = copy(grouped);
    const together = value.questions.filter((q: any) => q.answer?.group);
    for (const q of together.slice(1)) q.answer.group = together[0].answer.group;
    const got = validSet(value);
    const groups = got.questions.filter((q) => q.answer?.group).map((q) => q.answer!.group);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups[1]).not.toBe(groups[0]);
  });
});
