import { describe, expect, it } from "vitest";
import { corpusOf, HEADER, seedCorpus } from "../helpers.js";
import { expandNumbers, leadingReference, mentionedQuestions, resolveReferences } from "../../src/core/references.js";
import type { AnswerTarget } from "../../src/core/model.js";

/**
 * A dump line per entry: a string ending in "?" is a question, anything else an
 * answer paragraph. Questions read "Vraag nummer N?" so they are never taken for answers.
 */
function setOf(...lines: string[]) {
  let n = 0;
  const body = lines.map((l) => (l === "?" ? `Vraag nummer ${++n}?` : l));
  return corpusOf(["r.txt", [HEADER("Verwijzingen"), ...body].join("\n")]);
}

const target = (numbers: number[], text: string, via: number[] = []): AnswerTarget => ({ numbers, via, text });

describe("every target of a reference, in order", () => {
  it.each<[string, string[], number, AnswerTarget[]]>([
    ["two targets", ["?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 1 en 2."], 3, [target([1], "Een."), target([2], "Twee.")]],
    [
      "three targets",
      ["?", "Een.", "?", "Twee.", "?", "Drie.", "?", "Zie antwoord vraag 1, 2 en 3."],
      4,
      [target([1], "Een."), target([2], "Twee."), target([3], "Drie.")],
    ],
    ["a range", ["?", "Een.", "?", "Twee.", "?", "Drie.", "?", "Zie antwoord op vragen 1 t/m 3."], 4, [target([1], "Een."), target([2], "Twee."), target([3], "Drie.")]],
    ["the order the text names them", ["?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 2 en 1."], 3, [target([2], "Twee."), target([1], "Een.")]],
    ["a target that is the next question", ["?", "Zie antwoord vraag 2.", "?", "Twee."], 1, [target([2], "Twee.")]],
    ["a chain 3 → 2 → 1", ["?", "Bron.", "?", "Zie antwoord vraag 1.", "?", "Zie antwoord vraag 2."], 3, [target([1], "Bron.", [2])]],
    [
      "a chain through an answer with words of its own",
      ["?", "Bron.", "?", "Ja, zie antwoord vraag 1. Verder dit.", "?", "Zie antwoord vraag 2."],
      3,
      [target([2], "Ja, zie antwoord vraag 1. Verder dit."), target([1], "Bron.", [2])],
    ],
    [
      "a chain that forks",
      ["?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 1 en 2.", "?", "Zie antwoord vraag 3."],
      4,
      [target([1], "Een.", [3]), target([2], "Twee.", [3])],
    ],
    ["two routes to one answer show it once", ["?", "Een.", "?", "Zie antwoord vraag 1.", "?", "Zie de antwoorden op vragen 1 en 2."], 3, [target([1], "Een.")]],
    ["a grouped answer named twice shows once, under both numbers", ["?", "?", "Samen.", "?", "Zie de antwoorden op vragen 1 en 2."], 3, [target([1, 2], "Samen.")]],
    ["one question of a group", ["?", "?", "Samen.", "?", "Zie antwoord vraag 2."], 3, [target([2], "Samen.")]],
    ["a pointer without the word 'vraag', which no passing mention matches", ["?", "Een.", "?", "Twee.", "?", "Zie de antwoorden 1 en 2."], 3, [target([1], "Een."), target([2], "Twee.")]],
  ])("%s", (_name, lines, number, expected) => {
    const c = setOf(...lines);
    expect(c.warnings).toEqual([]);
    const answer = c.sets[0]!.questions[number - 1]!.answer!;
    expect(answer.targets).toEqual(expected);
    expect(answer.kind).toBe("reference");
    expect(answer.resolvedFrom).toBe(expected[0]!.numbers[0]);
    expect(answer.resolved).toBe(expected.map((t) => t.text).join("\n\n"));
    expect(c.stats.referencesUnresolved).toBe(0);
  });

  it("lists what a pointer names among the answers it refers to, also when nothing mentions them in passing", () => {
    const answer = setOf("?", "Een.", "?", "Twee.", "?", "Zie de antwoorden 1 en 2.").sets[0]!.questions[2]!.answer!;
    expect(mentionedQuestions(answer.text)).toEqual([]);
    expect(answer.refersTo).toEqual([1, 2]);
  });

  it("gives every question of a grouped pointing answer all its targets", () => {
    const c = setOf("?", "Een.", "?", "Twee.", "?", "?", "Zie de antwoorden op vragen 1 en 2.");
    const [, , q3, q4] = c.sets[0]!.questions;
    for (const q of [q3!, q4!]) {
      expect(q.answer).toMatchObject({ kind: "reference", group: [3, 4], resolvedFrom: 1 });
      expect(q.answer!.targets).toEqual([target([1], "Een."), target([2], "Twee.")]);
    }
    expect(c.stats.referencesResolved).toBe(2);
  });

  it("shows the extra words first, then each target", () => {
    const c = setOf("?", "Een.", "?", "Twee.", "?", "Nee, zie de antwoorden op vragen 1 en 2. Het ministerie kijkt verder.");
    const a = c.sets[0]!.questions[2]!.answer!;
    expect(a).toMatchObject({ kind: "leading-reference", extra: "Het ministerie kijkt verder.", resolvedFrom: 1 });
    expect(a.targets).toEqual([target([1], "Een."), target([2], "Twee.")]);
    expect(a.resolved).toBe("Het ministerie kijkt verder.\n\nEen.\n\nTwee.");
  });

  it("adds answers mentioned in passing after the text, which stays the answer", () => {
    const c = setOf("?", "Een.", "?", "Zie antwoord vraag 1.", "?", "Drie.", "?", "Zoals in het antwoord op vraag 3 en in de beantwoording van vraag 2 staat, is dit zo.");
    const a = c.sets[0]!.questions[3]!.answer!;
    expect(a).toMatchObject({ kind: "direct", resolvedFrom: null, refersTo: [2, 3], extra: null });
    expect(a.resolved).toBe(a.text);
    expect(a.targets).toEqual([target([3], "Drie."), target([1], "Een.", [2])]);
  });

  it("puts what a pointer leads to before what is mentioned in passing", () => {
    const c = setOf("?", "Een.", "?", "Twee.", "?", "Zie antwoord vraag 2. In aanvulling op het antwoord op vraag 1 meld ik dit.");
    const a = c.sets[0]!.questions[2]!.answer!;
    expect(a.kind).toBe("leading-reference");
    expect(a.targets.map((t) => t.numbers)).toEqual([[2], [1]]);
  });

  it("ignores a passing mention of its own group, but records the other question of the group", () => {
    const c = setOf("?", "?", "Het antwoord op vraag 1 en het antwoord op vraag 2 is hetzelfde.");
    const [q1, q2] = c.sets[0]!.questions;
    for (const q of [q1!, q2!]) expect(q.answer).toMatchObject({ targets: [], group: [1, 2], kind: "direct" });
    expect(q1!.answer!.refersTo).toEqual([2]);
    expect(q2!.answer!.refersTo).toEqual([1]);
  });

  it("gives each question of a pointing group its own list: one question's passing mention is not another's", () => {
    const c = setOf("?", "Een.", "?", "?", "Zie antwoord vraag 1. Het antwoord op vraag 3 volgt daaruit.");
    const [, q2, q3] = c.sets[0]!.questions;
    expect(q2!.answer).toMatchObject({ group: [2, 3], kind: "leading-reference" });
    expect(q2!.answer!.refersTo).toEqual([1, 3]);
    expect(q3!.answer!.refersTo).toEqual([1]);
  });

  it("keeps the paragraphs of answers apart, and a single answer has no group", () => {
    const c = setOf("?", "Eerste alinea.\nTweede alinea.", "?", "Zie antwoord vraag 1.\nMet een eigen alinea.");
    const [q1, q2] = c.sets[0]!.questions;
    expect(q1!.answer).toMatchObject({ text: "Eerste alinea.\nTweede alinea.", group: null, refersTo: [] });
    expect(q2!.answer).toMatchObject({ kind: "leading-reference", extra: "Met een eigen alinea.", group: null, line: 12 });
    expect(q2!.answer!.targets).toEqual([target([1], "Eerste alinea.\nTweede alinea.")]);
    expect(q2!.answer!.resolved).toBe("Met een eigen alinea.\n\nEerste alinea.\nTweede alinea.");
  });

  it("sorts the numbers an answer refers to", () => {
    const c = setOf("?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 2 en 1. Zie ook het antwoord op vraag 10.");
    expect(c.sets[0]!.questions[2]!.answer!.refersTo).toEqual([1, 2, 10]);
  });
});

describe("sets whose answers neither point nor mention", () => {
  it("answers each question with its own block, and questions answered together share it", () => {
    const [q1, q2, q3] = setOf("?", "?", "Samen beantwoord.", "?", "Alleen.").sets[0]!.questions;
    for (const q of [q1!, q2!]) {
      expect(q.answer).toStrictEqual({
        text: "Samen beantwoord.",
        kind: "direct",
        refersTo: [],
        resolvedFrom: null,
        resolved: "Samen beantwoord.",
        targets: [],
        group: [1, 2],
        extra: null,
        line: 10,
      });
    }
    expect(q3!.answer).toMatchObject({ text: "Alleen.", group: null, line: 12 });
  });

  it("still resolves a set in which only a passing mention refers", () => {
    const [q1, q2] = setOf("?", "Een.", "?", "In aanvulling op het antwoord op vraag 1 meld ik dit.").sets[0]!.questions;
    expect(q1!.answer).toMatchObject({ refersTo: [], targets: [] });
    expect(q2!.answer).toMatchObject({ kind: "direct", refersTo: [1], targets: [target([1], "Een.")] });
  });

  it("still resolves a set in which every answer mentions another", () => {
    const [q1, q2] = setOf("?", "Zie ook het antwoord op vraag 2 hierover.", "?", "In aanvulling op het antwoord op vraag 1 meld ik dit.").sets[0]!.questions;
    expect(q1!.answer).toMatchObject({ refersTo: [2], targets: [target([2], "In aanvulling op het antwoord op vraag 1 meld ik dit.")] });
    expect(q2!.answer).toMatchObject({ refersTo: [1], targets: [target([1], "Zie ook het antwoord op vraag 2 hierover.")] });
  });

  it("still resolves a set in which every answer points elsewhere without naming a question", () => {
    // Without the word "vraag" a pointer is no passing mention: only the pointer itself refers.
    const c = setOf("?", "Zie de antwoorden 2.", "?", "Zie de antwoorden 1.");
    expect(c.sets[0]!.questions.map((q) => mentionedQuestions(q.answer!.text))).toEqual([[], []]);
    expect(c.sets[0]!.questions.map((q) => q.answer!.refersTo)).toEqual([[2], [1]]);
    expect(c.warnings.map((w) => w.message)).toEqual(["kringverwijzing tussen antwoorden (1 → 2 → 1)", "kringverwijzing tussen antwoorden (2 → 1 → 2)"]);
  });
});

describe("references that cannot be followed", () => {
  it.each<[string, string[], number, RegExp[]]>([
    ["a self-reference", ["?", "Een.", "?", "Zie antwoord vraag 2."], 2, [/kringverwijzing tussen antwoorden \(2 → 2\)/]],
    ["a missing target", ["?", "Zie antwoord vraag 9."], 1, [/verwijst naar vraag 9, maar die bestaat niet in deze set/]],
    ["an unanswered target", ["?", "Zie antwoord vraag 2.", "?"], 1, [/verwijst naar vraag 2, maar die vraag heeft geen antwoord/]],
    ["its own group", ["?", "?", "Zie antwoord vraag 2."], 1, [/kringverwijzing tussen antwoorden \(1 → 2\)/]],
    ["a missing target with words of its own", ["?", "Zie antwoord vraag 9. Daarnaast dit."], 1, [/verwijst naar vraag 9, maar die bestaat niet/]],
  ])("%s is not resolved and is reported once, on its line", (_name, lines, number, messages) => {
    const c = setOf(...lines);
    const q = c.sets[0]!.questions[number - 1]!;
    expect(q.answer).toMatchObject({ kind: "direct", resolvedFrom: null, targets: [], extra: null });
    expect(q.answer!.resolved).toBe(q.answer!.text);
    expect(c.warnings).toHaveLength(messages.length);
    messages.forEach((m, i) => {
      expect(c.warnings[i]!.message).toMatch(m);
      expect(c.warnings[i]).toMatchObject({ file: "r.txt", line: q.answer!.line });
    });
    expect(c.stats.referencesResolved).toBe(0);
    expect(c.stats.referencesUnresolved).toBe(q.answer!.group?.length ?? 1);
  });

  it("reads a pointer to question 0 as plain text and still loads the set", () => {
    const c = setOf("?", "Zie antwoord vraag 0.", "?", "Twee.");
    expect(c.sets[0]!.questions[0]!.answer).toMatchObject({ kind: "direct", refersTo: [], targets: [] });
    expect(c.warnings).toEqual([]);
  });

  it("reports a cycle on both answers, with the way round", () => {
    const c = setOf("?", "Zie antwoord vraag 2.", "?", "Zie antwoord vraag 1.");
    expect(c.sets[0]!.questions.map((q) => q.answer!.targets)).toEqual([[], []]);
    expect(c.warnings.map((w) => [w.line, w.message])).toEqual([
      [9, "kringverwijzing tussen antwoorden (1 → 2 → 1)"],
      [11, "kringverwijzing tussen antwoorden (2 → 1 → 2)"],
    ]);
    expect(c.stats.referencesUnresolved).toBe(2);
  });

  it("still shows the targets that can be followed", () => {
    const c = setOf("?", "Een.", "?", "Zie de antwoorden op vragen 1 en 7.", "?", "Zie antwoorden op vragen 4 en 1.", "?", "Zie antwoord vraag 3.");
    const [, q2, q3, q4] = c.sets[0]!.questions;
    expect(q2!.answer!.targets).toEqual([target([1], "Een.")]);
    expect(q3!.answer!.targets).toEqual([target([1], "Een.")]);
    expect(q4!.answer!.targets).toEqual([target([1], "Een.", [3])]);
    expect(c.warnings.map((w) => w.message)).toEqual([
      "antwoord verwijst naar vraag 7, maar die bestaat niet in deze set",
      "kringverwijzing tussen antwoorden (3 → 4 → 3)",
      "kringverwijzing tussen antwoorden (4 → 3 → 4)",
    ]);
    expect(c.stats.referencesResolved).toBe(3);
  });

  it("does not resolve a chain that ends in a missing answer, and reports it where it breaks", () => {
    const c = setOf("?", "Zie antwoord vraag 5.", "?", "Zie antwoord vraag 1.");
    expect(c.sets[0]!.questions.map((q) => q.answer!.resolvedFrom)).toEqual([null, null]);
    expect(c.warnings.map((w) => [w.line, w.message])).toEqual([[9, "antwoord verwijst naar vraag 5, maar die bestaat niet in deze set"]]);
  });

  it("ignores a passing mention of a missing or unanswered question without a warning", () => {
    const c = setOf("?", "Zoals in het antwoord op vraag 8 en in het antwoord op vraag 2 staat.", "?");
    expect(c.sets[0]!.questions[0]!.answer!.targets).toEqual([]);
    expect(c.warnings).toEqual([]);
  });
});

describe("resolveReferences on blocks", () => {
  it("works on block indexes, so a block is resolved once for all its questions", () => {
    const r = resolveReferences(["Een.", "Zie antwoord vraag 1."], [0, null, 1, 1]);
    expect(r.problems).toEqual([]);
    expect(r.blocks[1]).toEqual({ lead: { targets: [1], rest: "" }, pointing: true, targets: [target([1], "Een.")] });
    expect(r.blocks[0]).toEqual({ lead: null, pointing: false, targets: [] });
  });
  it("reports problems by block", () => {
    const r = resolveReferences(["Zie antwoord vraag 2.", "Zie antwoord vraag 3."], [0, null, 1]);
    expect(r.problems).toEqual([
      { block: 0, message: "antwoord verwijst naar vraag 2, maar die vraag heeft geen antwoord" },
      { block: 1, message: "kringverwijzing tussen antwoorden (3 → 3)" },
    ]);
    expect(r.blocks.map((b) => b.pointing)).toEqual([false, false]);
  });
});

describe("reading references", () => {
  it.each<[string, number[]]>([
    ["3", [3]],
    ["3 en 4", [3, 4]],
    ["1, 2 en 5", [1, 2, 5]],
    ["4-7", [4, 5, 6, 7]],
    ["4–6", [4, 5, 6]],
    ["2 t/m 4", [2, 3, 4]],
    ["2 tot en met 4", [2, 3, 4]],
    ["7-4", [7, 4]],
    ["1-80", [1, 80]],
    ["3, 3 en 4", [3, 4]],
    ["- 5", [5]],
    ["0", []],
    ["0-2", [2]],
    [" 3 ", [3]],
    ["30-33", [30, 31, 32, 33]],
    ["1-50", [...Array.from({ length: 50 }, (_, i) => i + 1)]],
    ["1-51", [1, 51]],
    ["3 en a4", [3]],
    ["4a, 5", [5]],
    ["3 tot 5", []],
  ])("expands %s", (list, expected) => expect(expandNumbers(list)).toEqual(expected));

  it.each<[string, number[] | null, string]>([
    ["Zie antwoord vraag 3.", [3], ""],
    ["Zie het antwoord op vraag 5. Het OM werkt.", [5], "Het OM werkt."],
    ["Nee, zie antwoord 6.", [6], ""],
    ["Ja; zie mijn antwoord bij vraag 2:", [2], ""],
    ["Ik verwijs u naar de beantwoording van de vragen 2 en 3. Verder niets.", [2, 3], "Verder niets."],
    ["Verwijs ik naar het antwoord op vraag 4", [4], ""],
    ["Zie antwoord vraag 3.\nTweede alinea.", [3], "Tweede alinea."],
    ["Zie antwoord vraag 3. Meer.\nTweede alinea.", [3], "Meer.\nTweede alinea."],
    ["Zie antwoord vraag 3.\n  Tweede alinea.\nDerde alinea.  ", [3], "Tweede alinea.\nDerde alinea."],
    ["ZIE ANTWOORD VRAAG 3.", [3], ""],
    ["Zie antwoord vraag 3 en 4: daarom.", [3, 4], "daarom."],
    ["Zie het antwoord op vraag 2", [2], ""],
    ["  Zie antwoord vraag 3.  ", [3], ""],
    ["\nZie antwoord vraag 3.\nTweede alinea.", [3], "Tweede alinea."],
    ["\n\n  Zie antwoord vraag 3.", [3], ""],
    ["Het antwoord op vraag 3 is ja.", null, ""],
    ["Tekst.\nZie antwoord vraag 3.", null, ""],
    ["Zie de bijlage.", null, ""],
    ["Zie antwoord 0.", null, ""],
  ])("%j points to %j", (text, targets, rest) => {
    const lead = leadingReference(text);
    expect(lead).toEqual(targets === null ? null : { targets, rest });
  });

  it("finds passing mentions in the order the text names them, once each", () => {
    expect(mentionedQuestions("Zie antwoord 7. Zoals in de beantwoording van vraag 2 en in het antwoord op vragen 4 en 2, en zie het antwoord 1.")).toEqual([7, 2, 4, 1]);
    expect(mentionedQuestions("In het antwoord op vraag 3 en het antwoord op vraag 3 staat dit.")).toEqual([3]);
    expect(mentionedQuestions("Geen verwijzing naar vraag 3 hier.")).toEqual([]);
    expect(mentionedQuestions("ZOALS IN HET ANTWOORD OP VRAAG 5 EN ZIE ANTWOORD 6.")).toEqual([5, 6]);
    expect(mentionedQuestions("Vraag 4 is lastig; antwoord 4 ook.")).toEqual([]);
  });
});

describe("the seed dump", () => {
  it("keeps its counts and resolves every pointing answer to answers shown in full", () => {
    const c = seedCorpus();
    expect(c.stats).toMatchObject({ sets: 20, questions: 213, answered: 125, referencesResolved: 21, referencesUnresolved: 0 });
    expect(c.warnings).toEqual([]);
    for (const set of c.sets)
      for (const q of set.questions) {
        const a = q.answer;
        if (!a) continue;
        for (const t of a.targets) for (const n of t.numbers) expect(set.questions[n - 1]!.answer!.text).toBe(t.text);
        if (a.kind !== "direct") expect(a.targets.length).toBeGreaterThan(0);
      }
    const politie = c.sets.find((s) => s.title === "De politiebegroting")!;
    expect(politie.questions[3]!.answer!.targets).toEqual([target([3], politie.questions[2]!.answer!.text)]);
  });
});
