/**
 * The Telegram front end (grammY): commands, inline lookup and buttons, with
 * HTML output that Telegram's parser always accepts.
 */
import { createServer, type Server } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { Api, Bot, GrammyError, HttpError, webhookCallback, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { InlineQueryResultArticle, UserFromGetMe } from "grammy/types";
import { commands } from "../../commands/index.js";
import { buttonInvocation, Dispatcher, parseCommandText, type Invocation } from "../../commands/run.js";
import type { Caller, CommandDeps } from "../../commands/types.js";
import { questionReply } from "../../commands/render.js";
import { errorReply, replyText, type Reply } from "../core/reply.js";
import { shortHash, truncate } from "../core/text.js";
import { channelTarget, dmTarget } from "../core/target.js";
import { FrontEndStartError } from "../core/errors.js";
import type { Logger } from "../log.js";
import { redact } from "../log.js";
import { renderTelegram, telegramKeyboard, TELEGRAM_LIMITS } from "./telegram-html.js";
import { TargetGoneError, type DigestSender } from "../digest/service.js";

export interface TelegramBotOptions {
  token: string;
  apiRoot?: string;
  makeDeps: (caller: Caller) => CommandDeps;
  log: Logger;
  ratePerMinute: number;
  webhook?: { url: string; secret?: string; port: number; host?: string };
  /** Long-polling timeout in seconds (Telegram's default is fine in production). */
  pollTimeout?: number;
  /** The token check at start: how long one getMe may take, and the backoff while Telegram cannot be reached. */
  connect?: { timeoutMs?: number; firstRetryMs?: number; maxRetryMs?: number };
}

const INLINE_RESULTS = 10;
/** Telegram shows at most this many characters of a callback answer. */
const CALLBACK_TEXT = 200;

export const TELEGRAM_TOKEN_HELP = "Vraag een nieuw token aan bij @BotFather in Telegram (/mybots → je bot → API Token) en zet het in TELEGRAM_TOKEN.";

function callerOf(ctx: Context): Caller {
  const chat = ctx.chat;
  const userId = String(ctx.from?.id ?? "0");
  const isPrivate = !chat || chat.type === "private";
  return {
    platform: "telegram",
    target: chat ? channelTarget("telegram", String(chat.id)) : dmTarget("telegram", userId),
    userId,
    isPrivate,
    canManage: async () => {
      if (isPrivate) return true;
      const member = await ctx.api.getChatMember(chat!.id, Number(userId));
      return member.status === "creator" || member.status === "administrator";
    },
  };
}

/** Why a network call failed, without the URL (it carries the token). */
function networkReason(err: unknown, timeoutMs: number): string {
  const cause = err instanceof HttpError ? err.error : err;
  const named = cause as { name?: string; code?: string; cause?: { code?: string } };
  if (named?.name === "AbortError" || named?.name === "TimeoutError") return `geen antwoord binnen ${Math.round(timeoutMs / 100) / 10} s`;
  const code = named?.code ?? named?.cause?.code;
  if (code) return code;
  return redact(err instanceof Error ? err.message : String(err));
}

export class TelegramBot {
  readonly bot: Bot;
  private readonly dispatcher: Dispatcher;
  private server: Server | null = null;
  private readonly stopping = new AbortController();

  constructor(private readonly options: TelegramBotOptions) {
    this.bot = new Bot(options.token, { client: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
    this.bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
    this.dispatcher = new Dispatcher({ makeDeps: options.makeDeps, log: options.log, ratePerMinute: options.ratePerMinute });
    this.register();
  }

  private logError(context: string, err: unknown): void {
    const message = err instanceof GrammyError || err instanceof HttpError || err instanceof Error ? err.message : String(err);
    this.options.log.error(`telegram: ${context}: ${redact(message, [this.options.token])}`);
  }

  private register(): void {
    const bot = this.bot;
    for (const command of commands) {
      bot.command(command.name, async (ctx) => {
        // A command sent as a reply to a message without text of its own reads that message ("/eerder" on a draft).
        const replied = ctx.message?.reply_to_message;
        const text = String(ctx.match ?? "").trim() || replied?.text || replied?.caption || "";
        const parsed = parseCommandText(`/${command.name} ${text}`);
        if (parsed && "command" in parsed) await this.respond(ctx, parsed);
      });
    }
    bot.on("message:text", async (ctx) => {
      const text = ctx.message.text;
      if (text.startsWith("/")) {
        if (ctx.chat.type === "private") await this.send(ctx, errorReply("Dat commando ken ik niet. Typ /help voor de lijst."));
        return;
      }
      // In a private chat plain words are a search, the quickest lookup on a phone.
      if (ctx.chat.type === "private") {
        const parsed = parseCommandText(`/vraag ${text}`);
        if (parsed && "command" in parsed) await this.respond(ctx, parsed);
      }
    });
    bot.on("inline_query", async (ctx) => {
      const deps = this.options.makeDeps(callerOf(ctx));
      const query = ctx.inlineQuery.query.slice(0, 200);
      const hits = query.trim() ? deps.engine.search(query, { limit: INLINE_RESULTS, spread: true }) : [];
      const results = new Map<string, InlineQueryResultArticle>();
      for (const h of hits) {
        // Telegram wants ids of at most 64 bytes, unique within one answer.
        const id = `${shortHash(h.set.id)}#${h.question.number}`;
        if (results.has(id)) continue;
        results.set(id, {
          type: "article",
          id,
          title: truncate(h.set.title.trim() || "Kamervraag zonder titel", 120),
          description: truncate(`Vraag ${h.question.number}: ${h.question.text}`, 200),
          input_message_content: { message_text: renderTelegram(questionReply(h.set, h.question))[0]!, parse_mode: "HTML" },
        });
      }
      await ctx.answerInlineQuery([...results.values()].slice(0, TELEGRAM_LIMITS.inlineResults), { cache_time: 60 });
    });
    bot.on("callback_query:data", async (ctx) => {
      const { reply, outcome } = await this.dispatcher.dispatch(buttonInvocation(ctx.callbackQuery.data), callerOf(ctx));
      if (outcome !== "done") {
        // A refused press is told on the button itself; the message stays as it was.
        await ctx.answerCallbackQuery({ text: truncate(replyText(reply), CALLBACK_TEXT) });
        return;
      }
      await ctx.answerCallbackQuery();
      await this.send(ctx, reply, true);
    });
    bot.catch((err) => this.logError(`update ${err.ctx.update.update_id}`, err.error));
  }

  private async respond(ctx: Context, invocation: Invocation): Promise<void> {
    const { reply } = await this.dispatcher.dispatch(invocation, callerOf(ctx));
    await this.send(ctx, reply);
  }

  private async send(ctx: Context, reply: Reply, edit = false): Promise<void> {
    const messages = renderTelegram(reply);
    const keyboard = telegramKeyboard(reply);
    const markup = keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {};
    if (edit && messages.length === 1 && ctx.callbackQuery?.message) {
      try {
        await ctx.editMessageText(messages[0]!, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...markup });
      } catch (err) {
        // A second press of the same button: the message already shows this.
        if (!(err instanceof GrammyError && /message is not modified/.test(err.description))) throw err;
      }
      return;
    }
    for (let i = 0; i < messages.length; i++) {
      const last = i === messages.length - 1;
      await ctx.reply(messages[i]!, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(last ? markup : {}),
      });
    }
  }

  /**
   * Checks the token with getMe before anything else. A refused token ends in a
   * FrontEndStartError; while Telegram cannot be reached it logs and tries again,
   * waiting longer each time.
   */
  private async checkToken(): Promise<UserFromGetMe> {
    const timeoutMs = this.options.connect?.timeoutMs ?? 10_000;
    const maxRetryMs = this.options.connect?.maxRetryMs ?? 5 * 60_000;
    let retryMs = this.options.connect?.firstRetryMs ?? 2_000;
    const where = this.options.apiRoot ?? "api.telegram.org";
    // Without the retry plugin: this loop decides when to try again, and sees why a try failed.
    const probe = new Api(this.options.token, this.options.apiRoot ? { apiRoot: this.options.apiRoot } : {});
    for (let attempt = 1; ; attempt++) {
      try {
        const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), this.stopping.signal]);
        return await probe.getMe(signal as Parameters<Api["getMe"]>[0]);
      } catch (err) {
        if (this.stopping.signal.aborted) throw new FrontEndStartError("telegram", "unreachable", "Telegram: gestopt voordat de verbinding er was.");
        // 401 for a wrong token, 404 for one that is not even shaped like a token.
        if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
          throw new FrontEndStartError("telegram", "token-refused", `Telegram weigerde TELEGRAM_TOKEN (${err.error_code} ${err.description}). ${TELEGRAM_TOKEN_HELP}`);
        }
        const reason = err instanceof GrammyError ? `${err.error_code} ${err.description}` : networkReason(err, timeoutMs);
        this.options.log.warn(
          `telegram: ${where} niet bereikbaar (poging ${attempt}: ${reason}); nieuwe poging over ${Math.round(retryMs / 100) / 10} s`,
        );
        await sleep(retryMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        retryMs = Math.min(retryMs * 2, maxRetryMs);
      }
    }
  }

  /** Checks the token, publishes the Dutch command menu and starts long polling or the webhook. */
  async start(): Promise<void> {
    this.bot.botInfo = await this.checkToken();
    await this.bot.api.setMyCommands(commands.map((c) => ({ command: c.name, description: c.description })));
    const webhook = this.options.webhook;
    if (webhook) {
      const handle = webhookCallback(this.bot, "http", { secretToken: webhook.secret });
      this.server = createServer((req, res) => void handle(req, res));
      await new Promise<void>((r) => this.server!.listen(webhook.port, webhook.host ?? "0.0.0.0", r));
      await this.bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
    } else {
      void this.bot
        .start({ timeout: this.options.pollTimeout ?? 30, allowed_updates: ["message", "inline_query", "callback_query"] })
        .catch((err) => this.logError("polling gestopt", err));
      await new Promise<void>((resolve) => {
        const check = () => (this.bot.isRunning() ? resolve() : setTimeout(check, 10));
        check();
      });
    }
    this.options.log.info(`telegram: actief als @${this.bot.botInfo.username}${webhook ? " (webhook)" : ""}`);
  }

  /** Posts digests and notices; a blocked bot or vanished chat is reported as gone. */
  digestSender(): DigestSender {
    return {
      render: (reply) => renderTelegram(reply),
      send: async (target, part) => {
        const chatId = target.kind === "dm" ? target.userId : target.id;
        try {
          await this.bot.api.sendMessage(chatId, part, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        } catch (err) {
          if (err instanceof GrammyError && (err.error_code === 403 || /chat not found|PEER_ID_INVALID|kicked|deactivated/i.test(err.description))) {
            throw new TargetGoneError(target, `${err.error_code} ${err.description}`);
          }
          throw err;
        }
      },
    };
  }

  /** The local port of the webhook server, once started. */
  get webhookPort(): number | null {
    const address = this.server?.address();
    return address && typeof address === "object" ? address.port : null;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.server) await new Promise<void>((r) => this.server!.close(() => r()));
    if (this.bot.isRunning()) await this.bot.stop();
  }
}
