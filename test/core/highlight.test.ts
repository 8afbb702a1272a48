import { describe, expect, it } from "vitest";
import { bestParagraph, focusReply, highlight, markSegments, MARK_CLOSE, MARK_OPEN, queryTerms } from "../../src/core/highlight.js";
import { executeCommand } from "../../commands/run.js";
import { vraag } from "../../commands/vraag.js";
import { zoek } from "../../commands/zoek.js";
import { renderDiscord } from "../../src/adapters/discord.js";
import { renderTelegram } from "../../src/adapters/telegram-html.js";
import { renderPlain } from "../../src/adapters/console.js";
import { replyText, type Reply } from "../../src/core/reply.js";
import { corpusOf, engineFor, HEADER, memoryLogger, seedDeps, seedEngine } from "../helpers.js";
import { consoleCaller } from "../front-end.js";

const engine = seedEngine();
const terms = (q: string) => queryTerms(engine.analyze(q));
const bold = (text: string) => [...text.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1]);
const deps = seedDeps(consoleCaller());
const log = memoryLogger();

describe("highlighting matched words", () => {
  it("marks the words a query matched, by stem, compound part and acronym", () => {
    const text = "Het OM kampt met ICT-problemen; om de storing op te lossen werkt de politie aan de politiebegroting.";
    expect(bold(highlight(text, terms("OM storingen politie"), engine.vocabulary))).toEqual(["OM", "storing", "politie", "politiebegroting"]);
  });

  it("marks a compound the text writes with a hyphen when it was typed joined", () => {
    const text = "Hoe staat het met de femicide-monitor en de ICT-problemen?";
    expect(bold(highlight(text, terms("femicidemonitor"), engine.vocabulary))).toEqual(["femicide-monitor"]);
    expect(bold(highlight(text, terms("ictproblemen"), engine.vocabulary))).toEqual(["ICT-problemen"]);
  });

  it("marks typo corrections and a word still being typed", () => {
    expect(bold(highlight("De uitlevering van een vrouw.", terms("uitleveing"), engine.vocabulary))).toEqual(["uitlevering"]);
    const typing = queryTerms(engine.analyze("femi", true));
    expect(bold(highlight("Over femicide en geweld.", typing, engine.vocabulary))).toEqual(["femicide"]);
  });

  it("splits marked text into runs, tolerating a part cut from a longer text", () => {
    expect(markSegments(`a ${MARK_OPEN}b${MARK_CLOSE} c`)).toEqual([
      { text: "a ", strong: false },
      { text: "b", strong: true },
      { text: " c", strong: false },
    ]);
    expect(markSegments(`${MARK_CLOSE}x ${MARK_OPEN}y`)).toEqual([
      { text: "x ", strong: false },
      { text: "y", strong: true },
    ]);
  });

  it("never lets marks in the source text through unpaired", () => {
    expect(highlight(`stray ${MARK_OPEN} mark`, terms("femicide"), engine.vocabulary)).toBe("stray  mark");
  });

  it("renders bold per platform: Discord markdown, Telegram <b>, console plain", async () => {
    const r = await executeCommand(vraag, { zoekterm: "noodknop provincies" }, deps, log);
    const discord = renderDiscord(r).embeds[0]!.description!;
    expect(discord).toContain("**noodknop**");
    const telegram = renderTelegram(r).join("\n");
    expect(telegram).toContain("<b>noodknop</b>");
    const plain = renderPlain(r);
    expect(plain).toContain("noodknop");
    expect(plain).not.toMatch(/[\uE000\uE001*<]/);
    expect(replyText(r)).not.toMatch(/[\uE000\uE001]/);
  });

  it("escapes user and corpus text around the bold words", () => {
    const c = corpusOf(["a.txt", `${HEADER("Tekens")}\nWat betekent <b>drones</b> & *drones* in _de_ wet?\nDat drones & wetten lastig zijn.`]);
    const e = engineFor(c);
    const r: Reply = focusReply(
      { title: "t", sections: [{ heading: "Vraag 1", body: c.sets[0]!.questions[0]!.text }], status: "answered", actions: [] },
      queryTerms(e.analyze("drones")),
      e.vocabulary,
    ).reply;
    expect(renderTelegram(r).join("")).toContain("&lt;b&gt;<b>drones</b>&lt;/b&gt; &amp; *<b>drones</b>*");
    expect(renderDiscord(r).embeds[0]!.description).toContain("\\***drones**\\* in \\_de\\_");
  });
});

describe("best paragraph first", () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `Alinea ${i + 1} over ${i === 2 ? "de dijkversterking bij waterschappen" : "het weer"}. ${"Meer tekst volgt hier. ".repeat(12)}`);
  const c = corpusOf(["lang.txt", `${HEADER("Waterbeheer")}\nWat doen de waterschappen?\n${paragraphs.join("\n")}`]);
  const e = engineFor(c);
  const d = { ...deps, engine: e, corpus: c };

  it("picks the paragraph with most query terms", () => {
    expect(bestParagraph(paragraphs, queryTerms(e.analyze("dijkversterking waterschappen")), e.vocabulary)).toBe(2);
    expect(bestParagraph(paragraphs, queryTerms(e.analyze("onbekendwoord")), e.vocabulary)).toBe(-1);
  });

  it("counts the words of a phrase that stands in for a query word only in a paragraph that has all of them", () => {
    // "aanklager" stands in for "officier van justitie": "justitie" alone is no hit, both words are two.
    const q = terms("aanklager drones");
    expect(q.phrases).toContainEqual(["officier", "justitie"]);
    expect(bestParagraph(["Justitie en drones.", "De officier van justitie."], q, engine.vocabulary)).toBe(1);
    expect(bestParagraph(["De officier van justitie.", "Justitie en drones."], q, engine.vocabulary)).toBe(0);
  });

  it("opens a long answer at it, says which of how many, and keeps the whole answer one button away", async () => {
    const r = await executeCommand(vraag, { zoekterm: "dijkversterking" }, d, log);
    const answer = r.sections.find((s) => s.heading?.startsWith("Antwoord"))!;
    expect(answer.heading).toBe("Antwoord (alinea 3 van 6)");
    expect(answer.body).toMatch(/^Alinea 3 over de \uE000dijkversterking\uE001/);
    expect(answer.body).toContain("nog 5 alinea's");
    const button = r.actions[0]!;
    expect(button).toMatchObject({ kind: "answer", label: "Hele antwoord" });
    const whole = await executeCommand(vraag, { zoekterm: "dijkversterking", volledig: true }, d, log);
    expect(replyText(whole)).toContain("Alinea 1 over het weer");
    expect(replyText(whole)).toContain("Alinea 6 over het weer");
    expect(whole.actions.some((a) => a.kind === "answer")).toBe(false);
  });

  it("leaves a short answer or one that is best at its start as it is", async () => {
    const r = await executeCommand(vraag, { zoekterm: "exploitatietekort opgeheven" }, deps, log);
    expect(r.sections.some((s) => /alinea \d+ van/.test(s.heading ?? ""))).toBe(false);
    expect(r.actions.some((a) => a.kind === "answer")).toBe(false);
  });
});

describe("lists spread over sets", () => {
  it("/zoek shows at most two hits per set first and pages on with «Meer»", async () => {
    const first = await executeCommand(zoek, { zoekterm: "femicide" }, deps, log);
    const setsOf = (r: Reply) => r.sections.map((s) => s.heading!.replace(/^\d+\. /, "").replace(/ — vraag \d+$/, ""));
    const counts = new Map<string, number>();
    for (const t of setsOf(first)) counts.set(t, (counts.get(t) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(counts.size).toBeGreaterThanOrEqual(3);
    const more = first.actions.find((a) => a.kind === "more")!;
    expect(more).toMatchObject({ label: "Meer ▶", offset: 5 });
    const second = await executeCommand(zoek, { zoekterm: "femicide", vanaf: 6 }, deps, log);
    expect(second.sections[0]!.heading).toMatch(/^6\. /);
    const shown = new Set(first.sections.map((s) => s.heading!.replace(/^\d+\. /, "")));
    expect(second.sections.every((s) => !shown.has(s.heading!.replace(/^\d+\. /, "")))).toBe(true);
  });

  it("opens a listed hit as /vraag ranks it, with the words in bold", async () => {
    const list = await executeCommand(zoek, { zoekterm: "femicide" }, deps, log);
    const third = list.actions[2]!;
    expect(third.kind).toBe("hit");
    const opened = await executeCommand(vraag, { zoekterm: (third as { query: string }).query, resultaat: (third as { index: number }).index + 1 }, deps, log);
    const listed = /^3\. (.+) — vraag (\d+)$/.exec(list.sections[2]!.heading!)!;
    expect(opened.title!.startsWith(listed[1]!.replace(/…$/, ""))).toBe(true);
    expect(opened.sections[0]!.heading).toBe(`Vraag ${listed[2]}`);
  });
});
