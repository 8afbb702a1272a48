import { describe, expect, it } from "vitest";
import { escapeHtml, renderTelegram, TELEGRAM_LIMITS, telegramKeyboard } from "../../src/adapters/telegram-html.js";
import { decodeAction } from "../../src/core/actions.js";
import { MARK_CLOSE, MARK_OPEN } from "../../src/core/highlight.js";
import type { Reply, ReplyAction } from "../../src/core/reply.js";
import { parseTelegramHtml } from "../fakes/telegram.js";

const reply = (over: Partial<Reply>): Reply => ({ sections: [], status: "info", actions: [], ...over });

describe("escaping for Telegram's HTML", () => {
  it.each([
    ["<b>", "&lt;b&gt;"],
    ["a & b", "a &amp; b"],
    ["&lt;", "&amp;lt;"],
    ["x > y < z", "x &gt; y &lt; z"],
    ["<<&&>>", "&lt;&lt;&amp;&amp;&gt;&gt;"],
    ['"quotes" and \'apostrophes\'', '"quotes" and \'apostrophes\''],
  ])("%s → %s", (raw, escaped) => expect(escapeHtml(raw)).toBe(escaped));

  it("escapes every part of a reply, so markup in the corpus or the query is shown as text", () => {
    const nasty = "<i>x</i> & <a href=\"y\">";
    const [message, ...rest] = renderTelegram(
      reply({ title: `T ${nasty}`, subtitle: `S ${nasty}`, sections: [{ heading: `H ${nasty}`, body: `B ${nasty}` }], footer: `Open een set met /set <id> ${nasty}` }),
    );
    expect(rest).toEqual([]);
    expect(message).toBe(
      [
        `<b>T ${escapeHtml(nasty)}</b>\n<i>S ${escapeHtml(nasty)}</i>`,
        `<b>H ${escapeHtml(nasty)}</b>\nB ${escapeHtml(nasty)}`,
        `<i>Open een set met /set &lt;id&gt; ${escapeHtml(nasty)}</i>`,
      ].join("\n\n"),
    );
    expect(parseTelegramHtml(message!)).toBe(`T ${nasty}\nS ${nasty}\n\nH ${nasty}\nB ${nasty}\n\nOpen een set met /set <id> ${nasty}`);
  });
});

describe("the layout of a reply", () => {
  it("bolds the title, italicises subtitle and footer, bolds section headings", () => {
    const [m] = renderTelegram(
      reply({ title: "Titel", subtitle: "Wie → wie", sections: [{ heading: "Vraag 1", body: "Tekst." }, { body: "Zonder kop." }], footer: "Voet" }),
    );
    expect(m).toBe("<b>Titel</b>\n<i>Wie → wie</i>\n\n<b>Vraag 1</b>\nTekst.\n\nZonder kop.\n\n<i>Voet</i>");
  });
  it("leaves out what a reply does not have", () => {
    expect(renderTelegram(reply({ subtitle: "Alleen onder" }))).toEqual(["<i>Alleen onder</i>"]);
    expect(renderTelegram(reply({ title: "Alleen titel" }))).toEqual(["<b>Alleen titel</b>"]);
    expect(renderTelegram(reply({ sections: [{ body: "Alleen tekst." }] }))).toEqual(["Alleen tekst."]);
    expect(renderTelegram(reply({ footer: "Alleen voet" }))).toEqual(["<i>Alleen voet</i>"]);
    expect(renderTelegram(reply({ title: "", subtitle: "", footer: "", sections: [{ heading: "", body: "x" }] }))).toEqual(["x"]);
  });
  it("bolds the matched words of a section, escaped like the rest", () => {
    const body = `Tekst over ${MARK_OPEN}drones${MARK_CLOSE} & ${MARK_OPEN}<gevangenissen>${MARK_CLOSE}.`;
    const [m] = renderTelegram(reply({ sections: [{ body }] }));
    expect(m).toBe("Tekst over <b>drones</b> &amp; <b>&lt;gevangenissen&gt;</b>.");
    expect(parseTelegramHtml(m!)).toBe("Tekst over drones & <gevangenissen>.");
  });
  it.each<[string, string | null]>([
    ["https://zoek.officielebekendmakingen.nl/kv-tk-2024Z17900.html", "https://zoek.officielebekendmakingen.nl/kv-tk-2024Z17900.html"],
    ["http://example.org/a?b=1&c=\"2\"", "http://example.org/a?b=1&amp;c=&quot;2&quot;"],
    ["javascript:alert(1)", null],
    ["javascript:alert('https://x')", null],
    ["ftp://example.org/x", null],
    ["", null],
  ])("links the official publication %j only over http(s)", (url, href) => {
    const [m] = renderTelegram(reply({ title: "Set", url }));
    expect(m).toBe(href === null ? "<b>Set</b>" : `<b>Set</b>\n\n<a href="${href}">Officiële publicatie</a>`);
    expect(parseTelegramHtml(m!)).toBe(href === null ? "Set" : "Set\n\nOfficiële publicatie");
  });
  it("never sends an empty message", () => {
    expect(renderTelegram(reply({}))).toEqual(["—"]);
  });
});

describe("long replies", () => {
  const paragraph = (c: string) => `${c.repeat(60)} `.repeat(24).trim(); // about 1460 characters
  it("splits between blocks, each message within 4096 characters and valid on its own", () => {
    const sections = Array.from({ length: 8 }, (_, i) => ({ heading: `Deel ${i + 1}`, body: paragraph(String.fromCharCode(97 + i)) }));
    const messages = renderTelegram(reply({ title: "Lang", sections, footer: "Einde" }));
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.text);
      expect(() => parseTelegramHtml(m)).not.toThrow();
    }
    // Nothing lost, nothing repeated, in order.
    const visible = messages.map(parseTelegramHtml).join("\n\n");
    expect(visible).toBe(["Lang", ...sections.map((s) => `${s.heading}\n${s.body}`), "Einde"].join("\n\n"));
    // Blocks are packed: two consecutive messages would not have fit as one.
    for (let i = 1; i < messages.length; i++) expect(`${messages[i - 1]}\n\n${messages[i]!.split("\n\n")[0]}`.length).toBeGreaterThan(TELEGRAM_LIMITS.text);
  });
  it("splits one long section and keeps its heading on the first part only", () => {
    const body = Array.from({ length: 6 }, (_, i) => paragraph(String(i))).join("\n\n");
    const messages = renderTelegram(reply({ sections: [{ heading: "Antwoord", body }] }));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.join("\n").match(/<b>Antwoord<\/b>/g)).toHaveLength(1);
    expect(messages[0]!.startsWith("<b>Antwoord</b>\n")).toBe(true);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.text);
  });
  it("keeps text that escapes to many more characters within Telegram's limit on the visible text", () => {
    const body = Array.from({ length: 20 }, () => "<&>".repeat(100)).join(" "); // 6019 characters, four times as many escaped
    const messages = renderTelegram(reply({ sections: [{ body }] }));
    expect(messages).toHaveLength(3);
    for (const m of messages) expect([...parseTelegramHtml(m)].length).toBeLessThanOrEqual(TELEGRAM_LIMITS.text);
    expect(messages.map(parseTelegramHtml).join(" ")).toBe(body);
  });
  it("puts blocks that fill a message exactly into one message", () => {
    const head = "<b>T</b>\n\n";
    const body = "z".repeat(TELEGRAM_LIMITS.text - head.length - 2002);
    const messages = renderTelegram(reply({ title: "T", sections: [{ body: "y".repeat(2000) }, { body }] }));
    expect(messages).toEqual([`${head}${"y".repeat(2000)}\n\n${body}`]);
    expect(messages[0]!.length).toBe(TELEGRAM_LIMITS.text);
    const over = renderTelegram(reply({ title: "T", sections: [{ body: "y".repeat(2000) }, { body: `${body}z` }] }));
    expect(over).toEqual([`${head}${"y".repeat(2000)}`, `${body}z`]);
  });
});

describe("buttons", () => {
  const hit = (i: number): ReplyAction => ({ kind: "hit", label: `Knop ${i}`, query: "politie", index: i });
  it.each([
    [0, []],
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [7, [3, 3, 1]],
  ])("%i buttons in rows of three: %j", (n, rows) => {
    const kb = telegramKeyboard(reply({ actions: Array.from({ length: n }, (_, i) => hit(i)) }));
    expect(kb.map((r) => r.length)).toEqual(rows);
    expect(kb.flat().map((b) => b.text)).toEqual(Array.from({ length: n }, (_, i) => `Knop ${i}`));
  });
  it("keeps callback data within 64 bytes and decodable", () => {
    const long: ReplyAction = { kind: "hit", label: "Volgende ▶", query: "ë".repeat(100), index: 12 };
    const [[button]] = telegramKeyboard(reply({ actions: [long] })) as [[{ text: string; callback_data: string }]];
    expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
    expect(Buffer.byteLength(button.callback_data)).toBeGreaterThan(60);
    expect(decodeAction(button.callback_data)).toMatchObject({ kind: "hit", index: 12 });
    expect(button.text).toBe("Volgende ▶");
  });
});
