/**
 * A protocol-level fake of Discord on 127.0.0.1: REST (v10) and a JSON
 * gateway. It validates payloads against Discord's limits and can be told to
 * fail the next request to a route (429, 500) to test retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

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

/** Every limit a message payload breaks; Discord answers such payloads with 400. */
export function messageViolations(body: any): string[] {
  const out: string[] = [];
  const data = body?.data ?? body;
  if (!data || typeof data !== "object") return out;
  if (typeof data.content === "string" && data.content.length > 2000) out.push("content > 2000");
  const embeds: any[] = data.embeds ?? [];
  if (embeds.length > 10) out.push("more than 10 embeds");
  let total = 0;
  for (const e of embeds) {
    const title = e.title ?? "";
    const desc = e.description ?? "";
    const footer = e.footer?.text ?? "";
    if (title.length > EMBED_LIMITS.title) out.push("embed title > 256");
    if (desc.length > EMBED_LIMITS.description) out.push("embed description > 4096");
    if (footer.length > EMBED_LIMITS.footer) out.push("embed footer > 2048");
    if ((e.fields ?? []).length > EMBED_LIMITS.fields) out.push("more than 25 fields");
    total += title.length + desc.length + footer.length;
  }
  if (total > EMBED_LIMITS.total) out.push("embeds > 6000 in total");
  const rows: any[] = data.components ?? [];
  if (rows.length > 5) out.push("more than 5 rows");
  for (const row of rows) {
    if ((row.components ?? []).length > 5) out.push("more than 5 buttons in a row");
    for (const c of row.components ?? []) {
      if (c.custom_id !== undefined && (c.custom_id.length < 1 || c.custom_id.length > 100)) out.push("custom_id not 1-100");
      if (c.label !== undefined && c.label.length > 80) out.push("label > 80");
    }
  }
  const choices: any[] | undefined = data.choices;
  if (choices) {
    if (choices.length > 25) out.push("more than 25 choices");
    for (const c of choices) {
      if (String(c.name).length < 1 || String(c.name).length > 100) out.push("choice name not 1-100");
      if (String(c.value).length < 1 || String(c.value).length > 100) out.push("choice value not 1-100");
    }
  }
  return out;
}

export class FakeDiscord {
  readonly applicationId = "100000000000000001";
  readonly botUserId = "100000000000000002";
  readonly guildId = "200000000000000001";
  readonly channelId = "300000000000000001";
  readonly token = "fake-discord-token.abc.def";
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly failures: ForcedFailure[] = [];
  /** Posts the next channel message but never answers, like a response lost in a crash. */
  swallowNextPost = false;
  /** Posts Discord ignored because their nonce was seen before. */
  duplicatesDropped = 0;
  /** Channels that answer 403 Missing Access (a bot removed from a channel). */
  readonly forbiddenChannels = new Set<string>();
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private interactionCounter = 0;
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
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

  /** Resolves with the next recorded request that matches. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("fake discord: timed out waiting for a request")), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(t);
          resolve(r);
        },
      });
    });
  }

  private record(r: RecordedRequest): void {
    this.requests.push(r);
    for (const w of [...this.waiters]) {
      if (w.test(r)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
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

  button(customId: string) {
    const message = { ...this.messageObject({}), id: "700000000000000001" };
    return this.interact({ custom_id: customId, component_type: 2 }, { type: 3, message });
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
    const path = url.pathname.replace(/^\/api(\/v\d+)?/, "");
    const method = req.method ?? "GET";
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      this.record({ method, path, body, status });
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
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === "POST") {
      const v = messageViolations(body);
      if (v.length) {
        this.violations.push(...v);
        return reply(400, { message: "Invalid Form Body", code: 50035, errors: v });
      }
      return reply(204);
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path);
    if (m && method === "PATCH") {
      const v = messageViolations(body);
      if (v.length) {
        this.violations.push(...v);
        return reply(400, { message: "Invalid Form Body", code: 50035 });
      }
      return reply(200, this.messageObject(body));
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    if (m && method === "POST") return reply(200, this.messageObject(body));
    m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === "PUT") return reply(200, (body as any[]).map((c, i) => ({ ...c, id: String(800000000000000000n + BigInt(i)), application_id: m![1], version: "1" })));
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === "POST") {
      if (this.forbiddenChannels.has(m[1]!)) return reply(403, { message: "Missing Access", code: 50001 });
      const v = messageViolations(body);
      if (v.length) {
        this.violations.push(...v);
        return reply(400, { message: "Invalid Form Body", code: 50035 });
      }
      if (this.swallowNextPost) {
        this.swallowNextPost = false;
        this.record({ method, path, body, status: 200 });
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
