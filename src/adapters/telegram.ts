/**
 * The Telegram front end (grammY): commands, inline lookup and buttons, with
 * HTML output that Telegram's parser always accepts.
 */
import { createServer, type Server } from "node:http";
import { Bot, GrammyError, HttpError, webhookCallback, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { InlineQueryResultArticle } from "grammy/types";
import { commands } from "../../commands/index.js";
import { actionInvocation, executeCommand, parseCommandText, type Invocation } from "../../commands/run.js";
import type { Caller, CommandDeps } from "../../commands/types.js";
import { questionReply } from "../../commands/render.js";
import { decodeAction } from "../core/actions.js";
import { RATE_LIMIT_MESSAGE, RateLimiter } from "../core/rate-limit.js";
import { errorReply, type Reply } from "../core/reply.js";
import { truncate } from "../core/text.js";
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
}

const INLINE_RESULTS = 10;

function callerOf(ctx: Context): Caller {
  const chat = ctx.chat;
  const userId = String(ctx.from?.id ?? "0");
  const isPrivate = !chat || chat.type === "private";
  return {
    platform: "telegram",
    targetId: String(chat?.id ?? userId),
    userId,
    isPrivate,
    canManage: async () => {
      if (isPrivate) return true;
      const member = await ctx.api.getChatMember(chat!.id, Number(userId));
      return member.status === "creator" || member.status === "administrator";
    },
  };
}

export class TelegramBot {
  readonly bot: Bot;
  private readonly limiter: RateLimiter;
  private server: Server | null = null;

  constructor(private readonly options: TelegramBotOptions) {
    this.bot = new Bot(options.token, { client: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
    this.bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
    this.limiter = new RateLimiter(options.ratePerMinute, 60_000);
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
        const parsed = parseCommandText(`/${command.name} ${ctx.match ?? ""}`);
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
      const hits = query.trim() ? deps.engine.search(query, { limit: INLINE_RESULTS }) : [];
      const results: InlineQueryResultArticle[] = hits.map((h) => ({
        type: "article",
        id: truncate(`${h.set.id}#${h.question.number}`, 64),
        title: truncate(h.set.title, 120),
        description: truncate(`Vraag ${h.question.number}: ${h.question.text}`, 200),
        input_message_content: { message_text: renderTelegram(questionReply(h.set, h.question))[0]!, parse_mode: "HTML" },
      }));
      await ctx.answerInlineQuery(results.slice(0, TELEGRAM_LIMITS.inlineResults), { cache_time: 60 });
    });
    bot.on("callback_query:data", async (ctx) => {
      const action = decodeAction(ctx.callbackQuery.data);
      const invocation = action ? actionInvocation(action) : null;
      if (!invocation) {
        await ctx.answerCallbackQuery({ text: "Deze knop werkt niet meer. Zoek opnieuw met /vraag." });
        return;
      }
      await ctx.answerCallbackQuery();
      await this.respond(ctx, invocation, true);
    });
    bot.catch((err) => this.logError(`update ${err.ctx.update.update_id}`, err.error));
  }

  private async respond(ctx: Context, invocation: Invocation, edit = false): Promise<void> {
    const userId = String(ctx.from?.id ?? "0");
    if (!this.limiter.take(userId)) {
      await this.send(ctx, errorReply(RATE_LIMIT_MESSAGE));
      return;
    }
    const deps = this.options.makeDeps(callerOf(ctx));
    const reply = await executeCommand(invocation.command, invocation.input, deps, this.options.log);
    await this.send(ctx, reply, edit);
  }

  private async send(ctx: Context, reply: Reply, edit = false): Promise<void> {
    const messages = renderTelegram(reply);
    const keyboard = telegramKeyboard(reply);
    const markup = keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {};
    if (edit && messages.length === 1 && ctx.callbackQuery?.message) {
      await ctx.editMessageText(messages[0]!, { parse_mode: "HTML", ...markup });
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

  /** Publishes the Dutch command menu and starts long polling or the webhook. */
  async start(): Promise<void> {
    await this.bot.init();
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
      send: async (channel, part) => {
        const chatId = channel.startsWith("dm:") ? channel.slice(3) : channel;
        try {
          await this.bot.api.sendMessage(chatId, part, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        } catch (err) {
          if (err instanceof GrammyError && (err.error_code === 403 || /chat not found|PEER_ID_INVALID|kicked|deactivated/i.test(err.description))) {
            throw new TargetGoneError(`telegram:${channel}`, `${err.error_code} ${err.description}`);
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
    if (this.server) await new Promise<void>((r) => this.server!.close(() => r()));
    if (this.bot.isRunning()) await this.bot.stop();
  }
}
