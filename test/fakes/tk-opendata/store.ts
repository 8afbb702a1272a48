/**
 * The fake's state: OData rows and publications derived from the fixture sets, and the
 * changes tests make to it (a later answer arriving).
 */
import { createHash } from "node:crypto";
import {
  aanhangselnummer, ahId, askerName, guidFor, instantOn, kvId, odataDate, odataLocalTimestamp, odataUtcTimestamp, ticksFor,
  type FakePublication, type FakeSet,
} from "./model.ts";
import type { EntitySetName, Row } from "./schema.ts";
import { aanhangselXml, questionsXml, titleOf } from "./xml.ts";

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function number(seed: string, min: number, max: number): number {
  return min + (createHash("sha1").update(seed).digest().readUInt32BE(0) % (max - min));
}

function sid(seed: string): string {
  const h = createHash("sha1").update(seed).digest();
  return `S-1-365867521-${[0, 4, 8, 12].map((o) => h.readUInt32BE(o)).join("-")}`;
}

/** `GewijzigdOp` and `ApiGewijzigdOp` for a change at an instant; the API copy follows a little later. */
function stamps(at: Date, seed: string): { GewijzigdOp: string; ApiGewijzigdOp: string } {
  const api = new Date(at.getTime() + number(`${seed}:api`, 20_000, 600_000));
  return { GewijzigdOp: odataLocalTimestamp(at), ApiGewijzigdOp: odataUtcTimestamp(api, ticksFor(seed)) };
}

function isAnswer(pub: FakePublication): boolean {
  return pub.soort !== "Mededeling (uitstel antwoord)";
}

function documentOnderwerp(set: FakeSet, pub: FakePublication): string {
  const title = titleOf(set);
  if (pub.soort === "Mededeling (uitstel antwoord)") return `Mededeling uitstel beantwoording ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  const prefix = pub.soort === "Antwoord schriftelijke vragen (nader)" ? "Nader antwoord op" : "Antwoord op";
  return `${prefix} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

export interface PublishedAnswer {
  publicationId: string;
  documentId: string;
  soort: FakePublication["soort"];
}

export class TkStore {
  readonly rows: Record<EntitySetName, Row[]> = { Zaak: [], ZaakActor: [], Document: [] };
  private readonly zaakDocuments = new Map<string, string[]>();
  private readonly documentZaken = new Map<string, string[]>();
  /** Publication id → the set (and Aanhangsel document) it renders. */
  private readonly publications = new Map<string, { set: FakeSet; pub?: FakePublication }>();
  readonly sets: FakeSet[];

  constructor(sets: readonly FakeSet[]) {
    // Each fake gets its own copy, so publishing in one test leaves others untouched.
    this.sets = structuredClone(sets) as FakeSet[];
    for (const set of this.sets) this.addSet(set);
  }

  private addSet(set: FakeSet): void {
    const zaakId = guidFor(`zaak:${set.nummer}`);
    const published = set.publications.filter((p) => p.published);
    const lastDate = [set.ingezonden, ...published.map((p) => p.ontvangen)].sort().at(-1)!;
    const deleted = set.deleted ?? false;
    this.rows.Zaak.push({
      Id: zaakId,
      Nummer: set.nummer,
      Soort: "Schriftelijke vragen",
      Titel: set.onderwerp.charAt(0).toUpperCase() + set.onderwerp.slice(1),
      Citeertitel: null,
      Alias: set.alias ?? null,
      Status: "Vrijgegeven",
      Onderwerp: titleOf(set),
      GestartOp: odataDate(set.ingezonden),
      Organisatie: "Tweede Kamer",
      Grondslagvoorhang: null,
      Termijn: odataDate(addDays(set.ingezonden, 21)),
      Vergaderjaar: set.vergaderjaar,
      Volgnummer: 0,
      HuidigeBehandelstatus: null,
      Afgedaan: published.some(isAnswer),
      GrootProject: false,
      Kabinetsappreciatie: null,
      ...stamps(instantOn(lastDate, `zaak:${set.nummer}:${lastDate}`), `zaak:${set.nummer}`),
      Verwijderd: deleted,
    });
    const actorStamps = stamps(instantOn(set.ingezonden, `actor:${set.nummer}`), `actor:${set.nummer}`);
    const actor = (n: number, fields: Partial<Row>): Row => ({
      Id: guidFor(`actor:${set.nummer}:${n}`),
      Zaak_Id: zaakId,
      ActorNaam: null, ActorFractie: null, ActorAfkorting: null, Functie: null, Relatie: null, SidActor: null,
      Persoon_Id: null, Fractie_Id: null, Commissie_Id: null,
      ...fields,
      ...actorStamps,
      Verwijderd: deleted,
    });
    let n = 0;
    for (const a of set.askers) {
      const name = askerName(a);
      this.rows.ZaakActor.push(actor(n++, {
        ActorNaam: name, ActorFractie: a.fractie, Functie: "Tweede Kamerlid", Relatie: a.relatie,
        SidActor: sid(`persoon:${name}`), Persoon_Id: guidFor(`persoon:${name}`), Fractie_Id: guidFor(`fractie:${a.fractie}`),
      }));
    }
    for (const a of set.addressees) {
      this.rows.ZaakActor.push(actor(n++, {
        ActorNaam: a.actorNaam, ActorAfkorting: a.afkorting, Functie: a.functie, Relatie: "Gericht aan", Persoon_Id: guidFor(`persoon:${a.actorNaam}`),
      }));
    }
    for (const a of set.otherActors ?? []) {
      this.rows.ZaakActor.push(actor(n++, { ActorNaam: a.actorNaam, Functie: a.functie, Relatie: a.relatie, Commissie_Id: guidFor(`commissie:${a.actorNaam}`) }));
    }
    this.addDocument(zaakId, set, {
      Soort: "Schriftelijke vragen",
      DocumentNummer: set.questionsDocumentNummer,
      Titel: titleOf(set),
      Onderwerp: titleOf(set),
      Datum: odataDate(set.ingezonden),
      DatumRegistratie: odataDate(set.ingezonden),
      DatumOntvangst: odataDate(set.ingezonden),
      Aanhangselnummer: null,
      KenmerkAfzender: null,
    }, instantOn(set.ingezonden, `doc:${set.questionsDocumentNummer}`));
    if (!deleted) this.publications.set(kvId(set), { set });
    for (const pub of published) this.addPublication(zaakId, set, pub, instantOn(pub.ontvangen, `doc:${pub.documentNummer}`));
  }

  private addDocument(zaakId: string, set: FakeSet, fields: Partial<Row>, at: Date): string {
    const id = guidFor(`document:${fields.DocumentNummer}`);
    this.rows.Document.push({
      Id: id,
      Soort: null, DocumentNummer: null, Titel: null, Onderwerp: null, Datum: null,
      Vergaderjaar: set.vergaderjaar,
      Kamer: 2,
      Volgnummer: -1,
      Citeertitel: null,
      Alias: null,
      DatumRegistratie: null, DatumOntvangst: null, Aanhangselnummer: null, KenmerkAfzender: null,
      Organisatie: "Tweede Kamer",
      ContentType: "application/pdf",
      ContentLength: number(`length:${fields.DocumentNummer}`, 40_000, 260_000),
      ...fields,
      ...stamps(at, `document:${fields.DocumentNummer}`),
      Verwijderd: set.deleted ?? false,
    });
    this.zaakDocuments.set(zaakId, [...(this.zaakDocuments.get(zaakId) ?? []), id]);
    this.documentZaken.set(id, [...(this.documentZaken.get(id) ?? []), zaakId]);
    return id;
  }

  private addPublication(zaakId: string, set: FakeSet, pub: FakePublication, at: Date): PublishedAnswer {
    const documentId = this.addDocument(zaakId, set, {
      Soort: pub.soort,
      DocumentNummer: pub.documentNummer,
      Titel: titleOf(set),
      Onderwerp: documentOnderwerp(set, pub),
      Datum: odataDate(pub.ontvangen),
      DatumRegistratie: odataDate(pub.ontvangen),
      DatumOntvangst: odataDate(pub.ontvangen),
      Aanhangselnummer: aanhangselnummer(set, pub),
      KenmerkAfzender: `${pub.ontvangen.slice(0, 4)}-000${number(`kenmerk:${pub.documentNummer}`, 1_000_000, 9_999_999)}`,
    }, at);
    const publicationId = ahId(set, pub);
    this.publications.set(publicationId, { set, pub });
    return { publicationId, documentId, soort: pub.soort };
  }

  /** Rows a navigation property of a row points at. */
  readonly navigate = (row: Row, from: EntitySetName, nav: string): Row[] => {
    const id = String(row.Id);
    const byId = (set: EntitySetName, ids: string[]) => ids.map((i) => this.rows[set].find((r) => r.Id === i)!).filter(Boolean);
    if (from === "Zaak" && nav === "ZaakActor") return this.rows.ZaakActor.filter((a) => a.Zaak_Id === id);
    if (from === "Zaak" && nav === "Document") return byId("Document", this.zaakDocuments.get(id) ?? []);
    if (from === "ZaakActor" && nav === "Zaak") return byId("Zaak", [String(row.Zaak_Id)]);
    if (from === "Document" && nav === "Zaak") return byId("Zaak", this.documentZaken.get(id) ?? []);
    return [];
  };

  /** The XML of a publication, or undefined when there is none under that id. */
  publication(id: string): string | undefined {
    const entry = this.publications.get(id);
    if (!entry) return undefined;
    return entry.pub ? aanhangselXml(entry.set, entry.pub) : questionsXml(entry.set);
  }

  publicationIds(): string[] {
    return [...this.publications.keys()];
  }

  /**
   * Publishes the next pending answer of a set: its Document appears under the Zaak, its
   * ah-tk XML becomes available, and the Zaak's GewijzigdOp/ApiGewijzigdOp move to `at`.
   */
  publishAnswer(nummer: string, at: Date): PublishedAnswer {
    const set = this.sets.find((s) => s.nummer === nummer);
    if (!set) throw new Error(`No fixture set with Nummer ${nummer}`);
    const pub = set.publications.find((p) => !p.published && isAnswer(p));
    if (!pub) throw new Error(`Set ${nummer} has no pending answer to publish`);
    pub.published = true;
    const zaak = this.rows.Zaak.find((z) => z.Nummer === nummer)!;
    const result = this.addPublication(String(zaak.Id), set, pub, at);
    Object.assign(zaak, stamps(at, `zaak:${nummer}:${at.toISOString()}`), { Afgedaan: true });
    return result;
  }
}
