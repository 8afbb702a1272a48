/** The entity types the fake serves, with the properties of the real service in its order. */
export type EdmType = "Edm.Guid" | "Edm.String" | "Edm.DateTimeOffset" | "Edm.Boolean" | "Edm.Int32" | "Edm.Int64";

export type EntitySetName = "Zaak" | "ZaakActor" | "Document";

export interface NavigationProperty {
  target: EntitySetName;
  many: boolean;
}

export interface EntityType {
  name: EntitySetName;
  properties: Record<string, EdmType>;
  navigation: Record<string, NavigationProperty>;
}

export type Row = Record<string, string | number | boolean | null>;

const G = "Edm.Guid", S = "Edm.String", D = "Edm.DateTimeOffset", B = "Edm.Boolean", I = "Edm.Int32", L = "Edm.Int64";

export const SCHEMA: Record<EntitySetName, EntityType> = {
  Zaak: {
    name: "Zaak",
    properties: {
      Id: G, Nummer: S, Soort: S, Titel: S, Citeertitel: S, Alias: S, Status: S, Onderwerp: S, GestartOp: D,
      Organisatie: S, Grondslagvoorhang: S, Termijn: D, Vergaderjaar: S, Volgnummer: I, HuidigeBehandelstatus: S,
      Afgedaan: B, GrootProject: B, Kabinetsappreciatie: S, GewijzigdOp: D, ApiGewijzigdOp: D, Verwijderd: B,
    },
    navigation: { ZaakActor: { target: "ZaakActor", many: true }, Document: { target: "Document", many: true } },
  },
  ZaakActor: {
    name: "ZaakActor",
    properties: {
      Id: G, Zaak_Id: G, ActorNaam: S, ActorFractie: S, ActorAfkorting: S, Functie: S, Relatie: S, SidActor: S,
      Persoon_Id: G, Fractie_Id: G, Commissie_Id: G, GewijzigdOp: D, ApiGewijzigdOp: D, Verwijderd: B,
    },
    navigation: { Zaak: { target: "Zaak", many: false } },
  },
  Document: {
    name: "Document",
    properties: {
      Id: G, Soort: S, DocumentNummer: S, Titel: S, Onderwerp: S, Datum: D, Vergaderjaar: S, Kamer: I, Volgnummer: I,
      Citeertitel: S, Alias: S, DatumRegistratie: D, DatumOntvangst: D, Aanhangselnummer: S, KenmerkAfzender: S,
      Organisatie: S, ContentType: S, ContentLength: L, GewijzigdOp: D, ApiGewijzigdOp: D, Verwijderd: B,
    },
    navigation: { Zaak: { target: "Zaak", many: true } },
  },
};

export function isEntitySet(name: string): name is EntitySetName {
  return Object.prototype.hasOwnProperty.call(SCHEMA, name);
}
