import { describe, expect, it } from "vitest";
import { dropClosers, dropFinalParenthetical, isQuestionLine, questionTail } from "../../src/core/classify.js";

// The scans replace these end-anchored regexes, which are quadratic on long
// text; on ordinary lines both must give the same result.
const FINAL_PARENTHETICAL = /\s*\([^()]*\)\s*$/;
const CLOSERS = /["»”'’)\s]+$/;

describe("dropFinalParenthetical", () => {
  it.each<[string, string]>([
    ["Klopt dat? (NRC, 2 april 2025)", "Klopt dat?"],
    ["Klopt dat?(NRC)", "Klopt dat?"],
    ["Klopt dat?( NRC )", "Klopt dat?"],
    ["Klopt dat? \t\u00a0(NRC)", "Klopt dat?"],
    ["Klopt dat? (NRC) (AD)", "Klopt dat? (NRC)"],
    ["(NRC)", ""],
    ["  (NRC)", ""],
    ["Klopt dat? (zie bijlage", "Klopt dat? (zie bijlage"],
    ["Klopt dat?)", "Klopt dat?)"],
    ["Klopt dat? (zie (bijlage))", "Klopt dat? (zie (bijlage))"],
    ["Klopt dat? (zie bijlage) en verder)", "Klopt dat? (zie bijlage) en verder)"],
    ["Klopt dat? (NRC) en meer", "Klopt dat? (NRC) en meer"],
    ["Klopt dat?", "Klopt dat?"],
    [")", ")"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(dropFinalParenthetical(text)).toBe(expected);
    expect(text.replace(FINAL_PARENTHETICAL, "")).toBe(expected);
  });
});

describe("dropClosers", () => {
  it.each<[string, string]>([
    ['Klopt dat?"', "Klopt dat?"],
    ["«Klopt dat?»", "«Klopt dat?"],
    ["“Klopt dat?”", "“Klopt dat?"],
    ["'Klopt dat?'", "'Klopt dat?"],
    ["‘Klopt dat?’", "‘Klopt dat?"],
    ["Klopt dat?)", "Klopt dat?"],
    ["Klopt dat? » ”)\u00a0", "Klopt dat?"],
    ["Klopt dat? (NRC", "Klopt dat? (NRC"],
    ["Klopt dat?", "Klopt dat?"],
    ['»")', ""],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(dropClosers(text)).toBe(expected);
    expect(text.replace(CLOSERS, "")).toBe(expected);
  });
});

describe("questionTail", () => {
  it.each<[string, string]>([
    ["Klopt dat? (NRC) (AD) (Trouw)", "Klopt dat?"],
    // A footnote after a non-breaking space: the space must go before the sources are counted.
    ["Klopt dat? (NRC) (AD) (Trouw)\u00a0[1]", "Klopt dat?"],
    ["Klopt dat?1 2", "Klopt dat?"],
    ["Het bericht «Klopt dat?» (NRC, 2 april 2025)", "Het bericht «Klopt dat?"],
    ["Het kabinet reageert later (zie vraag 3?)", "Het kabinet reageert later"],
  ])("%j → %j", (line, expected) => expect(questionTail(line)).toBe(expected));

  it("looks past at most three trailing sources", () => {
    expect(questionTail("Klopt dat? (NRC) (AD) (Trouw) (NOS)").endsWith("?")).toBe(false);
  });
});

describe("isQuestionLine decides on the tail when the line opens like a statement", () => {
  const claim = "Volgens het bericht stijgen de kosten; klopt dat?";
  it.each<[string, boolean]>([
    [claim, true],
    [`${claim} (NRC, 2 april 2025)`, true],
    [`${claim}(NRC)`, true],
    [`${claim}( NRC)`, true],
    [`${claim} (NRC) (AD) (Trouw)`, true],
    [`${claim} (NRC) (AD) (Trouw)\u00a0[1]`, true],
    [`${claim} (NRC) (AD) (Trouw) (NOS)`, false],
    [`${claim} (zie bijlage`, false],
    [`${claim} (zie bijlage) en verder)`, false],
    [`(${claim})`, false],
    [`Volgens (het) bericht stijgen de kosten; klopt dat?)`, true],
    ['Volgens het bericht stijgen de kosten; "klopt dat?"', true],
    ["Volgens het bericht stijgen de kosten; «klopt dat?»", true],
    ["Volgens het bericht stijgen de kosten; “klopt dat?”", true],
    ["Volgens het bericht stijgen de kosten; 'klopt dat?'", true],
    ["Volgens het bericht stijgen de kosten; ‘klopt dat?’", true],
    ["Volgens het bericht stijgen de kosten; « klopt dat? »", true],
    ["Het kabinet reageert later (zie vraag 3?)", false],
    ["Volgens het bericht stijgen de kosten; klopt dat? Nee.", false],
    ["  Kunt u dat toelichten", true],
    ["", false],
  ])("%j → %s", (line, expected) => expect(isQuestionLine(line)).toBe(expected));
});
