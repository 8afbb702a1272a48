/** `cli import [--since JJJJ-MM-DD] [--dry-run]`: one import run with progress and a summary. */
import type { Config } from "../config.js";
import { zonedInstant } from "../core/zoned-time.js";
import { ImportBusyError } from "./files.js";
import { SourceUnavailableError } from "./http.js";
import { runImport, type ImportSummary } from "./importer.js";
import { ODataFormatError } from "./odata.js";

export const IMPORT_USAGE = "import [--since JJJJ-MM-DD] [--dry-run]      nieuwe Kamervragen ophalen bij de officiële bronnen";

function progressLine(s: ImportSummary): string {
  return `zaken ${s.cases} · nieuwe sets ${s.newSets} · nieuwe antwoorden ${s.newAnswers} · uitgesteld ${s.postponed} · verzoeken ${s.requests}`;
}

export function summaryText(s: ImportSummary): string {
  const lines = [
    `${s.dryRun ? "Proefrun (er is niets opgeslagen)" : "Import klaar"}: ${s.cases} zaken bekeken, gewijzigd sinds ${s.since}.`,
    `Nieuwe sets:          ${s.newSets}${s.newAnswered ? ` (waarvan ${s.newAnswered} al beantwoord)` : ""}`,
    `Nieuwe antwoorden:    ${s.newAnswers}`,
    `Uitgesteld:           ${s.postponed}`,
    `Anders bijgewerkt:    ${s.updated}`,
    `Ongewijzigd:          ${s.unchanged}`,
    `Verwijderd:           ${s.removed}`,
    `Later opnieuw:        ${s.pending.length}`,
    ...s.pending.map((p) => `  ${p.number}: ${p.reason}`),
    `Overgeslagen:         ${s.skipped.length}`,
    ...s.skipped.map((p) => `  ${p.number}: ${p.reason}`),
    `Niet herkend:         ${s.warnings.length}`,
    ...s.warnings.map((w) => `  ${w}`),
    `Verzoeken:            ${s.requests}`,
  ];
  return lines.join("\n");
}

export interface ImportCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

const defaultIo: ImportCommandIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
};

export async function runImportCommand(values: Record<string, string | boolean | undefined>, config: Config, io: ImportCommandIo = defaultIo): Promise<number> {
  const since = typeof values.since === "string" ? values.since : null;
  if (since !== null && !/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    io.err("--since verwacht een datum als 2025-11-01\n");
    return 2;
  }
  const sinceInstant = since ? zonedInstant(since, 0, 0, config.DIGEST_TIMEZONE) : null;
  if (sinceInstant && Number.isNaN(sinceInstant.getTime())) {
    io.err(`--since: ${since} is geen bestaande datum\n`);
    return 2;
  }
  let shown = false;
  try {
    const summary = await runImport({
      dataDir: config.DATA_DIR,
      odataUrl: config.TK_ODATA_URL,
      publicationsUrl: config.OFFICIELE_BEKENDMAKINGEN_URL,
      since: sinceInstant ? sinceInstant.toISOString() : null,
      dryRun: values["dry-run"] === true,
      http: { requestsPerSecond: config.IMPORT_REQUESTS_PER_SECOND },
      onProgress: (s) => {
        if (!io.isTTY) return;
        io.err(`\r\x1b[2K${progressLine(s)}`);
        shown = true;
      },
      onNote: (message) => io.err(`${shown ? "\r\x1b[2K" : ""}${message}\n`),
    });
    if (shown) io.err("\n");
    io.out(`${summaryText(summary)}\n`);
    return 0;
  } catch (err) {
    if (shown) io.err("\n");
    if (err instanceof SourceUnavailableError || err instanceof ODataFormatError || err instanceof ImportBusyError) {
      io.err(`Import gestopt: ${err.message}\nWat al binnen was, is bewaard; de volgende import gaat verder waar deze stopte.\n`);
      return 1;
    }
    throw err;
  }
}
