import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SubscriptionStore, type Subscription } from "../../src/digest/store.js";
import { CATCH_UP_MS, DigestService, TargetGoneError, type DigestSender } from "../../src/digest/service.js";
import { LiveCorpus } from "../../src/live-corpus.js";
import { channelTarget, dmTarget, targetKey, type Target } from "../../src/core/target.js";
import { replyText, type Reply } from "../../src/core/reply.js";
import { corpusOf, HEADER, memoryLogger } from "../helpers.js";
import { tempDir } from "../temp-dir.js";

const ZONE = "Europe/Amsterdam";
const LONG = "De minister licht toe dat de aanpak in alle regio's wordt uitgebreid en dat de resultaten elk halfjaar aan de Kamer worden gemeld, met cijfers per regio.";

const BASE = [
  HEADER("Politie in de wijk"),
  "Hoeveel wijkagenten zijn er?",
  LONG,
  "Wanneer komen er meer wijkagenten?",
  LONG.replace("regio's", "gemeenten"),
].join("\n");
const DRONES = [HEADER("Drones boven gevangenissen"), "Wat doet u tegen drones boven gevangenissen?", "Hoeveel drones zijn er onderschept?"].join("\n");
const DRONES_ANSWERED = `${DRONES}\nDe DJI heeft maatregelen genomen.\nIn 2025 waren het er 120.`;

type Sent = { target: Target; part: string; key: string };

/** Records what would be sent; `parts` splits each reply into that many messages. */
function recordingSender(parts = 1) {
  const sent: Sent[] = [];
  const sender: DigestSender & { sent: Sent[]; fail: (target: Target, part: string) => Error | null } = {
    sent,
    fail: () => null,
    render: (reply: Reply) => {
      const text = replyText(reply);
      return Array.from({ length: parts }, (_, i) => `${i + 1}/${parts} ${text}`);
    },
    async send(target, part, key) {
      const err = sender.fail(target, part);
      if (err) throw err;
      sent.push({ target, part, key });
    },
  };
  return sender;
}

const open: SubscriptionStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function world(start: string, options: { parts?: number; dumps?: Record<string, string> } = {}) {
  const dir = tempDir("service");
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  for (const [file, text] of Object.entries(options.dumps ?? { "base.txt": BASE })) writeFileSync(join(seeds, file), text);
  let t = Date.parse(start);
  const clock = { now: () => new Date(t), set: (iso: string) => (t = Date.parse(iso)), add: (ms: number) => (t += ms) };
  const store = new SubscriptionStore(join(dir, "state.sqlite"));
  open.push(store);
  const log = memoryLogger();
  const live = new LiveCorpus({ seedsDir: seeds, indexDir: join(dir, "index") }, store, log, clock.now);
  const sender = recordingSender(options.parts);
  const service = new DigestService({ store, live, senders: { telegram: sender }, timeZone: ZONE, log, now: clock.now });
  const write = (file: string, text: string) => writeFileSync(join(seeds, file), text);
  const subscribe = (channel: string, over: Partial<Subscription> = {}) =>
    store.subscribe({ platform: "telegram", channel, hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-01T00:00:00.000Z", ...over });
  return { dir, store, live, log, clock, sender, service, write, subscribe };
}

const texts = (sent: Sent[]) => sent.map((s) => s.part);

describe("when a digest is due", () => {
  const sub = (hour: number, minute: number, createdAt = "2026-11-01T00:00:00.000Z") =>
    ({ target: "telegram:-1", platform: "telegram", channel: "-1", hour, minute, query: "", enabled: true, disabledReason: null, createdBy: "1", createdAt }) as Subscription;
  const { service } = world("2026-11-28T06:00:00Z");

  it.each<[string, string, number, number, string, string[]]>([
    ["not before its time", "2026-11-28T06:59:59.999Z", 8, 0, "2026-11-01T00:00:00.000Z", ["2026-11-27"].filter(() => false)],
    ["on the minute", "2026-11-28T07:00:00.000Z", 8, 0, "2026-11-01T00:00:00.000Z", ["2026-11-28"]],
    ["at 08:30 local", "2026-11-28T07:30:00.000Z", 8, 30, "2026-11-01T00:00:00.000Z", ["2026-11-28"]],
    ["yesterday's slot while it is less than 12 hours late", "2026-11-28T06:59:00.000Z", 20, 0, "2026-11-01T00:00:00.000Z", ["2026-11-27"]],
    ["no slot that is exactly 12 hours late", "2026-11-28T07:00:00.000Z", 20, 0, "2026-11-01T00:00:00.000Z", []],
    ["a slot 1 ms less than 12 hours late", "2026-11-28T06:59:59.999Z", 20, 0, "2026-11-01T00:00:00.000Z", ["2026-11-27"]],
    ["not a slot from before the subscription", "2026-11-28T07:10:00.000Z", 8, 0, "2026-11-28T07:05:00.000Z", []],
    ["a slot at the very moment of subscribing", "2026-11-28T07:10:00.000Z", 8, 0, "2026-11-28T07:00:00.000Z", ["2026-11-28"]],
    ["the local date, not the UTC date", "2026-11-28T23:30:00.000Z", 0, 15, "2026-11-01T00:00:00.000Z", ["2026-11-29"]],
  ])("%s", (_name, now, hour, minute, createdAt, slots) => {
    expect(service.dueSlots(sub(hour, minute, createdAt), new Date(now))).toEqual(slots);
  });

  it("allows catching up for twelve hours", () => expect(CATCH_UP_MS).toBe(12 * 3600 * 1000));
});

describe("a digest slot", () => {
  it("sends every part in order with a stable key each, records them and completes the slot", async () => {
    const w = world("2026-11-28T07:00:00Z", { parts: 3 });
    w.subscribe("-1");
    await w.service.runDue();
    expect(w.sender.sent.map((s) => [targetKey(s.target), s.key])).toEqual([
      ["telegram:-1", "telegram:-1|2026-11-28|0"],
      ["telegram:-1", "telegram:-1|2026-11-28|1"],
      ["telegram:-1", "telegram:-1|2026-11-28|2"],
    ]);
    expect(texts(w.sender.sent).map((t) => t.slice(0, 4))).toEqual(["1/3 ", "2/3 ", "3/3 "]);
    const row = w.store.slot("telegram:-1", "2026-11-28")!;
    expect(row).toMatchObject({ sentParts: 3, completedAt: "2026-11-28T07:00:00.000Z", claimedAt: "2026-11-28T07:00:00.000Z" });
    expect(w.log.lines).toContain("info digest: telegram:-1 2026-11-28 verstuurd (3 bericht(en))");
    await w.service.runDue();
    expect(w.sender.sent).toHaveLength(3);
  });

  it("sends to a private chat as a private target", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.subscribe("dm:42");
    await w.service.runDue();
    expect(w.sender.sent.map((s) => s.target)).toEqual([dmTarget("telegram", "42")]);
  });

  it("records each part as it goes, so a failure resumes after the last part sent", async () => {
    const w = world("2026-11-28T07:00:00Z", { parts: 3 });
    w.subscribe("-1");
    w.sender.fail = (_t, part) => (part.startsWith("3/3") ? new Error("netwerk weg") : null);
    await w.service.runDue();
    expect(w.store.slot("telegram:-1", "2026-11-28")).toMatchObject({ sentParts: 2, completedAt: null });
    expect(w.log.lines).toContain("error digest: telegram:-1 2026-11-28 mislukt, volgende minuut opnieuw: netwerk weg");
    expect(w.store.subscription("telegram:-1")!.enabled).toBe(true);
    w.sender.fail = () => null;
    w.clock.add(60_000);
    await w.service.runDue();
    expect(w.sender.sent.map((s) => s.key)).toEqual(["telegram:-1|2026-11-28|0", "telegram:-1|2026-11-28|1", "telegram:-1|2026-11-28|2"]);
    expect(w.store.slot("telegram:-1", "2026-11-28")).toMatchObject({ sentParts: 3, completedAt: "2026-11-28T07:01:00.000Z" });
  });

  it("resumes a claimed slot with the parts claimed then, not a fresh digest", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.subscribe("-1");
    w.store.claim("telegram:-1", "2026-11-28", "2026-11-27T07:00:00.000Z", ["eerst", "midden", "laatst"], new Date("2026-11-28T07:00:00Z"));
    w.store.markSent("telegram:-1", "2026-11-28", 1);
    await w.service.runDue();
    expect(texts(w.sender.sent)).toEqual(["midden", "laatst"]);
    expect(w.sender.sent.map((s) => s.key)).toEqual(["telegram:-1|2026-11-28|1", "telegram:-1|2026-11-28|2"]);
    // The highlight belongs to whoever composed the claimed parts; resuming records none of its own.
    expect(w.store.shownHighlights("telegram:-1").size).toBe(0);
  });

  it("turns off a target that is gone and says why", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.subscribe("-9");
    w.sender.fail = (t) => new TargetGoneError(t, "403: bot was blocked by the user");
    await w.service.runDue();
    expect(w.store.subscription("telegram:-9")).toMatchObject({ enabled: false, disabledReason: "403: bot was blocked by the user" });
    expect(w.log.lines).toContain("warn digest: telegram:-9 uitgezet: 403: bot was blocked by the user");
    expect(new TargetGoneError(channelTarget("telegram", "-9"), "weg").message).toBe("telegram:-9: weg");
  });

  it("skips platforms without a sender", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.store.subscribe({ platform: "discord", channel: "5", hour: 8, minute: 0, query: "", createdBy: "1", createdAt: "2026-11-01T00:00:00.000Z" });
    w.subscribe("-1");
    await w.service.runDue();
    expect(w.sender.sent.map((s) => targetKey(s.target))).toEqual(["telegram:-1"]);
    expect(w.store.slot("discord:5", "2026-11-28")).toBeNull();
  });

  it("leaves a slot alone that another process completes while this one composes it", async () => {
    const w = world("2026-11-28T07:00:00Z");
    const sub = w.subscribe("-1");
    const claim = w.store.claim.bind(w.store);
    w.store.claim = (target, slot, since, parts, now) => {
      claim(target, slot, since, ["van de andere kant"], now);
      w.store.complete(target, slot, now);
      return claim(target, slot, since, parts, now);
    };
    await w.service.runSlot(sub, "2026-11-28");
    expect(w.sender.sent).toEqual([]);
    expect(w.store.shownHighlights("telegram:-1").size).toBe(0);
    expect(w.log.lines.filter((l) => l.startsWith("error"))).toEqual([]);
  });

  it("does nothing for a slot claimed and completed elsewhere", async () => {
    const w = world("2026-11-28T07:00:00Z");
    const sub = w.subscribe("-1");
    w.store.claim("telegram:-1", "2026-11-28", "x", ["al verstuurd"], new Date("2026-11-28T07:00:00Z"));
    w.store.complete("telegram:-1", "2026-11-28", new Date("2026-11-28T07:00:01Z"));
    await w.service.runSlot(sub, "2026-11-28");
    expect(w.sender.sent).toEqual([]);
  });
});

describe("what a digest reports", () => {
  it("reports what is new since the previous digest only, then a highlight it has not shown before", async () => {
    const w = world("2026-11-28T06:00:00Z");
    w.subscribe("-1");
    w.clock.set("2026-11-28T06:30:00Z");
    w.write("drones.txt", DRONES);
    await w.live.reloadIfChanged();
    w.clock.set("2026-11-28T07:00:00Z");
    await w.service.runDue();
    const day1 = texts(w.sender.sent)[0]!;
    expect(day1).toContain("Kamervragen-digest 28 november 2026");
    expect(day1).toContain("Nieuwe sets (1)");
    expect(day1).toContain("Drones boven gevangenissen");
    // From the install, which is later than the subscription.
    expect(w.store.slot("telegram:-1", "2026-11-28")!.since).toBe("2026-11-28T06:00:00.000Z");

    w.clock.set("2026-11-28T12:00:00Z");
    w.write("drones.txt", DRONES_ANSWERED);
    await w.live.reloadIfChanged();
    w.clock.set("2026-11-29T07:00:00Z");
    await w.service.runDue();
    const day2 = texts(w.sender.sent)[1]!;
    expect(day2).toContain("Nieuw beantwoord (1)");
    expect(day2).toContain("Drones boven gevangenissen — vragen 1 en 2");
    expect(day2).not.toContain("Nieuwe sets");
    expect(w.store.slot("telegram:-1", "2026-11-29")!.since).toBe("2026-11-28T07:00:00.000Z");

    w.clock.set("2026-11-30T07:00:00Z");
    await w.service.runDue();
    w.clock.set("2026-12-01T07:00:00Z");
    await w.service.runDue();
    const [day3, day4] = texts(w.sender.sent).slice(2);
    expect(day3).toContain("Uitgelicht");
    expect(day4).toContain("Uitgelicht");
    expect(day4).not.toBe(day3);
    expect(w.store.shownHighlights("telegram:-1").size).toBe(2);
  });

  it("does not report the archive that was there before the subscription or the install", async () => {
    const w = world("2026-11-28T06:00:00Z", { dumps: { "base.txt": BASE, "drones.txt": DRONES } });
    w.clock.set("2026-11-28T06:10:00Z");
    w.write("later.txt", `${HEADER("Later erbij")}\nWat gebeurt er later?`);
    await w.live.reloadIfChanged();
    w.subscribe("-1", { createdAt: "2026-11-28T06:20:00.000Z" });
    w.subscribe("-2", { createdAt: "2026-11-01T00:00:00.000Z" });
    w.clock.set("2026-11-28T07:00:00Z");
    await w.service.runDue();
    const [one, two] = [w.sender.sent.find((s) => targetKey(s.target) === "telegram:-1")!.part, w.sender.sent.find((s) => targetKey(s.target) === "telegram:-2")!.part];
    expect(one).not.toContain("Later erbij");
    expect(one).toContain("Uitgelicht");
    expect(two).toContain("Later erbij");
    expect(two).not.toContain("Drones");
    expect(w.store.slot("telegram:-1", "2026-11-28")!.since).toBe("2026-11-28T06:20:00.000Z");
    expect(w.store.slot("telegram:-2", "2026-11-28")!.since).toBe("2026-11-28T06:00:00.000Z");
  });

  it("keeps to the search term of the subscription", async () => {
    const w = world("2026-11-28T06:00:00Z");
    w.subscribe("-1", { query: "wijkagenten" });
    w.clock.set("2026-11-28T06:30:00Z");
    w.write("drones.txt", DRONES);
    await w.live.reloadIfChanged();
    w.clock.set("2026-11-28T07:00:00Z");
    await w.service.runDue();
    const text = texts(w.sender.sent)[0]!;
    expect(text).not.toContain("Drones");
    expect(text).toContain("Politie in de wijk");
    expect(text).toContain("filter «wijkagenten»");
  });

  it("previews without claiming, from a date, from the last digest or from the install", async () => {
    const w = world("2026-11-28T06:00:00Z");
    w.clock.set("2026-11-28T06:30:00Z");
    w.write("drones.txt", DRONES);
    await w.live.reloadIfChanged();
    w.clock.set("2026-11-28T06:45:00Z");
    const fresh = replyText(w.service.preview("", null));
    expect(fresh).toContain("Drones boven gevangenissen");
    expect(fresh).toContain("Kamervragen-digest 28 november 2026");
    const withBaseline = replyText(w.service.preview("", "2000-01-01T00:00:00.000Z"));
    expect(withBaseline).toContain("Politie in de wijk");
    expect(withBaseline).toContain("Nieuwe sets (2)");
    expect(replyText(w.service.preview("", "2026-11-28T06:40:00.000Z"))).not.toContain("Drones");
    expect(replyText(w.service.preview("wijkagenten", "2000-01-01T00:00:00.000Z"))).not.toContain("Drones");
    expect(w.store.unfinishedSlots()).toEqual([]);
    expect(w.store.lastDigestAt("preview")).toBeNull();

    w.subscribe("-1");
    w.clock.set("2026-11-28T07:00:00Z");
    await w.service.runDue();
    w.clock.set("2026-11-28T07:30:00Z");
    expect(replyText(w.service.preview("", null, "telegram:-1"))).not.toContain("Drones");
    expect(replyText(w.service.preview("", null))).toContain("Drones");
  });

  it("previews an empty install from the beginning", () => {
    const w = world("2026-11-28T06:00:00Z");
    w.store.db.prepare("DELETE FROM meta").run();
    expect(replyText(w.service.preview("", null))).toContain("Uitgelicht");
  });

  it("dates the digest in its own time zone", async () => {
    const w = world("2026-11-28T23:00:00Z");
    w.subscribe("-1", { hour: 0, minute: 30 });
    w.clock.set("2026-11-28T23:30:00Z");
    await w.service.runDue();
    expect(texts(w.sender.sent)[0]).toContain("Kamervragen-digest 29 november 2026");
  });
});

describe("a round", () => {
  it("never runs twice at once and runs again afterwards", async () => {
    const w = world("2026-11-28T07:00:00Z");
    let reloads = 0;
    const reload = w.live.reloadIfChanged.bind(w.live);
    w.live.reloadIfChanged = () => (reloads++, reload());
    const a = w.service.tick();
    const b = w.service.tick();
    expect(b).toBe(a);
    await a;
    expect(reloads).toBe(1);
    await w.service.tick();
    expect(reloads).toBe(2);
  });

  it("logs a failed round and keeps going", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.live.reloadIfChanged = () => Promise.reject(new Error("schijf vol"));
    await w.service.tick();
    expect(w.log.lines).toContain("error digest: ronde mislukt: schijf vol");
    w.live.reloadIfChanged = () => Promise.resolve({ changed: false, newSets: 0, newAnswers: 0, at: w.clock.now() });
    w.subscribe("-1");
    await w.service.tick();
    expect(w.sender.sent).toHaveLength(1);
  });

  it("posts what is due at start, and stops", async () => {
    const w = world("2026-11-28T07:00:00Z");
    w.subscribe("-1");
    w.service.start();
    try {
      await w.service.tick();
      expect(w.sender.sent).toHaveLength(1);
    } finally {
      w.service.stop();
    }
    w.service.stop();
  });
});

describe("watches", () => {
  function watching(start = "2026-11-28T10:00:00Z") {
    const w = world(start);
    const watch = (channel: string, kind: "query" | "set", value: string, platform: "telegram" | "discord" = "telegram") =>
      w.store.addWatch({ platform, channel, userId: channel, kind, value, createdAt: start }).watch;
    return { ...w, watch };
  }

  it("tells query followers about new matching sets and set followers about new answers, once", async () => {
    const w = watching();
    w.watch("11", "query", "drones");
    w.watch("12", "query", "wijkagenten");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES);
    await w.service.tick();
    expect(w.sender.sent.map((s) => [targetKey(s.target), s.part.includes("Drones boven gevangenissen — nieuwe set")])).toEqual([["telegram:11", true]]);
    const id = [...w.live.current.corpus.all()].find((s) => s.title.startsWith("Drones"))!.id;
    w.watch("13", "set", id);
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    await w.service.tick();
    const later = w.sender.sent.slice(1);
    expect(later.map((s) => targetKey(s.target)).sort()).toEqual(["telegram:11", "telegram:13"]);
    for (const s of later) expect(s.part).toContain("Drones boven gevangenissen — vragen 1 en 2 beantwoord");
    expect(later.find((s) => targetKey(s.target) === "telegram:13")!.part).toContain(`Je volgt de set ${id}`);
    expect(later.find((s) => targetKey(s.target) === "telegram:11")!.part).toContain("Je volgt «drones»");
    expect(w.store.unsentWatchEvents()).toEqual([]);
  });

  it("does not tell a set follower about a new set", async () => {
    const w = watching();
    w.watch("13", "set", "drones-boven-gevangenissen-000000");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES);
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
  });

  it("says nothing when the dumps did not change or brought nothing new", async () => {
    const w = watching();
    w.watch("11", "query", "");
    await w.service.tick();
    w.clock.add(60_000);
    w.write("kopie.txt", BASE);
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
  });

  it("notifies on new answers alone", async () => {
    const w = watching();
    w.write("drones.txt", DRONES);
    w.clock.add(60_000);
    await w.service.tick();
    w.watch("11", "query", "");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    expect(w.sender.sent).toHaveLength(1);
    expect(w.sender.sent[0]!.part).toContain("vragen 1 en 2 beantwoord");
  });

  it("keys each notice part by watch, moment and events", async () => {
    const w = watching();
    const watch = w.watch("11", "query", "");
    w.clock.set("2026-11-28T10:01:00Z");
    w.write("drones.txt", DRONES);
    await w.service.tick();
    const id = [...w.live.current.corpus.all()].find((s) => s.title.startsWith("Drones"))!.id;
    expect(w.sender.sent.map((s) => s.key)).toEqual([`w${watch.id}|2026-11-28T10:01:00.000Z|new:${id}:|0`]);
  });

  it("retries a notice that failed, and drops one for a follower that is gone", async () => {
    const w = watching();
    w.watch("11", "query", "");
    w.watch("12", "query", "");
    w.sender.fail = (t) => (targetKey(t) === "telegram:11" ? new Error("time-out") : new TargetGoneError(t, "chat not found"));
    w.clock.add(60_000);
    w.write("drones.txt", DRONES);
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
    expect(w.log.lines.some((l) => /^error volgen: melding \d+ mislukt: time-out$/.test(l))).toBe(true);
    expect(w.log.lines).toContain("warn volgen: telegram:12 niet bereikbaar: chat not found");
    expect(w.store.unsentWatchEvents()).toHaveLength(1);
    w.sender.fail = () => null;
    await w.service.tick();
    expect(w.sender.sent.map((s) => targetKey(s.target))).toEqual(["telegram:11"]);
    expect(w.sender.sent[0]!.part).toContain("Drones boven gevangenissen — nieuwe set");
    await w.service.tick();
    expect(w.sender.sent).toHaveLength(1);
    expect(w.store.unsentWatchEvents()).toEqual([]);
  });

  it("keeps a notice for a platform without a sender, and forgets one whose watch was removed", async () => {
    const w = watching();
    w.watch("5", "query", "", "discord");
    const gone = w.watch("11", "query", "");
    w.sender.fail = () => new Error("even niet");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES);
    await w.service.tick();
    expect(w.store.unsentWatchEvents().map((e) => e.watchId).sort()).toHaveLength(2);
    expect(w.store.removeWatch(gone.id, "telegram", "11")).toBe(true);
    w.sender.fail = () => null;
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
    expect(w.store.unsentWatchEvents()).toHaveLength(1);
  });
});

describe("the service itself", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reports a platform's refusal as a TargetGoneError naming the target", () => {
    const err = new TargetGoneError(channelTarget("telegram", "-9"), "403: bot was blocked by the user");
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("TargetGoneError");
    expect(String(err)).toBe("TargetGoneError: telegram:-9: 403: bot was blocked by the user");
  });

  it("dates a preview by the wall clock when no clock is given", () => {
    vi.useFakeTimers({ now: new Date("2026-12-31T23:30:00Z"), toFake: ["Date"] });
    const w = world("2026-11-28T06:00:00Z");
    const service = new DigestService({ store: w.store, live: w.live, senders: {}, timeZone: ZONE, log: w.log });
    expect(replyText(service.preview("", null))).toContain("Kamervragen-digest 1 januari 2027");
  });

  it("starts a round at once, runs one on every minute, and stops", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-28T07:00:30Z"), toFake: ["Date", "setTimeout", "clearTimeout"] });
    const w = world("2026-11-28T07:00:00Z");
    let rounds = 0;
    const reload = w.live.reloadIfChanged.bind(w.live);
    w.live.reloadIfChanged = () => (rounds++, reload());
    expect(() => w.service.stop()).not.toThrow();
    w.service.start();
    try {
      expect(rounds).toBe(1);
      await vi.advanceTimersByTimeAsync(29_000);
      expect(rounds).toBe(1);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(rounds).toBe(2);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(rounds).toBe(3);
    } finally {
      w.service.stop();
    }
    await vi.advanceTimersByTimeAsync(180_000);
    expect(rounds).toBe(3);
    await w.service.tick();
  });
});

describe("watches, more closely", () => {
  const KAZERNES = [HEADER("Drones boven kazernes"), "Wat doet u tegen drones boven kazernes?", "Hoeveel drones zijn er gezien?"].join("\n");
  const KAZERNES_ANSWERED = `${KAZERNES}\nDefensie heeft maatregelen genomen.\nHet waren er 40.`;

  function watching() {
    const w = world("2026-11-28T10:00:00Z", { dumps: { "base.txt": BASE, "drones.txt": DRONES, "kazernes.txt": KAZERNES } });
    const watch = (channel: string, kind: "query" | "set", value: string, platform: "telegram" | "discord" = "telegram") =>
      w.store.addWatch({ platform, channel, userId: channel, kind, value, createdAt: "2026-11-28T10:00:00Z" }).watch;
    const idOf = (title: string) => [...w.live.current.corpus.all()].find((s) => s.title === title)!.id;
    return { ...w, watch, idOf };
  }

  it("tells a set follower about that set only, however much another set resembles it", async () => {
    const w = watching();
    await w.service.tick();
    const drones = idOf(w, "Drones boven gevangenissen");
    w.watch("13", "set", drones);
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    w.write("kazernes.txt", KAZERNES_ANSWERED);
    await w.service.tick();
    expect(w.sender.sent).toHaveLength(1);
    expect(w.sender.sent[0]!.part).toContain("Drones boven gevangenissen — vragen 1 en 2 beantwoord");
    expect(w.sender.sent[0]!.part).not.toContain("kazernes");
  });

  it("does not tell a set follower that the set appeared, only when it is answered", async () => {
    const w = world("2026-11-28T10:00:00Z");
    const id = corpusOf(["drones.txt", DRONES]).sets[0]!.id;
    w.store.addWatch({ platform: "telegram", channel: "13", userId: "13", kind: "set", value: id, createdAt: "2026-11-28T10:00:00Z" });
    await w.service.tick();
    w.clock.add(60_000);
    w.write("drones.txt", DRONES);
    await w.service.tick();
    expect(w.live.current.corpus.get(id)?.title).toBe("Drones boven gevangenissen");
    expect(w.sender.sent).toEqual([]);
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    expect(w.sender.sent.map((s) => s.part.includes("vragen 1 en 2 beantwoord"))).toEqual([true]);
  });

  it("keys a notice by every event and every answered number, so different news never shares a key", async () => {
    const w = watching();
    await w.service.tick();
    const follower = w.watch("11", "query", "");
    w.clock.set("2026-11-28T10:01:00Z");
    w.write("drones.txt", DRONES_ANSWERED);
    w.write("kazernes.txt", KAZERNES_ANSWERED);
    await w.service.tick();
    const [a, b] = [idOf(w, "Drones boven gevangenissen"), idOf(w, "Drones boven kazernes")].sort();
    expect(w.sender.sent.map((s) => s.key)).toEqual([`w${follower.id}|2026-11-28T10:01:00.000Z|answered:${a}:1,2;answered:${b}:1,2|0`]);
  });

  it("tells a new follower nothing about what changed before, in a round without news", async () => {
    // The clock stands still on purpose: the round after the change looks at the very same moment.
    const w = watching();
    await w.service.tick();
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    w.watch("11", "query", "");
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
    w.write("kopie.txt", BASE);
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
  });

  it("keeps a notice for a platform without a sender quietly", async () => {
    const w = watching();
    await w.service.tick();
    w.watch("5", "query", "", "discord");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    await w.service.tick();
    expect(w.sender.sent).toEqual([]);
    expect(w.store.unsentWatchEvents()).toHaveLength(1);
    expect(w.log.lines.filter((l) => l.startsWith("error") || l.startsWith("warn"))).toEqual([]);
  });

  it("skips a notice whose watch another connection deleted without foreign keys, and still posts the digest", async () => {
    const w = watching();
    await w.service.tick();
    const gone = w.watch("11", "query", "");
    w.sender.fail = () => new Error("even niet");
    w.clock.add(60_000);
    w.write("drones.txt", DRONES_ANSWERED);
    await w.service.tick();
    expect(w.store.unsentWatchEvents()).toHaveLength(1);
    // The sqlite3 shell, for one, leaves foreign keys off.
    const other = new Database(join(w.dir, "state.sqlite"));
    other.pragma("foreign_keys = OFF");
    other.prepare("DELETE FROM watches WHERE id = ?").run(gone.id);
    other.close();
    expect(w.store.unsentWatchEvents()).toHaveLength(1);
    w.sender.fail = () => null;
    w.subscribe("-1", { hour: 11, minute: 0 });
    w.clock.set("2026-11-28T10:00:00Z");
    await w.service.tick();
    expect(w.sender.sent.map((s) => targetKey(s.target))).toEqual(["telegram:-1"]);
    expect(w.log.lines.filter((l) => l.includes("ronde mislukt"))).toEqual([]);
  });
});

function idOf(w: { live: LiveCorpus }, title: string): string {
  return [...w.live.current.corpus.all()].find((s) => s.title === title)!.id;
}
