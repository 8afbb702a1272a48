import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramBot } from "../src/adapters/telegram.js";
import { renderTelegram } from "../src/adapters/telegram-html.js";
import { FakeTelegram, parseTelegramHtml } from "./fakes/telegram.js";
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

  it("treats plain words in a private chat as a search", async () => {
    const since = fake.calls.length;
    fake.message("veldacademies", { userId: 1008 });
    const [msg] = await sent(since);
    expect(parseTelegramHtml(msg!.body.text)).toContain("veldacademies");
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
