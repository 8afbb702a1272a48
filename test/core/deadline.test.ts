import { describe, expect, it } from "vitest";
import { dueDate, waitingOf } from "../../src/core/deadline.js";
import type { QuestionSet } from "../../src/core/model.js";

function open(submitted: string | null, postponed: string | null = null, notice: string | null = null): QuestionSet {
  return {
    id: "x-000000",
    title: "X",
    headerless: false,
    askers: [],
    addressees: [],
    source: { file: "a.json", line: 1 },
    questions: [{ number: 1, text: "Waarom?", answer: null, line: 1 }],
    notice,
    official: { caseNumber: "2026Z00001", url: "https://example.org", submitted, answered: null, postponed },
  };
}

describe("dueDate", () => {
  it("is the last day of the term: overdue exactly on the days after it", () => {
    const set = open("2026-01-05");
    expect(dueDate(set)).toBe("2026-01-26");
    expect(waitingOf(set, "2026-01-26")!.overdueDays).toBe(0);
    expect(waitingOf(set, "2026-01-27")!.overdueDays).toBe(1);
  });

  it("gives six weeks after a postponement, by date or by notice", () => {
    expect(dueDate(open("2026-01-05", "2026-01-20"))).toBe("2026-02-16");
    expect(dueDate(open("2026-01-05", null, "Uitstel"))).toBe("2026-02-16");
    expect(waitingOf(open("2026-01-05", "2026-01-20"), "2026-02-17")!.overdueDays).toBe(1);
  });

  it("is null without a date a term can be counted from", () => {
    expect(dueDate(open(null))).toBeNull();
    expect(dueDate(open("2026-13-45"))).toBeNull();
    expect(dueDate({ ...open(null), official: undefined })).toBeNull();
  });
});
