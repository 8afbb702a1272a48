/**
 * The Discord front end: slash commands, autocomplete, embeds with paging
 * buttons. Button state lives in custom_id so it survives restarts.
 */
import {
  DiscordAPIError,
  Routes,
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  escapeMarkdown,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type APIEmbed,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from "discord.js";
import type { Reply, ReplyAction, ReplyStatus } from "../core/reply.js";
import { errorReply } from "../core/reply.js";
import { encodeAction } from "../core/actions.js";
import { splitText } from "../core/split.js";
import { markSegments } from "../core/highlight.js";
import { truncate } from "../core/text.js";
import { buttonInvocation, Dispatcher, type Invocation } from "../../commands/run.js";
import { findCommand } from "../../commands/index.js";
import type { Caller, CommandDeps } from "../../commands/types.js";
import { redact, type Logger } from "../log.js";
import { channelTarget, dmTarget } from "../core/target.js";
import { FrontEndStartError } from "../core/errors.js";
import { shortHash } from "../core/text.js";
import { TargetGoneError, type DigestSender } from "../digest/service.js";

export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceLength: 100,
} as const;

/** Room for one page of text, leaving space for title and footer within 6000. */
const PAGE_CHARS = 3500;

const COLOURS: Record<ReplyStatus, number> = {
  answered: 0x2e7d32,
  referenced: 0x1565c0,
  unanswered: 0xf9a825,
  info: 0x546e7a,
  empty: 0x9e9e9e,
  error: 0xc62828,
};

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: { parse: [] };
}

function pageCode(page: number, self: ReplyAction): string {
  return `p${page}|${encodeAction(self, DISCORD_LIMITS.customId - 6)}`;
}

/** Section text as Discord markdown: matched words in bold, everything else escaped. */
function discordBody(body: string): string {
  return markSegments(body)
    .map((seg) => (seg.strong ? `**${escapeMarkdown(seg.text)}**` : escapeMarkdown(seg.text)))
    .join("");
}

/** Renders a reply as one embed; long text is paged with buttons. */
/** The reply's text as Discord markdown, in pages that fit an embed. */
function discordPages(reply: Reply): string[] {
  const text = reply.sections
    .map((s) => (s.heading ? `**${escapeMarkdown(s.heading)}**\n${discordBody(s.body)}` : discordBody(s.body)))
    .join("\n\n");
  return splitText(text, PAGE_CHARS);
}

export function renderDiscord(reply: Reply, page = 0): DiscordMessage {
  const pages = discordPages(reply);
  const current = Math.min(Math.max(0, page), pages.length - 1);
  const footerParts = [reply.subtitle, reply.footer, pages.length > 1 ? `pagina ${current + 1}/${pages.length}` : undefined];
  const embed: APIEmbed = {
    color: COLOURS[reply.status],
    description: pages[current] || "—",
  };
  if (reply.title) embed.title = truncate(escapeMarkdown(reply.title), DISCORD_LIMITS.title);
  if (reply.url && /^https?:\/\//.test(reply.url)) embed.url = reply.url;
  const footer = footerParts.filter(Boolean).join(" · ");
  if (footer) embed.footer = { text: truncate(footer, DISCORD_LIMITS.footer) };

  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  if (pages.length > 1 && reply.self) {
    const row = new ActionRowBuilder<ButtonBuilder>();
    if (current > 0) row.addComponents(button(pageCode(current - 1, reply.self), "◀ Vorige pagina", ButtonStyle.Secondary));
    if (current < pages.length - 1) row.addComponents(button(pageCode(current + 1, reply.self), "Lees verder ▶", ButtonStyle.Primary));
    rows.push(row);
  }
  // Five buttons to a row; Discord allows five rows, one of which may be the page buttons above.
  const nav = reply.actions.slice(0, 5 * (5 - rows.length));
  for (let i = 0; i < nav.length; i += 5) {
    rows.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        nav.slice(i, i + 5).map((a) => button(encodeAction(a, DISCORD_LIMITS.customId), a.label, ButtonStyle.Secondary)),
      ),
    );
  }
  return { embeds: [embed], components: rows, allowedMentions: { parse: [] } };
}

/** Every page of a reply as a separate message, for posts that are not answers to a command. */
export function renderDiscordPages(reply: Reply): DiscordMessage[] {
  const plain: Reply = { ...reply, self: undefined, actions: [] };
  return discordPages(reply).map((_, i) => renderDiscord(plain, i));
}

/** Discord error codes that mean the bot can no longer post in a channel. */
const GONE_CODES = new Set([10003, 10013, 50001, 50007, 50013]);

function button(customId: string, label: string, style: ButtonStyle): ButtonBuilder {
  return new ButtonBuilder().setCustomId(customId).setLabel(truncate(label, DISCORD_LIMITS.buttonLabel)).setStyle(style);
}

export interface DiscordBotOptions {
  token: string;
  apiBase?: string;
  makeDeps: (caller: Caller) => CommandDeps;
  log: Logger;
  ratePerMinute: number;
  /** Defer a reply when the command takes longer than this (Discord allows 3 s for the first answer). */
  deferAfterMs?: number;
}

function callerOf(interaction: Interaction): Caller {
  return {
    platform: "discord",
    target: interaction.channelId ? channelTarget("discord", interaction.channelId) : dmTarget("discord", interaction.user.id),
    userId: interaction.user.id,
    isPrivate: !interaction.inGuild(),
    canManage: async () => !interaction.inGuild() || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
  };
}

/** Leaves room within Discord's 3-second window for the deferral itself to arrive. */
const DEFER_AFTER_MS = 2000;

export const DISCORD_TOKEN_HELP =
  "Maak een nieuw token in het Discord Developer Portal (https://discord.com/developers/applications → je applicatie → Bot → Reset Token) en zet het in DISCORD_TOKEN.";

/** Turns a failed login into a Dutch explanation; the token itself never appears in it. */
export function discordStartError(err: unknown, apiBase?: string): FrontEndStartError {
  const code = (err as { code?: unknown }).code;
  if (code === "TokenInvalid" || (err instanceof DiscordAPIError && err.status === 401)) {
    return new FrontEndStartError("discord", "token-refused", `Discord weigerde DISCORD_TOKEN (ongeldig of ingetrokken). ${DISCORD_TOKEN_HELP}`);
  }
  const where = apiBase ?? "discord.com";
  return new FrontEndStartError("discord", "unreachable", `Discord (${where}) is niet bereikbaar of gaf een fout bij het inloggen: ${redact((err as Error).message ?? String(err))}`);
}

export class DiscordBot {
  readonly client: Client;
  private readonly dispatcher: Dispatcher;
  private readonly deferAfterMs: number;

  constructor(private readonly options: DiscordBotOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: { parse: [] },
      rest: options.apiBase ? { api: options.apiBase } : {},
    });
    this.dispatcher = new Dispatcher({ makeDeps: options.makeDeps, log: options.log, ratePerMinute: options.ratePerMinute });
    this.deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
    this.client.on(Events.InteractionCreate, (i) => void this.handle(i));
    this.client.on(Events.Error, (err) => options.log.error(`discord: ${err.message}`));
  }

  /** Logs in; a refused token or unreachable gateway becomes a FrontEndStartError. */
  async start(): Promise<void> {
    try {
      await this.client.login(this.options.token);
    } catch (err) {
      throw discordStartError(err, this.options.apiBase);
    }
    this.options.log.info(`discord: ingelogd als ${this.client.user?.tag ?? "?"}`);
  }

  async stop(): Promise<void> {
    await this.client.destroy();
  }

  /** Posts digests and notices as regular messages that never mention anyone. */
  digestSender(): DigestSender {
    const rest = this.client.rest;
    return {
      render: (reply) =>
        renderDiscordPages(reply).map((m) => JSON.stringify({ embeds: m.embeds, allowed_mentions: { parse: [] } })),
      send: async (target, part, key) => {
        try {
          let channelId: string;
          if (target.kind === "dm") {
            const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: target.userId } })) as { id: string };
            channelId = dm.id;
          } else channelId = target.id;
          // Discord drops a second message with the same nonce, which closes the crash-resend window.
          const nonce = `${shortHash(key)}${shortHash(`${key}#`)}`;
          await rest.post(Routes.channelMessages(channelId), { body: { ...JSON.parse(part), nonce, enforce_nonce: true } });
        } catch (err) {
          if (err instanceof DiscordAPIError && (GONE_CODES.has(Number(err.code)) || err.status === 403 || err.status === 404)) {
            throw new TargetGoneError(target, `${err.status} ${err.message}`);
          }
          throw err;
        }
      },
    };
  }

  private async handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await this.autocomplete(interaction);
      else if (interaction.isChatInputCommand()) await this.command(interaction);
      else if (interaction.isButton()) await this.button(interaction);
    } catch (err) {
      this.options.log.error(`discord: interactie ${interaction.id} mislukt: ${(err as Error).message}`);
      if (interaction.isRepliable() && !interaction.replied) {
        const message = renderDiscord(errorReply("Er ging iets mis. Probeer het later nog eens."));
        const send = interaction.deferred ? interaction.editReply(message) : interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
        await send.catch(() => undefined);
      }
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const deps = this.options.makeDeps(callerOf(interaction));
    const value = String(focused.value ?? "").slice(0, 200);
    const clip = (s: string) => truncate(s, DISCORD_LIMITS.choiceLength);
    let choices: { name: string; value: string }[] = [];
    const hits = value.trim() ? deps.engine.search(value, { limit: DISCORD_LIMITS.autocompleteChoices, prefixLast: true, spread: true }) : [];
    if (interaction.commandName === "vraag") {
      // A chosen question travels as its reference, so /vraag opens exactly that question.
      choices = hits.map((h) => ({ name: clip(`${h.set.title} — vraag ${h.question.number}: ${h.question.text}`), value: `${h.set.id}#${h.question.number}` }));
    } else {
      const sets = value.trim() ? [...new Map(hits.map((h) => [h.set.id, h.set])).values()] : deps.corpus.list(0, DISCORD_LIMITS.autocompleteChoices);
      choices = sets.map((s) => ({ name: clip(s.title), value: interaction.commandName === "set" ? s.id : clip(s.title) }));
    }
    await interaction.respond(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    if (!command) {
      await interaction.reply({ ...renderDiscord(errorReply("Dit commando ken ik niet (meer).")), flags: MessageFlags.Ephemeral });
      return;
    }
    const input: Record<string, unknown> = {};
    for (const o of command.options) {
      const v = o.type === "integer" ? interaction.options.getInteger(o.name) : interaction.options.getString(o.name);
      if (v !== null) input[o.name] = v;
    }
    await this.respond(interaction, { command, input }, 0, "reply");
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const m = /^p(\d{1,3})\|(.*)$/s.exec(interaction.customId);
    await this.respond(interaction, buttonInvocation(m ? m[2]! : interaction.customId), m ? Number(m[1]) : 0, "update");
  }

  private async respond(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    invocation: Invocation | null,
    page: number,
    mode: "reply" | "update",
  ): Promise<void> {
    const update = mode === "update" && interaction.isButton();
    let deferred: Promise<unknown> | null = null;
    const timer = setTimeout(() => {
      deferred = update ? (interaction as ButtonInteraction).deferUpdate() : interaction.deferReply();
      // Awaited below; until then a refusal must not count as unhandled.
      deferred.catch(() => undefined);
    }, this.deferAfterMs);
    let reply: Reply;
    try {
      ({ reply } = await this.dispatcher.dispatch(invocation, callerOf(interaction)));
    } finally {
      clearTimeout(timer);
    }
    const message = renderDiscord(reply, page);
    if (deferred) {
      await deferred;
      if (!reply.private) {
        await interaction.editReply(message);
        return;
      }
      // A deferred reply is public; a private answer goes out as an ephemeral follow-up instead.
      if (!update) await interaction.deleteReply();
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    } else if (reply.private) {
      await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    } else if (update) {
      await (interaction as ButtonInteraction).update(message);
    } else {
      await interaction.reply(message);
    }
  }
}
