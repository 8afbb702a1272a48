/**
 * The Tweede Kamer open data listing (OData v4): cases of written questions
 * changed since a moment, with their actors and documents, page by page.
 */
import { z } from "zod";
import type { PoliteClient } from "./http.js";

export const TK_SOURCE = "Tweede Kamer open data";

const nullableString = z.string().nullable().optional().transform((v) => v ?? null);

export const ZaakActorSchema = z.looseObject({
  ActorNaam: nullableString,
  ActorFractie: nullableString,
  Functie: nullableString,
  Relatie: nullableString,
  Verwijderd: z.boolean().nullable().optional(),
});

export const DocumentSchema = z.looseObject({
  Id: z.string(),
  Soort: nullableString,
  DocumentNummer: nullableString,
  Datum: nullableString,
  Vergaderjaar: nullableString,
  Aanhangselnummer: nullableString,
  Onderwerp: nullableString,
  Titel: nullableString,
  DatumOntvangst: nullableString,
  ApiGewijzigdOp: nullableString,
  Verwijderd: z.boolean().nullable().optional(),
});
export type ODataDocument = z.infer<typeof DocumentSchema>;

export const ZaakSchema = z.looseObject({
  Id: z.string(),
  Nummer: nullableString,
  Soort: nullableString,
  Onderwerp: nullableString,
  Titel: nullableString,
  Alias: nullableString,
  GestartOp: nullableString,
  Vergaderjaar: nullableString,
  GewijzigdOp: nullableString,
  ApiGewijzigdOp: nullableString,
  Verwijderd: z.boolean().nullable().optional(),
  ZaakActor: z.array(ZaakActorSchema).optional().default([]),
  Document: z.array(DocumentSchema).optional().default([]),
});
export type Zaak = z.infer<typeof ZaakSchema>;

const PageSchema = z.looseObject({
  value: z.array(z.unknown()),
  "@odata.nextLink": z.string().optional(),
});

const EXPAND = "ZaakActor,Document";
const PAGE_SIZE = 100;

export class ODataClient {
  constructor(
    private readonly base: string,
    private readonly http: PoliteClient,
  ) {}

  private url(entitySet: string, params: Record<string, string>): string {
    const query = Object.entries(params)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join("&");
    return `${this.base.replace(/\/+$/, "")}/${entitySet}?${query}`;
  }

  /** One page; rows that do not look like a case are returned as problems, not dropped. */
  private async page(url: string): Promise<{ cases: Zaak[]; problems: string[]; next: string | null }> {
    const res = await this.http.get(url, TK_SOURCE, "application/json");
    if (res.status === 404) throw new ODataFormatError(url, "HTTP 404");
    let body: unknown;
    try {
      body = JSON.parse(res.text);
    } catch {
      throw new ODataFormatError(url, "antwoord is geen JSON");
    }
    const page = PageSchema.safeParse(body);
    if (!page.success) throw new ODataFormatError(url, "antwoord zonder lijst «value»");
    const cases: Zaak[] = [];
    const problems: string[] = [];
    for (const row of page.data.value) {
      const zaak = ZaakSchema.safeParse(row);
      if (zaak.success) cases.push(zaak.data);
      else problems.push(`zaak ${(row as { Id?: string })?.Id ?? "?"} niet te lezen: ${zaak.error.issues[0]?.path.join(".")}: ${zaak.error.issues[0]?.message}`);
    }
    return { cases, problems, next: page.data["@odata.nextLink"] ?? null };
  }

  /** Every case of written questions changed at or after `since` (ISO instant), oldest change first. */
  async *changedSince(since: string): AsyncGenerator<{ cases: Zaak[]; problems: string[] }> {
    let url: string | null = this.url("Zaak", {
      $filter: `Soort eq 'Schriftelijke vragen' and ApiGewijzigdOp ge ${since}`,
      $expand: EXPAND,
      $orderby: "ApiGewijzigdOp asc,Id asc",
      $top: String(PAGE_SIZE),
    });
    const seen = new Set<string>();
    while (url) {
      if (seen.has(url)) throw new ODataFormatError(url, "de volgende pagina is dezelfde als een eerdere");
      seen.add(url);
      const page = await this.page(url);
      yield { cases: page.cases, problems: page.problems };
      url = page.next;
    }
  }

  /** One case by its id (for cases that must be tried again), or null when it is gone. */
  async byId(id: string): Promise<Zaak | null> {
    if (!/^[0-9a-fA-F-]{36}$/.test(id)) return null;
    const page = await this.page(this.url("Zaak", { $filter: `Id eq ${id}`, $expand: EXPAND }));
    return page.cases[0] ?? null;
  }
}

/** The listing answered, but not in the shape the importer knows. */
export class ODataFormatError extends Error {
  override readonly name = "ODataFormatError";
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${TK_SOURCE} gaf een onverwacht antwoord (${reason}) bij ${url}`);
  }
}
