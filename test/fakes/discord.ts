/**
 * A protocol-level fake of Discord on 127.0.0.1: REST (v10) and a JSON
 * gateway. Like Discord it refuses what breaks its rules, with Discord's own
 * error bodies: a second answer to one interaction (40060), an unknown or
 * expired interaction (10062) or webhook token (10015, 50027), an empty
 * message (50006), a nonce over 25 characters and any payload over the limits
 * (50035, checked by the fake itself, commands included). It can be told to
 * fail the next request to a route (429, 500) to test retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { Recording } from "./recording.js";

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  status: number;
}

export interface ForcedFailure {
  match: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, footer: 2048, total: 6000 };

/** One broken rule, with the path Discord reports it under in an Invalid Form Body error. */
interface Violation {
  path: (string | number)[];
  code: string;
  message: string;
}

const tooLong = (path: Violation["path"], max: number): Violation => ({ path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` });
const badLength = (path: Violation["path"], min: number, max: number): Violation => ({ path, code: "BASE_TYPE_BAD_LENGTH", message: `Must be between ${min} and ${max} in length.` });

function messageRules(body: any): Violation[] {
  const out: Violation[] = [];
  const data = body?.data ?? body;
  const at = (...p: Violation["path"]) => (body?.data ? ["data", ...p] : p);
  if (!data || typeof data !== "object") return out;
  if (typeof data.content === "string" && data.content.length > 2000) out.push(tooLong(at("content"), 2000));
  const embeds: any[] = data.embeds ?? [];
  if (embeds.length > 10) out.push(tooLong(at("embeds"), 10));
  let total = 0;
  embeds.forEach((e, i) => {
    const title = e.title ?? "";
    const desc = e.description ?? "";
    const footer = e.footer?.text ?? "";
    if (title.length > EMBED_LIMITS.title) out.push(tooLong(at("embeds", i, "title"), EMBED_LIMITS.title));
    if (desc.length > EMBED_LIMITS.description) out.push(tooLong(at("embeds", i, "description"), EMBED_LIMITS.description));
    if (footer.length > EMBED_LIMITS.footer) out.push(tooLong(at("embeds", i, "footer", "text"), EMBED_LIMITS.footer));
    if ((e.fields ?? []).length > EMBED_LIMITS.fields) out.push(tooLong(at("embeds", i, "fields"), EMBED_LIMITS.fields));
    total += title.length + desc.length + footer.length;
  });
  if (total > EMBED_LIMITS.total) out.push({ path: at("embeds"), code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000" });
  const rows: any[] = data.components ?? [];
  if (rows.length > 5) out.push(tooLong(at("components"), 5));
  rows.forEach((row, r) => {
    if ((row.components ?? []).length > 5) out.push(tooLong(at("components", r, "components"), 5));
    (row.components ?? []).forEach((c: any, i: number) => {
      if (c.custom_id !== undefined && (c.custom_id.length < 1 || c.custom_id.length > 100)) out.push(badLength(at("components", r, "components", i, "custom_id"), 1, 100));
      if (c.label !== undefined && c.label.length > 80) out.push(tooLong(at("components", r, "components", i, "label"), 80));
    });
  });
  const choices: any[] | undefined = data.choices;
  if (choices) {
    if (choices.length > 25) out.push(tooLong(at("choices"), 25));
    choices.forEach((c, i) => {
      if (String(c.name).length < 1 || String(c.name).length > 100) out.push(badLength(at("choices", i, "name"), 1, 100));
      if (String(c.value).length < 1 || String(c.value).length > 100) out.push(badLength(at("choices", i, "value"), 1, 100));
    });
  }
  if (data.nonce !== undefined && String(data.nonce).length > 25) {
    out.push({ path: at("nonce"), code: "NONCE_TYPE_TOO_LONG", message: "Must be 25 or fewer characters long." });
  }
  return out;
}

/** Every limit a message payload breaks; Discord answers such payloads with 400. */
export function messageViolations(body: any): string[] {
  return messageRules(body).map((v) => `${v.path.join(".")}: ${v.message}`);
}

/** A message with nothing to show: Discord refuses it with 50006. */
function isEmptyMessage(data: any): boolean {
  const content = typeof data?.content === "string" ? data.content.trim() : "";
  return !content && !(data?.embeds?.length) && !(data?.components?.length) && !(data?.attachments?.length) && !(data?.sticker_ids?.length) && !data?.poll;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Discord's own checks of an application command list, as on PUT /applications/…/commands. */
export function commandRules(list: unknown): Violation[] {
  const out: Violation[] = [];
  if (!Array.isArray(list)) return [{ path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." }];
  if (list.length > 100) out.push(tooLong([], 100));
  const names = new Set<string>();
  list.forEach((c: any, i) => {
    const name = String(c?.name ?? "");
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) out.push({ path: [i, "name"], code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" });
    if (names.has(name)) out.push({ path: [i, "name"], code: "APPLICATION_COMMANDS_DUPLICATE_NAME", message: `Application command names must be unique` });
    names.add(name);
    const desc = String(c?.description ?? "");
    if (desc.length < 1 || desc.length > 100) out.push(badLength([i, "description"], 1, 100));
    const options: any[] = c?.options ?? [];
    if (options.length > 25) out.push(tooLong([i, "options"], 25));
    let total = name.length + desc.length;
    let optional = false;
    const optionNames = new Set<string>();
    options.forEach((o, j) => {
      const where = [i, "options", j];
      const oname = String(o?.name ?? "");
      if (!COMMAND_NAME.test(oname) || oname !== oname.toLowerCase()) out.push({ path: [...where, "name"], code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" });
      if (optionNames.has(oname)) out.push({ path: [...where, "name"], code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", message: "Option names must be unique" });
      optionNames.add(oname);
      const odesc = String(o?.description ?? "");
      if (odesc.length < 1 || odesc.length > 100) out.push(badLength([...where, "description"], 1, 100));
      if (![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].includes(o?.type)) out.push({ path: [...where, "type"], code: "BASE_TYPE_CHOICES", message: "Value must be one of the option types." });
      if (o?.required && optional) out.push({ path: [...where, "required"], code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", message: "Required options must be placed before non-required options" });
      if (!o?.required) optional = true;
      const choices: any[] = o?.choices ?? [];
      if (choices.length > 25) out.push(tooLong([...where, "choices"], 25));
      if (o?.autocomplete && choices.length) out.push({ path: [...where, "autocomplete"], code: "AUTOCOMPLETE_AND_CHOICES_ERROR", message: "Autocomplete and choices cannot both be set" });
      choices.forEach((ch, k) => {
        if (String(ch?.name ?? "").length < 1 || String(ch?.name ?? "").length > 100) out.push(badLength([...where, "choices", k, "name"], 1, 100));
        if (String(ch?.value ?? "").length > 100) out.push(tooLong([...where, "choices", k, "value"], 100));
        total += String(ch?.name ?? "").length + String(ch?.value ?? "").length;
      });
      if (o?.min_value !== undefined && o?.max_value !== undefined && o.min_value > o.max_value) out.push({ path: [...where, "min_value"], code: "NUMBER_TYPE_MAX", message: "min_value must not exceed max_value" });
      if (o?.max_length !== undefined && (o.max_length < 1 || o.max_length > 6000)) out.push({ path: [...where, "max_length"], code: "NUMBER_TYPE_MAX", message: "Must be between 1 and 6000." });
      total += oname.length + odesc.length;
    });
    if (total > 4000) out.push({ path: [i], code: "APPLICATION_COMMAND_TOO_LARGE", message: "Command exceeds maximum size (4000)" });
  });
  return out;
}

/** Discord's Invalid Form Body error, with the nested `errors` object discord.js reads. */
function formError(violations: Violation[]) {
  const errors: any = {};
  for (const v of violations) {
    let node = errors;
    for (const key of v.path) node = node[key] ??= {};
    (node._errors ??= []).push({ code: v.code, message: v.message });
  }
  return { message: "Invalid Form Body", code: 50035, errors };
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  /** How the interaction was first answered (callback type), once it was. */
  ackedWith: number | null;
  originalDeleted: boolean;
}

export class FakeDiscord {
  readonly applicationId = "100000000000000001";
  readonly botUserId = "100000000000000002";
  readonly guildId = "200000000000000001";
  readonly channelId = "300000000000000001";
  readonly token = "fake-discord-token.abc.def";
  private readonly recording = new Recording<RecordedRequest>("fake discord: timed out waiting for a request");
  readonly requests = this.recording.items;
  readonly violations: string[] = [];
  readonly failures: ForcedFailure[] = [];
  /** Posts the next channel message but never answers, like a response lost in a crash. */
  swallowNextPost = false;
  /** Posts Discord ignored because their nonce was seen before. */
  duplicatesDropped = 0;
  /** Channels that answer 403 Missing Access (a bot removed from a channel). */
  readonly forbiddenChannels = new Set<string>();
  /** Discord's window for the first answer to an interaction. */
  ackWindowMs = 3000;
  /** How long an interaction token works for edits and follow-ups. */
  tokenLifetimeMs = 15 * 60_000;
  /** The fake's clock; tests move it to let tokens expire. */
  clock: () => number = Date.now;
  /** Mentions a message would have pinged: user text must never reach anyone. */
  readonly pings: string[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private interactionCounter = 0;
  port = 0;

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/gateway" });
    this.wss.on("connection", (ws) => this.onSocket(ws));
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Resolves with the first request that matches, also one recorded before. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.recording.waitFor(test, timeoutMs, true);
  }

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: object): void {
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: ++this.seq, d });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) this.send(ws, { op: 11, d: null, s: null, t: null });
      if (msg.op === 2) {
        if (msg.d?.token !== this.token) {
          ws.close(4004, "Authentication failed");
          return;
        }
        this.send(ws, {
          op: 0,
          t: "READY",
          s: ++this.seq,
          d: {
            v: 10,
            user: { id: this.botUserId, username: "kamervragen", discriminator: "0", global_name: null, avatar: null, bot: true },
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: "fake-session",
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            application: { id: this.applicationId, flags: 0 },
            shard: [0, 1],
          },
        });
        this.send(ws, { op: 0, t: "GUILD_CREATE", s: ++this.seq, d: this.guild() });
      }
    });
  }

  private guild() {
    return {
      id: this.guildId,
      name: "Fractie",
      icon: null,
      owner_id: "400000000000000001",
      unavailable: false,
      member_count: 2,
      large: false,
      features: [],
      roles: [{ id: this.guildId, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false }],
      channels: [{ id: this.channelId, type: 0, name: "kamervragen", position: 0, guild_id: this.guildId, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      joined_at: new Date().toISOString(),
      preferred_locale: "nl",
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      system_channel_flags: 0,
    };
  }

  private user(id: string) {
    return { id, username: `gebruiker${id.slice(-2)}`, discriminator: "0", global_name: null, avatar: null };
  }

  /** Sends an INTERACTION_CREATE as Discord would; returns id and token. */
  interact(data: object, options: { type?: number; userId?: string; admin?: boolean; message?: object } = {}): { id: string; token: string } {
    const n = ++this.interactionCounter;
    const id = String(500000000000000000n + BigInt(n));
    const token = `interaction-token-${n}-${"x".repeat(40)}`;
    this.interactions.set(id, { id, token, type: options.type ?? 2, createdAt: this.clock(), ackedWith: null, originalDeleted: false });
    const userId = options.userId ?? "400000000000000002";
    const permissions = options.admin ? "8" : "2048";
    this.dispatch("INTERACTION_CREATE", {
      id,
      application_id: this.applicationId,
      type: options.type ?? 2,
      token,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: "kamervragen" },
      member: {
        user: this.user(userId),
        roles: [],
        permissions,
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: "2048",
      locale: "nl",
      guild_locale: "nl",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      data,
      ...(options.message ? { message: options.message } : {}),
    });
    return { id, token };
  }

  /** A slash command: `/vraag zoekterm:politiebegroting`. */
  command(name: string, options: Record<string, string | number> = {}, extra: { userId?: string; admin?: boolean } = {}) {
    return this.interact(
      {
        id: "600000000000000001",
        name,
        type: 1,
        options: Object.entries(options).map(([k, v]) => ({ name: k, type: typeof v === "number" ? 4 : 3, value: v })),
      },
      extra,
    );
  }

  autocomplete(name: string, option: string, value: string) {
    return this.interact(
      { id: "600000000000000001", name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
      { type: 4 },
    );
  }

  button(customId: string, extra: { userId?: string } = {}) {
    const message = { ...this.messageObject({}), id: "700000000000000001" };
    return this.interact({ custom_id: customId, component_type: 2 }, { type: 3, message, ...extra });
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, "");
    const method = req.method ?? "GET";
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      this.recording.add({ method, path, body, status });
      if (payload === undefined) {
        res.writeHead(status, headers);
        res.end();
      } else {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(payload));
      }
    };
    const auth = req.headers.authorization ?? "";
    const needsAuth = !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
    if (needsAuth && auth !== `Bot ${this.token}`) return reply(401, { message: "401: Unauthorized", code: 0 });

    const forced = this.failures.findIndex((f) => f.match.test(`${method} ${path}`));
    if (forced >= 0) {
      const f = this.failures.splice(forced, 1)[0]!;
      return reply(f.status, f.body ?? { message: "forced", code: 0 }, f.headers);
    }

    if (method === "GET" && path === "/gateway/bot") {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === "GET" && path === "/applications/@me") return reply(200, { id: this.applicationId, name: "kamervragen", flags: 0 });
    const invalid = (violations: Violation[]) => {
      this.violations.push(...violations.map((v) => `${method} ${path.replace(/interaction-token-[^/]+/, "…")}: ${v.path.join(".")}: ${v.message}`));
      return reply(400, formError(violations));
    };
    const empty = () => reply(400, { message: "Cannot send an empty message", code: 50006 });

    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === "POST") {
      const state = this.interactions.get(m[1]!);
      if (!state || state.token !== m[2]) return reply(404, { message: "Unknown interaction", code: 10062 });
      if (state.ackedWith !== null) return reply(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      if (this.clock() - state.createdAt > this.ackWindowMs) return reply(404, { message: "Unknown interaction", code: 10062 });
      const type = body?.type;
      const component = state.type === 3;
      const autocomplete = state.type === 4;
      const allowed = autocomplete ? [8] : component ? [4, 5, 6, 7, 9] : [4, 5, 9];
      if (!allowed.includes(type)) return invalid([{ path: ["type"], code: "INTERACTION_RESPONSE_TYPE_INVALID", message: `Interaction response type ${type} is not valid for this interaction` }]);
      const v = messageRules(body);
      if (v.length) return invalid(v);
      if (type === 4 && isEmptyMessage(body?.data)) return empty();
      this.checkPings(body?.data);
      state.ackedWith = type;
      return reply(204);
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (m && (method === "PATCH" || method === "DELETE" || method === "POST")) {
      const state = [...this.interactions.values()].find((i) => i.token === m![2]);
      if (m[1] !== this.applicationId || !state) return reply(404, { message: "Unknown Webhook", code: 10015 });
      if (this.clock() - state.createdAt > this.tokenLifetimeMs) return reply(401, { message: "Invalid Webhook Token", code: 50027 });
      const original = Boolean(m[3]);
      if (original && method === "POST") return reply(405, { message: "405: Method Not Allowed", code: 0 });
      if (!original && method !== "POST") return reply(405, { message: "405: Method Not Allowed", code: 0 });
      // Edits and follow-ups need an answered interaction; the original must still exist.
      if (state.ackedWith === null || state.ackedWith === 8) return reply(404, { message: "Unknown Message", code: 10008 });
      if (original && state.originalDeleted) return reply(404, { message: "Unknown Message", code: 10008 });
      if (method === "DELETE") {
        state.originalDeleted = true;
        return reply(204);
      }
      const v = messageRules(body);
      if (v.length) return invalid(v);
      if (method === "POST" && isEmptyMessage(body)) return empty();
      this.checkPings(body);
      return reply(200, this.messageObject(body));
    }
    m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === "PUT") {
      if (m[1] !== this.applicationId) return reply(403, { message: "Missing Access", code: 50001 });
      const v = commandRules(body);
      if (v.length) return invalid(v);
      return reply(200, (body as any[]).map((c, i) => ({ ...c, id: String(800000000000000000n + BigInt(i)), application_id: m![1], version: "1" })));
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === "POST") {
      if (this.forbiddenChannels.has(m[1]!)) return reply(403, { message: "Missing Access", code: 50001 });
      const v = messageRules(body);
      if (v.length) return invalid(v);
      if (isEmptyMessage(body)) return empty();
      this.checkPings(body);
      if (this.swallowNextPost) {
        this.swallowNextPost = false;
        this.recording.add({ method, path, body, status: 200 });
        return;
      }
      // Like Discord: a repeated nonce with enforce_nonce returns the earlier message instead of posting twice.
      if (body?.enforce_nonce && body.nonce) {
        const earlier = this.requests.find((r) => r.status === 200 && r.path === path && r.body?.nonce === body.nonce);
        if (earlier) {
          this.duplicatesDropped++;
          return reply(200, { ...this.messageObject(earlier.body), channel_id: m[1] });
        }
      }
      return reply(200, { ...this.messageObject(body), channel_id: m[1] });
    }
    m = /^\/users\/@me\/channels$/.exec(path);
    if (m && method === "POST") return reply(200, { id: `9${String(body?.recipient_id ?? "1").slice(1)}`, type: 1, recipients: [this.user(String(body?.recipient_id))] });
    return reply(404, { message: "404: Not Found", code: 0 });
  }

  /** Notes what a message would have pinged, following Discord's allowed_mentions rules. */
  private checkPings(data: any): void {
    const content: string = typeof data?.content === "string" ? data.content : "";
    const parse: string[] | undefined = data?.allowed_mentions?.parse;
    const allowed = (kind: string) => (parse === undefined ? !data?.allowed_mentions : parse.includes(kind));
    if (/@(everyone|here)\b/.test(content) && allowed("everyone")) this.pings.push("@everyone");
    if (/<@!?\d+>/.test(content) && allowed("users")) this.pings.push("user");
    if (/<@&\d+>/.test(content) && allowed("roles")) this.pings.push("role");
  }

  private messageObject(body: any) {
    return {
      id: String(700000000000000000n + BigInt(this.requests.length)),
      channel_id: this.channelId,
      author: { ...this.user(this.botUserId), bot: true },
      content: body?.content ?? "",
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
  }
}
