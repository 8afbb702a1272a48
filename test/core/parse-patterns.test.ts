import { describe, expect, it } from "vitest";
import { parseDump } from "../../src/core/parse.js";
import { stripFootnotes, footnoteNumbers } from "../../src/core/text.js";
import { opensLikeQuestion } from "../../src/core/classify.js";
import {
  HUURWONINGEN,
  HUURWONINGEN_VERVOLG,
  JEUGDZORG,
  SPOOR,
  STIKSTOF,
  headerLines,
  questionCount,
  type FixtureSet,
} from "./fixtures/kamervragen.js";

const texts = (set: FixtureSet) => set.paragraphs.map((p) => p.text);
/** The set without its footnote markers, so only the signals a test names are present. */
const noFootnotes = (set: FixtureSet): FixtureSet => ({
  ...set,
  paragraphs: set.paragraphs.map((p) => ({ ...p, text: p.text.replace(/\?\d+$/, "?") })),
});
/** The set without its opening question. */
const withoutOpener = (set: FixtureSet): FixtureSet => {
  const rest = set.paragraphs.slice(1);
  while (rest[0] && !rest[0].q) rest.shift();
  return { ...set, paragraphs: rest };
};
const parse = (lines: string[]) => parseDump({ file: "g.txt", content: lines.join("\n") });
const counts = (lines: string[]) => parse(lines).sets.map((s) => s.questions.length);

describe("a headerless set is split off only on two independent signals", () => {
  it.each([
    [
      "news opener and footnote restart",
      [...headerLines(HUURWONINGEN.title), ...texts(HUURWONINGEN), ...texts(STIKSTOF)],
      ["footnote-restart", "news-opener"],
    ],
    [
      "closing question and news opener",
      [...headerLines(JEUGDZORG.title), ...texts(noFootnotes(JEUGDZORG)), ...texts(noFootnotes(SPOOR))],
      ["closing-question", "news-opener"],
    ],
    [
      "closing question and a change of topic",
      [...headerLines(JEUGDZORG.title), ...texts(JEUGDZORG), ...texts(withoutOpener(STIKSTOF))],
      ["closing-question", "topic-change"],
    ],
    [
      "news opener and a change of topic",
      [...headerLines(HUURWONINGEN.title), ...texts(noFootnotes(HUURWONINGEN)), ...texts(noFootnotes(SPOOR))],
      ["news-opener", "topic-change"],
    ],
  ])("splits on %s", (_name, lines, signals) => {
    const r = parse(lines);
    expect(r.sets).toHaveLength(2);
    const [first, glued] = r.sets;
    expect(first!.questions.length + glued!.questions.length).toBe(lines.filter((l) => /\?\d*$/.test(l)).length);
    expect(glued).toMatchObject({ headerless: true, askers: [], addressees: [] });
    const boundary = r.boundaries.find((b) => b.split)!;
    expect(boundary.line).toBe(glued!.line);
    for (const s of signals) expect(boundary.signals).toContain(s);
    expect(boundary.signals.length).toBeGreaterThanOrEqual(2);
  });

  it("names a split-off set after the headline of its first question", () => {
    const r = parse([...headerLines(HUURWONINGEN.title), ...texts(HUURWONINGEN), ...texts(STIKSTOF)]);
    expect(r.sets[1]!.title).toBe("Boeren rond de Veluwe wachten al jaren op een vergunning");
    expect(r.boundaries.find((b) => b.split)!.title).toBe(r.sets[1]!.title);
  });

  it.each([
    [
      "a second question that also opens like a news item",
      [
        "Bent u bekend met het artikel «Agenten in Rotterdam draaien structureel dubbele diensten»? 1)",
        "Bent u bekend met de berichten dat de politie in Rotterdam door onderbezetting agenten uit andere eenheden moet inzetten?",
        "Hoeveel agenten draaien in de eenheid Rotterdam op dit moment dubbele diensten?",
        "Wat doet u om de onderbezetting van de politie in Rotterdam op te lossen?",
      ],
      ["news-opener"],
    ],
    [
      "questions 1–3 that all open with «Bent u bekend met»",
      [
        "Bent u bekend met het bericht «Huurders krijgen maximale huurverhoging»?1",
        "Bent u bekend met het bericht «Corporaties verhogen huur sociale huurwoningen»?2",
        "Bent u bekend met het artikel «Huurachterstanden bij corporaties lopen op»?3",
        "Hoeveel huurders van een sociale huurwoning kregen dit jaar de maximale huurverhoging?",
        "Welke afspraken heeft u met corporaties gemaakt over huurbevriezing voor huurders met een laag inkomen?",
        "Hoe voorkomt u dat huurders met een huurachterstand hun sociale huurwoning uit moeten?",
      ],
      ["news-opener"],
    ],
    [
      "a news opener on the same subject",
      [...texts(noFootnotes(HUURWONINGEN)), ...texts(noFootnotes(HUURWONINGEN_VERVOLG))],
      ["news-opener"],
    ],
    [
      "footnote numbering that starts again on the same subject",
      [...texts(HUURWONINGEN), "Hoe verhoudt de huurverhoging zich tot de huurtoeslag voor huurders van sociale huurwoningen?1", "Zie antwoord vraag 4."],
      ["footnote-restart"],
    ],
    [
      "a closing question followed by short questions",
      ["Wat doet u?", "Kunt u deze vragen afzonderlijk beantwoorden?", "Waarom gebeurt dit?", "Hoe lang al?"],
      ["closing-question"],
    ],
  ])("keeps one set with only %s", (_name, body, signals) => {
    const lines = [...headerLines("Eén set"), ...body];
    const r = parse(lines);
    expect(r.sets).toHaveLength(1);
    expect(r.sets[0]!.headerless).toBe(false);
    expect(r.boundaries.every((b) => !b.split)).toBe(true);
    expect(r.boundaries.map((b) => b.signals)).toContainEqual(signals);
  });

  it("does not even consider a change of topic on its own", () => {
    const lines = [...headerLines(JEUGDZORG.title), ...texts(JEUGDZORG).slice(0, -1), ...texts(withoutOpener(STIKSTOF))];
    const r = parse(lines);
    expect(r.sets.map((s) => s.questions.length)).toEqual([questionCount(JEUGDZORG) - 1 + questionCount(STIKSTOF) - 1]);
    expect(r.boundaries).toEqual([]);
  });

  it("always starts a new set at a header, whatever the signals", () => {
    const lines = [
      ...headerLines(HUURWONINGEN.title),
      ...texts(noFootnotes(HUURWONINGEN)),
      ...headerLines(HUURWONINGEN_VERVOLG.title),
      ...texts(noFootnotes(HUURWONINGEN_VERVOLG)),
    ];
    expect(counts(lines)).toEqual([questionCount(HUURWONINGEN), questionCount(HUURWONINGEN_VERVOLG)]);
    expect(parse(lines).boundaries).toEqual([]);
  });

  it("records where each boundary was inferred, split or not", () => {
    const lines = [...headerLines(HUURWONINGEN.title), ...texts(HUURWONINGEN), ...texts(STIKSTOF)];
    const r = parse(lines);
    const at = lines.indexOf(STIKSTOF.paragraphs[0]!.text) + 1;
    expect(r.boundaries).toEqual([
      expect.objectContaining({ file: "g.txt", line: at, split: true, similarity: expect.any(Number) }),
    ]);
  });
});

describe("questions without a question mark", () => {
  const unanswered = (...body: string[]) => parse([...headerLines("Open set"), ...body]).sets;

  it("counts a question that ends in a full stop and footnote markers, in a set without answers", () => {
    const [set] = unanswered(
      "Bent u op de hoogte van de voortgang van het actieplan tegen femicide?",
      "Wanneer kan de Kamer de informatie verwachten zoals aangegeven in de brief en de uitvoering van de motie Bikker-Van den Hil.2 3",
      "Hoe staat het met de nationale femicide-monitor?",
    );
    expect(set!.questions.map((q) => q.text)).toEqual([
      "Bent u op de hoogte van de voortgang van het actieplan tegen femicide?",
      "Wanneer kan de Kamer de informatie verwachten zoals aangegeven in de brief en de uitvoering van de motie Bikker-Van den Hil.",
      "Hoe staat het met de nationale femicide-monitor?",
    ]);
    expect(set!.questions.every((q) => q.block === null)).toBe(true);
  });

  it("counts such a question when it is the last one", () => {
    const [set] = unanswered("Hoeveel meldingen zijn er gedaan?", "Wanneer ontvangt de Kamer de evaluatie van de pilot.1");
    expect(set!.questions.map((q) => q.text)).toEqual(["Hoeveel meldingen zijn er gedaan?", "Wanneer ontvangt de Kamer de evaluatie van de pilot."]);
  });

  it("counts a closing request as a question in a set without answers", () => {
    const [set] = unanswered(
      "Kent u het bericht «Wachtlijsten in de jeugdzorg lopen op»?",
      "Hoeveel kinderen wachten op jeugdhulp?",
      "Graag een reactie op het rapport van de Inspectie Gezondheidszorg en Jeugd over de wachttijden.",
    );
    expect(set!.questions).toHaveLength(3);
    expect(set!.answerBlocks).toEqual([]);
  });

  it.each(["Wanneer", "Hoe", "Waarom", "Wat", "Welke", "Bent u", "Kunt u", "Deelt u", "Is het", "Klopt het"])(
    "in an answered set, a paragraph opening with «%s» among questions before the first answer is a question",
    (opener) => {
      const rest: Record<string, string> = {
        Wanneer: "verschijnt het rapport van de inspectie.",
        Hoe: "groot is het tekort aan rechercheurs in de regio.",
        Waarom: "is de pilot in Groningen gestopt.",
        Wat: "is de stand van zaken van de aanbesteding.",
        Welke: "gemeenten doen mee aan het programma.",
        "Bent u": "bereid de Kamer hierover te informeren.",
        "Kunt u": "per regio aangeven hoeveel meldingen er waren.",
        "Deelt u": "de mening dat dit anders moet.",
        "Is het": "waar dat de pilot is stopgezet.",
        "Klopt het": "dat de pilot is stopgezet.",
      };
      const paragraph = `${opener} ${rest[opener]}`;
      const [set] = unanswered("Kent u het bericht «Pilot gestopt»?", paragraph, "Ja, de pilot is in maart gestopt.", "Wat gaat u nu doen?", "Ik wacht de evaluatie af.");
      expect(set!.questions.map((q) => q.text)).toEqual(["Kent u het bericht «Pilot gestopt»?", paragraph, "Wat gaat u nu doen?"]);
      expect(set!.answerBlocks[0]!.questionIndexes).toEqual([0, 1]);
    },
  );

  it.each([
    "Wanneer het rapport verschijnt, stuur ik het naar uw Kamer.",
    "Wat betreft de kosten verwijs ik naar de begroting.",
    "Wat ik bedoelde met mijn uitspraken is dat er regels zijn.",
    "Waar relevant zijn antwoorden samengevoegd om herhaling te voorkomen.",
    "Hoe dan ook blijft de politie alert.",
  ])("keeps «%s» as an answer", (paragraph) => {
    const [set] = unanswered("Wat gaat u doen?", paragraph, "Welke termijn geldt?", "Drie weken.");
    expect(set!.questions.map((q) => q.text)).toEqual(["Wat gaat u doen?", "Welke termijn geldt?"]);
    expect(set!.answerBlocks[0]!.paragraphs).toEqual([paragraph]);
  });

  it.each([
    "Wanneer verschijnt het rapport van de inspectie.",
    "Welke gemeenten doen mee aan het programma.",
    "Graag een reactie op het rapport.",
  ])("after the first answer, «%s» belongs to the answer", (paragraph) => {
    const [set] = unanswered("Wat gaat u doen?", "Ik wacht het rapport af.", paragraph, "Wanneer komt het?");
    expect(set!.questions.map((q) => q.text)).toEqual(["Wat gaat u doen?", "Wanneer komt het?"]);
    expect(set!.answerBlocks[0]!.paragraphs).toEqual(["Ik wacht het rapport af.", paragraph]);
  });

  it.each([
    ["Wanneer kan de Kamer dit verwachten.", true],
    ["Hoe groot is het tekort", true],
    ["Is er sprake van een tekort.", true],
    ["Wanneer de evaluatie klaar is, stuur ik die.", false],
    ["Wat de kosten betreft: zie de begroting.", false],
    ["Het is waar dat de pilot is gestopt.", false],
    ["Ja.", false],
  ])("%s opens like a question: %s", (text, expected) => expect(opensLikeQuestion(text)).toBe(expected));
});

describe("footnote markers after a full stop", () => {
  it.each([
    ["uitvoering van de motie Bikker-Van den Hil.2 3", "uitvoering van de motie Bikker-Van den Hil.", [2, 3]],
    ["zoals eerder gemeld….1", "zoals eerder gemeld….", [1]],
    ["verwachten van het OM.1, 2", "verwachten van het OM.", [1, 2]],
    ["jl.1, waarin", "jl., waarin", [1]],
    // Numbers that are part of the words stay.
    ["in totaal 2.194 studenten.", "in totaal 2.194 studenten.", []],
    ["artikel 2.1", "artikel 2.1", []],
    ["Kamerstuk 29 279, nr. 890", "Kamerstuk 29 279, nr. 890", []],
  ])("%s", (input, stripped, numbers) => {
    expect(stripFootnotes(input)).toBe(stripped);
    expect(footnoteNumbers(input)).toEqual(numbers);
  });
});
