import { describe, expect, it } from "vitest";
import { corpusOf, HEADER } from "../helpers.js";
import { answerSummary, closeHitsSection, questionReply, setSubtitle, setUrl } from "../../commands/render.js";
import type { QuestionSet } from "../../src/core/model.js";
import type { ReplySection } from "../../src/core/reply.js";

/** "?" stands for the next numbered question; other lines are answer paragraphs. */
function setOf(...lines: string[]) {
  let n = 0;
  const body = lines.map((l) => (l === "?" ? `Vraag nummer ${++n}?` : l));
  return corpusOf(["r.txt", [HEADER("Verwijzingen"), ...body].join("\n")]).sets[0]!;
}

/** The sections after the question itself. */
function answerPart(lines: string[], number: number): { sections: ReplySection[]; status: string } {
  const set = setOf(...lines);
  const r = questionReply(set, set.questions[number - 1]!);
  expect(r.sections[0]).toEqual({ heading: `Vraag ${number}`, body: `Vraag nummer ${number}?` });
  return { sections: r.sections.slice(1), status: r.status };
}

describe("an answer and everything it refers to", () => {
  it.each<[string, string[], number, ReplySection[], string]>([
    ["a direct answer", ["?", "Een.\nTweede alinea."], 1, [{ heading: "Antwoord", body: "Een.\n\nTweede alinea." }], "answered"],
    [
      "two targets, each under its own heading",
      ["?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 1 en 2."],
      3,
      [
        { body: "Het antwoord verwijst naar vragen 1 en 2: «Zie de antwoorden op vragen 1 en 2.»" },
        { heading: "Antwoord bij vraag 1", body: "Een." },
        { heading: "Antwoord bij vraag 2", body: "Twee." },
      ],
      "referenced",
    ],
    [
      "three targets",
      ["?", "Een.", "?", "Twee.", "?", "Drie.", "?", "Zie antwoord vraag 3, 1 en 2."],
      4,
      [
        { body: "Het antwoord verwijst naar vragen 1, 2 en 3: «Zie antwoord vraag 3, 1 en 2.»" },
        { heading: "Antwoord bij vraag 3", body: "Drie." },
        { heading: "Antwoord bij vraag 1", body: "Een." },
        { heading: "Antwoord bij vraag 2", body: "Twee." },
      ],
      "referenced",
    ],
    [
      "a chain, with the way it went",
      ["?", "Bron.", "?", "Zie antwoord vraag 1.", "?", "Zie antwoord vraag 2."],
      3,
      [
        { body: "Het antwoord verwijst naar vraag 2: «Zie antwoord vraag 2.»" },
        { heading: "Antwoord bij vraag 1 (via vraag 2)", body: "Bron." },
      ],
      "referenced",
    ],
    [
      "a longer chain",
      ["?", "Bron.", "?", "Zie antwoord vraag 1.", "?", "Zie antwoord vraag 2.", "?", "Zie antwoord vraag 3."],
      4,
      [
        { body: "Het antwoord verwijst naar vraag 3: «Zie antwoord vraag 3.»" },
        { heading: "Antwoord bij vraag 1 (via vragen 3 en 2)", body: "Bron." },
      ],
      "referenced",
    ],
    [
      "a grouped answer as target",
      ["?", "?", "Samen.", "?", "Zie de antwoorden op vragen 1 en 2."],
      3,
      [{ body: "Het antwoord verwijst naar vragen 1 en 2: «Zie de antwoorden op vragen 1 en 2.»" }, { heading: "Antwoord bij vragen 1 en 2", body: "Samen." }],
      "referenced",
    ],
    [
      "a grouped pointing answer",
      ["?", "Een.", "?", "?", "Zie antwoord vraag 1."],
      3,
      [
        { body: "Vragen 2 en 3 zijn samen beantwoord." },
        { body: "Het antwoord verwijst naar vraag 1: «Zie antwoord vraag 1.»" },
        { heading: "Antwoord bij vraag 1", body: "Een." },
      ],
      "referenced",
    ],
    [
      "a leading reference: the whole text, then the targets",
      ["?", "Een.", "?", "Twee.", "?", "Ja, zie de antwoorden op vragen 1 en 2. Meer volgt."],
      3,
      [
        { heading: "Antwoord", body: "Ja, zie de antwoorden op vragen 1 en 2. Meer volgt." },
        { heading: "Antwoord bij vraag 1", body: "Een." },
        { heading: "Antwoord bij vraag 2", body: "Twee." },
      ],
      "referenced",
    ],
    [
      "a passing reference: the answer, then the one it mentions",
      ["?", "Een.", "?", "In aanvulling op het antwoord op vraag 1 meld ik dit."],
      2,
      [
        { heading: "Antwoord", body: "In aanvulling op het antwoord op vraag 1 meld ik dit." },
        { heading: "Antwoord bij vraag 1", body: "Een." },
      ],
      "answered",
    ],
    [
      "a reference that cannot be followed",
      ["?", "Zie antwoord vraag 9."],
      1,
      [{ heading: "Antwoord", body: "Zie antwoord vraag 9." }],
      "answered",
    ],
    [
      "a target with a flattened table",
      ["?", "Cijfers:", "PO21", "2.194", "2.093", "?", "Zie antwoord vraag 1."],
      2,
      [{ body: "Het antwoord verwijst naar vraag 1: «Zie antwoord vraag 1.»" }, { heading: "Antwoord bij vraag 1", body: "Cijfers:\n\n(kolomkoppen ontbreken in de bron)\n• PO21: 2.194 · 2.093" }],
      "referenced",
    ],
  ])("%s", (_name, lines, number, sections, status) => {
    expect(answerPart(lines, number)).toEqual({ sections, status });
  });

  it("shows a pointer with words of its own in full", () => {
    const pointer = `Zie antwoord vraag 1. ${"x".repeat(200)}`;
    const set = setOf("?", "Een.", "?", pointer);
    const a = set.questions[1]!.answer!;
    expect(a.kind).toBe("leading-reference");
    const r = questionReply(set, set.questions[1]!);
    expect(r.sections[1]).toEqual({ heading: "Antwoord", body: pointer });
  });

  it("says an open question is not answered yet, with the postponement notice when there is one", () => {
    const open = setOf("?", "?");
    expect(answerPart(["?", "?"], 1)).toEqual({ sections: [{ heading: "Antwoord", body: "Deze vraag is nog niet beantwoord." }], status: "unanswered" });
    expect(open.notice).toBeNull();
    const notice = `Mededeling: de vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord. ${"Reden. ".repeat(60)}`;
    const withNotice = setOf("?", notice);
    const r = questionReply(withNotice, withNotice.questions[0]!);
    expect(r.status).toBe("unanswered");
    expect(r.sections[1]!.heading).toBe("Antwoord");
    expect(r.sections[1]!.body).toMatch(/^Deze vraag is nog niet beantwoord\. Mededeling: de vragen kunnen niet/);
    expect(r.sections[1]!.body.length).toBeLessThanOrEqual("Deze vraag is nog niet beantwoord. ".length + 300);
    expect(r.sections[1]!.body.endsWith("…")).toBe(true);
  });
});

describe("the frame around an answer", () => {
  const set = setOf("?", "Een.", "?", "Twee.", "?", "Drie.");
  it("without a search: set button and a footer with the position in the set", () => {
    const r = questionReply(set, set.questions[1]!);
    expect(r).toEqual({
      title: "Verwijzingen",
      subtitle: "Songül Mutluer (PvdA) → David van Weel",
      sections: [
        { heading: "Vraag 2", body: "Vraag nummer 2?" },
        { heading: "Antwoord", body: "Twee." },
      ],
      footer: `Set ${set.id} · vraag 2 van 3`,
      status: "answered",
      actions: [{ kind: "set", label: "Hele set", id: set.id, page: 0 }],
    });
  });
  it.each([
    [0, true, [{ kind: "hit", label: "Volgende ▶", query: "q", index: 1 }]],
    [1, true, [{ kind: "hit", label: "◀ Vorige", query: "q", index: 0 }, { kind: "hit", label: "Volgende ▶", query: "q", index: 2 }]],
    [2, false, [{ kind: "hit", label: "◀ Vorige", query: "q", index: 1 }]],
    [0, false, []],
  ])("hit %i (more: %s) offers the right navigation", (index, hasNext, nav) => {
    const r = questionReply(set, set.questions[0]!, { query: "q", index, hasNext });
    expect(r.actions).toEqual([...nav, { kind: "set", label: "Hele set", id: set.id, page: 0 }]);
    expect(r.footer).toBe(`Set ${set.id} · vraag 1 van 3 · resultaat ${index + 1}`);
    expect(r.self).toEqual({ kind: "hit", label: "", query: "q", index });
  });
});

describe("the one-line summary in lists", () => {
  const set = setOf("?", "Een.", "?", "Twee.", "?", "Zie de antwoorden op vragen 1 en 2.", "?", "Eerste alinea.\nTweede alinea.", "?", "Ja, zie antwoord vraag 1. Verder.", "?");
  it.each<[number, string]>([
    [3, "zie vragen 1 en 2: Een. Twee."],
    [4, "Eerste alinea. Tweede alinea."],
    [5, "Ja, zie antwoord vraag 1. Verder."],
    [6, "nog niet beantwoord"],
  ])("question %i: %s", (number, summary) => expect(answerSummary(set.questions[number - 1]!)).toBe(summary));
  it("names one target as 'vraag' and keeps to the length", () => {
    const chain = setOf("?", `${"Lang antwoord. ".repeat(30)}`, "?", "Zie antwoord vraag 1.");
    const s = answerSummary(chain.questions[1]!, 50);
    expect(s.startsWith("zie vraag 1: Lang antwoord.")).toBe(true);
    expect(s.length).toBeLessThanOrEqual("zie vraag 1: ".length + 50);
    expect(answerSummary(chain.questions[0]!, 40).length).toBeLessThanOrEqual(40);
    expect(answerSummary(chain.questions[0]!).length).toBeLessThanOrEqual(160);
    expect(answerSummary(chain.questions[0]!).length).toBeGreaterThan(100);
  });
});

describe("the subtitle and link of one set", () => {
  const dump = setOf("?", "Antwoord.");
  const official = {
    caseNumber: "2024Z17900",
    url: "https://zoek.officielebekendmakingen.nl/ah-tk-20242025-123.html",
    submitted: "2024-11-08",
    postponed: "2024-11-28",
    answered: "2024-12-19",
  };
  const imported = { ...dump, official };

  it("names who asked whom, and for an imported set when it was submitted, postponed and answered", () => {
    const people = "Songül Mutluer (PvdA) → David van Weel";
    expect(setSubtitle(dump)).toBe(people);
    expect(setSubtitle(imported)).toBe(`${people} · ingezonden 8 november 2024 · uitgesteld 28 november 2024 · beantwoord 19 december 2024`);
    expect(setSubtitle({ ...dump, official: { ...official, submitted: null, postponed: null, answered: null } })).toBe(people);
  });

  it("links an imported set to its publication, and a dump set nowhere", () => {
    expect(setUrl(imported)).toEqual({ url: official.url });
    expect(setUrl(dump)).toEqual({});
    expect(setUrl({ ...dump, official: null })).toEqual({});
  });
});

describe("the near ties under /vraag's best hit", () => {
  const [shown, other] = corpusOf(
    ["a.txt", [HEADER("Drones boven gevangenissen"), "Kent u het bericht?", "Ja.", "Wat doet u tegen drones?", "Detectie.", "Hoeveel drones zijn er gezien?", "Tien."].join("\n")],
    ["b.txt", [HEADER("Een set over iets heel anders met een titel die langer is dan zestig tekens"), "Wat doet u tegen drones bij vliegvelden?", "Niets."].join("\n")],
  ).sets as [QuestionSet, QuestionSet];

  it("gives each a numbered line, says which set it is in, and a button only beyond the next result", () => {
    const { section, actions } = closeHitsSection(shown, [{ set: shown, question: shown.questions[2]! }, { set: other, question: other.questions[0]! }], "drones", 2);
    expect(section).toEqual({
      heading: "Past ook bijna even goed",
      body: [
        "2. Vraag 3 van deze set: Hoeveel drones zijn er gezien?",
        "3. Vraag 1 van «Een set over iets heel anders met een titel die langer is…»: Wat doet u tegen drones bij vliegvelden?",
      ].join("\n"),
    });
    expect(actions).toEqual([{ kind: "hit", label: "Bekijk 3", query: "drones", index: 2 }]);
  });

  it("counts from the result number it is given", () => {
    const { section, actions } = closeHitsSection(shown, [{ set: shown, question: shown.questions[1]! }], "drones", 4);
    expect(section.body).toBe("4. Vraag 2 van deze set: Wat doet u tegen drones?");
    expect(actions).toEqual([{ kind: "hit", label: "Bekijk 4", query: "drones", index: 3 }]);
  });

  it("shortens a long question to one line", () => {
    const long = { ...shown.questions[1]!, text: "Wat doet u tegen drones? ".repeat(20) };
    const { section } = closeHitsSection(shown, [{ set: shown, question: long }], "drones", 2);
    expect(section.body.length).toBeLessThanOrEqual("2. Vraag 2 van deze set: ".length + 141);
    expect(section.body).toMatch(/…$/);
  });
});
