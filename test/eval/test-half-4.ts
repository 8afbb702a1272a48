/**
 * Held-out test half 4 of the search evaluation: 274 queries, 15 of them pasted drafts.
 *
 * Written from the seed dump alone, without looking at the ranking code, its word lists
 * or the other halves' queries, and without running the search on these queries. The
 * queries are what a political team types into the chat bot while working: sentences as
 * typed in chat (lowercase, no punctuation), paraphrases in everyday words that someone who
 * has not read the question would use, short keywords, names of members and ministers
 * (often only a last name), typos in one or two words, compounds split or joined
 * differently from the text, and new draft questions pasted into `/eerder`.
 *
 * Run only at the end (`npm run eval -- --test`), aggregate figures only. Never tune on
 * these queries: once their misses have been looked at, this half belongs to the dev half.
 *
 * Targets: each set and the question numbers that truly answer the query; several targets
 * where a query honestly fits several; no question numbers only for title-level queries.
 */
import type { HeldOutCase } from "./cases.js";
import {
  ALAWIETEN,
  BEINVLOEDING,
  BURGERS,
  CURACAO,
  ERFRECHT,
  FEMICIDE_STAND,
  FEMICIDE_UITVOERING,
  HUURMOORD,
  LEKKEN,
  NOODKNOP,
  OM_HACK,
  OM_ICT,
  OPLICHTING,
  POLITIEBEGROTING,
  POLITIEONDERWIJS,
  SEDNEY,
  SENTINEL,
  UITLEVERING,
  VISA,
  WHATSAPP,
} from "./seed-sets.js";

export const TEST_HALF_4: HeldOutCase[] = [
  // Citizens guarding the border near Ter Apel and Sellingen
  { query: "wat deed de politie tegen burgers die bij ter apel autos controleerden", kind: "sentence", targets: [{ set: BURGERS, q: [2] }] },
  { query: "mogen gewone mensen zelf automobilisten aanhouden bij de grens", kind: "paraphrase", targets: [{ set: BURGERS, q: [5, 6] }] },
  { query: "heeft van weel contact gehad met de duitsers over die burgerwacht aan de grens", kind: "paraphrase", targets: [{ set: BURGERS, q: [8] }] },
  { query: "wat bedoelde de minister met neem het recht niet in eigen hand", kind: "sentence", targets: [{ set: BURGERS, q: [6, 7] }] },
  { query: "wat zei van weel over de burgers die zelf grenscontroles deden", kind: "sentence", targets: [{ set: BURGERS, q: [6, 7] }, { set: WHATSAPP, q: [2] }] },
  { query: "wat staat er in het feitenrelaas van de politie over ter apel", kind: "sentence", targets: [{ set: BURGERS, q: [2] }] },
  { query: "zijn zulke controles door buurtbewoners niet gewoon intimiderend voor automobilisten", kind: "paraphrase", targets: [{ set: BURGERS, q: [3, 4] }] },
  { query: "eigenrichting grens", kind: "keyword", targets: [{ set: BURGERS, q: [6, 7] }] },
  { query: "grens controles sellingen", kind: "compound", targets: [{ set: BURGERS, q: [1, 2] }] },
  { query: "grenscontorles ter apel", kind: "typo", targets: [{ set: BURGERS }, { set: WHATSAPP }] },
  { query: "piri grenswacht", kind: "name", targets: [{ set: BURGERS }, { set: WHATSAPP }] },

  // The racist WhatsApp group of the self-styled border guard
  { query: "gaat het om achter de beheerder van die racistische appgroep aan", kind: "sentence", targets: [{ set: WHATSAPP, q: [4] }] },
  { query: "komt er een strafzaak tegen de mensen uit die racistische groepsapp", kind: "paraphrase", targets: [{ set: WHATSAPP, q: [4] }] },
  { query: "heeft de minister nog steeds begrip voor die boze burgers na de racistische berichten", kind: "paraphrase", targets: [{ set: WHATSAPP, q: [2, 3] }] },
  { query: "wat zei de minister over de racistische whatsappgroep", kind: "sentence", targets: [{ set: WHATSAPP, q: [2, 3] }] },
  { query: "grenswacht whats app racisme", kind: "compound", targets: [{ set: WHATSAPP }] },
  { query: "donkere mensen asielzoekers achtervolgen", kind: "keyword", targets: [{ set: WHATSAPP, q: [3] }] },
  { query: "huzen grenswacht racisme", kind: "name", targets: [{ set: WHATSAPP }] },

  // The hack of the OM's digital workplace
  { query: "citrix netscaler lek om", kind: "keyword", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "welke andere overheidsdiensten gebruiken ook citrix", kind: "sentence", targets: [{ set: OM_HACK, q: [8] }] },
  { query: "zijn de adressen van officieren van justitie op straat beland na die hack", kind: "paraphrase", targets: [{ set: OM_HACK, q: [4, 5] }] },
  { query: "zijn getuigen nog veilig nu het om gehackt is", kind: "paraphrase", targets: [{ set: OM_HACK, q: [6] }] },
  { query: "wanneer gaat het om weer online na de hack", kind: "sentence", targets: [{ set: OM_HACK, q: [11, 14, 15] }] },
  { query: "is de autoriteit persoonsgegevens ingelicht over de hack bij het om", kind: "sentence", targets: [{ set: OM_HACK, q: [16] }] },
  { query: "konden advocaten nog bij het om terecht toen alles plat lag", kind: "paraphrase", targets: [{ set: OM_HACK, q: [12, 13] }] },
  { query: "hoe werkten de mensen van justitie toen hun computers van het internet af waren", kind: "paraphrase", targets: [{ set: OM_HACK, q: [12] }] },
  { query: "delen ze de informatie over de hack ook met bedrijven", kind: "sentence", targets: [{ set: OM_HACK, q: [9] }] },
  { query: "is er al iets bekend over wat er gestolen is bij het om", kind: "sentence", targets: [{ set: OM_HACK, q: [2, 3, 4] }] },
  { query: "heeft het om de hack laten onderzoeken door het ncsc", kind: "sentence", targets: [{ set: OM_HACK, q: [2] }] },
  { query: "welk softwarelek zat er achter de inbraak in de systemen van de aanklagers", kind: "paraphrase", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "nrc interne toelichting om", kind: "keyword", targets: [{ set: OM_HACK, q: [18] }] },
  { query: "ketenpartners om hack", kind: "keyword", targets: [{ set: OM_HACK, q: [10] }] },
  { query: "hackaanval openbaar minsterie", kind: "typo", targets: [{ set: OM_HACK }] },
  { query: "hack aanval om systemen offline", kind: "compound", targets: [{ set: OM_HACK, q: [7, 12, 14] }] },

  // Civil servants leaking personal data to criminals
  { query: "hoeveel ambtenaren zijn opgepakt voor het lekken van adressen aan criminelen", kind: "sentence", targets: [{ set: LEKKEN, q: [3] }] },
  { query: "gemeentemedewerkers die gegevens doorspelen aan de onderwereld", kind: "paraphrase", targets: [{ set: LEKKEN }] },
  { query: "wat doet de privacywaakhond als een ambtenaar gegevens verkoopt aan criminelen", kind: "paraphrase", targets: [{ set: LEKKEN, q: [5] }] },
  { query: "gaat de minister samen met de vng de kwetsbaarheid van gemeenten onderzoeken", kind: "sentence", targets: [{ set: LEKKEN, q: [6] }] },
  { query: "kunnen criminelen makkelijk aan iemands woonadres komen via de gemeente", kind: "paraphrase", targets: [{ set: LEKKEN, q: [2] }] },
  { query: "hoe wapent de overheid zich tegen omkoping van eigen personeel door criminelen", kind: "paraphrase", targets: [{ set: LEKKEN, q: [7, 8] }] },
  { query: "welke acties neemt de minister tegen corruptie binnen de overheid", kind: "sentence", targets: [{ set: LEKKEN, q: [7, 8] }] },
  { query: "corruptie gemeenteambtenaren", kind: "keyword", targets: [{ set: LEKKEN, q: [4, 7, 8] }] },
  { query: "gemeente ambtenaren corruptie", kind: "compound", targets: [{ set: LEKKEN, q: [4, 6] }] },
  { query: "persoonsgegevens lekkken criminelen", kind: "typo", targets: [{ set: LEKKEN }] },

  // Protection of victims of domestic violence and stalking (emergency button)
  { query: "noodknop niet overal beschikbaar", kind: "keyword", targets: [{ set: NOODKNOP, q: [3, 7] }] },
  { query: "waarom kan niet iedere vrouw die bedreigd wordt een alarmknop krijgen", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [3, 5, 7] }] },
  { query: "moet de dader bij huiselijk geweld het huis uit in plaats van het slachtoffer", kind: "sentence", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "hoe vaak wordt een gewelddadige man tijdelijk uit zijn woning gezet", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [12] }] },
  { query: "hoeveel geld is extra nodig voor alarmen voor slachtoffers van stalking", kind: "sentence", targets: [{ set: NOODKNOP, q: [9, 10] }] },
  { query: "komt er landelijk een apparaatje dat afgaat als de ex te dichtbij komt", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  { query: "heeft een vrouw die nog samenwoont met haar partner ook recht op een noodknop", kind: "sentence", targets: [{ set: NOODKNOP, q: [8] }] },
  { query: "worden vrouwen met een stalkende ex beter beschermd met techniek", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [2] }] },
  { query: "waarom moet een moeder met kinderen vluchten terwijl de pleger blijft wonen", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [13] }] },
  { query: "laat de gemeente waar je woont bepalen of je hulp krijgt bij bedreiging", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [6] }] },
  { query: "wordt een maatregel van de rechter met een enkelband of alarm ook echt uitgevoerd", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [4] }] },
  { query: "rijksbegroting 2026 prinsjesdag hulpmiddelen", kind: "keyword", targets: [{ set: NOODKNOP, q: [10] }] },
  { query: "motie mutluer slachtofferdevice", kind: "name", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  { query: "struycken noodknop", kind: "name", targets: [{ set: NOODKNOP }] },
  { query: "noodknp huiselijk geweld", kind: "typo", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "huis verbod daders", kind: "compound", targets: [{ set: NOODKNOP, q: [12] }] },

  // Zoë Sedney and abuse in sport
  { query: "sedney atletiekunie", kind: "name", targets: [{ set: SEDNEY }] },
  { query: "atletiekunie sedny", kind: "typo", targets: [{ set: SEDNEY }] },
  { query: "mocht de atleet na de melding gewoon terug in het team", kind: "sentence", targets: [{ set: SEDNEY, q: [3] }] },
  { query: "wie houdt toezicht of sportbonden zich aan de regels houden bij misbruikmeldingen", kind: "paraphrase", targets: [{ set: SEDNEY, q: [7] }] },
  { query: "centrum veilige sport", kind: "keyword", targets: [{ set: SEDNEY, q: [5] }] },
  { query: "hoe lang duurt het nog voordat er een onafhankelijk meldpunt voor de sport komt", kind: "paraphrase", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "victim blaming sportbonden sancties", kind: "keyword", targets: [{ set: SEDNEY, q: [9] }] },
  { query: "waarom duren zedenzaken zo lang bij politie en om", kind: "sentence", targets: [{ set: SEDNEY, q: [12, 13] }] },
  { query: "onafhankelijk integriteits centrum", kind: "compound", targets: [{ set: SEDNEY, q: [10, 11] }] },
  { query: "wat gebeurt er met sporters die ongewenste aanrakingen melden bij hun bond", kind: "paraphrase", targets: [{ set: SEDNEY, q: [2, 6] }] },
  { query: "regeringscommissaris seksueel grensoverschrijdend gedrag", kind: "keyword", targets: [{ set: SEDNEY, q: [13] }] },
  { query: "werd het slachtoffer gevraagd hoe de dader terug kon komen in de selectie", kind: "paraphrase", targets: [{ set: SEDNEY, q: [4] }] },
  { query: "had de atletiekbond de sprintster beter moeten steunen", kind: "paraphrase", targets: [{ set: SEDNEY, q: [1, 2] }] },
  { query: "wordt bij de selectie voor toernooien rekening gehouden met de sporter die iets meldde", kind: "paraphrase", targets: [{ set: SEDNEY, q: [8] }] },
  { query: "is er al iets bekend over het integriteitscentrum voor de sport", kind: "sentence", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "welke richtlijnen hebben sportbonden voor meldingen van grensoverschrijdend gedrag", kind: "sentence", targets: [{ set: SEDNEY, q: [6] }] },

  // Murders ordered on the dark web
  { query: "mensen die op verborgen websites een moord bestellen", kind: "paraphrase", targets: [{ set: HUURMOORD }] },
  { query: "zijn de mensen op wie een moord was besteld gewaarschuwd", kind: "sentence", targets: [{ set: HUURMOORD, q: [4, 5] }] },
  { query: "huurmoordwebsites crypto", kind: "keyword", targets: [{ set: HUURMOORD, q: [3, 6] }] },
  { query: "werkt nederland met europol samen tegen huurmoorden op het dark web", kind: "sentence", targets: [{ set: HUURMOORD, q: [9] }] },
  { query: "darkweb moordopdrachten", kind: "compound", targets: [{ set: HUURMOORD }] },
  { query: "hebben we genoeg digitale speurders om dit soort zaken op te lossen", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [7] }] },
  { query: "huurmoord platfroms", kind: "typo", targets: [{ set: HUURMOORD, q: [8] }] },
  { query: "is er in vier zaken echt betaald voor een moord", kind: "sentence", targets: [{ set: HUURMOORD, q: [3] }] },
  { query: "wist de politie al eerder van moorden die online besteld werden", kind: "sentence", targets: [{ set: HUURMOORD, q: [2] }] },
  { query: "hoe kunnen ze achterhalen wie een moord bestelt als er met bitcoin betaald wordt", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [6] }] },
  { query: "gaat de regering eens goed uitzoeken hoe die moordsites werken", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [8] }] },
  { query: "hoeveel onderzoeken lopen er naar moordopdrachten via het dark web", kind: "sentence", targets: [{ set: HUURMOORD, q: [4] }] },

  // Visa fraud and phishing
  { query: "aps pilot phishing", kind: "keyword", targets: [{ set: VISA, q: [8, 9] }] },
  { query: "phishingschild belgie", kind: "compound", targets: [{ set: VISA, q: [7] }] },
  { query: "hoeveel meldingen zijn er van oplichting bij visumaanvragen", kind: "sentence", targets: [{ set: VISA, q: [2] }] },
  { query: "vakantiegangers die via nepsites te veel betalen voor hun reisdocumenten", kind: "paraphrase", targets: [{ set: VISA, q: [1, 2, 4] }] },
  { query: "netneutraliteit acm", kind: "keyword", targets: [{ set: VISA, q: [10, 11] }] },
  { query: "wanneer komen de resultaten van de proef tegen phishing", kind: "sentence", targets: [{ set: VISA, q: [9] }] },
  { query: "phisihng visumaanvraag", kind: "typo", targets: [{ set: VISA }] },
  { query: "barbara kathmann visa", kind: "name", targets: [{ set: VISA }] },
  { query: "van marum phishing", kind: "name", targets: [{ set: VISA }] },
  { query: "hoeveel nederlanders trappen elk jaar in valse mails en linkjes", kind: "paraphrase", targets: [{ set: VISA, q: [6] }] },
  { query: "doen luchtvaartmaatschappijen mee aan het waarschuwen voor neppe visumsites", kind: "sentence", targets: [{ set: VISA, q: [4] }] },
  { query: "fraude helpdesk meldingen visum", kind: "compound", targets: [{ set: VISA, q: [3] }] },
  { query: "wat doet de regering zodat burgers niet op valse linkjes klikken", kind: "paraphrase", targets: [{ set: VISA, q: [5, 11] }] },
  { query: "hoe werkt dat systeem in belgie dat verdachte links tegenhoudt", kind: "paraphrase", targets: [{ set: VISA, q: [7] }] },

  // Inheritance, life insurance and femicide
  { query: "mag een man die zijn vrouw heeft vermoord haar erfenis krijgen", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [2, 3, 4, 9] }] },
  { query: "onwaardig erfgenaam ontoerekeningsvatbaar", kind: "keyword", targets: [{ set: ERFRECHT, q: [2, 3, 9] }] },
  { query: "wordt een levensverzekering uitgekeerd aan de partner die zijn vrouw doodde", kind: "sentence", targets: [{ set: ERFRECHT, q: [6] }] },
  { query: "gaat de minister met het verbond van verzekeraars praten over uitkeringen", kind: "sentence", targets: [{ set: ERFRECHT, q: [8] }] },
  { query: "levens verzekering femicide", kind: "compound", targets: [{ set: ERFRECHT }] },
  { query: "erfrect femicide", kind: "typo", targets: [{ set: ERFRECHT }] },
  { query: "moeten nabestaanden zelf naar de rechter om de moordenaar buiten de nalatenschap te houden", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [3, 4] }] },
  { query: "artikel 4:3 bw", kind: "keyword", targets: [{ set: ERFRECHT, q: [2] }] },
  { query: "becker van der werf erfrecht", kind: "name", targets: [{ set: ERFRECHT }] },
  { query: "hoe vaak probeerde een dader geld te krijgen na de dood van zijn partner", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [5] }] },
  { query: "misdaad mag niet lonen", kind: "sentence", targets: [{ set: ERFRECHT, q: [1, 7] }] },
  { query: "wat als een uitkering van een polis naar de moordenaar van de verzekerde gaat", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [6, 8] }] },
  { query: "moet de wet zo dat de dader standaard niets erft tenzij een rechter anders beslist", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [9] }] },

  // Carrying out the measures against femicide
  { query: "clares law nederland", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "wanneer stuurt de minister de wet tegen psychisch geweld naar de kamer", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "femicidemonitor landelijk", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }] },
  { query: "wanneer start de publiekscampagne tegen femicide", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [13] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "kan een vrouw opvragen of haar nieuwe vriend eerder geweld heeft gebruikt", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "wordt vrouwenhaat net als in engeland als extremisme gezien", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "klachtvereiste stalking afschaffen", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "verdrag van istanboel", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "moeten kinderen hun vader blijven zien nadat hij hun moeder heeft gedood", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [17] }, { set: FEMICIDE_STAND, q: [15] }] },
  { query: "casus regisseur politie", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [18] }, { set: FEMICIDE_STAND, q: [12] }] },
  { query: "wat is de stand van het wodc onderzoek naar psychisch geweld", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [9] }] },
  { query: "welke landen worden vergeleken bij het onderzoek naar het strafbaar maken van emotionele mishandeling", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [10] }] },
  { query: "hoe vaak wordt in nederland een vrouw vermoord door haar partner", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [1] }, { set: FEMICIDE_STAND, q: [2] }] },
  { query: "femicde actieplan", kind: "typo", targets: [{ set: FEMICIDE_UITVOERING, q: [5] }, { set: FEMICIDE_STAND, q: [3] }] },
  { query: "landelijke coordinatie geweld tegen vrouwen onderzoek", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [6] }] },
  { query: "praat justitie met politie en rechters over waarschuwingssignalen voor partnermoord", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [8] }] },
  { query: "wat is de status van de regeringscommissaris voor huiselijk geweld", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "wanneer krijgt de kamer de voortgangsrapportage stop femicide", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [5] }] },
  { query: "is er al iets bekend over de clares law variant", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },

  // State of play of the approach to femicide
  { query: "borg traject daders", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "sash formulier politie", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "humeyra stalking adviezen", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "hoe wordt de 10 miljoen uit het amendement mutluer besteed", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [6] }, { set: FEMICIDE_UITVOERING, q: [13] }] },
  { query: "is er al een telefoonnummer dat dag en nacht bereikbaar is bij zorgen over femicide", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "voldoet nederland aan de eu eis voor een centrum voor verkrachtingsslachtoffers", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "regio plan protocol stalking", kind: "compound", targets: [{ set: FEMICIDE_STAND, q: [11] }] },
  { query: "krijgen nabestaanden straks een vast contactpersoon bij de politie", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [14] }] },
  { query: "coenradie toezeggingen femicide", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [1, 3] }] },
  { query: "psychisch gewelt strafbaar", kind: "typo", targets: [{ set: FEMICIDE_UITVOERING, q: [4, 9, 10] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "hoe staat het met de rode vlaggen in de politieopleiding", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [7] }, { set: FEMICIDE_UITVOERING, q: [15] }] },
  { query: "worden plegers van partnergeweld sneller verplicht op cursus gestuurd", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "is er al iets bekend over het meldpunt femicide", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "is de handreiking aanpak stalking al ingevoerd", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [11] }] },
  { query: "wordt het sash formulier door getrainde agenten ingevuld", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [13] }] },

  // The Sentinel gas-pressure weapon and the gaps in the law
  { query: "gasdrukwapen sentinel telegraaf", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "sentinal wapen", kind: "typo", targets: [{ set: SENTINEL }] },
  { query: "waarom valt de sentinel niet onder het gasdrukwapenverbod", kind: "sentence", targets: [{ set: SENTINEL, q: [2] }] },
  { query: "hoe kan het dat een nepwapen met een klein trucje legaal verkocht mag worden", kind: "paraphrase", targets: [{ set: SENTINEL, q: [1, 6] }] },
  { query: "hoe is de wapenwet in belgie en duitsland geregeld", kind: "sentence", targets: [{ set: SENTINEL, q: [10] }] },
  { query: "messenverbod minderjarigen", kind: "keyword", targets: [{ set: SENTINEL, q: [12] }] },
  { query: "wapenwet wijziging", kind: "compound", targets: [{ set: SENTINEL, q: [7, 9, 12] }] },
  { query: "wie kopen er zulke drukluchtpistolen en hoeveel worden er verkocht", kind: "paraphrase", targets: [{ set: SENTINEL, q: [3] }] },
  { query: "houdt de politie bij hoeveel van die wapens in beslag zijn genomen", kind: "sentence", targets: [{ set: SENTINEL, q: [4] }] },
  { query: "wil de minister in de eu afspraken maken over zelfverdedigingsspullen", kind: "paraphrase", targets: [{ set: SENTINEL, q: [11] }] },
  { query: "handhaafbaarheid wapenwetgeving", kind: "keyword", targets: [{ set: SENTINEL, q: [8, 9] }] },
  { query: "kunnen die echt uitziende luchtdrukpistolen tot vechtpartijen leiden", kind: "paraphrase", targets: [{ set: SENTINEL, q: [2, 5] }] },

  // The police budget
  { query: "hoe groot is het tekort van de politie tot 2029", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [4] }] },
  { query: "taskforce ombuigingen knelpunten", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [2, 3, 4] }] },
  { query: "hoeveel geld heeft de politie erbij gekregen van dit kabinet", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "hoe gaat de minister het gat in de politiebegroting dichten", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [5] }] },
  { query: "exploitatie tekort 2026 2029", kind: "compound", targets: [{ set: POLITIEBEGROTING, q: [4] }] },
  { query: "politebegroting digitalisering", kind: "typo", targets: [{ set: POLITIEBEGROTING }] },
  { query: "mutluer politiebegroting", kind: "name", targets: [{ set: POLITIEBEGROTING }] },
  { query: "krijgt de politie genoeg geld om haar werk de komende jaren te blijven doen", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [7] }] },
  { query: "kabinet schoof extra middelen politie", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "is de it van de politie te duur geworden", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [1, 3] }] },
  { query: "wat heeft de doorlichting van de politiefinancien opgeleverd", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [2] }] },
  { query: "hoeveel van het extra politiegeld is geoormerkt", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "wat zei de minister over het financiele tekort bij de politie", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [4, 5] }] },

  // Police training and the shortages in detective work
  { query: "veldacademies politie eenheden", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "veld academie politie", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "mogen hogescholen ook agenten gaan opleiden", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [6, 7] }] },
  { query: "hoe groot is het tekort aan opleidingsplekken voor rechercheurs", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [2, 3] }] },
  { query: "van nispen politieacademie", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "politieacedemie opleidingscapaciteit", kind: "typo", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "modulaire rechercheopleiding", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "komt er een kortere opleiding speciaal voor speurders", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "wie betaalt de extra capaciteit van de politieacademie", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [8] }] },
  { query: "informeert de minister de kamer voor het zomerreces over het politieonderwijs", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [10] }] },
  { query: "moeten agenten naast hun gewone werk ook nog nieuwe collegas opleiden", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [5] }] },
  { query: "zij instroom recherche", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [8] }] },
  { query: "is de kwaliteit van de agentenopleiding nog overal hetzelfde", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "worden private opleiders toegelaten voor politieonderwijs", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [6, 7] }] },

  // Firearms on Curaçao
  { query: "curacao vuurwapens", kind: "keyword", targets: [{ set: CURACAO }] },
  { query: "wat doet nederland om curacao te helpen tegen illegale wapens", kind: "sentence", targets: [{ set: CURACAO, q: [6] }] },
  { query: "bes eilanden ondersteuning", kind: "keyword", targets: [{ set: CURACAO, q: [7] }] },
  { query: "hoe houden ze jongeren op de antillen weg van de misdaad", kind: "paraphrase", targets: [{ set: CURACAO, q: [5] }] },
  { query: "wat wordt er gedaan tegen vuurwapens die online verkocht worden op curacao", kind: "sentence", targets: [{ set: CURACAO, q: [9] }] },
  { query: "komen de meeste pistolen via boten het eiland op", kind: "paraphrase", targets: [{ set: CURACAO, q: [4, 8] }] },
  { query: "white groenlinks pvda vuurwapens", kind: "name", targets: [{ set: CURACAO }] },
  { query: "zsolt szabo curacao", kind: "name", targets: [{ set: CURACAO }] },
  { query: "wapen bezit curacao", kind: "compound", targets: [{ set: CURACAO }] },
  { query: "speelt het wapenprobleem ook op aruba en sint maarten", kind: "sentence", targets: [{ set: CURACAO, q: [3] }] },
  { query: "curacoa wapenbezit", kind: "typo", targets: [{ set: CURACAO }] },
  { query: "hoe makkelijk koop je een pistool via instagram op de eilanden", kind: "paraphrase", targets: [{ set: CURACAO, q: [9] }] },
  { query: "wat doet het koninkrijk tegen wapensmokkel naar de eilanden", kind: "paraphrase", targets: [{ set: CURACAO, q: [4, 8] }] },
  { query: "heeft curacao genoeg capaciteit voor opsporing en handhaving", kind: "sentence", targets: [{ set: CURACAO, q: [4] }] },

  // Possible extradition of an American woman
  { query: "wordt de amerikaanse die in ter apel zat teruggestuurd naar amerika", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [2, 5] }] },
  { query: "doodstraf amerikaanse vrouw uitlevering", kind: "keyword", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "weigert nederland uitlevering als iemand de doodstraf kan krijgen", kind: "sentence", targets: [{ set: UITLEVERING, q: [5] }] },
  { query: "uitleveirng verenigde staten", kind: "typo", targets: [{ set: UITLEVERING }] },
  { query: "aanmeld centrum ter apel moordverdachte", kind: "compound", targets: [{ set: UITLEVERING, q: [1] }] },
  { query: "zat een vrouw die in amerika gezocht wordt voor moord in een azc", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [1] }] },
  { query: "riskeert die vrouw de executie als ze wordt overgedragen", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "heeft nederland een uitleveringsverzoek uit de vs gekregen", kind: "sentence", targets: [{ set: UITLEVERING, q: [2] }] },

  // The rise of online fraud
  { query: "pnbf regeling banken terugbetaling", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "waarom worden jongeren vaker opgelicht dan ouderen", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "krijg je je geld terug van de bank als je online bent opgelicht", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "zijn er echt miljoenen slachtoffers van online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "voelen mensen die op internet zijn beroofd zich in de steek gelaten door de politie", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [5] }] },
  { query: "banken telecom samenwerking fraude", kind: "keyword", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "cyber crime politie geld", kind: "compound", targets: [{ set: OPLICHTING, q: [4, 9] }] },
  { query: "welke maatregelen zijn de laatste twee jaar genomen tegen online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [4] }] },
  { query: "digital trust center rol oplichting", kind: "keyword", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "krijgt internetbedrog meer voorrang bij justitie", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [9] }] },
  { query: "oplichitng online 2,4 miljoen", kind: "typo", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "waarom zijn vooral tieners en twintigers het slachtoffer van internetbedrog", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "werken banken en politie samen tegen oplichters", kind: "sentence", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "wat doet het ncsc tegen online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [10] }] },

  // Lasting ICT problems at the OM
  { query: "hoe lang duurde de laatste storing bij het om", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "waarom werken de computers bij justitie al jaren niet goed", kind: "paraphrase", targets: [{ set: OM_ICT, q: [3] }] },
  { query: "geintegreerd processysteem strafrecht", kind: "keyword", targets: [{ set: OM_ICT, q: [5] }] },
  { query: "heeft het nieuwe wetboek van strafvordering gevolgen voor de ict van het om", kind: "sentence", targets: [{ set: OM_ICT, q: [6] }] },
  { query: "ictstoringen om doorlooptijden", kind: "compound", targets: [{ set: OM_ICT, q: [4] }] },
  { query: "lahlah mondelinge vragen", kind: "name", targets: [{ set: OM_ICT, q: [1] }] },
  { query: "lopen strafzaken vertraging op door computerproblemen bij de aanklagers", kind: "paraphrase", targets: [{ set: OM_ICT, q: [4] }] },
  { query: "hoeveel is er extra geinvesteerd in de ict van het om", kind: "sentence", targets: [{ set: OM_ICT, q: [5, 7] }] },
  { query: "ict problmen openbaar ministerie", kind: "typo", targets: [{ set: OM_ICT }] },
  { query: "moet de officier van justitie zijn werk laten liggen als de systemen uitvallen", kind: "paraphrase", targets: [{ set: OM_ICT, q: [4] }] },
  { query: "deelt de minister dat de ict van het om te lang slecht is", kind: "sentence", targets: [{ set: OM_ICT, q: [3] }] },

  // Foreign influence on emancipation policy
  { query: "zembla gods lobbyisten", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [1] }] },
  { query: "alliance defending freedom geld nederland", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "westerveld lobbygroepen", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "wilders genderbeleid indoctrinatie", kind: "name", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "kan de aivd kijken naar religieuze clubs die de democratie ondermijnen", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "hoeveel geld van amerikaanse conservatieven komt in nederland terecht", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [6, 7, 12] }] },
  { query: "praat de regering met polen en hongarije over vrouwenrechten", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [4] }] },
  { query: "ultra conservatieve lobby", kind: "compound", targets: [{ set: BEINVLOEDING }] },
  { query: "hebben lobbygroepen contact gezocht met ministeries", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [3] }] },
  { query: "zijn er nepaccounts die het debat over lhbti beinvloeden", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [2] }] },
  { query: "beinvloding emancipatiebeleid", kind: "typo", targets: [{ set: BEINVLOEDING }] },
  { query: "justice for prosperity rechtszaken", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [8] }] },
  { query: "wat kan de minister doen tegen buitenlands geld voor organisaties die de rechtsstaat ondermijnen", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [9, 10] }] },
  { query: "hoe worden homo en trans personen beschermd tegen haatcampagnes", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [15, 16] }] },
  { query: "marielle paul emancipatie", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "hebben rechtse religieuze clubs nu al invloed op de wetten over vrouwen en homorechten", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [13] }] },

  // A Dutch-Syrian influencer calling for the extermination of Alawites
  { query: "alawieten influencer", kind: "keyword", targets: [{ set: ALAWIETEN }] },
  { query: "zijn er aangiftes gedaan tegen oproepen tot geweld tegen alawieten", kind: "sentence", targets: [{ set: ALAWIETEN, q: [2] }] },
  { query: "kunnen conflicten uit syrie overslaan naar nederland", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [4] }] },
  { query: "wat doet de nctv met de angst in de syrische gemeenschap", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [5] }] },
  { query: "alawiten uitroeien", kind: "typo", targets: [{ set: ALAWIETEN }] },
  { query: "hebben die oproepen echt tot geweld geleid", kind: "sentence", targets: [{ set: ALAWIETEN, q: [3] }] },
  { query: "onderzoekt de politie die man die opriep tot het doden van een minderheid in syrie", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [1, 2] }] },
  { query: "zijn er maatregelen tegen sektarisch geweld in nederland", kind: "sentence", targets: [{ set: ALAWIETEN, q: [4] }] },

  // Pasted drafts: new questions on matters the seed already covers
  {
    query:
      "Vragen van het lid Mutluer over de veiligheid van medewerkers van het Openbaar Ministerie na de cyberaanval.\n\n1. Kunt u aangeven of inmiddels is uitgezocht welk risico officieren van justitie en andere medewerkers die aan zware ondermijningszaken werken lopen nu de systemen van het OM zijn binnengedrongen?\n\n2. Welke stappen zet u om getuigen en slachtoffers te beschermen wier gegevens mogelijk in handen van de aanvallers zijn gekomen?",
    kind: "draft",
    targets: [{ set: OM_HACK, q: [5, 6] }],
  },
  {
    query:
      "1. Hoe verklaart u dat vrouwen in de ene provincie wel en in de andere provincie geen alarmknop kunnen krijgen wanneer zij door een (ex-)partner worden bedreigd?\n2. Bent u bereid te regelen dat zo'n alarmvoorziening ook wordt verstrekt aan slachtoffers die hun relatie (nog) niet hebben beëindigd, en zo nee, welke regels staan daaraan in de weg?",
    kind: "draft",
    targets: [{ set: NOODKNOP, q: [7, 8] }],
  },
  {
    query:
      "Vraag 1: Wanneer gaat het onafhankelijke centrum voor integriteit in de sport daadwerkelijk van start, en waarom heeft de oprichting zoveel vertraging opgelopen?\nVraag 2: Wat doet u eraan dat zedenzaken bij politie, OM en rechter zo lang blijven liggen dat slachtoffers, ook in de sport, jarenlang op een uitkomst moeten wachten?",
    kind: "draft",
    targets: [{ set: SEDNEY, q: [10, 12, 13] }],
  },
  {
    query:
      "1. Is de politie in staat om de personen te achterhalen die via anonieme sites op het dark web een moord laten uitvoeren en daarvoor met cryptovaluta betalen? Waar lopen rechercheurs tegenaan?\n2. Hoeveel digitale rechercheurs zijn er op dit moment en is dat genoeg om dit soort zaken snel op te pakken? Zo nee, hoe wordt dat tekort opgevangen?",
    kind: "draft",
    targets: [{ set: HUURMOORD, q: [6, 7] }],
  },
  {
    query:
      "1. Welke organisaties nemen deel aan de proef met een schild tegen phishing dat verdachte websites moet tegenhouden, en wat moet die proef precies opleveren?\n2. Op welk moment worden de resultaten met de Kamer gedeeld?\n3. Hoe zorgt u ervoor dat het blokkeren van websites niet in strijd komt met het beginsel van netneutraliteit, en welke rol heeft de ACM daarbij?",
    kind: "draft",
    targets: [{ set: VISA, q: [8, 9, 10] }],
  },
  {
    query:
      "Vragen over het uitbetalen van levensverzekeringen na partnerdoding.\n1. Gaat u met verzekeraars in overleg om in polissen op te nemen dat de uitkering wordt stilgezet zolang er een vermoeden bestaat dat de begunstigde bij de dood van de verzekerde betrokken was?\n2. Bent u bereid de wet zo aan te passen dat wie zijn partner heeft gedood, ook als hij ontoerekeningsvatbaar is verklaard, in beginsel niet erft, tenzij een rechter anders beslist?",
    kind: "draft",
    targets: [{ set: ERFRECHT, q: [8, 9] }],
  },
  {
    query:
      "1. Hoe ver is het onderzoek naar een Nederlandse regeling naar Brits voorbeeld, waarmee iemand bij de politie kan navragen of een nieuwe partner een geweldsverleden heeft?\n2. Wanneer is de beloofde landelijke monitor van femicidezaken klaar voor gebruik, en wie draagt daarvoor de verantwoordelijkheid?",
    kind: "draft",
    targets: [{ set: FEMICIDE_UITVOERING, q: [7, 14] }],
  },
  {
    query:
      "Schriftelijke vragen over het wapenverbod.\n1. Bent u van plan de Wet wapens en munitie zo te wijzigen dat fabrikanten een verbod niet meer kunnen omzeilen door kleine technische veranderingen aan een wapen?\n2. Hoe staat het met het wetsvoorstel dat onder meer minderjarigen verbiedt een mes bij zich te dragen, en wanneer ligt het bij de Kamer?",
    kind: "draft",
    targets: [{ set: SENTINEL, q: [6, 7, 12] }],
  },
  {
    query:
      "1. Hoe groot wordt het structurele gat in de begroting van de politie de komende jaren, en wat is daar de oorzaak van?\n2. Welke keuzes maken u en de korpschef om dat gat te dichten, en welke gevolgen heeft dat voor de taken die de politie kan blijven uitvoeren?",
    kind: "draft",
    targets: [{ set: POLITIEBEGROTING, q: [4, 5, 7] }],
  },
  {
    query:
      "1. Hoeveel regionale eenheden leiden inmiddels zelf agenten en rechercheurs op omdat de Politieacademie niet genoeg plekken heeft? Hoe bewaakt u dat die opleidingen overal even goed zijn?\n2. Waarom worden hogescholen en particuliere opleiders nog steeds nauwelijks ingezet voor de opleiding van rechercheurs, terwijl de Kamer daarom heeft gevraagd?",
    kind: "draft",
    targets: [{ set: POLITIEONDERWIJS, q: [4, 5, 6] }],
  },
  {
    query:
      "Vragen over wapenhandel in het Caribisch deel van het Koninkrijk.\n1. Welke afspraken zijn er binnen het Koninkrijk gemaakt om de smokkel van vuurwapens over zee naar Curaçao, Aruba en Sint Maarten tegen te gaan, en is meer nodig?\n2. Hoe wordt opgetreden tegen de handel in vuurwapens via sociale media en internet op de eilanden?",
    kind: "draft",
    targets: [{ set: CURACAO, q: [4, 8, 9] }],
  },
  {
    query:
      "1. Hoe vaak hebben gedupeerden van internetfraude vorig jaar hun bank gevraagd het geld terug te halen via de regeling voor fraude met betaalverkeer, en hoe vaak kregen zij bij een afwijzing de naam en het adres van de oplichter?\n2. Wat is er gedaan met het verzoek van de Kamer om die regeling bekender te maken en ook voor betaaldienstverleners te laten gelden?",
    kind: "draft",
    targets: [{ set: OPLICHTING, q: [7, 8] }],
  },
  {
    query:
      "1. Hoeveel extra geld is de afgelopen jaren naar de vernieuwing van de computersystemen van het Openbaar Ministerie gegaan, en wat is daarmee bereikt?\n2. Wanneer zijn de systemen van het OM zo op orde dat medewerkers niet meer door storingen stil komen te staan, en met welk budget gaat u dat waarmaken?",
    kind: "draft",
    targets: [{ set: OM_ICT, q: [5, 7] }],
  },
  {
    query:
      "Vragen over buitenlandse financiering van conservatieve lobby.\n1. Hoeveel van het geld dat Amerikaanse conservatieve organisaties in Europa uitgeven, komt terecht bij groepen en personen in Nederland, en bij welke?\n2. Zijn er naast de geldstromen die onlangs door onderzoeksjournalisten zijn blootgelegd nog andere bronnen waarmee geprobeerd wordt Nederlands beleid te beïnvloeden, en gaat u dat laten uitzoeken?",
    kind: "draft",
    targets: [{ set: BEINVLOEDING, q: [6, 12] }],
  },
  {
    query:
      "1. Hoeveel plegers van huiselijk geweld worden nu al via snelrecht verplicht om een gedragstraining te volgen, en hoe staat het met de vernieuwde training van de reclassering?\n2. Wat doet de politie eraan dat het risico-instrument voor stalking en partnergeweld alleen wordt ingevuld door agenten die daarvoor zijn opgeleid?",
    kind: "draft",
    targets: [{ set: FEMICIDE_STAND, q: [9, 13] }],
  },
];
