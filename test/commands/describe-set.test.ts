import { describe, expect, it } from "vitest";
import { describeSet } from "../../commands/common.js";
import type { QuestionSet } from "../../src/core/model.js";

const base: QuestionSet = {
  id: "drones-gevangenissen-a1b2c3",
  title: "Drones boven gevangenissen",
  headerless: false,
  askers: [{ name: "Ellian", party: "VVD" }],
  addressees: ["minister van Justitie en Veiligheid"],
  source: { file: "x.txt", line: 1 },
  questions: [{ number: 1, text: "Hoeveel drones?", answer: null, line: 2 }],
  notice: null,
};

describe("describeSet", () => {
  it("tells same-titled sets apart by asker, size, state and id, without a date for dump sets", () => {
    expect(describeSet(base)).toBe("Ellian (VVD) · 1 vraag, nog niet beantwoord · drones-gevangenissen-a1b2c3");
  });

  it("adds the submission date of an imported set", () => {
    const set: QuestionSet = {
      ...base,
      official: { caseNumber: "2024Z17900", url: "https://zoek.officielebekendmakingen.nl/kv-tk-2024Z17900", submitted: "2024-11-08", answered: null, postponed: null },
    };
    expect(describeSet(set)).toBe("Ellian (VVD) · ingezonden 8 november 2024 · 1 vraag, nog niet beantwoord · drones-gevangenissen-a1b2c3");
  });
});
