import { describe, expect, it } from "vitest";
import { formatParagraphs, formatPeople, MISSING_TABLE_HEADER } from "../../src/core/format.js";
import { seedCorpus } from "../helpers.js";

const corpus = seedCorpus();
const opleiding = corpus.sets.find((s) => s.title.startsWith("De verantwoordelijkheid voor het politieonderwijs"))!;
const tables = formatParagraphs(opleiding.questions.find((q) => q.number === 2)!.answer!.text);

describe("tables in answers", () => {
  it("keeps the seed's year row as the header of its table, not as a data row", () => {
    expect(tables).toContain("Studenten: 2022 · 2023 · 2024\n• Kerntaak Opsporing: 153 · 101 · 73");
    expect(tables).not.toContain("• Studenten");
  });
  it("says so when the seed's table lost its header row", () => {
    expect(tables).toContain(`${MISSING_TABLE_HEADER}\n• Basispolitieopleiding (PO21): 2.194 · 2.093 · 2.102`);
    expect(tables.split(MISSING_TABLE_HEADER)).toHaveLength(2);
  });
  it("takes short text cells after an introduction as the header row", () => {
    const out = formatParagraphs(["Het budget ziet er zo uit:", "Post", "Begroot", "Besteed", "ICT", "€ 5 mln", "€ 7 mln", "Personeel", "12", "11"].join("\n"));
    expect(out).toBe("Het budget ziet er zo uit:\n\nPost: Begroot · Besteed\n• ICT: € 5 mln · € 7 mln\n• Personeel: 12 · 11");
  });
  it("reads a header of years without a label cell", () => {
    const out = formatParagraphs(["Aantallen:", "2023", "2024", "2025", "Meldingen", "10", "12", "14"].join("\n"));
    expect(out).toBe("Aantallen:\n\n2023 · 2024 · 2025\n• Meldingen: 10 · 12 · 14");
  });
  it("does not take years that do not count up, or ordinary lines, for a header", () => {
    const out = formatParagraphs(["Zie hieronder.", "Jaartallen", "2024", "2019", "Daarna", "Nog iets", "Zaken", "3", "4"].join("\n"));
    expect(out).toContain(`${MISSING_TABLE_HEADER}\n• Jaartallen: 2024 · 2019`);
    expect(out).toContain("Daarna\n\nNog iets");
  });
});

describe("people of a set", () => {
  const base = corpus.sets[0]!;
  it("shows askers and addressees when both are known", () => {
    expect(formatPeople({ ...base, askers: [{ name: "Songül Mutluer", party: "PvdA" }], addressees: ["David van Weel"] })).toBe(
      "Songül Mutluer (PvdA) → David van Weel",
    );
  });
  it("shows only what is known and nothing when neither is", () => {
    expect(formatPeople({ ...base, askers: [], addressees: ["David van Weel"] })).toBe("aan David van Weel");
    expect(formatPeople({ ...base, askers: [{ name: "Kati Piri", party: null }], addressees: [] })).toBe("Kati Piri");
    expect(formatPeople({ ...base, askers: [], addressees: [] })).toBe("");
  });
});
