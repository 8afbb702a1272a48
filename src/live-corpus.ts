/**
 * The corpus the running bot answers from. Re-scans the sources and swaps in
 * the new corpus and index when a dump or an imported file was added, removed
 * or changed; with a prebuild, the parsing and indexing happen in another
 * process and this one only opens the result.
 */
import { resolve } from "node:path";
import { loadApp, type LoadedApp, type LoadOptions } from "./app.js";
import type { SubscriptionStore } from "./digest/store.js";
import type { Logger } from "./log.js";
import { sourceDirs, sourcesSignature } from "./store/sources.js";
import type { Caller, CommandDeps } from "../commands/types.js";

export interface ReloadResult {
  changed: boolean;
  newSets: number;
  newAnswers: number;
  /** History rows written at this instant; watches look at changes up to here. */
  at: Date;
}

/**
 * Parses changed sources and builds the search index elsewhere (another
 * process), so the bot keeps answering meanwhile; opening the result is then cheap.
 */
export type Prebuild = () => Promise<void>;

export class LiveCorpus {
  current: LoadedApp;
  private signature: string;
  private reloading: Promise<ReloadResult> | null = null;

  constructor(
    private readonly options: LoadOptions,
    private readonly store: SubscriptionStore | null,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly prebuild: Prebuild | null = null,
  ) {
    this.signature = this.look();
    this.current = loadApp({ log, ...options }, this.onIndexRebuild);
    this.record();
  }

  private readonly onIndexRebuild = (reason: string) => this.log.info(`zoekindex wordt opgebouwd: ${reason}`);

  private look(): string {
    const dataDir = this.options.dataDir ?? null;
    return sourcesSignature(sourceDirs(resolve(this.options.seedsDir), dataDir && resolve(dataDir)));
  }

  private record(): ReloadResult {
    const at = this.now();
    // Without any sets there is nothing to remember; the first dumps then become the silent baseline.
    if (!this.store || this.current.corpus.stats.sets === 0) return { changed: true, newSets: 0, newAnswers: 0, at };
    const r = this.store.recordCorpus(this.current.corpus, at);
    if (r.baseline) this.log.info(`geschiedenis: nulmeting van ${this.current.corpus.stats.sets} sets vastgelegd`);
    else if (r.newSets || r.newAnswers) this.log.info(`geschiedenis: ${r.newSets} nieuwe sets, ${r.newAnswers} nieuwe antwoorden`);
    return { changed: true, newSets: r.newSets, newAnswers: r.newAnswers, at };
  }

  /** What a command needs, always from the corpus and index loaded last. */
  deps(caller: Caller, extra: Pick<CommandDeps, "subscriptions" | "timeZone" | "now"> = {}): CommandDeps {
    const { engine, corpus, info } = this.current;
    return { engine, corpus, info, caller, ...extra };
  }

  /** Reloads when the sources changed since the last look; one reload at a time. */
  reloadIfChanged(): Promise<ReloadResult> {
    this.reloading ??= this.reload().finally(() => (this.reloading = null));
    return this.reloading;
  }

  private async reload(): Promise<ReloadResult> {
    const signature = this.look();
    if (signature === this.signature) return { changed: false, newSets: 0, newAnswers: 0, at: this.now() };
    if (this.prebuild) {
      const t0 = performance.now();
      try {
        await this.prebuild();
      } catch (err) {
        // Keep answering from what is loaded; the next look tries again.
        this.log.warn(`bronnen inlezen in apart proces mislukt, de vorige versie blijft in gebruik: ${(err as Error).message}`);
        return { changed: false, newSets: 0, newAnswers: 0, at: this.now() };
      }
      this.log.info(`index in apart proces bijgewerkt (${(performance.now() - t0).toFixed(0)} ms)`);
    }
    this.signature = signature;
    const next = loadApp({ log: this.log, ...this.options }, this.onIndexRebuild);
    const parsedNow = new Set(next.sync.parsed.map((key) => key.slice(key.indexOf(":") + 1)));
    for (const w of [...next.sync.warnings, ...next.corpus.warnings.filter((w) => parsedNow.has(w.file))]) this.log.warn(`${w.file}:${w.line}: ${w.message}`);
    this.current = next;
    const parsed = parsedNow.size ? `, nu ingelezen: ${[...parsedNow].join(", ")}` : "";
    this.log.info(`bronnen gewijzigd: ${next.corpus.stats.sets} sets${parsed}; index ${next.indexOrigin === "built" ? "bijgewerkt" : "geladen"}`);
    return this.record();
  }
}
