/**
 * Digest and watch state, and the corpus history, in one SQLite file (WAL).
 * Migrations run on open and are numbered, so a database from an older
 * version upgrades in place.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { CorpusView } from "../core/corpus-view.js";
import { CorpusHistory, type CorpusChanges } from "./history.js";

const MIGRATIONS: string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE set_history (
     set_id TEXT PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT NOT NULL, baseline INTEGER NOT NULL);
   CREATE TABLE answer_history (
     set_id TEXT NOT NULL, number INTEGER NOT NULL, first_answered TEXT NOT NULL, baseline INTEGER NOT NULL,
     PRIMARY KEY (set_id, number));
   CREATE TABLE subscriptions (
     target TEXT PRIMARY KEY, platform TEXT NOT NULL, channel TEXT NOT NULL,
     hour INTEGER NOT NULL, minute INTEGER NOT NULL, query TEXT NOT NULL DEFAULT '',
     enabled INTEGER NOT NULL DEFAULT 1, disabled_reason TEXT,
     created_by TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE digest_slots (
     target TEXT NOT NULL, slot TEXT NOT NULL, claimed_at TEXT NOT NULL, since TEXT NOT NULL,
     parts TEXT NOT NULL, sent_parts INTEGER NOT NULL DEFAULT 0, completed_at TEXT,
     PRIMARY KEY (target, slot));
   CREATE TABLE highlights (
     target TEXT NOT NULL, set_id TEXT NOT NULL, number INTEGER NOT NULL, shown_at TEXT NOT NULL,
     PRIMARY KEY (target, set_id, number));
   CREATE TABLE watches (
     id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, channel TEXT NOT NULL, user_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('query', 'set')), value TEXT NOT NULL, created_at TEXT NOT NULL,
     UNIQUE (platform, channel, user_id, kind, value));
   CREATE TABLE watch_events (
     watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE, event TEXT NOT NULL, sent_at TEXT,
     PRIMARY KEY (watch_id, event));`,
];

import { targetFrom, targetKey, type Platform } from "../core/target.js";

export type { Platform };

export interface Subscription {
  target: string;
  platform: Platform;
  channel: string;
  hour: number;
  minute: number;
  query: string;
  enabled: boolean;
  disabledReason: string | null;
  createdBy: string;
  createdAt: string;
}

export interface Watch {
  id: number;
  platform: Platform;
  channel: string;
  userId: string;
  kind: "query" | "set";
  value: string;
  createdAt: string;
}

export interface SlotRow {
  target: string;
  slot: string;
  claimedAt: string;
  since: string;
  parts: string[];
  sentParts: number;
  completedAt: string | null;
}

export type { CorpusChanges } from "./history.js";

export class SubscriptionStore {
  readonly db: Database.Database;
  /** When each set and answer was first seen: what digests and watches report. */
  readonly history: CorpusHistory;

  constructor(path: string) {
    // For ":memory:" this is ".", which exists.
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
    this.history = new CorpusHistory(this.db);
  }

  close(): void {
    this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma("user_version", { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  // --- corpus history (kept in this database, see CorpusHistory) ----------

  baselineAt(): string | null {
    return this.history.baselineAt();
  }

  recordCorpus(corpus: CorpusView, now: Date): { baseline: boolean; newSets: number; newAnswers: number } {
    return this.history.record(corpus, now);
  }

  changesSince(since: string, until = "9999", includeBaseline = false): CorpusChanges {
    return this.history.changesSince(since, until, includeBaseline);
  }

  // --- subscriptions ----------------------------------------------------------

  private toSubscription(row: any): Subscription {
    return {
      target: row.target,
      platform: row.platform,
      channel: row.channel,
      hour: row.hour,
      minute: row.minute,
      query: row.query,
      enabled: row.enabled === 1,
      disabledReason: row.disabled_reason,
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  subscribe(s: Omit<Subscription, "target" | "enabled" | "disabledReason">): Subscription {
    const target = targetKey(targetFrom(s.platform, s.channel));
    this.db
      .prepare(
        `INSERT INTO subscriptions (target, platform, channel, hour, minute, query, enabled, disabled_reason, created_by, created_at)
         VALUES (@target, @platform, @channel, @hour, @minute, @query, 1, NULL, @createdBy, @createdAt)
         ON CONFLICT (target) DO UPDATE SET hour = @hour, minute = @minute, query = @query, enabled = 1, disabled_reason = NULL`,
      )
      .run({ ...s, target });
    return this.subscription(target)!;
  }

  subscription(target: string): Subscription | null {
    const row = this.db.prepare("SELECT * FROM subscriptions WHERE target = ?").get(target);
    return row ? this.toSubscription(row) : null;
  }

  activeSubscriptions(): Subscription[] {
    return (this.db.prepare("SELECT * FROM subscriptions WHERE enabled = 1 ORDER BY target").all() as any[]).map((r) => this.toSubscription(r));
  }

  disable(target: string, reason: string): void {
    this.db.prepare("UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE target = ?").run(reason, target);
  }

  /** Up to when the last completed digest of this target reported, or null. */
  lastDigestAt(target: string): string | null {
    const row = this.db.prepare("SELECT MAX(claimed_at) AS at FROM digest_slots WHERE target = ? AND completed_at IS NOT NULL").get(target) as { at: string | null };
    return row.at;
  }

  // --- exactly-once slots -----------------------------------------------------

  private toSlot(row: any): SlotRow {
    return {
      target: row.target,
      slot: row.slot,
      claimedAt: row.claimed_at,
      since: row.since,
      parts: JSON.parse(row.parts),
      sentParts: row.sent_parts,
      completedAt: row.completed_at,
    };
  }

  slot(target: string, slot: string): SlotRow | null {
    const row = this.db.prepare("SELECT * FROM digest_slots WHERE target = ? AND slot = ?").get(target, slot);
    return row ? this.toSlot(row) : null;
  }

  /**
   * Claims (target, slot) with the content to send. Returns the row to work
   * on: a fresh claim, or an earlier unfinished one to resume; null when done.
   */
  claim(target: string, slot: string, since: string, parts: string[], now: Date): SlotRow | null {
    this.db
      .prepare("INSERT OR IGNORE INTO digest_slots (target, slot, claimed_at, since, parts) VALUES (?, ?, ?, ?, ?)")
      .run(target, slot, now.toISOString(), since, JSON.stringify(parts));
    const row = this.slot(target, slot)!;
    return row.completedAt ? null : row;
  }

  markSent(target: string, slot: string, sentParts: number): void {
    this.db.prepare("UPDATE digest_slots SET sent_parts = ? WHERE target = ? AND slot = ?").run(sentParts, target, slot);
  }

  complete(target: string, slot: string, now: Date): void {
    this.db.prepare("UPDATE digest_slots SET completed_at = ? WHERE target = ? AND slot = ?").run(now.toISOString(), target, slot);
  }

  unfinishedSlots(): SlotRow[] {
    return (this.db.prepare("SELECT * FROM digest_slots WHERE completed_at IS NULL ORDER BY claimed_at").all() as any[]).map((r) => this.toSlot(r));
  }

  // --- highlights -------------------------------------------------------------

  shownHighlights(target: string): Set<string> {
    const rows = this.db.prepare("SELECT set_id, number FROM highlights WHERE target = ?").all(target) as { set_id: string; number: number }[];
    return new Set(rows.map((r) => `${r.set_id}#${r.number}`));
  }

  recordHighlight(target: string, setId: string, number: number, now: Date): void {
    this.db.prepare("INSERT OR IGNORE INTO highlights (target, set_id, number, shown_at) VALUES (?, ?, ?, ?)").run(target, setId, number, now.toISOString());
  }

  // --- watches ----------------------------------------------------------------

  addWatch(w: Omit<Watch, "id">): { watch: Watch; created: boolean } {
    const info = this.db
      .prepare("INSERT OR IGNORE INTO watches (platform, channel, user_id, kind, value, created_at) VALUES (@platform, @channel, @userId, @kind, @value, @createdAt)")
      .run(w);
    const row = this.db
      .prepare("SELECT id FROM watches WHERE platform = ? AND channel = ? AND user_id = ? AND kind = ? AND value = ?")
      .get(w.platform, w.channel, w.userId, w.kind, w.value) as { id: number };
    return { watch: { ...w, id: row.id }, created: info.changes > 0 };
  }

  watchesOf(platform: Platform, userId: string): Watch[] {
    return (this.db.prepare("SELECT * FROM watches WHERE platform = ? AND user_id = ? ORDER BY id").all(platform, userId) as any[]).map(toWatch);
  }

  allWatches(): Watch[] {
    return (this.db.prepare("SELECT * FROM watches ORDER BY id").all() as any[]).map(toWatch);
  }

  removeWatch(id: number, platform: Platform, userId: string): boolean {
    return this.db.prepare("DELETE FROM watches WHERE id = ? AND platform = ? AND user_id = ?").run(id, platform, userId).changes > 0;
  }

  removeAllWatches(platform: Platform, userId: string): number {
    return this.db.prepare("DELETE FROM watches WHERE platform = ? AND user_id = ?").run(platform, userId).changes;
  }

  /** Claims one notification; false when it was claimed before. */
  claimWatchEvent(watchId: number, event: string): boolean {
    return this.db.prepare("INSERT OR IGNORE INTO watch_events (watch_id, event) VALUES (?, ?)").run(watchId, event).changes > 0;
  }

  completeWatchEvent(watchId: number, event: string, now: Date): void {
    this.db.prepare("UPDATE watch_events SET sent_at = ? WHERE watch_id = ? AND event = ?").run(now.toISOString(), watchId, event);
  }

  unsentWatchEvents(): { watchId: number; event: string }[] {
    return this.db.prepare("SELECT watch_id AS watchId, event FROM watch_events WHERE sent_at IS NULL").all() as { watchId: number; event: string }[];
  }
}

function toWatch(row: any): Watch {
  return { id: row.id, platform: row.platform, channel: row.channel, userId: row.user_id, kind: row.kind, value: row.value, createdAt: row.created_at };
}
