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
import { decodeAction, encodeAction } from "../core/actions.js";
import { splitText } from "../core/split.js";
import { truncate } from "../core/text.js";
import { RATE_LIMIT_MESSAGE, RateLimiter } from "../core/rate-limit.js";
import { actionInvocation, executeCommand, type Invocation } from "../../commands/run.js";
import { findCommand } from "../../commands/index.js";
import type { Caller, CommandDeps } from "../../commands/types.js";
import type { Logger } from "../log.js";
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

/** Renders a reply as one embed; long text is paged with buttons. */
/** The reply's text as Discord markdown, in pages that fit an embed. */
function discordPages(reply: Reply): string[] {
  const text = reply.sections
    .map((s) => (s.heading ? `**${escapeMarkdown(s.heading)}**\n${escapeMarkdown(s.body)}` : escapeMarkdown(s.body)))
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
  const footer = footerParts.filter(Boolean).join(" · ");
  if (footer) embed.footer = { text: truncate(footer, DISCORD_LIMITS.footer) };

  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  if (pages.length > 1 && reply.self) {
    const row = new ActionRowBuilder<ButtonBuilder>();
    if (current > 0) row.addComponents(button(pageCode(current - 1, reply.self), "◀ Vorige pagina", ButtonStyle.Secondary));
    if (current < pages.length - 1) row.addComponents(button(pageCode(current + 1, reply.self), "Lees verder ▶", ButtonStyle.Primary));
    rows.push(row);
  }
  const nav = reply.actions.slice(0, 5);
  if (nav.length) {
    rows.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        nav.map((a) => button(encodeAction(a, DISCORD_LIMITS.customId), a.label, ButtonStyle.Secondary)),
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
}

function callerOf(interaction: Interaction): Caller {
  return {
    platform: "discord",
    targetId: interaction.channelId ?? `dm:${interaction.user.id}`,
    userId: interaction.user.id,
    isPrivate: !interaction.inGuild(),
    canManage: async () => !interaction.inGuild() || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
  };
}

/** Defers when a command is slow, so Discord's 3-second window is never missed. */
const DEFER_AFTER_MS = 2000;

export class DiscordBot {
  readonly client: Client;
  private readonly limiter: RateLimiter;

  constructor(private readonly options: DiscordBotOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: { parse: [] },
      rest: options.apiBase ? { api: options.apiBase } : {},
    });
    this.limiter = new RateLimiter(options.ratePerMinute, 60_000);
    this.client.on(Events.InteractionCreate, (i) => void this.handle(i));
    this.client.on(Events.Error, (err) => options.log.error(`discord: ${err.message}`));
  }

  async start(): Promise<void> {
    await this.client.login(this.options.token);
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
      send: async (channel, part, key) => {
        try {
          let channelId = channel;
          if (channel.startsWith("dm:")) {
            const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: channel.slice(3) } })) as { id: string };
            channelId = dm.id;
          }
          // Discord drops a second message with the same nonce, which closes the crash-resend window.
          const nonce = `${shortHash(key)}${shortHash(`${key}#`)}`;
          await rest.post(Routes.channelMessages(channelId), { body: { ...JSON.parse(part), nonce, enforce_nonce: true } });
        } catch (err) {
          if (err instanceof DiscordAPIError && (GONE_CODES.has(Number(err.code)) || err.status === 403 || err.status === 404)) {
            throw new TargetGoneError(`discord:${channel}`, `${err.status} ${err.message}`);
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
    const hits = value.trim() ? deps.engine.search(value, { limit: DISCORD_LIMITS.autocompleteChoices, prefixLast: true }) : [];
    if (interaction.commandName === "vraag") {
      // A chosen question travels as its reference, so /vraag opens exactly that question.
      choices = hits.map((h) => ({ name: clip(`${h.set.title} — vraag ${h.question.number}: ${h.question.text}`), value: `${h.set.id}#${h.question.number}` }));
    } else {
      const sets = value.trim() ? [...new Map(hits.map((h) => [h.set.id, h.set])).values()] : deps.corpus.sets;
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
    const action = decodeAction(m ? m[2]! : interaction.customId);
    const invocation = action ? actionInvocation(action) : null;
    if (!invocation) {
      await interaction.reply({ ...renderDiscord(errorReply("Deze knop werkt niet meer. Zoek opnieuw met /vraag.")), flags: MessageFlags.Ephemeral });
      return;
    }
    await this.respond(interaction, invocation, m ? Number(m[1]) : 0, "update");
  }

  private async respond(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    invocation: Invocation,
    page: number,
    mode: "reply" | "update",
  ): Promise<void> {
    if (!this.limiter.take(interaction.user.id)) {
      await interaction.reply({ ...renderDiscord(errorReply(RATE_LIMIT_MESSAGE)), flags: MessageFlags.Ephemeral });
      return;
    }
    const deps = this.options.makeDeps(callerOf(interaction));
    let deferred: Promise<unknown> | null = null;
    const timer = setTimeout(() => {
      deferred = interaction.isButton() && mode === "update" ? interaction.deferUpdate() : interaction.deferReply();
    }, DEFER_AFTER_MS);
    const reply = await executeCommand(invocation.command, invocation.input, deps, this.options.log);
    clearTimeout(timer);
    const message = renderDiscord(reply, page);
    if (deferred) {
      await deferred;
      await interaction.editReply(message);
    } else if (reply.private) {
      await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    } else if (mode === "update" && interaction.isButton()) {
      await interaction.update(message);
    } else {
      await interaction.reply(message);
    }
  }
}
