import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GrammyError } from "grammy";
import { TelegramBot } from "../src/adapters/telegram.js";
import { FrontEndStartError } from "../src/core/errors.js";
import { renderTelegram } from "../src/adapters/telegram-html.js";
import { FakeTelegram, parseTelegramHtml, type Call } from "./fakes/telegram.js";
import { corpusOf, engineFor, HEADER, memoryLogger, seedDeps } from "./helpers.js";
import type { Caller, CommandDeps } from "../commands/types.js";

const fake = new FakeTelegram();
const log = memoryLogger();
let bot: TelegramBot;

const longCorpus = corpusOf(["lang.txt", `${HEADER("Een zeer uitgebreid antwoord over waterschappen")}\nWat doen de waterschappen aan dijkversterking?\n${Array.from({ length: 30 }, (_, i) => `Alinea ${i + 1} over dijkversterking & <waterschappen>: ${"de dijken worden versterkt en onderhouden. ".repeat(8)}`).join("\n")}`]);
const longEngine = engineFor(longCorpus);

function makeDeps(caller: Caller): CommandDeps {
  const base = seedDeps(caller);
  return base;
}

beforeAll(async () => {
  await fake.start();
  bot = new TelegramBot({ token: fake.token, apiRoot: fake.apiRoot, makeDeps, log, ratePerMinute: 30, pollTimeout: 1 });
  await bot.start();
});

afterAll(async () => {
  await bot.stop();
  await fake.stop();
});

const sent = (since: number, n = 1) => fake.collect("sendMessage", n, since);

/** Set by tests that send broken requests on purpose, to see the fake refuse them. */
let refusalsExpected = false;
let checkedUpTo = 0;

// Whatever a test does: no raw markup shown to a reader, no button left spinning, no 400 from Telegram.
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 30));
  const fresh = fake.calls.slice(checkedUpTo);
  checkedUpTo = fake.calls.length;
  expect(fake.violations).toEqual([]);
  expect(fake.unansweredCallbacks()).toEqual([]);
  if (!refusalsExpected) expect(fresh.filter((c) => !c.ok && /^Bad Request/.test(c.error ?? "") && !/chat not found/.test(c.error ?? ""))).toEqual([]);
  refusalsExpected = false;
});

/** Presses a button under a message the bot sent, and waits for the edit or the answer on the button. */
async function press(message: Call, text: string, userId: number) {
  const button = message.body.reply_markup.inline_keyboard.flat().find((b: any) => b.text === text);
  expect(button, text).toBeDefined();
  const since = fake.calls.length;
  const id = fake.callback(button.callback_data, { chatId: message.result.chat.id, messageId: message.result.message_id }, userId);
  const [answer] = await fake.collect("answerCallbackQuery", 1, since);
  expect(answer!.body.callback_query_id).toBe(id);
  return { since, answer: answer! };
}

describe("telegram end to end", () => {
  it("publishes the Dutch command list", () => {
    const call = fake.calls.find((c) => c.method === "setMyCommands")!;
    expect(call.ok).toBe(true);
    expect(call.body.commands.map((c: any) => c.command)).toContain("vraag");
    expect(call.body.commands[0].description).toMatch(/Kamervraag/);
  });

  it("answers /vraag politiebegroting with valid HTML, question and answer", async () => {
    const since = fake.calls.length;
    fake.message("/vraag exploitatietekort opgeheven");
    const [msg] = await sent(since);
    expect(msg!.body.parse_mode).toBe("HTML");
    const visible = parseTelegramHtml(msg!.body.text);
    expect(msg!.body.text).toMatch(/^<b>De politiebegroting<\/b>/);
    expect(visible).toContain("Vraag 5");
    expect(visible).toContain("De korpschef en ik zijn in gesprek");
    const buttons = msg!.body.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: any) => b.text)).toEqual(["Volgende ▶", "Hele set"]);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it("works as /vraag@botnaam in a group and asks for words when there are none", async () => {
    let since = fake.calls.length;
    fake.message(`/vraag@${fake.username} femicide`, { chatId: -100200, userId: 1002 });
    const [group] = await sent(since);
    expect(group!.body.chat_id).toBe(-100200);
    expect(parseTelegramHtml(group!.body.text)).toMatch(/femicide/i);
    since = fake.calls.length;
    fake.message("/vraag", { userId: 1003 });
    const [ask] = await sent(since);
    expect(parseTelegramHtml(ask!.body.text)).toContain("Waar wil je naar zoeken?");
  });

  it("answers /eerder with the text after the command, or with the message it replies to", async () => {
    const draft = "Waarom is de noodknop voor slachtoffers van stalking niet in alle provincies beschikbaar?";
    // Own chats, so a late reply to an earlier test cannot be mistaken for these.
    const inChat = (chatId: number) => fake.waitFor((c) => c.method === "sendMessage" && c.body.chat_id === chatId, 30_000);
    const waitDirect = inChat(4001);
    fake.message(`/eerder ${draft}`, { chatId: 4001, userId: 4001 });
    const direct = await waitDirect;
    const visible = parseTelegramHtml(direct.body.text);
    expect(visible).toContain("Eerder gevraagd?");
    expect(visible).toMatch(/zeer vergelijkbaar — De bescherming van slachtoffers van huiselijk geweld en stalking, vraag 7/);
    const waitReplied = inChat(-100300);
    fake.message("/eerder", { chatId: -100300, userId: 1004, replyTo: draft });
    const replied = await waitReplied;
    expect(parseTelegramHtml(replied.body.text)).toBe(visible);
  });

  it("splits a long answer into several valid messages", () => {
    const hit = longEngine.search("dijkversterking waterschappen", { limit: 1 })[0]!;
    expect(hit).toBeDefined();
    return (async () => {
      const { questionReply } = await import("../commands/render.js");
      const messages = renderTelegram(questionReply(hit.set, hit.question));
      expect(messages.length).toBeGreaterThan(1);
      for (const m of messages) {
        expect(parseTelegramHtml(m).length).toBeLessThanOrEqual(4096);
        expect(m.length).toBeLessThanOrEqual(4096);
      }
      expect(messages.join("")).toContain("&amp; &lt;waterschappen&gt;");
    })();
  });

  it("sends every part of a long reply through the fake without a 400", async () => {
    const longBot = new TelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      makeDeps: (caller) => ({ ...seedDeps(caller), engine: longEngine, corpus: longCorpus }),
      log,
      ratePerMinute: 30,
    });
    const since = fake.calls.length;
    await longBot.bot.init();
    await longBot.bot.handleUpdate({
      update_id: 999_999,
      message: { message_id: 1, date: 0, chat: { id: 2001, type: "private", first_name: "Lid" }, from: { id: 2001, is_bot: false, first_name: "Lid" }, text: "/vraag dijkversterking", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
    });
    const calls = fake.calls.slice(since).filter((c) => c.method === "sendMessage");
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((c) => c.ok)).toBe(true);
    expect(calls[calls.length - 1]!.body.reply_markup).toBeDefined();
  });

  it("escapes <script>, & and emoji into valid HTML", async () => {
    const since = fake.calls.length;
    fake.message("/wie <script>alert(1)</script> & 🚓 @everyone", { userId: 1004 });
    const [msg] = await sent(since);
    expect(msg!.ok).toBe(true);
    expect(msg!.body.text).not.toContain("<script>");
    expect(parseTelegramHtml(msg!.body.text)).toContain("<script>");
  });

  it("answers inline queries with at most 10 valid results", async () => {
    const since = fake.calls.length;
    const id = fake.inlineQuery("politiebegroting");
    const [call] = await fake.collect("answerInlineQuery", 1, since);
    expect(call!.ok).toBe(true);
    expect(call!.body.inline_query_id).toBe(id);
    expect(call!.body.results.length).toBeGreaterThan(0);
    expect(call!.body.results.length).toBeLessThanOrEqual(10);
    expect(call!.body.results[0].title).toBe("De politiebegroting");
    expect(call!.body.results[0].description).toMatch(/^Vraag \d+: /);
  });

  it("moves to the next hit from a button by editing the message", async () => {
    let since = fake.calls.length;
    fake.message("/vraag femicide", { userId: 1005 });
    const [first] = await sent(since);
    const next = first!.body.reply_markup.inline_keyboard.flat().find((b: any) => b.text === "Volgende ▶");
    since = fake.calls.length;
    const messageId = first!.result.message_id;
    fake.callback(next.callback_data, { chatId: 1005, messageId }, 1005);
    const [edit] = await fake.collect("editMessageText", 1, since);
    expect(edit!.ok).toBe(true);
    expect(edit!.body.message_id).toBe(messageId);
    expect(parseTelegramHtml(edit!.body.text)).toContain("resultaat 2");
    expect((await fake.collect("answerCallbackQuery", 1, since))[0]!.ok).toBe(true);
  });

  it("names the near ties under the best hit and opens the third result from its button", async () => {
    let since = fake.calls.length;
    fake.message("/vraag welke gegevens zijn bij de hack van het om gestolen", { userId: 1006 });
    const [first] = await sent(since);
    const visible = parseTelegramHtml(first!.body.text);
    expect(visible).toContain("Past ook bijna even goed");
    expect(visible).toMatch(/3\. Vraag 3 van deze set: Bent u op de hoogte van het soort gegevens/);
    const third = first!.body.reply_markup.inline_keyboard.flat().find((b: any) => b.text === "Bekijk 3");
    since = fake.calls.length;
    fake.callback(third.callback_data, { chatId: 1006, messageId: first!.result.message_id }, 1006);
    const [edit] = await fake.collect("editMessageText", 1, since);
    expect(edit!.ok).toBe(true);
    expect(parseTelegramHtml(edit!.body.text)).toContain("resultaat 3");
    expect(parseTelegramHtml(edit!.body.text)).toMatch(/Vraag 3\b/);
  });

  it("retries after a 429 with retry_after", async () => {
    fake.failures.push({ method: "sendMessage", status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    const since = fake.calls.length;
    fake.message("/over", { userId: 1006 });
    const calls = await fake.collect("sendMessage", 2, since, 15_000);
    expect(calls[0]!.ok).toBe(false);
    expect(calls[1]!.ok).toBe(true);
  });

  it("reports a 400 in the log without the token and keeps running", async () => {
    fake.failures.push({ method: "sendMessage", status: 400, description: "Bad Request: chat not found" });
    let since = fake.calls.length;
    fake.message("/over", { userId: 1007 });
    await fake.collect("sendMessage", 1, since);
    await new Promise((r) => setTimeout(r, 50));
    expect(log.lines.some((l) => l.includes("chat not found"))).toBe(true);
    expect(log.lines.join("\n")).not.toContain(fake.token);
    since = fake.calls.length;
    fake.message("/help", { userId: 1007 });
    const [ok] = await sent(since);
    expect(ok!.ok).toBe(true);
  });

  it("answers /wie with the sets of a person, with buttons that open them", async () => {
    const since = fake.calls.length;
    fake.message("/wie Mutluer", { userId: 1010 });
    const [msg] = await sent(since);
    expect(msg!.ok).toBe(true);
    expect(msg!.body.parse_mode).toBe("HTML");
    const visible = parseTelegramHtml(msg!.body.text);
    expect(visible).toMatch(/Mutluer: \d+ sets gesteld/);
    expect(visible).toContain("Burgers die de grens menen te moeten bewaken");
    const first = msg!.body.reply_markup.inline_keyboard.flat()[0];
    const { since: pressed } = await press(msg!, first.text, 1010);
    const [edit] = await fake.collect("editMessageText", 1, pressed);
    expect(edit!.ok).toBe(true);
    expect(parseTelegramHtml(edit!.body.text)).toMatch(/Vraag 1/);
  });

  it("lists /onbeantwoord sets as valid HTML with their ids", async () => {
    const since = fake.calls.length;
    fake.message("/onbeantwoord", { userId: 1011 });
    const [msg] = await sent(since);
    expect(msg!.ok).toBe(true);
    const visible = parseTelegramHtml(msg!.body.text);
    expect(visible).toMatch(/Onbeantwoorde sets/);
    expect(visible).toContain("bescherming-slachtoffers-ca18cf");
    expect(visible).not.toContain("De politiebegroting");
  });

  it("answers odd queries with readable Dutch, no raw HTML, no pings, within the limits", async () => {
    const odd = ["<b>vet</b>", "<script>alert(1)</script>", "a & b < c > d", "@everyone", "🚓🚓🚓", ":*~^+-", "' OR 1=1 --", "x".repeat(300), "&amp; &lt;", "\u200b"];
    for (const [i, query] of odd.entries()) {
      const since = fake.calls.length;
      fake.message(`/vraag ${query}`, { userId: 1100 + i });
      const [msg] = await sent(since);
      expect(msg!.ok, query).toBe(true);
      expect(msg!.body.parse_mode, query).toBe("HTML");
      const visible = parseTelegramHtml(msg!.body.text);
      expect([...visible].length, query).toBeLessThanOrEqual(4096);
      expect(visible, query).toMatch(/[Gg]een|[Ww]aar|gevonden|zoek|Vraag/);
      // What the user typed shows as typed: escaped in the HTML, never taken as markup.
      expect(msg!.body.text, query).not.toMatch(/<(?:script|vet)\b|<b>vet<\/b>/);
      expect(msg!.body.entities, query).toBeUndefined();
    }
  });

  it("ignores a second press that would not change the message", async () => {
    let since = fake.calls.length;
    fake.message("/vraag femicide", { userId: 1012 });
    const [first] = await sent(since);
    const setButton = first!.body.reply_markup.inline_keyboard.flat().find((b: any) => b.text === "Hele set");
    const where = { chatId: first!.result.chat.id, messageId: first!.result.message_id };
    since = fake.calls.length;
    fake.callback(setButton.callback_data, where, 1012);
    await fake.collect("editMessageText", 1, since);
    since = fake.calls.length;
    fake.callback(setButton.callback_data, where, 1012);
    const [again] = await fake.collect("editMessageText", 1, since);
    expect(again!.ok).toBe(false);
    expect(again!.error).toMatch(/message is not modified/);
    refusalsExpected = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(log.lines.some((l) => /not modified/.test(l))).toBe(false);
    expect((await fake.collect("answerCallbackQuery", 1, since))[0]!.ok).toBe(true);
  });

  it("answers a stale button on the button itself and leaves the message alone", async () => {
    let since = fake.calls.length;
    fake.message("/help", { userId: 1013 });
    const [msg] = await sent(since);
    since = fake.calls.length;
    fake.callback("x:niet-meer-te-lezen", { chatId: msg!.result.chat.id, messageId: msg!.result.message_id }, 1013);
    const [answer] = await fake.collect("answerCallbackQuery", 1, since);
    expect(answer!.ok).toBe(true);
    expect(answer!.body.text).toMatch(/Deze knop werkt niet meer/);
    expect(fake.calls.slice(since).some((c) => c.method === "editMessageText")).toBe(false);
  });

  it("treats plain words in a private chat as a search", async () => {
    const since = fake.calls.length;
    fake.message("veldacademies", { userId: 1008 });
    const [msg] = await sent(since);
    expect(parseTelegramHtml(msg!.body.text)).toContain("veldacademies");
  });
});

describe("the Telegram fake is as strict as Telegram", () => {
  it("refuses a missing chat_id, an edit without message_id, and an edit of an unknown message", async () => {
    refusalsExpected = true;
    const api = bot.bot.api;
    const refused = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as GrammyError);
    expect((await refused(api.raw.sendMessage({ text: "hoi" } as any)))?.description).toBe("Bad Request: chat_id is empty");
    expect((await refused(api.raw.editMessageText({ chat_id: 1001, text: "hoi" } as any)))?.description).toBe("Bad Request: message identifier is not specified");
    expect((await refused(api.editMessageText(1001, 999_999, "hoi")))?.description).toBe("Bad Request: message to edit not found");
  });

  it("notes text with markup sent without parse_mode, which a reader would see as raw tags", async () => {
    await bot.bot.api.sendMessage(1001, "<b>Vet</b> &amp; zo");
    expect(fake.violations).toHaveLength(1);
    fake.violations.length = 0;
    await bot.bot.api.sendMessage(1001, "Gewone tekst zonder opmaak");
    expect(fake.violations).toEqual([]);
  });

  it("refuses duplicate and untitled inline results, and a second answer to one query", async () => {
    refusalsExpected = true;
    const article = (id: string, title?: string) => ({ type: "article", id, ...(title === undefined ? {} : { title }), input_message_content: { message_text: "x" } });
    const answer = (id: string, results: object[]) => bot.bot.api.raw.answerInlineQuery({ inline_query_id: id, results } as any).then(() => "ok", (e: GrammyError) => e.description);
    const q1 = fake.inlineQuery("x", 1200);
    const q2 = fake.inlineQuery("y", 1200);
    const q3 = fake.inlineQuery("z", 1200);
    await fake.collect("answerInlineQuery", 3);
    expect(await answer(q1, [article("a", "A"), article("a", "B")])).toBe("Bad Request: RESULT_ID_DUPLICATE");
    expect(await answer(q2, [article("b")])).toMatch(/Can't find field "title"/);
    expect(await answer(q3, [article("c", " ")])).toBe("Bad Request: RESULT_TITLE_EMPTY");
    expect(await answer(q1, [article("d", "D")])).toMatch(/query is too old|query ID is invalid/);
  });

  it("refuses a second answer to one button press", async () => {
    refusalsExpected = true;
    const since = fake.calls.length;
    fake.message("/vraag femicide", { userId: 1201 });
    const [msg] = await sent(since);
    const { answer } = await press(msg!, "Hele set", 1201);
    const again = await bot.bot.api.answerCallbackQuery(answer.body.callback_query_id).then(() => "ok", (e: GrammyError) => e.description);
    expect(again).toMatch(/query is too old and response timeout expired or query ID is invalid/);
  });
});

describe("telegram start-up", () => {
  it("says in Dutch that TELEGRAM_TOKEN was refused and where to get a new one, without waiting", async () => {
    const wrong = "123456:verkeerd-token";
    const bad = new TelegramBot({ token: wrong, apiRoot: fake.apiRoot, makeDeps, log: memoryLogger(), ratePerMinute: 5 });
    const err = await bad.start().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(FrontEndStartError);
    expect((err as FrontEndStartError).reason).toBe("token-refused");
    expect((err as Error).message).toMatch(/^Telegram weigerde TELEGRAM_TOKEN \(401 Unauthorized\)/);
    expect((err as Error).message).toContain("@BotFather");
    expect((err as Error).message).not.toContain(wrong);
  });

  it("logs when Telegram does not answer in time, retries with growing waits, and starts once it is back", async () => {
    // A server that accepts connections but never answers: the silent hang a down network looks like.
    const hanging = createServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    const port = (hanging.address() as AddressInfo).port;
    const lines = memoryLogger();
    const late = new FakeTelegram();
    const waiting = new TelegramBot({
      token: late.token,
      apiRoot: `http://127.0.0.1:${port}`,
      makeDeps,
      log: lines,
      ratePerMinute: 5,
      pollTimeout: 1,
      connect: { timeoutMs: 200, firstRetryMs: 50, maxRetryMs: 200 },
    });
    const started = waiting.start();
    started.catch(() => undefined);
    try {
      for (let i = 0; i < 200 && lines.lines.filter((l) => /niet bereikbaar/.test(l)).length < 3; i++) await new Promise((r) => setTimeout(r, 25));
      const warnings = lines.lines.filter((l) => /niet bereikbaar/.test(l));
      expect(warnings[0]).toMatch(/^warn telegram: http:\/\/127\.0\.0\.1:\d+ niet bereikbaar \(poging 1: geen antwoord binnen 0\.2 s\); nieuwe poging over 0\.1 s$/);
      expect(warnings[1]).toMatch(/poging 2: .*nieuwe poging over 0\.1 s$/);
      expect(warnings[2]).toMatch(/poging 3: .*nieuwe poging over 0\.2 s$/);
      hanging.closeAllConnections();
      await new Promise<void>((r) => hanging.close(() => r()));
      // Connection refused while nothing listens, then the service comes back on the same address.
      for (let i = 0; i < 200 && !lines.lines.some((l) => /ECONNREFUSED/.test(l)); i++) await new Promise((r) => setTimeout(r, 25));
      expect(lines.lines.some((l) => /ECONNREFUSED/.test(l)), lines.lines.join("\n")).toBe(true);
      await late.start(port);
      await started;
      expect(lines.lines.at(-1)).toMatch(/telegram: actief als @kamervragen_bot/);
      expect(lines.lines.join("\n")).not.toContain(late.token);
    } finally {
      await waiting.stop();
      if (late.port) await late.stop();
      if (hanging.listening) hanging.close();
    }
  });
});

describe("telegram webhook mode", () => {
  it("registers the webhook with its secret and accepts only updates carrying it", async () => {
    const hook = new TelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      makeDeps,
      log,
      ratePerMinute: 30,
      webhook: { url: "https://kamervragen.test/telegram", secret: "geheim-123", port: 0, host: "127.0.0.1" },
    });
    const since = fake.calls.length;
    await hook.start();
    try {
      const setWebhook = fake.calls.slice(since).find((c) => c.method === "setWebhook")!;
      expect(setWebhook.body).toMatchObject({ url: "https://kamervragen.test/telegram", secret_token: "geheim-123" });
      const update = (id: number) =>
        JSON.stringify({
          update_id: id,
          message: { message_id: 1, date: 0, chat: { id: 4001, type: "private", first_name: "Lid" }, from: { id: 4001, is_bot: false, first_name: "Lid" }, text: "/over", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
        });
      const post = (secret: string, id: number) =>
        fetch(`http://127.0.0.1:${hook.webhookPort}/`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: update(id) });
      expect((await post("fout", 500_001)).status).toBe(401);
      const before = fake.calls.length;
      expect((await post("geheim-123", 500_002)).status).toBe(200);
      const [msg] = await fake.collect("sendMessage", 1, before);
      expect(msg!.body.chat_id).toBe(4001);
      expect(parseTelegramHtml(msg!.body.text)).toContain("Over deze verzameling");
    } finally {
      await hook.stop();
    }
  });
});
