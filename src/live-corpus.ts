/**
 * The corpus the running bot answers from. Re-scans seeds/ and swaps in a new
 * corpus and index when a dump was added, removed or changed.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadApp, type LoadedApp, type LoadOptions } from "./app.js";
import type { SubscriptionStore } from "./digest/store.js";
import type { Logger } from "./log.js";
import type { Caller, CommandDeps } from "../commands/types.js";

/** Names, sizes and modification times: cheap to read every minute. */
export function seedsSignature(dir: string): string {
  try {
    return readdirSync(resolve(dir))
      .filter((n) => n.toLowerCase().endsWith(".txt"))
      .sort()
      .map((n) => {
        const s = statSync(join(resolve(dir), n));
        return `${n}:${s.size}:${s.mtimeMs}`;
      })
      .join("|");
  } catch {
    return "";
  }
}

export interface ReloadResult {
  changed: boolean;
  newSets: number;
  newAnswers: number;
  /** History rows written at this instant; watches look at changes up to here. */
  at: Date;
}

/**
 * Builds the search index for changed dumps elsewhere (another process), so the
 * bot keeps answering meanwhile; loading the finished index is then cheap.
 */
export type Prebuild = () => Promise<void>;

export class LiveCorpus {
  current: LoadedApp;
  private signature: string;

  constructor(
    private readonly options: LoadOptions,
    private readonly store: SubscriptionStore | null,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly prebuild: Prebuild | null = null,
  ) {
    this.signature = seedsSignature(options.seedsDir);
    this.current = loadApp(options, this.onIndexRebuild);
    this.record();
  }

  private readonly onIndexRebuild = (reason: string) => this.log.info(`zoekindex wordt opgebouwd: ${reason}`);

  private record(): ReloadResult {
    const at = this.now();
    // Without any sets there is nothing to remember; the first dumps then become the silent baseline.
    if (!this.store || this.current.corpus.sets.length === 0) return { changed: true, newSets: 0, newAnswers: 0, at };
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

  /** Reloads when the dumps changed since the last look. */
  async reloadIfChanged(): Promise<ReloadResult> {
    const signature = seedsSignature(this.options.seedsDir);
    if (signature === this.signature) return { changed: false, newSets: 0, newAnswers: 0, at: this.now() };
    this.signature = signature;
    if (this.prebuild) {
      const t0 = performance.now();
      await this.prebuild().catch((err: Error) => this.log.warn(`index vooraf bouwen mislukt, nu in dit proces: ${err.message}`));
      this.log.info(`index in apart proces bijgewerkt (${(performance.now() - t0).toFixed(0)} ms)`);
    }
    const next = loadApp(this.options, this.onIndexRebuild);
    for (const w of next.corpus.warnings) this.log.warn(`${w.file}:${w.line}: ${w.message}`);
    this.current = next;
    this.log.info(`dumps gewijzigd: ${next.corpus.stats.sets} sets geladen, index ${next.indexOrigin === "built" ? "opnieuw opgebouwd" : "geladen"}`);
    return this.record();
  }
}
