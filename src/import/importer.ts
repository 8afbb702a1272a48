/**
 * One import run: list the cases changed since the checkpoint, fetch the
 * publications that are new or changed, and keep each case as a file under
 * DATA_DIR/imported/. Safe to stop at any moment: files are written whole,
 * the checkpoint moves only past cases that were handled, and an unchanged
 * case is recognised and left alone, so a rerun never duplicates anything.
 */
import { join } from "node:path";
import type { Asker, QuestionSet } from "../core/model.js";
import { CASE_FILE_VERSION, caseToSet, type CaseDocument, type CaseFile, type DocumentKind } from "./case-file.js";
import { acquireImportLock, CaseFiles, CheckpointFile, importedDir, type Checkpoint } from "./files.js";
import { PoliteClient, SourceUnavailableError, type HttpClientOptions } from "./http.js";
import { ODataClient, type ODataDocument, type Zaak } from "./odata.js";
import { parsePublication, PublicationFormatError, type ParsedPublication } from "./xml.js";

export const PUBLICATIONS_SOURCE = "officiële bekendmakingen";

export const DEFAULT_TK_ODATA_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0";
export const DEFAULT_PUBLICATIONS_URL = "https://zoek.officielebekendmakingen.nl";

/** Without a checkpoint or --since, a first import looks back this far. */
const FIRST_RUN_DAYS = 30;

const KIND_BY_SOORT: Record<string, DocumentKind> = {
  "Schriftelijke vragen": "questions",
  "Antwoord schriftelijke vragen": "answer",
  "Antwoord schriftelijke vragen (nader)": "further-answer",
  "Mededeling (uitstel antwoord)": "postponement",
};

export interface ImportOptions {
  dataDir: string;
  odataUrl?: string;
  publicationsUrl?: string;
  /** Start of the window (ISO instant); default: the checkpoint, else 30 days back. */
  since?: string | null;
  dryRun?: boolean;
  http?: HttpClientOptions;
  now?: () => Date;
  /** After each case, for a progress line. */
  onProgress?: (summary: ImportSummary) => void;
  /** Every unrecognised element or value, every retry and skip, as it happens. */
  onNote?: (message: string) => void;
}

export interface ImportSummary {
  since: string;
  cases: number;
  newSets: number;
  /** Of the new sets, those that already had answers. */
  newAnswered: number;
  newAnswers: number;
  postponed: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: { number: string; reason: string }[];
  /** Cases to try again next time (publication not yet there, source failing). */
  pending: { number: string; reason: string }[];
  warnings: string[];
  requests: number;
  dryRun: boolean;
}

/** Compares ISO instants, also with seven fractional digits or another offset. */
export function compareInstants(a: string, b: string): number {
  const key = (s: string) => {
    const m = /^(.*?T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/.exec(s);
    if (!m) return { ms: Date.parse(s), frac: 0 };
    const ms = Date.parse(`${m[1]}${m[3] ?? "Z"}`);
    return { ms, frac: Number(`0.${(m[2] ?? "0").padEnd(7, "0")}`) };
  };
  const ka = key(a);
  const kb = key(b);
  return ka.ms - kb.ms || ka.frac - kb.frac;
}

/** `ah-tk-{vergaderjaar without dash}-{last four digits of Aanhangselnummer, leading zeros stripped}`. */
export function aanhangselId(doc: Pick<ODataDocument, "Vergaderjaar" | "Aanhangselnummer">): string | null {
  const year = doc.Vergaderjaar?.replace("-", "");
  const digits = doc.Aanhangselnummer?.replace(/\D/g, "");
  if (!year || !/^\d{8}$/.test(year) || !digits || digits.length < 1) return null;
  const number = String(Number(digits.slice(-4)));
  return number === "0" ? null : `ah-tk-${year}-${number}`;
}

const dateOnly = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

function askersOf(zaak: Zaak): Asker[] {
  const askers = zaak.ZaakActor.filter((a) => !a.Verwijderd && (a.Relatie === "Indiener" || a.Relatie === "Medeindiener") && a.ActorNaam);
  // The first asker (Indiener) leads, as on the printed questions.
  askers.sort((a, b) => Number(a.Relatie !== "Indiener") - Number(b.Relatie !== "Indiener"));
  return askers.map((a) => ({ name: a.ActorNaam!.trim(), party: a.ActorFractie?.trim() || null }));
}

function addresseesOf(zaak: Zaak): string[] {
  return zaak.ZaakActor.filter((a) => !a.Verwijderd && a.Relatie === "Gericht aan")
    .map((a) => (a.ActorNaam ?? a.Functie ?? "").trim())
    .filter(Boolean);
}

class Pending extends Error {}

export class Importer {
  private readonly http: PoliteClient;
  private readonly odata: ODataClient;
  private readonly files: CaseFiles;
  private readonly checkpoint: CheckpointFile;
  private readonly publicationsUrl: string;
  private readonly summary: ImportSummary;

  constructor(private readonly options: ImportOptions) {
    this.http = new PoliteClient({
      ...options.http,
      onRetry: (info) => this.note(`opnieuw proberen over ${Math.ceil(info.waitMs / 1000)} s (${info.reason}): ${info.url}`),
    });
    this.odata = new ODataClient(options.odataUrl ?? DEFAULT_TK_ODATA_URL, this.http);
    this.publicationsUrl = (options.publicationsUrl ?? DEFAULT_PUBLICATIONS_URL).replace(/\/+$/, "");
    this.files = new CaseFiles(importedDir(options.dataDir));
    this.checkpoint = new CheckpointFile(join(options.dataDir, "import-checkpoint.json"));
    this.summary = {
      since: "",
      cases: 0,
      newSets: 0,
      newAnswered: 0,
      newAnswers: 0,
      postponed: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skipped: [],
      pending: [],
      warnings: [],
      requests: 0,
      dryRun: options.dryRun ?? false,
    };
  }

  private note(message: string): void {
    this.options.onNote?.(message);
  }

  private warn(message: string): void {
    this.summary.warnings.push(message);
    this.note(message);
  }

  async run(): Promise<ImportSummary> {
    const dry = this.options.dryRun ?? false;
    const release = dry ? () => undefined : acquireImportLock(join(this.options.dataDir, "import.lock"));
    try {
      return await this.runLocked(dry);
    } finally {
      release();
    }
  }

  private async runLocked(dry: boolean): Promise<ImportSummary> {
    const now = this.options.now?.() ?? new Date();
    const state = this.checkpoint.read();
    const since = this.options.since ?? state.watermark ?? new Date(now.getTime() - FIRST_RUN_DAYS * 86_400_000).toISOString();
    this.summary.since = since;
    const retry = new Map(state.retry.map((r) => [r.id, r]));
    const save = (watermark: string | null) => {
      if (dry) return;
      const next: Checkpoint = { version: 1, watermark, retry: [...retry.values()], lastRun: now.toISOString() };
      this.checkpoint.write(next);
    };

    const handled = new Set<string>();
    const handle = async (zaak: Zaak) => {
      if (handled.has(zaak.Id)) return;
      handled.add(zaak.Id);
      this.summary.cases++;
      try {
        const pending = await this.handleCase(zaak, dry);
        if (pending) {
          retry.set(zaak.Id, { id: zaak.Id, number: zaak.Nummer ?? "?", reason: pending });
          this.summary.pending.push({ number: zaak.Nummer ?? zaak.Id, reason: pending });
        } else retry.delete(zaak.Id);
      } catch (err) {
        // A publication source that gives up stops only this case; the listing goes on.
        if (!(err instanceof SourceUnavailableError) || err.source !== PUBLICATIONS_SOURCE) throw err;
        const reason = err.reason;
        retry.set(zaak.Id, { id: zaak.Id, number: zaak.Nummer ?? "?", reason });
        this.summary.pending.push({ number: zaak.Nummer ?? zaak.Id, reason });
        this.note(`${zaak.Nummer}: ${err.message}`);
      }
      this.summary.requests = this.http.requests;
      this.options.onProgress?.(this.summary);
    };

    // Cases that could not be finished last time come first, by id.
    for (const r of state.retry) {
      const zaak = await this.odata.byId(r.id);
      if (zaak) await handle(zaak);
      else {
        retry.delete(r.id);
        this.summary.skipped.push({ number: r.number, reason: "niet meer te vinden in de lijst" });
      }
    }

    // From here on a crash resumes at this window at the latest, never at the default one.
    let watermark = state.watermark && compareInstants(state.watermark, since) < 0 ? state.watermark : since;
    save(watermark);

    // The watermark moves with the listing only while it really is in order of change.
    let inOrder = true;
    let last: string | null = null;
    for await (const page of this.odata.changedSince(since)) {
      for (const problem of page.problems) this.warn(problem);
      for (const zaak of page.cases) {
        const changed = zaak.ApiGewijzigdOp;
        if (changed && last && compareInstants(changed, last) < 0) inOrder = false;
        if (changed) last = !last || compareInstants(changed, last) > 0 ? changed : last;
        await handle(zaak);
      }
      if (inOrder && last && (!watermark || compareInstants(last, watermark) > 0)) watermark = last;
      if (inOrder) save(watermark);
    }
    if (last && (!watermark || compareInstants(last, watermark) > 0)) watermark = last;
    save(watermark);
    this.summary.requests = this.http.requests;
    return this.summary;
  }

  /** Handles one case; returns why it must be tried again, or null when done. */
  private async handleCase(zaak: Zaak, dry: boolean): Promise<string | null> {
    const number = zaak.Nummer?.trim();
    if (!number) {
      this.summary.skipped.push({ number: zaak.Id, reason: "zaak zonder nummer" });
      return null;
    }
    if (zaak.Soort && zaak.Soort !== "Schriftelijke vragen") {
      this.summary.skipped.push({ number, reason: `geen schriftelijke vragen maar «${zaak.Soort}»` });
      return null;
    }
    const previous = this.files.read(number);
    if (zaak.Verwijderd) {
      if (previous && !dry) this.files.remove(number);
      if (previous) this.summary.removed++;
      this.summary.skipped.push({ number, reason: previous ? "verwijderd bij de bron; uit de verzameling gehaald" : "verwijderd bij de bron" });
      return null;
    }

    const documents: CaseDocument[] = [];
    const pendingReasons: string[] = [];
    for (const doc of zaak.Document) {
      if (doc.Verwijderd) continue;
      const kind = doc.Soort ? KIND_BY_SOORT[doc.Soort] : undefined;
      if (!kind) {
        this.warn(`${number}: documentsoort «${doc.Soort ?? "leeg"}» (${doc.DocumentNummer ?? doc.Id}) niet herkend; overgeslagen`);
        continue;
      }
      const documentNumber = doc.DocumentNummer ?? doc.Id;
      const changed = doc.ApiGewijzigdOp ?? "";
      const known = previous?.documents.find((d) => d.documentNumber === documentNumber);
      if (known && known.changed === changed && known.kind === kind) {
        documents.push(known);
        continue;
      }
      try {
        const ids = kind === "questions" ? [`kv-tk-${number}`, ...(zaak.Alias ? [`kv-${zaak.Alias}`] : [])] : [aanhangselId(doc)].filter((x): x is string => !!x);
        if (ids.length === 0) throw new Pending(`${documentNumber}: nog geen aanhangselnummer`);
        const { id, publication } = await this.fetchPublication(ids);
        for (const w of publication.warnings) this.warn(w);
        documents.push({ kind, documentNumber, date: dateOnly(doc.DatumOntvangst) ?? dateOnly(doc.Datum), changed, url: `${this.publicationsUrl}/${id}.html`, publication });
      } catch (err) {
        if (!(err instanceof Pending)) throw err;
        pendingReasons.push(err.message);
        // What was read before stays until the new version can be read.
        if (known) documents.push(known);
      }
    }
    const kindOrder: DocumentKind[] = ["questions", "postponement", "answer", "further-answer"];
    documents.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.date ?? "").localeCompare(b.date ?? "") || a.documentNumber.localeCompare(b.documentNumber));

    const next: CaseFile = {
      version: CASE_FILE_VERSION,
      case: { id: zaak.Id, number, subject: zaak.Onderwerp, year: zaak.Vergaderjaar, started: zaak.GestartOp },
      askers: askersOf(zaak),
      addressees: addresseesOf(zaak),
      documents,
    };
    const pending = pendingReasons.length ? pendingReasons.join("; ") : null;
    const nextSet = caseToSet(next, number, []);
    if (!nextSet) {
      this.summary.skipped.push({ number, reason: pending ?? "geen publicatie met vragen" });
      return pending;
    }
    const previousSet: QuestionSet | null = previous ? caseToSet(previous, number, []) : null;
    const answered = (s: QuestionSet | null) => new Set(s?.questions.filter((q) => q.answer).map((q) => q.number) ?? []);
    const before = answered(previousSet);
    const after = answered(nextSet);
    const gained = [...after].filter((n) => !before.has(n)).length;
    const wrote = dry ? JSON.stringify(previous) !== JSON.stringify(next) : this.files.write(next);
    if (!previousSet) {
      this.summary.newSets++;
      if (after.size > 0) this.summary.newAnswered++;
    } else if (gained > 0) this.summary.newAnswers += gained;
    else if (wrote) this.summary.updated++;
    else this.summary.unchanged++;
    if (nextSet.official?.postponed && !previousSet?.official?.postponed) this.summary.postponed++;
    return pending;
  }

  /** The first id that exists; a cut-off document is fetched again a few times. */
  private async fetchPublication(ids: string[]): Promise<{ id: string; publication: ParsedPublication }> {
    const missing: string[] = [];
    for (const id of ids) {
      const url = `${this.publicationsUrl}/${encodeURIComponent(id)}.xml`;
      for (let attempt = 0; ; attempt++) {
        const res = await this.http.get(url, PUBLICATIONS_SOURCE, "application/xml");
        if (res.status === 404) {
          missing.push(id);
          break;
        }
        try {
          return { id, publication: parsePublication(id, res.text) };
        } catch (err) {
          if (!(err instanceof PublicationFormatError)) throw err;
          if (attempt >= 2) throw new Pending(`${id}: ${err.reason}`);
          this.note(`${id}: ${err.reason}; opnieuw ophalen`);
        }
      }
    }
    throw new Pending(`${missing.join(", ")}: nog niet gepubliceerd (404)`);
  }
}

export function runImport(options: ImportOptions): Promise<ImportSummary> {
  return new Importer(options).run();
}
