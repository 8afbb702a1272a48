import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TK_FAKE_SETS, ahId, expectedTexts, kvId, plainText, startTkFake, type TkFake } from "./tk-opendata.ts";

const real = JSON.parse(readFileSync(new URL("./tk-opendata/odata-besluit-zaak-document.json", import.meta.url), "utf8"));
const realZaak = real.Zaak[0];
const fieldsOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => !Array.isArray(o[k]));

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOCAL_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+0[12]:00$/;
const UTC_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/;
const DATE = /^\d{4}-\d\d-\d\dT00:00:00\+0[12]:00$/;

let fake: TkFake;
beforeEach(async () => {
  fake = await startTkFake();
});
afterEach(async () => {
  await fake.close();
});

const q = (s: string) => encodeURIComponent(s);
async function get(url: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: XML or HTML.
  }
  return { status: res.status, body, headers: res.headers };
}

/** Follows @odata.nextLink to the end; returns every row and the number of pages. */
async function all(url: string): Promise<{ rows: any[]; pages: number }> {
  const rows: any[] = [];
  let pages = 0;
  let next: string | undefined = url;
  while (next) {
    const { status, body } = await get(next);
    expect(status).toBe(200);
    expect(body["@odata.context"]).toContain("/$metadata#");
    rows.push(...body.value);
    pages++;
    next = body["@odata.nextLink"];
  }
  return { rows, pages };
}

/** True when every start tag is closed in order (the fixture's XML has no comments or CDATA). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([A-Za-z][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && /<\/officiele-publicatie>\s*$/.test(xml);
}

const questionsFilter = `$filter=${q("Soort eq 'Schriftelijke vragen'")}`;

describe("OData listing", () => {
  it("pages through every case exactly once, with the field shapes of the real service", async () => {
    const { rows, pages } = await all(`${fake.odataBase}/Zaak?${questionsFilter}&$expand=ZaakActor,Document`);
    expect(pages).toBeGreaterThanOrEqual(3);
    const nummers = rows.map((r) => r.Nummer);
    expect(new Set(nummers).size).toBe(nummers.length);
    expect([...nummers].sort()).toEqual(TK_FAKE_SETS.map((s) => s.nummer).sort());
    for (const zaak of rows) {
      expect(fieldsOf(zaak)).toEqual(fieldsOf(realZaak));
      expect(zaak.Id).toMatch(GUID);
      expect(zaak.GewijzigdOp).toMatch(LOCAL_STAMP);
      expect(zaak.ApiGewijzigdOp).toMatch(UTC_STAMP);
      expect(zaak.GestartOp).toMatch(DATE);
      for (const actor of zaak.ZaakActor) {
        expect(Object.keys(actor)).toEqual(Object.keys(realZaak.ZaakActor[0]));
        expect(actor.Zaak_Id).toBe(zaak.Id);
      }
      for (const doc of zaak.Document) {
        expect(Object.keys(doc)).toEqual(Object.keys(realZaak.Document[0]));
        expect(doc.Datum).toMatch(DATE);
      }
    }
  });

  it("expands askers, addressees and documents as the sets describe them", async () => {
    const { rows } = await all(`${fake.odataBase}/Zaak?$expand=ZaakActor,Document`);
    const byNummer = new Map(rows.map((r) => [r.Nummer, r]));
    const nader = byNummer.get("2024Z16655");
    // Like the real service, expansions come in no promised order.
    expect(nader.ZaakActor.map((a: any) => `${a.Relatie}: ${a.ActorNaam}`).sort()).toEqual([
      "Gericht aan: D.S. Beljaarts",
      "Gericht aan: Z.D. Szabó",
      "Indiener: B. Kathmann",
      "Medeindiener: H. Six Dijkstra",
      "Volgcommissie: vaste commissie voor Digitale Zaken",
    ]);
    expect(nader.Document.map((d: any) => d.Soort).sort()).toEqual(["Antwoord schriftelijke vragen", "Antwoord schriftelijke vragen (nader)", "Schriftelijke vragen"]);
    const postponed = byNummer.get("2024Z18544");
    const notice = postponed.Document.find((d: any) => d.Soort === "Mededeling (uitstel antwoord)");
    expect(notice).toMatchObject({ Aanhangselnummer: "202420250712", Vergaderjaar: "2024-2025", Datum: "2024-12-04T00:00:00+01:00" });
    expect(postponed.Afgedaan).toBe(true);
    expect(byNummer.get("2025Z03112")).toMatchObject({ Afgedaan: false, Termijn: "2025-03-17T00:00:00+01:00" });
    expect(byNummer.get("2025Z03112").Document).toHaveLength(1);
    expect(byNummer.get("2025Z02200").Verwijderd).toBe(true);
    expect(byNummer.get("2009Z02871").Alias).toBe("2090810112");
  });

  it("limits the total with $top across pages and carries the rest in nextLink", async () => {
    const first = await get(`${fake.odataBase}/Zaak?$top=7&$orderby=Nummer`);
    expect(first.body.value).toHaveLength(5);
    expect(first.body["@odata.nextLink"]).toContain("$top=2");
    expect(first.body["@odata.nextLink"]).toContain("$skip=5");
    const { rows } = await all(`${fake.odataBase}/Zaak?$top=7&$orderby=Nummer`);
    expect(rows.map((r) => r.Nummer)).toEqual(TK_FAKE_SETS.map((s) => s.nummer).sort().slice(0, 7));
    const skipped = await all(`${fake.odataBase}/Zaak?$skip=10&$orderby=Nummer`);
    expect(skipped.rows.map((r) => r.Nummer)).toEqual(TK_FAKE_SETS.map((s) => s.nummer).sort().slice(10));
  });

  it("orders by $orderby and counts with $count", async () => {
    const { rows } = await all(`${fake.odataBase}/Zaak?$orderby=${q("GewijzigdOp desc")}&$select=Nummer,GewijzigdOp`);
    const ticks = rows.map((r) => Date.parse(r.GewijzigdOp));
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
    expect(Object.keys(rows[0])).toEqual(["Nummer", "GewijzigdOp"]);
    const counted = await get(`${fake.odataBase}/Zaak?$count=true&$top=1`);
    expect(counted.body["@odata.count"]).toBe(TK_FAKE_SETS.length);
    expect(counted.body.value).toHaveLength(1);
  });

  it("filters on changed-since, ids, deletion and related documents", async () => {
    const { rows } = await all(`${fake.odataBase}/Zaak`);
    const cutoff = "2025-01-10T00:00:00+01:00";
    const expected = rows.filter((r) => Date.parse(r.GewijzigdOp) >= Date.parse(cutoff)).map((r) => r.Nummer).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    const since = await all(`${fake.odataBase}/Zaak?$filter=${q(`Soort eq 'Schriftelijke vragen' and GewijzigdOp ge ${cutoff}`)}`);
    expect(since.rows.map((r) => r.Nummer).sort()).toEqual(expected);

    const newest = rows.reduce((a, b) => (a.ApiGewijzigdOp > b.ApiGewijzigdOp ? a : b));
    const after = await get(`${fake.odataBase}/Zaak?$filter=${q(`ApiGewijzigdOp gt ${newest.ApiGewijzigdOp}`)}`);
    expect(after.body.value).toEqual([]);
    const atLeast = await get(`${fake.odataBase}/Zaak?$filter=${q(`ApiGewijzigdOp ge ${newest.ApiGewijzigdOp}`)}`);
    expect(atLeast.body.value.map((r: any) => r.Nummer)).toEqual([newest.Nummer]);

    const one = await get(`${fake.odataBase}/Zaak?$filter=${q(`Id eq ${rows[3].Id}`)}&$expand=ZaakActor`);
    expect(one.body.value.map((r: any) => r.Nummer)).toEqual([rows[3].Nummer]);
    const byKey = await get(`${fake.odataBase}/Zaak(${rows[3].Id})`);
    expect(byKey.body).toMatchObject({ Id: rows[3].Id, Nummer: rows[3].Nummer });
    expect(byKey.body["@odata.context"]).toMatch(/\$metadata#Zaak\/\$entity$/);

    const deleted = await get(`${fake.odataBase}/Zaak?$filter=${q("Verwijderd eq true")}`);
    expect(deleted.body.value.map((r: any) => r.Nummer)).toEqual(["2025Z02200"]);

    const postponed = await all(`${fake.odataBase}/Zaak?$filter=${q("Document/any(d: d/Soort eq 'Mededeling (uitstel antwoord)')")}`);
    expect(postponed.rows.map((r) => r.Nummer).sort()).toEqual(["2024Z18544", "2025Z01877"]);
    const subject = await get(`${fake.odataBase}/Zaak?$filter=${q("contains(Onderwerp,'jeugd-ggz') or (Nummer eq '2024Z17900' and not Verwijderd)")}`);
    expect(subject.body.value.map((r: any) => r.Nummer).sort()).toEqual(["2024Z17900", "2025Z01877"]);
  });

  it("applies nested options inside $expand", async () => {
    const url = `${fake.odataBase}/Zaak?$filter=${q("Nummer eq '2024Z16655'")}&$expand=${q("ZaakActor($filter=Relatie eq 'Gericht aan';$select=ActorNaam,Functie),Document($filter=startswith(Soort,'Antwoord');$orderby=Datum desc;$select=Soort,Aanhangselnummer)")}`;
    const { body } = await get(url);
    expect(body["@odata.context"]).toMatch(/\$metadata#Zaak\(ZaakActor\(ActorNaam,Functie\),Document\(Soort,Aanhangselnummer\)\)$/);
    expect(body.value[0].ZaakActor).toHaveLength(2);
    expect(body.value[0].ZaakActor).toEqual(expect.arrayContaining([
      { ActorNaam: "Z.D. Szabó", Functie: "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties" },
      { ActorNaam: "D.S. Beljaarts", Functie: "minister van Economische Zaken" },
    ]));
    expect(body.value[0].Document).toEqual([
      { Soort: "Antwoord schriftelijke vragen (nader)", Aanhangselnummer: "202420251017" },
      { Soort: "Antwoord schriftelijke vragen", Aanhangselnummer: "202420250688" },
    ]);
    const docs = await get(`${fake.odataBase}/Document?$filter=${q("Aanhangselnummer eq '202420250712'")}&$expand=Zaak($select=Nummer)`);
    expect(docs.body.value[0].Zaak).toEqual([{ Nummer: "2024Z18544" }]);
  });

  describe("refuses what the real service refuses", () => {
    const refusals: [string, string, number, RegExp][] = [
      ["a malformed $filter", `$filter=${q("Soort eq")}`, 400, /Syntax error/],
      ["an unbalanced $filter", `$filter=${q("(Soort eq 'Schriftelijke vragen'")}`, 400, /Syntax error/],
      ["an unknown field in $filter", `$filter=${q("Onderwerpen eq 'x'")}`, 400, /Could not find a property named 'Onderwerpen'/],
      ["an unknown field in $select", "$select=Nummer,Bestaatniet", 400, /Bestaatniet/],
      ["an unknown field in $orderby", `$orderby=${q("Datum desc")}`, 400, /Could not find a property named 'Datum' on type 'Zaak'/],
      ["an unknown entity in $expand", "$expand=ZaakActor,Stemming", 400, /Stemming/],
      ["a quoted GUID", `$filter=${q("Id eq '28e3a47e-4602-4f9d-b051-4c5c3e05b0d8'")}`, 400, /incompatible types.*'Edm.Guid' and 'Edm.String'/],
      ["a quoted date", `$filter=${q("GewijzigdOp ge '2025-01-01'")}`, 400, /incompatible types/],
      ["a '+' offset that was not encoded", "$filter=GewijzigdOp ge 2025-01-01T00:00:00+01:00", 400, /Syntax error/],
      ["a non-boolean $filter", "$filter=Nummer", 400, /boolean/],
      ["an unknown function", `$filter=${q("lengte(Nummer) eq 10")}`, 400, /unknown function/],
      ["$top beyond the service maximum", "$top=251", 400, /limit of '250'/],
      ["a negative $skip", "$skip=-1", 400, /non-negative integer/],
      ["an unknown system query option", "$filtr=x", 400, /\$filtr/],
      ["a repeated $filter", `$filter=${q("Verwijderd eq false")}&$filter=${q("Verwijderd eq true")}`, 400, /more than once/],
    ];
    for (const [what, query, status, message] of refusals) {
      it(`refuses ${what}`, async () => {
        const { status: got, body } = await get(`${fake.odataBase}/Zaak?${query}`);
        expect(got).toBe(status);
        expect(body.error.code).toEqual(expect.any(String));
        expect(body.error.message).toMatch(message);
      });
    }

    it("accepts $top at the service maximum", async () => {
      const { status, body } = await get(`${fake.odataBase}/Zaak?$top=250`);
      expect(status).toBe(200);
      expect(body.value).toHaveLength(5);
    });

    it("answers an unknown entity set and a missing key with 404", async () => {
      const unknown = await get(`${fake.odataBase}/Kamervraag`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(/No HTTP resource/);
      const missing = await get(`${fake.odataBase}/Zaak(28e3a47e-4602-4f9d-b051-4c5c3e05b0d8)`);
      expect(missing.status).toBe(404);
    });
  });
});

describe("officiële bekendmakingen", () => {
  it("serves the questions of every set that is not deleted, and every published Aanhangsel", async () => {
    for (const set of TK_FAKE_SETS) {
      const kv = await get(`${fake.bekendmakingenBase}/${kvId(set)}.xml`);
      if (set.deleted) {
        expect(kv.status).toBe(404);
        continue;
      }
      expect(kv.status).toBe(200);
      expect(kv.headers.get("content-type")).toMatch(/xml/);
      expect(wellFormed(kv.body)).toBe(true);
      expect(kv.body).toContain(`<meta name="OVERHEIDop.vraagnummer" content="${set.nummer}"/>`);
      expect(kv.body).toContain(`<datum isodatum="${set.ingezonden}">`);
      const visible = plainText(kv.body);
      for (const question of set.questions) for (const p of question.paragraphs) expect(visible).toContain(plainText(p));
      expect(kv.body).not.toContain("<antwoord>");

      for (const pub of set.publications) {
        const ah = await get(`${fake.bekendmakingenBase}/${ahId(set, pub)}.xml`);
        expect(ah.status).toBe(pub.published ? 200 : 404);
        if (!pub.published) continue;
        expect(wellFormed(ah.body)).toBe(true);
        expect(ah.body).toContain(`<meta name="OVERHEIDop.datumOntvangst" content="${pub.ontvangen}"/>`);
        const text = plainText(ah.body);
        for (const block of pub.answers ?? []) {
          expect(ah.body).toContain(`<nr>${block.label}</nr>`);
          for (const p of block.paragraphs) expect(text).toContain(plainText(p));
        }
        for (const p of pub.opmerking ?? []) expect(text).toContain(plainText(p));
      }
    }
  });

  it("has the variants of the documented XML", async () => {
    const xml = async (id: string) => (await get(`${fake.bekendmakingenBase}/${id}.xml`)).body as string;
    expect(await xml("ah-tk-20242025-802")).toContain("<nr>Antwoord op vraag 3 en 4</nr>");
    expect(await xml("ah-tk-20242025-955")).toMatch(/<nr>Vraag 7<\/nr>[\s\S]*<\/vraag>\n<antwoord>\n<nr>Antwoord vraag 4-7<\/nr>/);
    const footnotes = await xml("ah-tk-20242025-1203");
    expect(footnotes).toContain('<nootref refid="ID-00412-n1"/>');
    expect(footnotes).toContain('<noot id="ID-00412-n1" type="voet"><noot.nr>1</noot.nr><noot.al>');
    expect(footnotes).toContain("<al>Zie het antwoord op vraag 2.</al>");
    const table = await xml("ah-tk-20242025-1122");
    expect(table).toMatch(/<tgroup cols="3">[\s\S]*<row><entry colname="c1">Basispolitieopleiding \(PO21\)<\/entry><entry colname="c2">2\.194<\/entry>/);
    const first = await xml("ah-tk-20242025-611");
    expect(first).toContain('<nadruk type="vet">4,8 procent</nadruk>');
    expect(first).toContain("<extref doc=");
    expect(first).toContain('<kamervraagomschrijving type="antwoord">Antwoord van minister Bruins (Onderwijs, Cultuur en Wetenschap) (ontvangen <datum isodatum="2024-11-19">19 november 2024</datum>).</kamervraagomschrijving>');
    expect(first).toContain('<meta name="OVERHEIDop.publicationName" content="Kamervragen (Aanhangsel)"/>');
    expect(await xml("kv-tk-2024Z17900")).toContain('<meta name="OVERHEIDop.publicationName" content="Kamervragen zonder antwoord"/>');
    expect(await xml("kv-tk-2025Z03112")).toMatch(/<vraag>\n<al>Vraag 1<\/al>\n<al>Heeft u kennisgenomen/);
    const notice = await xml("ah-tk-20242025-712");
    expect(notice).toMatch(/<kamervraagopmerking>\n<al>Mededeling van minister Van Weel \(Justitie en Veiligheid\) \(ontvangen <datum isodatum="2024-12-04">/);
    expect(notice).not.toContain("<antwoord>");
    const old = await xml("ah-tk-20082009-1786");
    expect(old).toContain("<vragen>");
    expect(old).toContain('<omschr type="vraag">Vragen van het lid <naam><voorvoegsels>Van</voorvoegsels> <achternaam>Bochove</achternaam></naam> (CDA)');
    expect(old).not.toContain("<kamervragen>");
  });

  it("publishes older sets only under kv-{alias}", async () => {
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2009Z02871.xml`)).status).toBe(404);
    expect((await get(`${fake.bekendmakingenBase}/kv-2090810112.xml`)).status).toBe(200);
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2024Z17900.html`)).status).toBe(404);
  });
});

describe("failures on demand", () => {
  it("answers the next matching request with 429 and Retry-After, then recovers", async () => {
    fake.failNext("/Zaak", { status: 429, retryAfter: 2 });
    const limited = await get(`${fake.odataBase}/Zaak`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body.error.code).toBe("TooManyRequests");
    expect((await get(`${fake.odataBase}/Zaak`)).status).toBe(200);
  });

  it("fails a request matching a pattern several times with 500", async () => {
    fake.failNext(/kv-tk-2024Z17900/, { status: 500, times: 2 });
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2024Z18544.xml`)).status).toBe(200);
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2024Z17900.xml`)).status).toBe(500);
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2024Z17900.xml`)).status).toBe(500);
    expect((await get(`${fake.bekendmakingenBase}/kv-tk-2024Z17900.xml`)).status).toBe(200);
  });

  it("matches a RegExp against the decoded query", async () => {
    fake.failNext(/\$skip=5/, { status: 503 });
    const first = await get(`${fake.odataBase}/Zaak`);
    expect(first.status).toBe(200);
    expect((await get(first.body["@odata.nextLink"])).status).toBe(503);
  });

  it("drops the connection on request", async () => {
    fake.failNext("/Zaak", { reset: true });
    await expect(fetch(`${fake.odataBase}/Zaak`)).rejects.toThrow();
    expect((await get(`${fake.odataBase}/Zaak`)).status).toBe(200);
  });

  it("serves a truncated XML with 200", async () => {
    const full = (await get(`${fake.bekendmakingenBase}/ah-tk-20242025-611.xml`)).body as string;
    fake.truncate("ah-tk-20242025-611", { times: 1 });
    const cut = await get(`${fake.bekendmakingenBase}/ah-tk-20242025-611.xml`);
    expect(cut.status).toBe(200);
    expect(full.startsWith(cut.body)).toBe(true);
    expect(cut.body.length).toBeLessThan(full.length);
    expect(wellFormed(cut.body)).toBe(false);
    expect((await get(`${fake.bekendmakingenBase}/ah-tk-20242025-611.xml`)).body).toBe(full);
    expect(() => fake.truncate("ah-tk-20242025-9999")).toThrow();
  });
});

describe("request log", () => {
  it("records method, path, decoded query, User-Agent, time and status", async () => {
    const before = Date.now();
    await fetch(`${fake.odataBase}/Zaak?$filter=${q("Soort eq 'Schriftelijke vragen'")}&$top=2`, { headers: { "User-Agent": "kamervragen-bot-test/1.0" } });
    await fetch(`${fake.bekendmakingenBase}/kv-tk-2009Z02871.xml`);
    expect(fake.requests).toHaveLength(2);
    const [listing, text] = fake.requests;
    expect(listing).toMatchObject({ service: "odata", method: "GET", path: "/OData/v4/2.0/Zaak", query: { $filter: "Soort eq 'Schriftelijke vragen'", $top: "2" }, userAgent: "kamervragen-bot-test/1.0", status: 200 });
    expect(listing!.time).toBeGreaterThanOrEqual(before);
    expect(text).toMatchObject({ service: "bekendmakingen", path: "/kv-tk-2009Z02871.xml", status: 404 });
  });
});

describe("publishAnswer", () => {
  it("makes a later answer arrive as one changed case with one new document and its text", async () => {
    const { rows } = await all(`${fake.odataBase}/Zaak?$expand=Document`);
    const lastSeen = rows.map((r) => r.GewijzigdOp).reduce((a, b) => (Date.parse(a) > Date.parse(b) ? a : b));
    const changedSince = `${fake.odataBase}/Zaak?$filter=${q(`GewijzigdOp gt ${lastSeen}`)}&$expand=Document`;
    expect((await get(changedSince)).body.value).toEqual([]);
    expect((await get(`${fake.bekendmakingenBase}/ah-tk-20242025-1650.xml`)).status).toBe(404);

    const published = fake.publishAnswer("2025Z03112");
    expect(published).toMatchObject({ publicationId: "ah-tk-20242025-1650", soort: "Antwoord schriftelijke vragen" });

    const changed = (await get(changedSince)).body.value;
    expect(changed.map((r: any) => r.Nummer)).toEqual(["2025Z03112"]);
    expect(changed[0].Afgedaan).toBe(true);
    expect(changed[0].GewijzigdOp).toMatch(LOCAL_STAMP);
    const before = rows.find((r) => r.Nummer === "2025Z03112");
    expect(changed[0].Document).toHaveLength(before.Document.length + 1);
    expect(changed[0].Document.find((d: any) => d.Id === published.documentId)).toMatchObject({ Id: published.documentId, Soort: "Antwoord schriftelijke vragen", Aanhangselnummer: "202420251650", DatumOntvangst: "2025-03-14T00:00:00+01:00" });

    const ah = await get(`${fake.bekendmakingenBase}/ah-tk-20242025-1650.xml`);
    expect(ah.status).toBe(200);
    expect(ah.body).toContain("<nr>Antwoord 4</nr>");
    expect(() => fake.publishAnswer("2025Z03112")).toThrow(/no pending answer/);
    expect(() => fake.publishAnswer("2099Z00001")).toThrow();
  });

  it("answers a postponed set, and leaves other fakes untouched", async () => {
    const at = new Date("2025-03-21T07:30:00Z");
    fake.publishAnswer("2025Z01877", { at });
    const zaak = (await get(`${fake.odataBase}/Zaak?$filter=${q("Nummer eq '2025Z01877'")}&$expand=Document`)).body.value[0];
    expect(zaak.GewijzigdOp).toBe("2025-03-21T08:30:00+01:00");
    expect(zaak.Document.map((d: any) => d.Soort).sort()).toEqual(["Antwoord schriftelijke vragen", "Mededeling (uitstel antwoord)", "Schriftelijke vragen"]);
    const other = await startTkFake();
    try {
      expect((await get(`${other.bekendmakingenBase}/ah-tk-20242025-1788.xml`)).status).toBe(404);
      expect((await get(`${fake.bekendmakingenBase}/ah-tk-20242025-1788.xml`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe("expected texts", () => {
  it("gives each question its answer block, with markup and footnote references removed", () => {
    const byKey = (key: string) => TK_FAKE_SETS.find((s) => s.key === key)!;
    const grouped = expectedTexts(byKey("gegroepeerd"));
    expect(grouped.answers[2]!.label).toBe("Antwoord op vraag 3 en 4");
    expect(grouped.answers[3]).toEqual(grouped.answers[2]);
    const notes = expectedTexts(byKey("voetnoten"));
    expect(notes.questions[0]).toBe("Bent u bekend met het bericht «Digitale werkomgeving OM inderdaad gehackt, onderzoek moet uitwijzen welke informatie is gestolen»?");
    expect(notes.answers[4]!.paragraphs).toEqual(["Zie antwoord vraag 3."]);
    const nader = expectedTexts(byKey("nader"));
    expect(nader.answers[2]).toMatchObject({ publicationId: "ah-tk-20242025-1017", ontvangen: "2025-01-16" });
    expect(nader.answers[0]).toMatchObject({ publicationId: "ah-tk-20242025-688" });
    expect(expectedTexts(byKey("onbeantwoord")).answers.every((a) => a === undefined)).toBe(true);
    expect(expectedTexts(byKey("uitgesteld-open")).postponed).toBe(true);
    expect(expectedTexts(byKey("tabel")).answers[0]!.table![1]).toEqual(["Basispolitieopleiding (PO21)", "2.194", "2.093"]);
  });

  it("has a set that is also in the seed dump, word for word", () => {
    const seed = readFileSync(new URL("../../seeds/000_0520b6fab4578ef8.txt", import.meta.url), "utf8").split("\n");
    const set = TK_FAKE_SETS.find((s) => s.alsoInSeed)!;
    const { questions, answers } = expectedTexts(set);
    const start = seed.indexOf(questions[1]!) - 2;
    expect(start).toBeGreaterThan(0);
    expect(seed[start]).toMatch(/^Kent u de berichten «Burgers doen zelf/);
    questions.slice(1).forEach((q, i) => expect(seed[start + 2 * (i + 1)]).toBe(q));
    answers.forEach((a, i) => expect(seed[start + 2 * i + 1]).toBe(a!.paragraphs.join(" ")));
  });
});
