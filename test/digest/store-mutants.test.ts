import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionStore } from "../../src/digest/store.js";
import { corpusOf, HEADER } from "../helpers.js";
import { tempDir } from "../temp-dir.js";

const open: SubscriptionStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) if (s.db.open) s.close();
});

function fresh(path = ":memory:") {
  const store = new SubscriptionStore(path);
  open.push(store);
  return store;
}

const set = (title: string, ...lines: string[]) => [HEADER(title), ...lines].join("\n");
const A_OPEN = set("Set A", "Wat is A?", "Waarom A?");
const A_ANSWERED = set("Set A", "Wat is A?", "Omdat.", "Waarom A?", "Daarom.");
const B = set("Set B", "Wat is B?", "Zo.");
const C = set("Set C", "Wat is C?");

const at = (iso: string) => new Date(iso);
const sub = (channel: string, over: Record<string, unknown> = {}) => ({
  platform: "telegram" as const,
  channel,
  hour: 8,
  minute: 0,
  query: "",
  createdBy: "7",
  createdAt: "2026-11-01T00:00:00.000Z",
  ...over,
});

describe("the database file", () => {
  it("creates its folder, uses WAL, enforces foreign keys and waits for locks", () => {
    const dir = tempDir("store");
    const path = join(dir, "diep", "genest", "state.sqlite");
    const store = fresh(path);
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(store.schemaVersion()).toBe(1);
  });

  it("migrates once: reopening keeps the data and the version", () => {
    const path = join(tempDir("store"), "state.sqlite");
    const first = fresh(path);
    first.subscribe(sub("-1"));
    first.close();
    const again = fresh(path);
    expect(again.schemaVersion()).toBe(1);
    expect(again.subscription("telegram:-1")).not.toBeNull();
  });

  it("lets go of the file when closed", () => {
    const path = join(tempDir("store"), "state.sqlite");
    const store = fresh(path);
    store.close();
    expect(store.db.open).toBe(false);
    expect(() => store.subscription("telegram:-1")).toThrow(/not open/);
  });

  it("upgrades a database of version 0 in place", () => {
    const path = join(tempDir("store"), "state.sqlite");
    new Database(path).close();
    const store = fresh(path);
    expect(store.schemaVersion()).toBe(1);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(["answer_history", "digest_slots", "highlights", "meta", "set_history", "subscriptions", "watch_events", "watches"]));
  });
});

describe("corpus history", () => {
  it("keeps the first load as a silent baseline and counts only what is new afterwards", () => {
    const store = fresh();
    expect(store.baselineAt()).toBeNull();
    expect(store.recordCorpus(corpusOf(["a.txt", A_OPEN], ["b.txt", B]), at("2026-11-28T06:00:00Z"))).toEqual({ baseline: true, newSets: 0, newAnswers: 0 });
    expect(store.baselineAt()).toBe("2026-11-28T06:00:00.000Z");
    expect(store.recordCorpus(corpusOf(["a.txt", A_OPEN], ["b.txt", B]), at("2026-11-28T06:01:00Z"))).toEqual({ baseline: false, newSets: 0, newAnswers: 0 });
    expect(store.recordCorpus(corpusOf(["a.txt", A_ANSWERED], ["b.txt", B], ["c.txt", C]), at("2026-11-28T07:00:00Z"))).toEqual({
      baseline: false,
      newSets: 1,
      newAnswers: 2,
    });
    expect(store.baselineAt()).toBe("2026-11-28T06:00:00.000Z");
  });

  it("reports changes after `since`, up to and including `until`, grouped per set", () => {
    const store = fresh();
    store.recordCorpus(corpusOf(["a.txt", A_OPEN]), at("2026-11-28T06:00:00Z"));
    store.recordCorpus(corpusOf(["a.txt", A_OPEN], ["b.txt", B]), at("2026-11-28T07:00:00Z"));
    store.recordCorpus(corpusOf(["a.txt", A_ANSWERED], ["b.txt", B], ["c.txt", C]), at("2026-11-28T08:00:00Z"));
    const ids = Object.fromEntries(corpusOf(["a.txt", A_ANSWERED], ["b.txt", B], ["c.txt", C]).sets.map((s) => [s.title, s.id]));

    expect(store.changesSince("2026-11-28T06:00:00.000Z")).toEqual({
      newSets: [
        { setId: ids["Set B"], title: "Set B", firstSeen: "2026-11-28T07:00:00.000Z" },
        { setId: ids["Set C"], title: "Set C", firstSeen: "2026-11-28T08:00:00.000Z" },
      ],
      newAnswers: [{ setId: ids["Set A"], numbers: [1, 2], firstAnswered: "2026-11-28T08:00:00.000Z" }],
    });
    // `since` is exclusive, `until` inclusive.
    expect(store.changesSince("2026-11-28T07:00:00.000Z").newSets.map((s) => s.title)).toEqual(["Set C"]);
    expect(store.changesSince("2026-11-28T06:00:00.000Z", "2026-11-28T07:00:00.000Z")).toEqual({
      newSets: [{ setId: ids["Set B"], title: "Set B", firstSeen: "2026-11-28T07:00:00.000Z" }],
      newAnswers: [],
    });
    expect(store.changesSince("2026-11-28T08:00:00.000Z")).toEqual({ newSets: [], newAnswers: [] });
  });

  it("leaves the baseline out unless asked, and never lists the answers of a set that is new itself", () => {
    const store = fresh();
    store.recordCorpus(corpusOf(["a.txt", A_ANSWERED]), at("2026-11-28T06:00:00Z"));
    store.recordCorpus(corpusOf(["a.txt", A_ANSWERED], ["b.txt", B]), at("2026-11-28T07:00:00Z"));
    expect(store.changesSince("2000-01-01T00:00:00.000Z").newSets.map((s) => s.title)).toEqual(["Set B"]);
    expect(store.changesSince("2000-01-01T00:00:00.000Z").newAnswers).toEqual([]);
    const all = store.changesSince("2000-01-01T00:00:00.000Z", "9999", true);
    expect(all.newSets.map((s) => s.title)).toEqual(["Set A", "Set B"]);
    expect(all.newAnswers).toEqual([]);
  });

  it("lists answers of several sets in set order, numbers in order", () => {
    const store = fresh();
    const open = (t: string) => set(t, "Wat een?", "Wat twee?", "Wat drie?");
    store.recordCorpus(corpusOf(["x.txt", open("Zeta")], ["y.txt", open("Alfa")]), at("2026-11-28T06:00:00Z"));
    store.recordCorpus(
      corpusOf(["x.txt", set("Zeta", "Wat een?", "Wat twee?", "Wat drie?", "Drie.")], ["y.txt", set("Alfa", "Wat een?", "Een.", "Wat twee?", "Wat drie?")]),
      at("2026-11-28T07:00:00Z"),
    );
    const changes = store.changesSince("2026-11-28T06:30:00.000Z");
    const ids = changes.newAnswers.map((a) => a.setId);
    expect(ids).toEqual([...ids].sort());
    expect(changes.newAnswers.map((a) => a.numbers).sort()).toEqual([[1, 2, 3], [1]].sort());
  });
});

describe("subscriptions", () => {
  it("subscribes, updates in place and turns back on", () => {
    const store = fresh();
    expect(store.subscribe(sub("-1"))).toEqual({
      target: "telegram:-1",
      platform: "telegram",
      channel: "-1",
      hour: 8,
      minute: 0,
      query: "",
      enabled: true,
      disabledReason: null,
      createdBy: "7",
      createdAt: "2026-11-01T00:00:00.000Z",
    });
    store.disable("telegram:-1", "geblokkeerd");
    expect(store.subscription("telegram:-1")).toMatchObject({ enabled: false, disabledReason: "geblokkeerd" });
    expect(store.activeSubscriptions()).toEqual([]);
    const again = store.subscribe(sub("-1", { hour: 9, minute: 15, query: "politie", createdBy: "8", createdAt: "2026-11-20T00:00:00.000Z" }));
    expect(again).toMatchObject({ hour: 9, minute: 15, query: "politie", enabled: true, disabledReason: null, createdBy: "7", createdAt: "2026-11-01T00:00:00.000Z" });
    expect(store.subscription("telegram:-2")).toBeNull();
  });

  it("lists only active subscriptions, by target", () => {
    const store = fresh();
    store.subscribe(sub("-3"));
    store.subscribe(sub("-1"));
    store.subscribe({ ...sub("dm:5"), platform: "discord" });
    store.disable("telegram:-3", "weg");
    expect(store.activeSubscriptions().map((s) => s.target)).toEqual(["discord:dm:5", "telegram:-1"]);
  });
});

describe("digest slots", () => {
  it("claims once, returns the unfinished claim with its own parts, and nothing once completed", () => {
    const store = fresh();
    const first = store.claim("telegram:-1", "2026-11-28", "2026-11-27T07:00:00.000Z", ["a", "b"], at("2026-11-28T07:00:00Z"));
    expect(first).toEqual({
      target: "telegram:-1",
      slot: "2026-11-28",
      claimedAt: "2026-11-28T07:00:00.000Z",
      since: "2026-11-27T07:00:00.000Z",
      parts: ["a", "b"],
      sentParts: 0,
      completedAt: null,
    });
    store.markSent("telegram:-1", "2026-11-28", 1);
    const resumed = store.claim("telegram:-1", "2026-11-28", "later", ["x"], at("2026-11-28T07:05:00Z"));
    expect(resumed).toMatchObject({ parts: ["a", "b"], sentParts: 1, claimedAt: "2026-11-28T07:00:00.000Z", since: "2026-11-27T07:00:00.000Z" });
    expect(store.unfinishedSlots().map((s) => s.slot)).toEqual(["2026-11-28"]);
    store.complete("telegram:-1", "2026-11-28", at("2026-11-28T07:06:00Z"));
    expect(store.slot("telegram:-1", "2026-11-28")!.completedAt).toBe("2026-11-28T07:06:00.000Z");
    expect(store.claim("telegram:-1", "2026-11-28", "x", ["y"], at("2026-11-28T07:07:00Z"))).toBeNull();
    expect(store.unfinishedSlots()).toEqual([]);
    expect(store.slot("telegram:-1", "2026-11-29")).toBeNull();
  });

  it("marks and completes only the slot it names", () => {
    const store = fresh();
    store.claim("telegram:-1", "2026-11-28", "s", ["a"], at("2026-11-28T07:00:00Z"));
    store.claim("telegram:-1", "2026-11-29", "s", ["a"], at("2026-11-29T07:00:00Z"));
    store.claim("telegram:-2", "2026-11-28", "s", ["a"], at("2026-11-28T07:00:00Z"));
    store.markSent("telegram:-1", "2026-11-28", 1);
    store.complete("telegram:-1", "2026-11-28", at("2026-11-28T07:01:00Z"));
    expect(store.unfinishedSlots().map((s) => [s.target, s.slot, s.sentParts])).toEqual([
      ["telegram:-2", "2026-11-28", 0],
      ["telegram:-1", "2026-11-29", 0],
    ]);
  });

  it("knows up to when the last completed digest of a target reported", () => {
    const store = fresh();
    expect(store.lastDigestAt("telegram:-1")).toBeNull();
    store.claim("telegram:-1", "2026-11-27", "s", ["a"], at("2026-11-27T07:00:00Z"));
    store.complete("telegram:-1", "2026-11-27", at("2026-11-27T07:00:01Z"));
    store.claim("telegram:-1", "2026-11-28", "s", ["a"], at("2026-11-28T07:00:00Z"));
    store.claim("telegram:-2", "2026-11-29", "s", ["a"], at("2026-11-29T07:00:00Z"));
    store.complete("telegram:-2", "2026-11-29", at("2026-11-29T07:00:01Z"));
    expect(store.lastDigestAt("telegram:-1")).toBe("2026-11-27T07:00:00.000Z");
    store.complete("telegram:-1", "2026-11-28", at("2026-11-28T07:00:01Z"));
    expect(store.lastDigestAt("telegram:-1")).toBe("2026-11-28T07:00:00.000Z");
  });
});

describe("highlights", () => {
  it("remembers what each target was shown, once", () => {
    const store = fresh();
    store.recordHighlight("telegram:-1", "set-a", 2, at("2026-11-28T07:00:00Z"));
    store.recordHighlight("telegram:-1", "set-a", 2, at("2026-11-29T07:00:00Z"));
    store.recordHighlight("telegram:-1", "set-b", 1, at("2026-11-29T07:00:00Z"));
    store.recordHighlight("telegram:-2", "set-c", 3, at("2026-11-29T07:00:00Z"));
    expect(store.shownHighlights("telegram:-1")).toEqual(new Set(["set-a#2", "set-b#1"]));
    expect(store.shownHighlights("telegram:-3")).toEqual(new Set());
  });
});

describe("watches", () => {
  const watch = (userId: string, value: string, over: Record<string, unknown> = {}) => ({
    platform: "telegram" as const,
    channel: userId,
    userId,
    kind: "query" as const,
    value,
    createdAt: "2026-11-28T07:00:00.000Z",
    ...over,
  });

  it("adds a watch once and lists them per user and platform", () => {
    const store = fresh();
    const first = store.addWatch(watch("1", "politie"));
    expect(first).toEqual({ watch: { ...watch("1", "politie"), id: first.watch.id }, created: true });
    expect(store.addWatch(watch("1", "politie"))).toEqual({ watch: first.watch, created: false });
    const other = store.addWatch(watch("1", "drones")).watch;
    store.addWatch(watch("1", "politie", { platform: "discord" }));
    store.addWatch(watch("2", "politie"));
    expect(store.watchesOf("telegram", "1").map((w) => w.value)).toEqual(["politie", "drones"]);
    expect(store.watchesOf("telegram", "1")[1]).toEqual(other);
    expect(store.allWatches().map((w) => [w.platform, w.userId, w.value])).toEqual([
      ["telegram", "1", "politie"],
      ["telegram", "1", "drones"],
      ["discord", "1", "politie"],
      ["telegram", "2", "politie"],
    ]);
  });

  it("removes a watch only for its own user on its own platform", () => {
    const store = fresh();
    const w = store.addWatch(watch("1", "politie")).watch;
    expect(store.removeWatch(w.id, "telegram", "2")).toBe(false);
    expect(store.removeWatch(w.id, "discord", "1")).toBe(false);
    expect(store.removeWatch(w.id, "telegram", "1")).toBe(true);
    expect(store.removeWatch(w.id, "telegram", "1")).toBe(false);
  });

  it("removes all watches of one user", () => {
    const store = fresh();
    store.addWatch(watch("1", "a"));
    store.addWatch(watch("1", "b"));
    store.addWatch(watch("2", "a"));
    store.addWatch(watch("1", "a", { platform: "discord" }));
    expect(store.removeAllWatches("telegram", "1")).toBe(2);
    expect(store.removeAllWatches("telegram", "1")).toBe(0);
    expect(store.allWatches().map((w) => [w.platform, w.userId])).toEqual([
      ["telegram", "2"],
      ["discord", "1"],
    ]);
  });

  it("claims each notification once, keeps it until sent, and drops it with its watch", () => {
    const store = fresh();
    const w = store.addWatch(watch("1", "a")).watch;
    const v = store.addWatch(watch("2", "a")).watch;
    expect(store.claimWatchEvent(w.id, "e1")).toBe(true);
    expect(store.claimWatchEvent(w.id, "e1")).toBe(false);
    expect(store.claimWatchEvent(v.id, "e1")).toBe(true);
    expect(store.claimWatchEvent(w.id, "e2")).toBe(true);
    store.completeWatchEvent(w.id, "e1", at("2026-11-28T07:00:00Z"));
    expect(store.unsentWatchEvents().sort((a, b) => a.watchId - b.watchId || a.event.localeCompare(b.event))).toEqual([
      { watchId: w.id, event: "e2" },
      { watchId: v.id, event: "e1" },
    ]);
    expect(store.removeWatch(v.id, "telegram", "2")).toBe(true);
    expect(store.unsentWatchEvents()).toEqual([{ watchId: w.id, event: "e2" }]);
    const sentAt = store.db.prepare("SELECT sent_at FROM watch_events WHERE watch_id = ? AND event = 'e1'").get(w.id) as { sent_at: string };
    expect(sentAt.sent_at).toBe("2026-11-28T07:00:00.000Z");
  });
});
