import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/core/corpus.js";
import { caseToSet, parseImportedFile, type CaseDocument, type CaseFile } from "../../src/import/case-file.js";
import { parsePublication } from "../../src/import/xml.js";
import { AH_XML, KV_XML, NOTICE_XML } from "./fixtures.js";
import type { SeedWarning } from "../../src/core/model.js";

const BASE = "https://zoek.officielebekendmakingen.nl";

function doc(kind: CaseDocument["kind"], documentNumber: string, date: string, id: string, xml: string): CaseDocument {
  return { kind, documentNumber, date, changed: `${date}T10:00:00Z`, url: `${BASE}/${id}.html`, publication: parsePublication(id, xml) };
}

const kv = doc("questions", "2024D43000", "2024-11-08", "kv-tk-2024Z17900", KV_XML);
const notice = doc("postponement", "2024D46000", "2024-11-28", "ah-tk-20242025-590", NOTICE_XML);
const ah = doc("answer", "2024D47000", "2024-12-10", "ah-tk-20242025-611", AH_XML);

function caseFile(documents: CaseDocument[]): CaseFile {
  return {
    version: 1,
    case: { id: "1b3c5d7e-0000-4000-8000-000000000001", number: "2024Z17900", subject: "Vragen van het lid Soepboer over het lerarentekort in het noorden", year: "2024-2025", started: "2024-11-08T00:00:00+01:00" },
    askers: [{ name: "J.A. Soepboer", party: "NSC" }],
    addressees: ["E.E.W. Bruins"],
    documents,
  };
}

describe("caseToSet", () => {
  it("an open case becomes an unanswered set with its submission date and a link to the questions", () => {
    const warnings: SeedWarning[] = [];
    const set = caseToSet(caseFile([kv]), "imported/2024Z17900.json", warnings)!;
    expect(set.title).toBe("Het lerarentekort in het noorden");
    expect(set.questions).toHaveLength(5);
    expect(set.questions.every((q) => q.answer === null)).toBe(true);
    expect(set.askers).toEqual([{ name: "J.A. Soepboer", party: "NSC" }]);
    expect(set.addressees).toEqual(["E.E.W. Bruins"]);
    expect(set.official).toEqual({ caseNumber: "2024Z17900", url: `${BASE}/kv-tk-2024Z17900.html`, submitted: "2024-11-08", answered: null, postponed: null });
    expect(warnings).toEqual([]);
  });

  it("keeps its id when the postponement and then the answers arrive", () => {
    const open = caseToSet(caseFile([kv]), "f", [])!;
    const postponed = caseToSet(caseFile([kv, notice]), "f", [])!;
    const answered = caseToSet(caseFile([kv, notice, ah]), "f", [])!;
    expect(postponed.id).toBe(open.id);
    expect(answered.id).toBe(open.id);
    expect(postponed.official?.postponed).toBe("2024-11-28");
    expect(postponed.notice).toMatch(/niet binnen de gebruikelijke termijn/);
    expect(answered.official).toMatchObject({ answered: "2024-11-19", postponed: "2024-11-28", url: `${BASE}/ah-tk-20242025-611.html` });
  });

  it("groups answers, resolves references and keeps table rows", () => {
    const set = caseToSet(caseFile([kv, ah]), "f", [])!;
    const [q1, q2, q3, q4, q5] = set.questions;
    expect(q1!.answer?.text).toBe("Ja.");
    expect(q2!.answer?.text.split("\n")).toContain("• Friesland · 412");
    expect(q3!.answer?.group).toEqual([3, 4]);
    expect(q4!.answer?.text).toBe(q3!.answer?.text);
    expect(q5!.answer).toMatchObject({ kind: "reference", resolvedFrom: 2 });
    expect(q5!.answer?.resolved).toBe(q2!.answer?.text);
  });

  it("builds the set from the answer publication when the questions were not published separately", () => {
    const set = caseToSet(caseFile([ah]), "f", [])!;
    expect(set.id).toBe(caseToSet(caseFile([kv]), "f", [])!.id);
    expect(set.questions.filter((q) => q.answer)).toHaveLength(5);
  });
});

describe("parseImportedFile", () => {
  it("reports a broken or foreign file as a warning, never throws", () => {
    expect(parseImportedFile({ file: "imported/x.json", content: "{" }).warnings[0]!.message).toMatch(/geen geldig importbestand \(JSON\)/);
    expect(parseImportedFile({ file: "imported/x.json", content: '{"version":1}' }).warnings[0]!.message).toMatch(/geen geldig importbestand: case/);
  });

  it("an imported set has the same id as the same set from a dump", () => {
    const imported = { file: "imported/2024Z17900.json", content: JSON.stringify(caseFile([kv, ah])) };
    const set = parseImportedFile(imported).sets[0]!;
    const dumpText = [
      "Het lerarentekort in het noorden |", "|", "Soepboer (NSC) |", "|", "Bruins (minister) |", "|", "![]() |",
      ...set.questions.map((q) => q.text),
    ].join("\n");
    const dump = { file: "000.txt", content: dumpText };
    expect(buildCorpus([dump]).sets[0]!.id).toBe(set.id);
  });
});
