import { describe, expect, it } from "vitest";
import { ImportSchedule } from "../../src/import/schedule.js";
import type { ImportSummary } from "../../src/import/importer.js";
import { memoryLogger } from "../helpers.js";

const summary = (extra: Partial<ImportSummary> = {}): ImportSummary => ({
  since: "2026-11-28T00:00:00Z", cases: 3, newSets: 0, newAnswered: 0, newAnswers: 0, postponed: 0, updated: 0, unchanged: 3, removed: 0,
  skipped: [], pending: [], warnings: [], requests: 4, dryRun: false, ...extra,
});

/** A daily schedule whose import is `run` and whose digest round counts into `counter.after`. */
function scheduleWith(log: ReturnType<typeof memoryLogger>, counter: { after: number }, run: () => Promise<ImportSummary>) {
  return new ImportSchedule({
    cron: "30 6 * * *",
    timeZone: "Europe/Amsterdam",
    importOptions: { dataDir: "/nergens" },
    log,
    afterImport: async () => void counter.after++,
    run,
  });
}

describe("ImportSchedule", () => {
  it("runs one import at a time and hands changes on to the digest round", async () => {
    const log = memoryLogger();
    let calls = 0;
    let release!: () => void;
    const counter = { after: 0 };
    const schedule = scheduleWith(log, counter, () => {
      calls++;
      return new Promise((resolve) => (release = () => resolve(summary({ newAnswers: 2 }))));
    });
    const first = schedule.runOnce();
    const second = schedule.runOnce();
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(1);
    expect(counter.after).toBe(1);
    expect(log.lines.at(-1)).toMatch(/^info import: 3 zaken, 0 nieuwe sets, 2 nieuwe antwoorden/);
  });

  it("leaves the digest alone when nothing changed, and logs a failure without throwing", async () => {
    const log = memoryLogger();
    const counter = { after: 0 };
    let fail = false;
    const schedule = scheduleWith(log, counter, async () => {
      if (fail) throw new Error("Tweede Kamer open data is niet bereikbaar");
      return summary();
    });
    await schedule.runOnce();
    expect(counter.after).toBe(0);
    fail = true;
    await schedule.runOnce();
    expect(log.lines.at(-1)).toBe("error import mislukt: Tweede Kamer open data is niet bereikbaar");
    schedule.start();
    expect(log.lines.at(-1)).toMatch(/^info import: gepland volgens «30 6 \* \* \*» \(Europe\/Amsterdam\), eerstvolgende /);
    schedule.stop();
  });
});

describe("import configuration", () => {
  it("has the official sources as defaults, no schedule, and refuses a bad cron line in Dutch", async () => {
    const { loadConfig } = await import("../../src/config.js");
    const config = loadConfig({});
    expect(config.TK_ODATA_URL).toBe("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0");
    expect(config.OFFICIELE_BEKENDMAKINGEN_URL).toBe("https://zoek.officielebekendmakingen.nl");
    expect(config.IMPORT_SCHEDULE).toBeUndefined();
    expect(config.IMPORT_REQUESTS_PER_SECOND).toBe(4);
    expect(loadConfig({ IMPORT_SCHEDULE: " 30 6 * * * " }).IMPORT_SCHEDULE).toBe("30 6 * * *");
    expect(() => loadConfig({ IMPORT_SCHEDULE: "elke ochtend" })).toThrow(/IMPORT_SCHEDULE: ongeldige waarde "elke ochtend"; geef een cron-regel/);
    expect(() => loadConfig({ TK_ODATA_URL: "ftp://x" })).toThrow(/TK_ODATA_URL/);
  });
});
