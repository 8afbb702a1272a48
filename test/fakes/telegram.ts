/**
 * A strict fake of the Telegram Bot API on 127.0.0.1. Like Telegram it answers
 * with its own 400 descriptions: texts over 4096 characters, empty texts,
 * malformed HTML, a missing chat_id, edits of unknown messages or edits that
 * change nothing, duplicate or untitled inline results, and unknown or twice
 * answered queries. Text with HTML markup sent without parse_mode is accepted,
 * as Telegram does, but noted in `violations`: a reader would see raw tags.
 * It can be told to answer the next call of a method with 429 or another error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Recording } from "./recording.js";

export interface Call {
  method: string;
  body: any;
  ok: boolean;
  error?: string;
  result?: any;
}

/** Looks like Telegram HTML: would show as raw tags or entities without parse_mode. */
const MARKUP = /<\/?(?:b|strong|i|em|u|ins|s|strike|del|span|tg-spoiler|a|code|pre|blockquote)\b[^>]*>|&(?:lt|gt|amp|quot|#\d+);/i;

const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"]);

/** Parses Telegram HTML; returns the visible text or throws Telegram's error description. */
export function parseTelegramHtml(html: string): string {
  const stack: string[] = [];
  let text = "";
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const m = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/.exec(html.slice(i));
      if (!m) throw new Error(`Bad Request: can't parse entities: Unexpected character "<" at byte offset ${i}`);
      const [whole, closing, tag] = m;
      if (!ALLOWED_TAGS.has(tag!)) throw new Error(`Bad Request: can't parse entities: Unsupported start tag "${tag}" at byte offset ${i}`);
      if (closing) {
        if (stack.pop() !== tag) throw new Error(`Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${tag}"`);
      } else stack.push(tag!);
      i += whole!.length;
      continue;
    }
    if (ch === "&") {
      const m = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i.exec(html.slice(i));
      if (!m) throw new Error(`Bad Request: can't parse entities: Character '&' is reserved at byte offset ${i}`);
      text += m[1] === "lt" ? "<" : m[1] === "gt" ? ">" : m[1] === "amp" ? "&" : m[1] === "quot" ? '"' : "?";
      i += m[0].length;
      continue;
    }
    if (ch === ">") throw new Error(`Bad Request: can't parse entities: Unexpected character ">" at byte offset ${i}`);
    text += ch;
    i++;
  }
  if (stack.length) throw new Error(`Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`);
  return text;
}

function checkText(text: unknown, parseMode: unknown): string | null {
  if (typeof text !== "string" || text.trim() === "") return "Bad Request: message text is empty";
  let visible = text;
  if (parseMode === "HTML") {
    try {
      visible = parseTelegramHtml(text);
    } catch (err) {
      return (err as Error).message;
    }
  }
  if ([...visible].length > 4096) return "Bad Request: message is too long";
  if (visible.trim() === "") return "Bad Request: message text is empty";
  return null;
}

function checkKeyboard(markup: any): string | null {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const b of row) {
      if (b.callback_data !== undefined && (Buffer.byteLength(b.callback_data) < 1 || Buffer.byteLength(b.callback_data) > 64)) {
        return "Bad Request: BUTTON_DATA_INVALID";
      }
    }
  }
  return null;
}

export class FakeTelegram {
  readonly token = "123456:fake-telegram-token";
  readonly botId = 123456;
  readonly username = "kamervragen_bot";
  private readonly recording = new Recording<Call>("fake telegram: timed out waiting for a call");
  readonly calls = this.recording.items;
  /** Status that getChatMember reports per user id (default "member"). */
  readonly memberStatus = new Map<number, string>();
  /** Chats that answer 403 (the bot was blocked or removed). */
  readonly blockedChats = new Set<number>();
  readonly failures: { method: string; status: number; description: string; retryAfter?: number }[] = [];
  /** Things Telegram accepts but a reader would see as broken. */
  readonly violations: string[] = [];
  /** Messages as Telegram keeps them, by "chat:message". */
  private readonly messages = new Map<string, { text: string; parseMode?: string; markup: string }>();
  /** Inline and callback queries still waiting for their one answer. */
  private readonly openQueries = new Set<string>();
  private server!: Server;
  private updates: any[] = [];
  private updateId = 0;
  private messageId = 0;
  private pollers: (() => void)[] = [];
  port = 0;

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Listens on a free port, or on `port` to come up where a bot is already knocking. */
  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    await new Promise<void>((r) => this.server.listen(port, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const p of this.pollers.splice(0)) p();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Resolves with the next call that matches; calls made before do not count. */
  waitFor(test: (c: Call) => boolean, timeoutMs = 10_000): Promise<Call> {
    return this.recording.waitFor(test, timeoutMs, false);
  }

  /** Waits for `n` successful calls of a method made after this point. */
  async collect(method: string, n: number, since = this.calls.length, timeoutMs = 10_000): Promise<Call[]> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const found = this.calls.slice(since).filter((c) => c.method === method);
      if (found.length >= n) return found.slice(0, n);
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`fake telegram: expected ${n} ${method} calls`);
  }

  private push(update: object): void {
    this.updates.push({ update_id: ++this.updateId, ...update });
    for (const p of this.pollers.splice(0)) p();
  }

  private chat(chatId: number) {
    return chatId > 0
      ? { id: chatId, type: "private", first_name: "Lid" }
      : { id: chatId, type: "supergroup", title: "Fractie" };
  }

  /** A user sends a text message (commands included) to a chat. */
  /** `replyTo`: the text of an earlier message this one answers (Telegram's reply_to_message). */
  message(text: string, options: { chatId?: number; userId?: number; replyTo?: string } = {}): void {
    const userId = options.userId ?? 1001;
    const chatId = options.chatId ?? userId;
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    const date = Math.floor(Date.now() / 1000);
    const from = { id: userId, is_bot: false, first_name: "Lid" };
    const replied = options.replyTo === undefined ? undefined : { message_id: ++this.messageId, date, chat: this.chat(chatId), from, text: options.replyTo };
    this.push({
      message: {
        message_id: ++this.messageId,
        date,
        chat: this.chat(chatId),
        from,
        text,
        ...(entities ? { entities } : {}),
        ...(replied ? { reply_to_message: replied } : {}),
      },
    });
  }

  /** Callback queries that were never answered: the user's button would keep spinning. */
  unansweredCallbacks(): string[] {
    return [...this.openQueries].filter((q) => q.startsWith("cb"));
  }

  /** A message the bot sent earlier, as the fake stored it. */
  sentMessage(chatId: number, messageId: number) {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  inlineQuery(query: string, userId = 1001): string {
    const id = `iq${++this.updateId}`;
    this.openQueries.add(id);
    this.push({ inline_query: { id, from: { id: userId, is_bot: false, first_name: "Lid" }, query, offset: "" } });
    return id;
  }

  /** A user presses a button under a message the bot sent earlier. */
  callback(data: string, message: { chatId: number; messageId: number }, userId = 1001): string {
    const sent = this.messages.get(`${message.chatId}:${message.messageId}`);
    if (!sent) throw new Error(`fake telegram: no message ${message.messageId} in chat ${message.chatId} to press a button on`);
    const id = `cb${++this.updateId}`;
    this.openQueries.add(id);
    this.push({
      callback_query: {
        id,
        from: { id: userId, is_bot: false, first_name: "Lid" },
        chat_instance: "ci",
        data,
        message: {
          message_id: message.messageId,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(message.chatId),
          from: { id: this.botId, is_bot: true, first_name: "Kamervragen", username: this.username },
          text: sent.text,
        },
      },
    });
    return id;
  }

  private answerQuery(id: unknown): string | null {
    const key = String(id ?? "");
    // Telegram gives the same answer for an unknown id and for a second answer.
    if (!this.openQueries.has(key)) return "Bad Request: query is too old and response timeout expired or query ID is invalid";
    this.openQueries.delete(key);
    return null;
  }

  private noteRawMarkup(method: string, text: unknown, parseMode: unknown): void {
    if (typeof text === "string" && parseMode === undefined && MARKUP.test(text)) {
      this.violations.push(`${method}: markup without parse_mode: ${text.slice(0, 80)}`);
    }
  }


  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : {};
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    const send = (status: number, payload: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (!m) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = m;
    if (token !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const fail = (status: number, description: string, extra: object = {}) => {
      this.recording.add({ method: method!, body, ok: false, error: description });
      send(status, { ok: false, error_code: status, description, ...extra });
    };
    const ok = (result: unknown) => {
      this.recording.add({ method: method!, body, ok: true, result });
      send(200, { ok: true, result });
    };
    const forced = this.failures.findIndex((f) => f.method === method);
    if (forced >= 0) {
      const f = this.failures.splice(forced, 1)[0]!;
      return fail(f.status, f.description, f.retryAfter !== undefined ? { parameters: { retry_after: f.retryAfter } } : {});
    }
    switch (method) {
      case "getMe":
        return ok({ id: this.botId, is_bot: true, first_name: "Kamervragen", username: this.username, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true });
      case "deleteWebhook":
      case "setWebhook":
        return ok(true);
      case "getUpdates": {
        const offset = Number(body.offset ?? 0);
        this.updates = this.updates.filter((u) => u.update_id >= offset);
        if (this.updates.length === 0) {
          const timeout = Math.min(Number(body.timeout ?? 0), 2) * 1000;
          await new Promise<void>((r) => {
            const t = setTimeout(r, timeout);
            this.pollers.push(() => (clearTimeout(t), r()));
          });
        }
        this.updates = this.updates.filter((u) => u.update_id >= offset);
        if (res.destroyed) return;
        return ok(this.updates.slice(0, 100));
      }
      case "setMyCommands": {
        for (const c of body.commands ?? []) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command)) return fail(400, "Bad Request: BOT_COMMAND_INVALID");
          if (!c.description || c.description.length > 256) return fail(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }
        return ok(true);
      }
      case "sendMessage": {
        if (body.chat_id === undefined || body.chat_id === "") return fail(400, "Bad Request: chat_id is empty");
        if (this.blockedChats.has(Number(body.chat_id))) return fail(403, "Forbidden: bot was blocked by the user");
        const error = checkText(body.text, body.parse_mode) ?? checkKeyboard(body.reply_markup);
        if (error) return fail(400, error);
        this.noteRawMarkup(method, body.text, body.parse_mode);
        const chatId = Number(body.chat_id);
        const messageId = ++this.messageId;
        this.messages.set(`${chatId}:${messageId}`, { text: body.text, parseMode: body.parse_mode, markup: JSON.stringify(body.reply_markup ?? null) });
        return ok({ message_id: messageId, date: Math.floor(Date.now() / 1000), chat: this.chat(chatId), text: body.text });
      }
      case "editMessageText": {
        if (body.inline_message_id === undefined) {
          if (body.chat_id === undefined || body.chat_id === "") return fail(400, "Bad Request: chat_id is empty");
          if (body.message_id === undefined) return fail(400, "Bad Request: message identifier is not specified");
        }
        const key = `${Number(body.chat_id)}:${Number(body.message_id)}`;
        const current = this.messages.get(key);
        if (!current) return fail(400, "Bad Request: message to edit not found");
        const error = checkText(body.text, body.parse_mode) ?? checkKeyboard(body.reply_markup);
        if (error) return fail(400, error);
        this.noteRawMarkup(method, body.text, body.parse_mode);
        const visible = (text: string, mode?: string) => (mode === "HTML" ? parseTelegramHtml(text) : text);
        const next = { text: body.text, parseMode: body.parse_mode, markup: JSON.stringify(body.reply_markup ?? null) };
        if (body.text === current.text && next.parseMode === current.parseMode && next.markup === current.markup) {
          return fail(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }
        this.messages.set(key, next);
        return ok({ message_id: Number(body.message_id), date: Math.floor(Date.now() / 1000), chat: this.chat(Number(body.chat_id)), text: visible(body.text, body.parse_mode) });
      }
      case "answerInlineQuery": {
        const results: any[] = body.results ?? [];
        if (results.length > 50) return fail(400, "Bad Request: RESULTS_TOO_MUCH");
        const ids = new Set<string>();
        for (const r of results) {
          if (r.id === undefined || Buffer.byteLength(String(r.id)) < 1 || Buffer.byteLength(String(r.id)) > 64) return fail(400, "Bad Request: RESULT_ID_INVALID");
          if (ids.has(String(r.id))) return fail(400, "Bad Request: RESULT_ID_DUPLICATE");
          ids.add(String(r.id));
          if (r.type === "article" && r.title === undefined) return fail(400, `Bad Request: can't parse inline query result: Can't find field "title"`);
          if (r.type === "article" && String(r.title).trim() === "") return fail(400, "Bad Request: RESULT_TITLE_EMPTY");
          const content = r.input_message_content;
          const error = checkText(content?.message_text, content?.parse_mode);
          if (error) return fail(400, error);
          this.noteRawMarkup(method, content?.message_text, content?.parse_mode);
        }
        const refused = this.answerQuery(body.inline_query_id);
        if (refused) return fail(400, refused);
        return ok(true);
      }
      case "answerCallbackQuery": {
        if (body.text !== undefined && [...String(body.text)].length > 200) return fail(400, "Bad Request: MESSAGE_TOO_LONG");
        const refused = this.answerQuery(body.callback_query_id);
        if (refused) return fail(400, refused);
        return ok(true);
      }
      case "getChatMember": {
        const userId = Number(body.user_id);
        const status = this.memberStatus.get(userId) ?? "member";
        return ok({ status, user: { id: userId, is_bot: false, first_name: "Lid" } });
      }
      default:
        return fail(404, "Not Found: method not found");
    }
  }
}
