import { beforeEach, describe, expect, it } from "vitest";
import { DefinitionCounts, findDefinitions, resolveDefinitions, setDefinitions } from "../../src/core/acronym-miner.js";
import { seedCorpus } from "../helpers.js";

const defined = (text: string) => findDefinitions(text).map((d) => `${d.acronym}=${d.long}`);

describe("findDefinitions", () => {
  it.each([
    // Sentences from the seed.
    ["Welke rol ziet u voor het Nationaal Cyber Security Centrum (NCSC), het Digital Trust Center (DTC)?", ["ncsc=nationaal cyber security centrum", "dtc=digital trust center"]],
    ["Deelt u de mening dat het Openbaar Ministerie (OM) al veel te lang te kampen heeft met ICT-problemen?", ["om=openbaar ministerie"]],
    ["samenwerkingsvormen zoals het Landelijk Meldpunt Internetoplichting (LMIO).", ["lmio=landelijk meldpunt internetoplichting"]],
    ["tussen de Verenigde Staten (VS) en Nederland", ["vs=verenigde staten"]],
    // Small words left out, compounds giving the letters of their parts, accents folded.
    ["gesprekken tussen de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)", ["nctv=nationaal coordinator terrorismebestrijding en veiligheid"]],
    ["Wat is de status van het Wetenschappelijk Onderzoek- en Datacentrum (WODC)-onderzoek?", ["wodc=wetenschappelijk onderzoek en datacentrum"]],
    ["De Algemene Inlichtingen en Veiligheidsdienst (AIVD) waarschuwt", ["aivd=algemene inlichtingen en veiligheidsdienst"]],
    ["11 Het CJIB en Slachtofferhulp Nederland (SHN) werken samen", ["shn=slachtofferhulp nederland"]],
    ["de pilot met een Anti-Phishing Shield (APS)", ["aps=anti phishing shield"]],
    ["de website van de Expertise-unit Sociale Stabiliteit (ESS)", ["ess=expertise unit sociale stabiliteit"]],
    // The shortest run of words that makes the acronym: "Ministerie van" is not part of it.
    ["Samen met de Minister van Buitenlandse Zaken (BZ) wordt", ["bz=buitenlandse zaken"]],
    ["Het Ministerie van Sociale Zaken en Werkgelegenheid (SZW) meldt", ["szw=sociale zaken en werkgelegenheid"]],
    // Lower case long forms, and one compound that gives two letters.
    ["de doorstroom vanuit de gebiedsgebonden politie (GGP)", ["ggp=gebiedsgebonden politie"]],
    ["de kosten voor informatievoorziening (IV) stijgen", ["iv=informatievoorziening"]],
    // The other way round, with an article inside the brackets.
    ["Heeft de NCTV (de Nationaal Coördinator Terrorismebestrijding en Veiligheid) gewaarschuwd?", ["nctv=nationaal coordinator terrorismebestrijding en veiligheid"]],
    ["Volgens de AP (Autoriteit Persoonsgegevens) is dat", ["ap=autoriteit persoonsgegevens"]],
    // A law name in title case.
    ["de Wet maatschappelijke ondersteuning (Wmo) geldt", ["wmo=wet maatschappelijke ondersteuning"]],
  ])("finds %j", (text, expected) => {
    expect(defined(text)).toEqual(expected);
  });

  it.each([
    // Party labels after names: the letters do not come from the name.
    "zoals Bente Becker (VVD) en Michiel van Nispen (SP) vroegen",
    "de vragen van het lid Kathmann (PvdA)",
    // A word in brackets, or a single capitalised word before an acronym whose letters it does not give.
    "verdragen en (Europese) regelgeving",
    "de integratie van de Caribische (CARICOM) gemeenschap",
    "Op Curaçao (CUR) is dat anders",
    "de politie (PO) treedt op",
    // A translation: the letters come from words the text does not give.
    "de implementatie van de Digitale Dienstenverordening (DSA)",
    // Words of substance that give no letter, or letters out of order.
    "executief politieambtenaar met specifieke inzetbaarheid (ESI)",
    "Bonaire, Saba en Sint Eustatius, (BES)",
    // Not across a sentence, and not an explanation in brackets.
    "Dat zegt het Openbaar Ministerie. (OM)",
    "De NCTV (zie ook vraag 3) en de politie",
    "Zie vraag 4 (NCSC)",
    "geen haakjes hier, OM en NCSC",
  ])("finds nothing in %j", (text) => {
    expect(defined(text)).toEqual([]);
  });

  it.each([
    // A compound part that gives a letter, and what remains after it, are at least three letters long.
    ["op de busbaan (BB) rijden", ["bb=busbaan"]],
    ["de verkeerswet (VW) zegt", ["vw=verkeerswet"]],
    ["het abonnement (AB) loopt af", []],
    // A word gives at most two letters besides its first.
    ["de rijkswaterstaatsdienst (RWS)", ["rws=rijkswaterstaatsdienst"]],
    ["de rijkswaterstaatsdienst (RWSD)", []],
    // A long form does not begin with a small word.
    ["het rapport van de Nationale Politie (VNP)", []],
    // A title-case name of three to five letters needs two words of substance; two letters in title case are no acronym.
    ["de Wet op het primair onderwijs (Wpo) geldt", ["wpo=wet op het primair onderwijs"]],
    ["de kosten voor informatievoorziening (Iv) stijgen", []],
    // Spaces inside the brackets are no part of the acronym.
    ["het Openbaar Ministerie ( OM ) zegt", ["om=openbaar ministerie"]],
    // The other way round: a word in lower case before the brackets is no acronym, nor are brackets whose letters do not make it.
    ["het np (nationale politie) zegt", []],
    ["het OM (Nationale Politie) zegt", []],
    // Two letters in title case are no acronym, nor six; one compound gives no title-case name.
    ["het Openbaar Ministerie (Om) zegt", []],
    ["de Wet langdurige zorg voor ouderen en gehandicapten (Wlzvog) geldt", []],
    ["de Wegenverkeerswet (Wvw) geldt", []],
    ["de Wegenverkeerswet (WVW) geldt", ["wvw=wegenverkeerswet"]],
    // The other way round: at most twelve words in the brackets.
    ["het NCSC (het Nationaal van de van de van de Cyber Security Centrum) zegt", ["ncsc=nationaal van de van de van de cyber security centrum"]],
    ["het NCSC (het Nationaal van de van de van de van de Cyber Security Centrum) zegt", []],
  ])("at the edges of the rules, %j gives %j", (text, expected) => {
    expect(defined(text)).toEqual(expected);
  });

  it("finds a definition only once its letters match, however much text precedes it", () => {
    const long = `${"woord ".repeat(200)}het Openbaar Ministerie (OM)`;
    expect(defined(long)).toEqual(["om=openbaar ministerie"]);
  });
});

describe("resolveDefinitions", () => {
  it("keeps a long form given at least twice as often as the next, and drops a close call", () => {
    const resolved = resolveDefinitions([
      ["psi", "politiemedewerker specifieke inzet", 2],
      ["psi", "politieopleiding specifieke inzet", 1],
      ["acoc", "actiecentrum ondermijnende criminaliteit", 2],
      ["acoc", "actiecentrum ondermijning curacao", 3],
      ["om", "openbaar ministerie", 3],
    ]);
    expect(resolved).toEqual([
      { acronym: "om", long: "openbaar ministerie" },
      { acronym: "psi", long: "politiemedewerker specifieke inzet" },
    ]);
  });

  it("gives a long form one acronym, the most frequent", () => {
    const resolved = resolveDefinitions([
      ["ap", "autoriteit persoonsgegevens", 5],
      ["avp", "autoriteit persoonsgegevens", 1],
      ["vs", "verenigde staten", 1],
      ["vst", "verenigde staten", 1],
    ]);
    expect(resolved).toEqual([{ acronym: "ap", long: "autoriteit persoonsgegevens" }]);
  });

  it("lists the definitions by acronym, whatever order they were counted in", () => {
    const resolved = resolveDefinitions([
      ["vs", "verenigde staten", 1],
      ["om", "openbaar ministerie", 1],
      ["ap", "autoriteit persoonsgegevens", 1],
    ]);
    expect(resolved.map((d) => d.acronym)).toEqual(["ap", "om", "vs"]);
  });

  it("ignores definitions whose count has gone", () => {
    expect(resolveDefinitions([["om", "openbaar ministerie", 0]])).toEqual([]);
  });
});

describe("definitions in the seed", () => {
  // Counted per test, not while the tests are collected, so that a failure belongs to a test.
  let counts: DefinitionCounts;
  let resolved: Map<string, string>;
  beforeEach(() => {
    counts = new DefinitionCounts();
    for (const set of seedCorpus().sets) counts.add(setDefinitions(set));
    resolved = new Map(resolveDefinitions(counts.entries()).map((d) => [d.acronym, d.long]));
  });

  it("finds the agencies and laws the seed defines", () => {
    expect(resolved.get("ncsc")).toBe("nationaal cyber security centrum");
    expect(resolved.get("om")).toBe("openbaar ministerie");
    expect(resolved.get("lmio")).toBe("landelijk meldpunt internetoplichting");
    expect(resolved.get("nctv")).toBe("nationaal coordinator terrorismebestrijding en veiligheid");
    expect(resolved.get("wodc")).toBe("wetenschappelijk onderzoek en datacentrum");
    expect(resolved.get("vs")).toBe("verenigde staten");
    expect(resolved.size).toBeGreaterThanOrEqual(25);
  });

  it("keeps the more frequent of two long forms the seed gives one acronym", () => {
    // "Politiemedewerker Specifieke Inzet (PSI)" twice, "Politieopleiding Specifieke Inzet (PSI)" once.
    expect(counts.entries()).toContainEqual(["psi", "politieopleiding specifieke inzet", 1]);
    expect(resolved.get("psi")).toBe("politiemedewerker specifieke inzet");
  });

  it("gives nothing for a set whose texts define nothing", () => {
    const plain = seedCorpus().sets.find((set) => setDefinitions(set).length === 0);
    expect(plain).toBeDefined();
    expect(setDefinitions({ ...plain!, title: "Zonder afkortingen" })).toEqual([]);
  });

  it("takes no party of an asker for an acronym", () => {
    for (const party of ["vvd", "pvda", "sp", "gl", "d66"]) expect(resolved.has(party), party).toBe(false);
  });

  it("takes back what a set gave when it goes", () => {
    const sets = seedCorpus().sets;
    const all = new DefinitionCounts();
    for (const set of sets) all.add(setDefinitions(set));
    const before = all.size;
    for (const set of sets) all.add(setDefinitions(set), -1);
    expect(before).toBeGreaterThan(25);
    expect(all.entries()).toEqual([]);
  });
});
