import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Cron } from "croner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SubscriptionStore } from "../src/digest/store.js";
import { DigestService, TargetGoneError, type DigestSender } from "../src/digest/service.js";
import { LiveCorpus } from "../src/live-corpus.js";
import { localTime, zonedInstant } from "../src/core/zoned-time.js";
import { channelTarget, targetChannel } from "../src/core/target.js";
import type { Reply } from "../src/core/reply.js";
import { replyText } from "../src/core/reply.js";
import { DiscordBot } from "../src/adapters/discord.js";
import { TelegramBot } from "../src/adapters/telegram.js";
import { FakeDiscord } from "./fakes/discord.js";
import { FakeTelegram, parseTelegramHtml } from "./fakes/telegram.js";
import { HEADER, memoryLogger, ROOT, SEED_FILE } from "./helpers.js";
import type { Caller, CommandDeps } from "../commands/types.js";
import { tempDir } from "./temp-dir.js";

const ZONE = "Europe/Amsterdam";

/** A clock the test moves by hand. */
function fakeClock(iso: string) {
  let t = Date.parse(iso);
  return { now: () => new Date(t), set: (s: string) => (t = Date.parse(s)), add: (ms: number) => (t += ms) };
}

function memorySender() {
  const sent: { channel: string; text: string; key: string }[] = [];
  const sender: DigestSender & { sent: typeof sent; fail?: (channel: string) => Error | null } = {
    sent,
    render: (reply: Reply) => [replyText(reply)],
    async send(target, part, key) {
      const channel = targetChannel(target);
      const err = sender.fail?.(channel);
      if (err) throw err;
      sent.push({ channel, text: part, key });
    },
  };
  return sender;
}

function setup(start = "2026-11-28T05:00:00Z") {
  const dir = tempDir("digest");
  const seeds = join(dir, "seeds");
  mkdirSync(seeds, { recursive: true });
  copyFileSync(join(ROOT, "seeds", SEED_FILE), join(seeds, SEED_FILE));
  const clock = fakeClock(start);
  const dbPath = join(dir, "data", "state.sqlite");
  const log = memoryLogger();
  const open = () => {
    const store = new SubscriptionStore(dbPath);
    const live = new LiveCorpus({ seedsDir: seeds, indexDir: join(dir, "index") }, store, log, clock.now);
    return { store, live };
  };
  return { dir, seeds, clock, dbPath, log, open };
}

const OPEN_SET = `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nHoeveel drones zijn er onderschept?`;
const ANSWERED_SET = `${OPEN_SET}\nDe DJI heeft maatregelen genomen.\nIn 2025 waren het er 120.`;

describe("corpus history", () => {
  it("records a silent baseline, then notices new sets and new answers", async () => {
    const t = setup();
    const { store, live } = t.open();
    expect(store.schemaVersion()).toBe(1);
    expect(store.baselineAt()).toBe("2026-11-28T05:00:00.000Z");
    expect(store.changesSince("2000-01-01T00:00:00Z")).toEqual({ newSets: [], newAnswers: [] });
    t.clock.add(60_000);
    writeFileSync(join(t.seeds, "nieuw.txt"), OPEN_SET);
    expect(await live.reloadIfChanged()).toMatchObject({ changed: true, newSets: 1, newAnswers: 0 });
    t.clock.add(60_000);
    writeFileSync(join(t.seeds, "nieuw.txt"), ANSWERED_SET);
    expect(await live.reloadIfChanged()).toMatchObject({ changed: true, newSets: 0, newAnswers: 2 });
    const changes = store.changesSince("2026-11-28T05:00:30Z");
    expect(changes.newSets.map((s) => s.title)).toEqual(["Drones boven gevangenissen"]);
    expect(store.changesSince("2026-11-28T05:01:30Z").newAnswers[0]!.numbers).toEqual([1, 2]);
    expect(live.current.engine.search("drones", { limit: 1 })[0]!.set.title).toBe("Drones boven gevangenissen");
    expect((await live.reloadIfChanged()).changed).toBe(false);
    store.close();
  });

  it("has a changed dump indexed by a separate process, then only loads the result", async () => {
    const { prebuildInChildProcess } = await import("../src/prebuild.js");
    const t = setup();
    const store = new SubscriptionStore(t.dbPath);
    const options = { seedsDir: t.seeds, indexDir: join(t.dir, "index") };
    const live = new LiveCorpus(options, store, t.log, t.clock.now, prebuildInChildProcess(options));
    writeFileSync(join(t.seeds, "nieuw.txt"), OPEN_SET);
    t.clock.add(60_000);
    expect(await live.reloadIfChanged()).toMatchObject({ changed: true, newSets: 1 });
    expect(live.current.indexOrigin).toBe("loaded");
    expect(live.current.engine.search("drones gevangenissen", { limit: 1 })[0]!.set.title).toBe("Drones boven gevangenissen");
    expect(t.log.lines.some((l) => /index in apart proces bijgewerkt/.test(l))).toBe(true);
    store.close();
  });

  it("keeps its state across a restart and a reopened database", () => {
    const t = setup();
    t.open().store.close();
    const again = t.open();
    expect(again.store.baselineAt()).toBe("2026-11-28T05:00:00.000Z");
    expect(again.store.changesSince("2000-01-01T00:00:00Z").newSets).toEqual([]);
    again.store.close();
  });
});

describe("schedule", () => {
  it("keeps 08:00 local across the DST change", () => {
    expect(zonedInstant("2027-03-27", 8, 0, ZONE).toISOString()).toBe("2027-03-27T07:00:00.000Z");
    expect(zonedInstant("2027-03-28", 8, 0, ZONE).toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(zonedInstant("2027-10-31", 8, 0, ZONE).toISOString()).toBe("2027-10-31T07:00:00.000Z");
    expect(localTime(new Date("2027-03-28T06:00:00Z"), ZONE)).toEqual({ date: "2027-03-28", hour: 8, minute: 0 });
    const runs = new Cron("0 8 * * *", { timezone: ZONE, paused: true }).nextRuns(3, new Date("2027-03-26T12:00:00Z"));
    expect(runs.map((d) => d.toISOString())).toEqual(["2027-03-27T07:00:00.000Z", "2027-03-28T06:00:00.000Z", "2027-03-29T06:00:00.000Z"]);
  });

  it("posts exactly one digest a day, at 08:00 local also after the DST change", async () => {
    const t = setup("2027-03-26T12:00:00Z");
    const { store, live } = t.open();
    const sender = memorySender();
    const service = new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now });
    store.subscribe({ platform: "telegram", channel: "-100", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: t.clock.now().toISOString() });
    const postedAt: string[] = [];
    for (let minute = 0; minute < 3 * 24 * 60; minute += 10) {
      t.clock.set(new Date(Date.parse("2027-03-26T12:00:00Z") + minute * 60_000).toISOString());
      const before = sender.sent.length;
      await service.runDue();
      if (sender.sent.length > before) postedAt.push(t.clock.now().toISOString());
    }
    expect(postedAt).toEqual(["2027-03-27T07:00:00.000Z", "2027-03-28T06:00:00.000Z", "2027-03-29T06:00:00.000Z"]);
    store.close();
  });
});

describe("exactly once", () => {
  it("resumes after a crash between claim and completion without double-posting", async () => {
    const t = setup("2026-11-28T07:00:00Z");
    const first = t.open();
    first.store.subscribe({ platform: "telegram", channel: "-100", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    const hanging: DigestSender = { render: (r) => [replyText(r)], send: () => new Promise(() => {}) };
    const crashed = new DigestService({ store: first.store, live: first.live, senders: { telegram: hanging }, timeZone: ZONE, log: t.log, now: t.clock.now });
    void crashed.runDue();
    await new Promise((r) => setTimeout(r, 20));
    expect(first.store.unfinishedSlots()).toHaveLength(1);
    first.store.close();

    const again = t.open();
    const sender = memorySender();
    t.clock.add(60_000);
    const service = new DigestService({ store: again.store, live: again.live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now });
    await service.runDue();
    await service.runDue();
    expect(sender.sent).toHaveLength(1);
    expect(again.store.unfinishedSlots()).toEqual([]);
    again.store.close();
  });

  it("does not resend parts recorded as sent", async () => {
    const t = setup("2026-11-28T07:00:00Z");
    const { store, live } = t.open();
    store.subscribe({ platform: "telegram", channel: "-100", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    store.claim("telegram:-100", "2026-11-28", "2026-11-27T00:00:00.000Z", ["deel 1", "deel 2"], t.clock.now());
    store.markSent("telegram:-100", "2026-11-28", 1);
    const sender = memorySender();
    await new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now }).runDue();
    expect(sender.sent.map((s) => s.text)).toEqual(["deel 2"]);
    store.close();
  });

  it("catches up a missed slot once when less than 12 hours late, not later", async () => {
    const t = setup("2026-11-28T18:30:00Z");
    const { store, live } = t.open();
    const sender = memorySender();
    const service = new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now });
    store.subscribe({ platform: "telegram", channel: "-1", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-20T00:00:00.000Z" });
    store.subscribe({ platform: "telegram", channel: "-2", hour: 20, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-20T00:00:00.000Z" });
    t.clock.set("2026-11-28T19:30:00Z"); // 20:30 local: 08:00 is 12.5 h late, 20:00 only 30 min
    await service.runDue();
    await service.runDue();
    expect(sender.sent.map((s) => s.channel)).toEqual(["-2"]);
    store.close();
  });

  it("disables a target that is gone instead of retrying forever", async () => {
    const t = setup("2026-11-28T07:00:00Z");
    const { store, live } = t.open();
    const sender = memorySender();
    sender.fail = (c) => (c === "-9" ? new TargetGoneError(channelTarget("telegram", "-9"), "403 Forbidden: bot was blocked by the user") : null);
    store.subscribe({ platform: "telegram", channel: "-9", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    const service = new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now });
    await service.runDue();
    expect(store.subscription("telegram:-9")).toMatchObject({ enabled: false, disabledReason: expect.stringContaining("blocked") });
    expect(t.log.lines.some((l) => /uitgezet/.test(l))).toBe(true);
    store.close();
  });
});

describe("digest content", () => {
  it("lists new sets and new answers since the previous digest, filtered by the search term", async () => {
    const t = setup("2026-11-28T06:00:00Z");
    const { store, live } = t.open();
    const sender = memorySender();
    const service = new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log: t.log, now: t.clock.now });
    store.subscribe({ platform: "telegram", channel: "-1", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    store.subscribe({ platform: "telegram", channel: "-2", hour: 8, minute: 0, query: "femicide", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    writeFileSync(join(t.seeds, "nieuw.txt"), OPEN_SET);
    t.clock.set("2026-11-28T06:30:00Z");
    await service.tick();
    t.clock.set("2026-11-28T07:00:00Z");
    await service.runDue();
    const all = sender.sent.find((s) => s.channel === "-1")!.text;
    expect(all).toContain("Nieuwe sets (1)");
    expect(all).toContain("Drones boven gevangenissen");
    expect(all).toMatch(/\/set drones-boven-gevangenissen-[0-9a-f]{6}/);
    const filtered = sender.sent.find((s) => s.channel === "-2")!.text;
    expect(filtered).not.toContain("Drones");
    expect(filtered).toContain("Uitgelicht");
    // The next day: nothing new, so a highlight not shown before.
    t.clock.set("2026-11-29T07:00:00Z");
    await service.runDue();
    const day2 = sender.sent.filter((s) => s.channel === "-2").map((s) => s.text);
    expect(day2).toHaveLength(2);
    expect(day2[1]).toContain("Uitgelicht");
    expect(day2[1]).not.toBe(day2[0]);
    store.close();
  });
});

describe("digest and watches against the fakes", () => {
  const discord = new FakeDiscord();
  const telegram = new FakeTelegram();
  const log = memoryLogger();
  let discordBot: DiscordBot;
  let telegramBot: TelegramBot;
  const t = setup("2026-11-28T06:00:00Z");
  const { store, live } = t.open();
  const makeDeps = (caller: Caller): CommandDeps => live.deps(caller, { subscriptions: store, timeZone: ZONE, now: t.clock.now });
  let service: DigestService;

  beforeAll(async () => {
    await discord.start();
    await telegram.start();
    discordBot = new DiscordBot({ token: discord.token, apiBase: discord.apiBase, makeDeps, log, ratePerMinute: 100 });
    telegramBot = new TelegramBot({ token: telegram.token, apiRoot: telegram.apiRoot, makeDeps, log, ratePerMinute: 100, pollTimeout: 1 });
    await discordBot.start();
    await telegramBot.start();
    service = new DigestService({
      store,
      live,
      senders: { discord: discordBot.digestSender(), telegram: telegramBot.digestSender() },
      timeZone: ZONE,
      log,
      now: t.clock.now,
    });
  });
  afterAll(async () => {
    await discordBot.stop();
    await telegramBot.stop();
    await discord.stop();
    await telegram.stop();
    store.close();
  });

  it("lets only managers subscribe a Discord channel", async () => {
    const deniedToken = discord.command("digest", { actie: "aan", tijd: "08:00" }, { admin: false }).token;
    const denied = await discord.waitFor((r) => r.path.includes(deniedToken));
    expect(denied.body.data.flags).toBe(64);
    expect(denied.body.data.embeds[0].description).toMatch(/Alleen wie dit kanaal mag beheren/);
    expect(store.subscription(`discord:${discord.channelId}`)).toBeNull();
    const okToken = discord.command("digest", { actie: "aan", tijd: "08:00" }, { admin: true, userId: "400000000000000003" }).token;
    const ok = await discord.waitFor((r) => r.path.includes(okToken));
    expect(ok.body.data.embeds[0].description).toMatch(/De digest staat aan: elke dag om 08:00/);
    expect(store.subscription(`discord:${discord.channelId}`)).toMatchObject({ enabled: true, hour: 8, minute: 0 });
  });

  it("lets only Telegram group administrators subscribe a group", async () => {
    let since = telegram.calls.length;
    telegram.message("/digest aan 07:30 femicide", { chatId: -500, userId: 71 });
    let [reply] = await telegram.collect("sendMessage", 1, since);
    expect(parseTelegramHtml(reply!.body.text)).toMatch(/Alleen wie dit kanaal mag beheren/);
    telegram.memberStatus.set(72, "administrator");
    since = telegram.calls.length;
    telegram.message("/digest aan 07:30 femicide", { chatId: -500, userId: 72 });
    [reply] = await telegram.collect("sendMessage", 1, since);
    expect(parseTelegramHtml(reply!.body.text)).toMatch(/07:30.*femicide/s);
    expect(store.subscription("telegram:-500")).toMatchObject({ hour: 7, minute: 30, query: "femicide" });
  });

  it("posts one digest per target per day to the fakes, without mentions", async () => {
    t.clock.set("2026-11-28T07:05:00Z");
    await service.tick();
    await service.tick();
    const posts = discord.requests.filter((r) => r.method === "POST" && r.path === `/channels/${discord.channelId}/messages`);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(posts[0]!.body.embeds[0].title).toMatch(/^Kamervragen-digest/);
    const tg = telegram.calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === "-500");
    expect(tg).toHaveLength(1);
    expect(tg[0]!.ok).toBe(true);
  });

  it("tells a follower when a new dump answers the followed set", async () => {
    writeFileSync(join(t.seeds, "drones.txt"), OPEN_SET);
    t.clock.add(60_000);
    await service.tick();
    const id = live.current.corpus.findByTitle("Drones boven gevangenissen")!.id;
    let since = telegram.calls.length;
    telegram.message(`/volg set ${id}`, { userId: 81 });
    const [ack] = await telegram.collect("sendMessage", 1, since);
    expect(parseTelegramHtml(ack!.body.text)).toContain("Je volgt nu «Drones boven gevangenissen»");
    since = telegram.calls.length;
    writeFileSync(join(t.seeds, "drones.txt"), ANSWERED_SET);
    t.clock.add(60_000);
    await service.tick();
    await service.tick();
    const notices = telegram.calls.slice(since).filter((c) => c.method === "sendMessage" && c.body.chat_id === "81");
    expect(notices).toHaveLength(1);
    expect(parseTelegramHtml(notices[0]!.body.text)).toMatch(/Drones boven gevangenissen — vragen 1 en 2 beantwoord/);
  });

  it("sends a Discord member's watch notice as a direct message", async () => {
    const token = discord.command("volg", { wat: "dijkversterking waterschappen" }, { admin: false, userId: "400000000000000077" }).token;
    const ack = await discord.waitFor((r) => r.path.includes(token));
    expect(ack.body.data.embeds[0].description).toMatch(/in een privébericht/);
    const before = discord.requests.length;
    writeFileSync(join(t.seeds, "dijken.txt"), `${HEADER("Dijkversterking door waterschappen")}\nWat doen de waterschappen aan dijkversterking?`);
    t.clock.add(60_000);
    await service.tick();
    const dm = discord.requests.slice(before).find((r) => r.method === "POST" && r.path === "/users/@me/channels")!;
    expect(dm.body).toEqual({ recipient_id: "400000000000000077" });
    const post = discord.requests.slice(before).find((r) => r.method === "POST" && /^\/channels\/9\d+\/messages$/.test(r.path))!;
    expect(post.body.embeds[0].description).toContain("Dijkversterking door waterschappen — nieuwe set");
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("disables a Discord channel that answers 403", async () => {
    discord.forbiddenChannels.add("300000000000000777");
    store.subscribe({ platform: "discord", channel: "300000000000000777", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-27T00:00:00.000Z" });
    await service.tick();
    expect(store.subscription("discord:300000000000000777")).toMatchObject({ enabled: false });
    await service.tick();
    expect(discord.requests.filter((r) => r.path === "/channels/300000000000000777/messages")).toHaveLength(1);
  });
});
