/**
 * Chat queries on subjects no question in the seed dump answers: what someone types into
 * `/vraag` or `/zoek` about a subject that was never asked. For these, the best hit is at most
 * the nearest question, so they measure how often the bot says so (see WEAK_MATCH_SHARE).
 * NOVEL_QUERIES_DEV may be tuned on; NOVEL_QUERIES_TEST (novel-queries-test.ts) is written apart
 * and only run to report. Each list holds 14 queries on other policy areas (far), 18 in the
 * seed's own domain that share its vocabulary but ask what the seed does not (near), and 8 that
 * wrap new content in the question formulas of the seed (mixed).
 */

const DEV_FAR: string[] = [
  "wat is het weer morgen in utrecht",
  "hoeveel leraren ontbreken er in het basisonderwijs",
  "wanneer komt de nieuwe wet op de kinderopvang",
  "hoe lang zijn de wachtlijsten in de ggz",
  "stijgt de huur van sociale huurwoningen volgend jaar",
  "wat doet het kabinet aan stikstof bij boeren",
  "wat kost de nieuwe kerncentrale",
  "wordt de aow leeftijd verhoogd",
  "zijn er genoeg huisartsen op het platteland",
  "treinen rijden niet door storing bij prorail",
  "krijgen studenten hun basisbeurs terug",
  "belasting op vliegtickets",
  "windmolens op zee bij de waddeneilanden",
  "pfas in drinkwater",
];

const DEV_NEAR: string[] = [
  "hoeveel asielzoekers slapen in het gras bij ter apel",
  "mag de politie drones inzetten boven demonstraties",
  "krijgen agenten een gratis ov abonnement",
  "hoeveel gevangenen ontsnappen per jaar",
  "is de gevangenis in vught overvol",
  "taakstraf voor winkeldieven",
  "komt er een verbod op vuurwerk",
  "hoeveel tbs patienten zijn ontsnapt",
  "worden bodycams standaard voor alle agenten",
  "hoe lang duurt een rechtszaak gemiddeld bij de rechtbank",
  "nepagenten aan de deur bij ouderen",
  "hoeveel verkeersboetes zijn er vorig jaar uitgedeeld",
  "worden straatintimidatie en nafluiten strafbaar",
  "wapenvergunningen voor sportschutters",
  "hoeveel politiehonden heeft de politie",
  "hoeveel drugslabs zijn er opgerold in brabant",
  "mag de marechaussee gezichtsherkenning gebruiken op schiphol",
  "slachtoffers van mensenhandel in de prostitutie",
];

const DEV_MIXED: string[] = [
  "wat doet de minister tegen te hoge zorgpremies",
  "hoeveel kost de formule 1 race in zandvoort",
  "wat vindt de minister van de wolf in nederland",
  "hoeveel volwassenen zijn laaggeletterd",
  "hoe staat het met de uitbreiding van schiphol",
  "mag je nog gas gebruiken om te koken",
  "komt er een tol op de snelwegen",
  "komt er een plan tegen eenzaamheid onder ouderen",
];

export const NOVEL_QUERIES_DEV: string[] = [...DEV_FAR, ...DEV_NEAR, ...DEV_MIXED];
