import { describe, expect, it } from "vitest";
import { answerLabelNumbers, parsePublication, PublicationFormatError } from "../../src/import/xml.js";
import { AH_XML, KV_XML, NOTICE_XML, OLD_XML } from "./fixtures.js";

describe("parsePublication", () => {
  it("reads questions, subject, addressee and the submission date of a kv-tk publication", () => {
    const p = parsePublication("kv-tk-2024Z17900", KV_XML);
    expect(p.id).toBe("kv-tk-2024Z17900");
    expect(p.caseNumber).toBe("2024Z17900");
    expect(p.subject).toBe("het lerarentekort in het noorden");
    expect(p.addressedTo).toBe("minister van Onderwijs, Cultuur en Wetenschap");
    expect(p.submitted).toBe("2024-11-08");
    expect(p.received).toBeNull();
    expect(p.questions.map((q) => q.label)).toEqual(["Vraag 1", "Vraag 2", "Vraag 3", "Vraag 4", "Vraag 5"]);
    // The footnote reference is a marker, not words; the note itself is not question text.
    expect(p.questions[0]!.paragraphs).toEqual(["Kent u het bericht «Scholen in Friesland zoeken wanhopig leraren»?"]);
    expect(p.answers).toEqual([]);
    expect(p.warnings).toEqual([]);
  });

  it("reads answers with their labels, grouped answers and tables one line a row", () => {
    const p = parsePublication("ah-tk-20242025-611", AH_XML);
    expect(p.received).toBe("2024-11-19");
    expect(p.submitted).toBe("2024-11-08");
    expect(p.answers.map((a) => a.numbers)).toEqual([[1], [2], [3, 4], [5]]);
    expect(p.answers[1]!.paragraphs).toEqual(["Het aantal vacatures per regio staat in de tabel.", "• Regio · Vacatures", "• Friesland · 412", "• Groningen · 305"]);
    expect(p.answers[2]!.paragraphs).toEqual(["Zij-instromers krijgen een subsidie van het Rijk.", "Friesland en Groningen het meest."]);
    expect(p.answers[2]!.questionsBefore).toBe(4);
    expect(p.warnings).toEqual([]);
  });

  it("reads old documents without <nr>, and reports elements it does not know with the publication id", () => {
    const p = parsePublication("ah-tk-20082009-1234", OLD_XML);
    expect(p.subject).toBe("de files op de A2");
    expect(p.submitted).toBe("2009-01-12");
    expect(p.questions).toEqual([
      { label: "Vraag 1", paragraphs: ["Hoe lang staan automobilisten gemiddeld stil?"] },
      { label: "Vraag 2", paragraphs: ["Wanneer is de verbreding klaar?"] },
    ]);
    expect(p.answers[0]).toMatchObject({ label: "Antwoord 1", numbers: [1], paragraphs: ["Gemiddeld 23 minuten per dag."] });
    // Unknown element: its text is kept and the warning names the publication.
    expect(p.answers[1]).toMatchObject({ label: null, numbers: [], paragraphs: ["In 2011.", "De minister"], questionsBefore: 2 });
    expect(p.warnings).toEqual(["ah-tk-20082009-1234: element <handtekening> niet herkend: «De minister»"]);
  });

  it("keeps a postponement notice as a notice", () => {
    const p = parsePublication("ah-tk-20242025-590", NOTICE_XML);
    expect(p.notices).toHaveLength(1);
    expect(p.notices[0]).toMatch(/niet binnen de gebruikelijke termijn/);
    expect(p.received).toBe("2024-11-28");
  });

  it("refuses a truncated document with a typed error", () => {
    const cut = AH_XML.slice(0, AH_XML.length / 2);
    expect(() => parsePublication("ah-tk-20242025-611", cut)).toThrow(PublicationFormatError);
    expect(() => parsePublication("x", "niet eens xml")).toThrow(/geen geldige XML/);
  });

  it("warns about stray text and unknown body elements instead of dropping them", () => {
    const xml = `<officiele-publicatie><kamervragen>losse zin<vraag><al>Waarom?</al></vraag><bijlage><al>Zie bijlage</al></bijlage></kamervragen></officiele-publicatie>`;
    const p = parsePublication("kv-tk-1", xml);
    expect(p.questions).toHaveLength(1);
    expect(p.warnings).toEqual(["kv-tk-1: losse tekst niet herkend: «losse zin»", "kv-tk-1: element <bijlage> niet herkend: «Zie bijlage»"]);
  });
});

describe("answerLabelNumbers", () => {
  it("expands the ways answers name their questions", () => {
    expect(answerLabelNumbers("Antwoord 1")).toEqual([1]);
    expect(answerLabelNumbers("Antwoord op vraag 3 en 4")).toEqual([3, 4]);
    expect(answerLabelNumbers("Antwoord vraag 4-7")).toEqual([4, 5, 6, 7]);
    expect(answerLabelNumbers("Antwoord op vragen 1, 2 en 5")).toEqual([1, 2, 5]);
    expect(answerLabelNumbers("Antwoord")).toEqual([]);
  });
});

describe("headings", () => {
  it("takes a text-only kamervraagkop as the title, without warnings", () => {
    const xml = `<officiele-publicatie><kamervragen><kamervraagkop>Vragen van het lid <naam><voorvoegsels>Van der</voorvoegsels> <achternaam>Plas</achternaam></naam> over iets</kamervraagkop><kamervraagnummer>2025Z00001</kamervraagnummer><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag></kamervragen></officiele-publicatie>`;
    const p = parsePublication("kv-tk-2025Z00001", xml);
    expect(p.title).toBe("Vragen van het lid Van der Plas over iets");
    expect(p.caseNumber).toBe("2025Z00001");
    expect(p.warnings).toEqual([]);
  });
});
