import { describe, expect, it } from "vitest";
import { corpusOf, HEADER, seedCorpus } from "../helpers.js";
import { parseDump } from "../../src/core/parse.js";
import { isQuestionLine } from "../../src/core/classify.js";
import { parseAddressee, parseAsker, parseHeader, splitTopLevel } from "../../src/core/header.js";

const body = (...lines: string[]) => lines.join("\n");

describe("header", () => {
  it("reads title, askers with parties and addressees without role noise", () => {
    const h = parseHeader(HEADER("De politiebegroting.", "Songül Mutluer (PvdA), Raoul White (GroenLinks-PvdA)", "David van Weel (minister , minister ) , van Marum").split("\n"));
    expect(h.title).toBe("De politiebegroting");
    expect(h.askers).toEqual([
      { name: "Songül Mutluer", party: "PvdA" },
      { name: "Raoul White", party: "GroenLinks-PvdA" },
    ]);
    expect(h.addressees).toEqual(["David van Weel", "van Marum"]);
    expect(h.fields).toBe(4);
  });
  it.each([
    ["Omtzigt (Omtzigt)", { name: "Omtzigt", party: "Omtzigt" }],
    ["Struycken", { name: "Struycken", party: null }],
  ])("asker %s", (text, expected) => expect(parseAsker(text)).toEqual(expected));
  it("strips roles from addressees and splits only outside parentheses", () => {
    expect(splitTopLevel("A (x , y ) , B")).toEqual(["A (x , y )", "B"]);
    expect(parseAddressee("Zsolt Szabó (VVD)")).toBe("Zsolt Szabó");
  });
  it("keeps quotes inside a title and drops quotes around it", () => {
    expect(parseHeader(["Het bericht 'Toename van oplichting' |"]).title).toBe("Het bericht 'Toename van oplichting'");
    expect(parseHeader(["«Een kop» |"]).title).toBe("Een kop");
  });
});

describe("question or answer", () => {
  it.each([
    ["Kent u het bericht «X»?1", true],
    ["Kunt u zich herinneren dat gezegd is: “wij doen dat niet”", true],
    ["Bent u bekend met het bericht «Y»? (NRC, 2 april 2025)", true],
    ["Zo ja: hoe groot is het tekort?", true],
    ["Ja.", false],
    ["Zie antwoord vraag 3.", false],
    ["Wat ik bedoelde met mijn uitspraken is dat er regels zijn.", false],
    ["In het vervolgonderzoek Gestalkt. Gezien. Gehoord? De aanpak wordt beschreven.", false],
    ["2.194", false],
  ])("%s → question: %s", (line, expected) => expect(isQuestionLine(line)).toBe(expected));
});

describe("sets", () => {
  it("pairs questions with multi-paragraph answers, tables included", () => {
    const c = corpusOf([
      "a.txt",
      body(HEADER("Opleidingen"), "Hoeveel studenten zijn er?", "Dit zijn de cijfers:", "PO21", "2.194", "2.093", "Meer volgt.", "Waarom niet meer?", "Geld."),
    ]);
    const [q1, q2] = c.sets[0]!.questions;
    expect(q1!.answer!.text).toBe("Dit zijn de cijfers:\nPO21\n2.194\n2.093\nMeer volgt.");
    expect(q2!.answer!.text).toBe("Geld.");
  });

  it("leaves unanswered sets unanswered", () => {
    const c = corpusOf(["a.txt", body(HEADER("Open"), "Kunt u dit toelichten?", "Wanneer komt de brief?", "Hoe staat het ermee?")]);
    expect(c.sets[0]!.questions.map((q) => q.answer)).toEqual([null, null, null]);
    expect(c.stats.unansweredSets).toBe(1);
  });

  it("gives every question of a run the answer block that follows it", () => {
    const c = corpusOf(["a.txt", body(HEADER("Groep"), "Vraag een?", "Antwoord een.", "Vraag twee?", "Vraag drie?", "Vraag vier?", "Samen beantwoord.", "Tweede alinea.")]);
    const qs = c.sets[0]!.questions;
    expect(qs[0]!.answer!.group).toBeNull();
    for (const q of qs.slice(1)) {
      expect(q.answer!.text).toBe("Samen beantwoord.\nTweede alinea.");
      expect(q.answer!.group).toEqual([2, 3, 4]);
    }
  });

  it("folds sub-questions into their umbrella question", () => {
    const c = corpusOf(["a.txt", body(HEADER("Paraplu"), "Kunt u per regio aangeven:", "a. hoeveel meldingen er waren?", "b. hoeveel zaken zijn afgehandeld?", "Ja, zie de bijlage.")]);
    const qs = c.sets[0]!.questions;
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain("b. hoeveel zaken");
    expect(qs[0]!.answer!.text).toBe("Ja, zie de bijlage.");
  });

  it("keeps a postponement notice apart from the answers", () => {
    const c = corpusOf(["a.txt", body(HEADER("Uitstel"), "Kunt u dit toelichten?", "Mededeling: de vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.")]);
    const s = c.sets[0]!;
    expect(s.questions[0]!.answer).toBeNull();
    expect(s.notice).toMatch(/^Mededeling/);
  });
});

describe("references", () => {
  const set = (...answers: string[]) =>
    corpusOf(["r.txt", body(HEADER("Verwijzingen"), ...answers.flatMap((a, i) => [`Vraag nummer ${i + 1}?`, a]))]);

  it.each([
    ["Zie antwoord vraag 1."],
    ["Zie het antwoord op vraag 1."],
    ["Zie mijn antwoord op vraag 1."],
    ["Ja, zie antwoord vraag 1."],
    ["Nee, zie antwoord 1."],
  ])("%s resolves to the answer of question 1", (pointer) => {
    const q2 = set("Het echte antwoord.", pointer).sets[0]!.questions[1]!;
    expect(q2.answer).toMatchObject({ text: pointer, resolvedFrom: 1, resolved: "Het echte antwoord.", refersTo: [1], kind: "reference" });
  });

  it("follows chains 3 → 2 → 1", () => {
    const qs = set("Bron.", "Zie antwoord vraag 1.", "Zie antwoord vraag 2.").sets[0]!.questions;
    expect(qs[2]!.answer).toMatchObject({ resolvedFrom: 1, resolved: "Bron." });
  });

  it("shows the referenced answer and the extra words of a leading reference", () => {
    const q2 = set("Bron.", "Zie het antwoord op vraag 1. Het ministerie kijkt verder.").sets[0]!.questions[1]!;
    expect(q2.answer).toMatchObject({ kind: "leading-reference", resolvedFrom: 1, extra: "Het ministerie kijkt verder." });
    expect(q2.answer!.resolved).toBe("Het ministerie kijkt verder.\n\nBron.");
  });

  it("keeps passing references as text and records them", () => {
    const q2 = set("Bron.", "Zie ook mijn antwoord op vraag 1 over de motie. Verder niets.").sets[0]!.questions[1]!;
    expect(q2.answer).toMatchObject({ kind: "direct", resolvedFrom: null, refersTo: [1] });
    expect(q2.answer!.resolved).toBe(q2.answer!.text);
    const q3 = set("Bron.", "Tekst.", "In aanvulling op het antwoord op vragen 1 en 2 meld ik dit.").sets[0]!.questions[2]!;
    expect(q3.answer!.refersTo).toEqual([1, 2]);
  });

  it("warns about missing targets and cycles without crashing", () => {
    const missing = set("Zie antwoord vraag 9.");
    expect(missing.sets[0]!.questions[0]!.answer).toMatchObject({ resolvedFrom: null, resolved: "Zie antwoord vraag 9." });
    expect(missing.warnings[0]).toMatchObject({ file: "r.txt", line: 9 });
    expect(missing.warnings[0]!.message).toMatch(/vraag 9/);
    const cycle = set("Zie antwoord vraag 2.", "Zie antwoord vraag 1.");
    expect(cycle.sets[0]!.questions.map((q) => q.answer!.resolvedFrom)).toEqual([null, null]);
    expect(cycle.warnings.some((w) => /kringverwijzing/.test(w.message))).toBe(true);
    expect(cycle.stats.referencesUnresolved).toBe(2);
  });
});

describe("sets glued on without a header", () => {
  const first = ["Kent u het bericht «Eerste kop»?1", "Ja.", "Wat gaat u doen?", "Niets."];
  it.each([
    ["a news opener after the closing question", ["Kunt u deze vragen afzonderlijk beantwoorden?", "Bent u bekend met het bericht: «Tweede kop»?", "Ja."]],
    ["a news opener with footnotes restarting at 1", ["Bent u bekend met het bericht: «Tweede kop»?1", "Ja."]],
  ])("splits on %s", (_name, glued) => {
    const c = corpusOf(["g.txt", body(HEADER("Eerste set"), ...first, ...glued)]);
    expect(c.sets).toHaveLength(2);
    expect(c.sets[1]).toMatchObject({ headerless: true, title: "Tweede kop", askers: [], addressees: [] });
    expect(c.sets[1]!.source).toEqual({ file: "g.txt", line: 7 + first.length + glued.length - 1 });
  });
  it.each([
    ["a news opener", ["Bent u bekend met het bericht: «Tweede kop»?", "Ja."]],
    ["footnotes restarting at 1", ["Hoe kijkt u naar «Tweede kop» uit het nieuws?1", "Kritisch."]],
    ["the closing question", ["Kunt u deze vragen afzonderlijk beantwoorden?", "Waarom gebeurt dit?", "Hoe lang al?"]],
  ])("does not split on %s alone", (_name, glued) => {
    const c = corpusOf(["g.txt", body(HEADER("Eerste set"), ...first, ...glued)]);
    expect(c.sets).toHaveLength(1);
    expect(c.boundaries).toEqual([expect.objectContaining({ file: "g.txt", split: false, signals: [expect.any(String)] })]);
  });
  it("does not split on a follow-up news question", () => {
    const c = corpusOf(["g.txt", body(HEADER("Eerste set"), "Kent u het bericht «A»?1", "Kent u ook het bericht «B»?2")]);
    expect(c.sets).toHaveLength(1);
  });
});

describe("duplicates and ids", () => {
  const text = body(HEADER("Een set"), "Wat is er aan de hand?", "Niets.");
  it("keeps one copy of exact duplicates within and across dumps", () => {
    const c = corpusOf(["a.txt", `${text}\n${text}`], ["b.txt", text]);
    expect(c.sets).toHaveLength(1);
    expect(c.stats.duplicatesDropped).toBe(2);
  });
  it("keeps ids stable when other sets are added or files renamed, and when answers arrive", () => {
    const alone = corpusOf(["a.txt", text]).sets[0]!.id;
    const other = corpusOf(["z.txt", body(HEADER("Ander"), "Waarom?", "Daarom.")], ["renamed.txt", text]);
    expect(other.sets.map((s) => s.id)).toContain(alone);
    const unanswered = corpusOf(["a.txt", body(HEADER("Een set"), "Wat is er aan de hand?")]).sets[0]!.id;
    expect(unanswered).toBe(alone);
    expect(alone).toMatch(/^set-[0-9a-f]{6}$/);
  });
  it("prefers the copy with answers", () => {
    const open = body(HEADER("Een set"), "Wat is er aan de hand?");
    const c = corpusOf(["a.txt", open], ["b.txt", text]);
    expect(c.sets).toHaveLength(1);
    expect(c.sets[0]!.questions[0]!.answer?.text).toBe("Niets.");
  });
});

describe("bad input", () => {
  it.each([
    ["empty file", "", /leeg bestand/],
    ["binary file", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), /binair/],
  ])("%s is reported with file and line", (_n, content, message) => {
    const r = parseDump({ file: "x.txt", content });
    expect(r.sets).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ file: "x.txt", line: 1 });
    expect(r.warnings[0]!.message).toMatch(message);
  });
  it("reads a file without header as headerless sets", () => {
    const r = parseDump({ file: "x.txt", content: "Wat is dit?\nEen antwoord." });
    expect(r.sets[0]!.headerless).toBe(true);
    expect(r.warnings.some((w) => /geen kopregels/.test(w.message))).toBe(true);
  });
  it("warns about a truncated header and still loads the questions", () => {
    const r = parseDump({ file: "x.txt", content: "Titel |\n|\nSongül Mutluer (PvdA) |\nWat is dit?\nAntwoord." });
    expect(r.warnings[0]).toMatchObject({ line: 1 });
    expect(r.warnings[0]!.message).toMatch(/onvolledige kop/);
    expect(r.sets[0]).toMatchObject({ title: "Titel", askers: [{ name: "Songül Mutluer", party: "PvdA" }] });
  });
  it("handles a BOM and Windows line endings", () => {
    const text = `\uFEFF${body(HEADER("Crlf"), "Wat is dit?", "Iets.").replace(/\n/g, "\r\n")}`;
    const r = parseDump({ file: "x.txt", content: text });
    expect(r.warnings).toEqual([]);
    expect(r.sets[0]!.title).toBe("Crlf");
    expect(r.sets[0]!.questions[0]!.text).toBe("Wat is dit?");
  });
  it("keeps text before the first question as a question", () => {
    const r = parseDump({ file: "x.txt", content: body(HEADER("Inleiding"), "Vragen van het lid Mutluer aan de minister.", "Wat is dit?") });
    expect(r.sets[0]!.questions).toHaveLength(2);
  });
  it("never loses a body line", () => {
    const lines = ["Wat is dit?", "Antwoord.", "Tabel", "1", "2", "Kunt u deze vragen beantwoorden?", "Ja.", "Waarom?"];
    const c = corpusOf(["x.txt", body(HEADER("Alles"), ...lines)]);
    const seen = c.sets.flatMap((s) => s.questions.flatMap((q) => [q.text, ...(q.answer ? q.answer.text.split("\n") : [])]));
    for (const line of lines) expect(seen).toContain(line);
  });
  it("loads a large file with thousands of sets", () => {
    const one = body(HEADER("Groot"), "Wat is er aan de hand met de begroting?", "Een lang antwoord. ".repeat(40));
    const big = Array.from({ length: 3000 }, (_, i) => one.replace("Groot", `Groot ${i}`)).join("\n");
    const c = corpusOf(["big.txt", big]);
    expect(c.sets).toHaveLength(3000);
  });
});

describe("the seed dump", () => {
  const c = seedCorpus();
  it("loads every unique set once, clean", () => {
    expect(c.warnings).toEqual([]);
    expect(c.stats).toMatchObject({
      sets: 20,
      questions: 213,
      answered: 125,
      duplicatesDropped: 4,
      headerlessSets: 2,
      referencesResolved: 21,
      referencesUnresolved: 0,
    });
  });
  it("finds both glued sets, each on at least two signals, and nothing else", () => {
    expect(c.boundaries.map((b) => [b.line, b.split, b.signals])).toEqual([
      [39, true, ["footnote-restart", "news-opener", "topic-change"]],
      [131, true, ["news-opener", "topic-change"]],
      [179, true, ["closing-question", "footnote-restart", "news-opener", "topic-change"]],
    ]);
    const sport = c.sets.find((s) => s.source.line === 131)!;
    expect(sport).toMatchObject({ headerless: true });
    expect(sport.questions).toHaveLength(13);
  });
  it("splits off the glued OM hack set and names it after its headline", () => {
    const om = c.sets.find((s) => s.title.startsWith("Digitale werkomgeving OM"))!;
    expect(om).toMatchObject({ headerless: true, askers: [], addressees: [] });
    expect(om.questions).toHaveLength(19);
    const grens = c.sets.filter((s) => s.title === "Burgers die de grens menen te moeten bewaken");
    expect(grens.map((s) => s.questions.length).sort()).toEqual([4, 8]);
  });
  it("resolves every pure reference to the right text", () => {
    const politie = c.sets.find((s) => s.title === "De politiebegroting")!;
    const q4 = politie.questions[3]!;
    expect(q4.answer).toMatchObject({ text: "Zie antwoord vraag 3.", resolvedFrom: 3 });
    expect(q4.answer!.resolved).toBe(politie.questions[2]!.answer!.text);
    for (const set of c.sets)
      for (const q of set.questions) {
        if (q.answer?.kind !== "reference") continue;
        const target = set.questions[q.answer.resolvedFrom! - 1]!;
        expect(q.answer.resolved).toBe(target.answer!.resolved);
        expect(target.answer!.kind).toBe("direct");
      }
  });
  it("strips footnotes from what users read", () => {
    const curacao = c.sets.find((s) => s.title.includes("Curaçao"))!;
    expect(curacao.questions[0]!.text).toBe("Bent u bekend met berichten over de aanhoudende problematiek van vuurwapenbezit op Curaçao?");
  });
});

describe("reloading", () => {
  it("reuses parsed files that did not change and reparses those that did", async () => {
    const { buildCorpus } = await import("../../src/core/corpus.js");
    const cache = new Map();
    const a = { file: "a.txt", content: `${HEADER("Eerste")}\nWat is dit?`, modified: new Date(1) };
    const b = { file: "b.txt", content: `${HEADER("Tweede")}\nWaarom?`, modified: new Date(1) };
    const first = buildCorpus([a, b], cache);
    const changed = { ...b, content: `${HEADER("Tweede")}\nWaarom?\nDaarom.`, modified: new Date(2) };
    const second = buildCorpus([a, changed], cache);
    expect(second.sets[0]).toBe(first.sets[0]);
    expect(second.sets[1]!.questions[0]!.answer?.text).toBe("Daarom.");
    expect(cache.size).toBe(2);
    expect(buildCorpus([a], cache).sets).toHaveLength(1);
    expect(cache.size).toBe(1);
  });
});
