/**
 * The import inside the running bot: on IMPORT_SCHEDULE (a cron expression in
 * the digest time zone) it fetches what is new, then lets the digest round pick
 * up the changed files at once. All I/O is asynchronous, so commands keep being
 * answered while it runs; a run still busy when the next is due is skipped.
 */
import { Cron } from "croner";
import type { Logger } from "../log.js";
import { ImportBusyError } from "./files.js";
import { runImport, type ImportOptions, type ImportSummary } from "./importer.js";

export interface ImportScheduleOptions {
  cron: string;
  timeZone: string;
  importOptions: ImportOptions;
  log: Logger;
  /** After a run that changed something: reload and notify (the digest round). */
  afterImport: () => Promise<void>;
  run?: (options: ImportOptions) => Promise<ImportSummary>;
}

export class ImportSchedule {
  private cron: Cron | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: ImportScheduleOptions) {}

  start(): void {
    this.cron = new Cron(this.options.cron, { timezone: this.options.timeZone, protect: true }, () => void this.runOnce());
    const next = this.cron.nextRun();
    this.options.log.info(`import: gepland volgens «${this.options.cron}» (${this.options.timeZone})${next ? `, eerstvolgende ${next.toISOString()}` : ""}`);
  }

  stop(): void {
    this.cron?.stop();
  }

  /** One run now; never two at once. */
  runOnce(): Promise<void> {
    if (!this.running) {
      this.running = this.execute().finally(() => (this.running = null));
    }
    return this.running;
  }

  private async execute(): Promise<void> {
    const { log } = this.options;
    const run = this.options.run ?? runImport;
    try {
      const s = await run({ ...this.options.importOptions, onNote: (m) => log.warn(`import: ${m}`) });
      log.info(
        `import: ${s.cases} zaken, ${s.newSets} nieuwe sets, ${s.newAnswers} nieuwe antwoorden, ${s.postponed} uitgesteld, ${s.pending.length} later opnieuw, ${s.skipped.length} overgeslagen (${s.requests} verzoeken)`,
      );
      if (s.newSets || s.newAnswers || s.postponed || s.updated || s.removed) await this.options.afterImport();
    } catch (err) {
      if (err instanceof ImportBusyError) log.warn(`import: overgeslagen, ${err.message}`);
      else log.error(`import mislukt: ${(err as Error).message}`);
    }
  }
}
