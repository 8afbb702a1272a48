/**
 * Runs digests and watch notifications. Each (target, day) slot is claimed in
 * SQLite together with the exact parts to send; sending resumes after a crash
 * from the first part not yet recorded as sent. A part sent but not yet
 * recorded goes out again: Discord drops it by its nonce, Telegram shows it twice.
 */
import { Cron } from "croner";
import { composeDigest, composeWatchNotice, matchingSetIds } from "../core/digest.js";
import { ReasonedError } from "../core/errors.js";
import type { Reply } from "../core/reply.js";
import { localTime, zonedInstant } from "../core/zoned-time.js";
import { targetFrom, targetKey, type Target } from "../core/target.js";
import type { LiveCorpus } from "../live-corpus.js";
import type { Logger } from "../log.js";
import type { Platform, SubscriptionStore, Subscription, Watch } from "./store.js";

/** The platform refused for good (blocked, removed, unknown channel): stop sending there. */
export class TargetGoneError extends ReasonedError {
  override readonly name = "TargetGoneError";
  constructor(
    readonly target: Target,
    reason: string,
  ) {
    super(targetKey(target), reason);
  }
}

export interface DigestSender {
  /** Serialised messages for one reply, in order. */
  render(reply: Reply): string[];
  /** Sends one part; `key` is stable per part so platforms that deduplicate can. */
  send(target: Target, part: string, key: string): Promise<void>;
}

/** A slot missed while the bot was down is still posted when less late than this. */
export const CATCH_UP_MS = 12 * 60 * 60 * 1000;

const DATE_LABEL = (timeZone: string) => new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone });

export interface DigestServiceOptions {
  store: SubscriptionStore;
  live: LiveCorpus;
  senders: Partial<Record<Platform, DigestSender>>;
  timeZone: string;
  log: Logger;
  now?: () => Date;
}

export class DigestService {
  private cron: Cron | null = null;
  private running: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: DigestServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Checks every minute, on the minute, in the digest time zone. */
  start(): void {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a per-minute pattern fires on the minute in every current time zone, and tick() already shares a running round
    this.cron = new Cron("* * * * *", { timezone: this.options.timeZone, protect: true }, () => this.tick());
    void this.tick();
  }

  stop(): void {
    this.cron?.stop();
  }

  /** One round: pick up changed dumps, notify watchers, post due digests. Never runs twice at once. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.round()
        .catch((err: Error) => this.options.log.error(`digest: ronde mislukt: ${err.message}`))
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  private async round(): Promise<void> {
    const reload = await this.options.live.reloadIfChanged();
    if (reload.changed && (reload.newSets || reload.newAnswers)) await this.notifyWatches(reload.at);
    await this.resumeWatchEvents();
    await this.runDue();
  }

  /** The slots (local dates) of a subscription that are due now and not too late. */
  dueSlots(sub: Subscription, now: Date): string[] {
    const today = localTime(now, this.options.timeZone).date;
    const yesterday = localTime(new Date(now.getTime() - 24 * 3600 * 1000), this.options.timeZone).date;
    return [yesterday, today].filter((date) => {
      const at = zonedInstant(date, sub.hour, sub.minute, this.options.timeZone).getTime();
      return now.getTime() >= at && now.getTime() - at < CATCH_UP_MS && at >= Date.parse(sub.createdAt);
    });
  }

  async runDue(): Promise<void> {
    const now = this.now();
    for (const sub of this.options.store.activeSubscriptions()) {
      if (!this.options.senders[sub.platform]) continue;
      for (const slot of this.dueSlots(sub, now)) await this.runSlot(sub, slot);
    }
  }

  /** What the next digest for a target would say, without claiming anything. */
  preview(query: string, since: string | null, forTarget?: string): Reply {
    // Stryker disable next-line StringLiteral: any name that is no target key serves as the rotation seed of a preview for no one
    const target = forTarget ?? "preview";
    const store = this.options.store;
    const from = since ?? store.lastDigestAt(target) ?? store.baselineAt() ?? new Date(0).toISOString();
    const app = this.options.live.current;
    return composeDigest({
      corpus: app.corpus,
      engine: app.engine,
      changes: store.changesSince(from, this.now().toISOString(), since !== null),
      query,
      dateLabel: DATE_LABEL(this.options.timeZone).format(this.now()),
      shown: store.shownHighlights(target),
      rotationKey: target,
    }).reply;
  }

  async runSlot(sub: Subscription, slot: string): Promise<void> {
    const { store, log } = this.options;
    const sender = this.options.senders[sub.platform]!;
    let row = store.slot(sub.target, slot);
    if (row?.completedAt) return;
    if (!row) {
      const now = this.now();
      const since = store.lastDigestAt(sub.target) ?? [sub.createdAt, store.baselineAt() ?? sub.createdAt].sort().pop()!;
      const app = this.options.live.current;
      const { reply, highlight } = composeDigest({
        corpus: app.corpus,
        engine: app.engine,
        changes: store.changesSince(since, now.toISOString()),
        query: sub.query,
        dateLabel: DATE_LABEL(this.options.timeZone).format(now),
        shown: store.shownHighlights(sub.target),
        rotationKey: sub.target,
      });
      row = store.claim(sub.target, slot, since, sender.render(reply), now);
      if (!row) return;
      if (highlight) store.recordHighlight(sub.target, highlight.setId, highlight.number, now);
    }
    try {
      for (let i = row.sentParts; i < row.parts.length; i++) {
        await sender.send(targetFrom(sub.platform, sub.channel), row.parts[i]!, `${sub.target}|${slot}|${i}`);
        store.markSent(sub.target, slot, i + 1);
      }
      store.complete(sub.target, slot, this.now());
      log.info(`digest: ${sub.target} ${slot} verstuurd (${row.parts.length} bericht(en))`);
    } catch (err) {
      if (err instanceof TargetGoneError) {
        store.disable(sub.target, err.reason);
        log.warn(`digest: ${sub.target} uitgezet: ${err.reason}`);
      } else {
        log.error(`digest: ${sub.target} ${slot} mislukt, volgende minuut opnieuw: ${(err as Error).message}`);
      }
    }
  }

  private watchEvents(watch: Watch, since: string, until: string) {
    const app = this.options.live.current;
    const changes = this.options.store.changesSince(since, until);
    const allowed = watch.kind === "set" ? new Set([watch.value]) : matchingSetIds(app.engine, watch.value);
    const inScope = (id: string) => allowed === null || allowed.has(id);
    return [
      ...(watch.kind === "query" ? changes.newSets.filter((s) => inScope(s.setId)).map((s) => ({ kind: "new" as const, setId: s.setId, numbers: [] })) : []),
      ...changes.newAnswers.filter((a) => inScope(a.setId)).map((a) => ({ kind: "answered" as const, setId: a.setId, numbers: a.numbers })),
    ];
  }

  /** Tells followers what changed in the dumps that were just loaded. */
  async notifyWatches(at: Date): Promise<void> {
    const { store } = this.options;
    const until = at.toISOString();
    const since = new Date(at.getTime() - 1).toISOString();
    for (const watch of store.allWatches()) {
      const events = this.watchEvents(watch, since, until);
      if (events.length === 0) continue;
      const key = `${until}|${events.map((e) => `${e.kind}:${e.setId}:${e.numbers.join(",")}`).join(";")}`;
      if (store.claimWatchEvent(watch.id, key)) await this.sendWatch(watch, key);
    }
  }

  private async resumeWatchEvents(): Promise<void> {
    const pending = this.options.store.unsentWatchEvents();
    const watches = new Map(this.options.store.allWatches().map((w) => [w.id, w]));
    for (const p of pending) {
      const w = watches.get(p.watchId);
      if (w) await this.sendWatch(w, p.event);
    }
  }

  private async sendWatch(watch: Watch, key: string): Promise<void> {
    const sender = this.options.senders[watch.platform];
    if (!sender) return;
    const until = key.slice(0, key.indexOf("|"));
    const since = new Date(Date.parse(until) - 1).toISOString();
    const events = this.watchEvents(watch, since, until);
    const what = watch.kind === "set" ? `de set ${watch.value}` : `«${watch.value}»`;
    const reply = composeWatchNotice(this.options.live.current.corpus, events, what);
    try {
      for (const [i, part] of sender.render(reply).entries()) await sender.send(targetFrom(watch.platform, watch.channel), part, `w${watch.id}|${key}|${i}`);
      this.options.store.completeWatchEvent(watch.id, key, this.now());
    } catch (err) {
      if (err instanceof TargetGoneError) {
        this.options.store.completeWatchEvent(watch.id, key, this.now());
        this.options.log.warn(`volgen: ${targetKey(targetFrom(watch.platform, watch.channel))} niet bereikbaar: ${err.reason}`);
      } else this.options.log.error(`volgen: melding ${watch.id} mislukt: ${(err as Error).message}`);
    }
  }
}
