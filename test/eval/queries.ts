/**
 * The dev half of the evaluation: queries a team member would type, with the
 * questions that should come first. Ranking may be tuned on these and on
 * dev-half-2.ts; the test half (test-half.ts) is written apart and only run to report.
 */
import type { EvalCase } from "./cases.js";

export type { EvalCase, HeldOutCase, Kind, Target } from "./cases.js";

const BURGERS = "burgers-grens-menen-moeten-e18b29";
const WHATSAPP = "burgers-grens-menen-moeten-fda52d";
const OM_HACK = "digitale-werkomgeving-om-7e1003";
const LEKKEN = "lekken-persoonsgegevens-door-ff5610";
const NOODKNOP = "bescherming-slachtoffers-ca18cf";
const SEDNEY = "nu-nl-5-augustus-2025-waarin-3dca62";
const HUURMOORD = "meerdere-moorden-gewone-6cf33a";
const VISA = "explosieve-stijging-fraude-visa-c5e7e2";
const ERFRECHT = "erfrecht-levensverzekeringen-44e1b8";
const FEMICIDE_UITVOERING = "uitvoering-maatregelen-om-64d7f8";
const SENTINEL = "verkoop-gasdrukwapen-sentinel-23f515";
const POLITIEBEGROTING = "politiebegroting-7ef24d";
const POLITIEONDERWIJS = "verantwoordelijkheid-2e6697";
const CURACAO = "aanhoudende-problematiek-bc2d30";
const UITLEVERING = "mogelijke-uitlevering-2fc8cb";
const OPLICHTING = "schrikbarende-toename-online-70e98b";
const OM_ICT = "blijvende-ict-problemen-bij-7b16d4";
const BEINVLOEDING = "buitenlandse-beinvloeding-096b13";
const FEMICIDE_STAND = "stand-zaken-aanpak-femicide-eaff93";
const ALAWIETEN = "oproep-nederlands-syrisch-6e3973";

export const DEV_HALF: EvalCase[] = [
  { query: "politiebegroting", kind: "keyword", targets: [{ set: POLITIEBEGROTING }] },
  { query: "begroting politie", kind: "compound", targets: [{ set: POLITIEBEGROTING }] },
  { query: "gasdrukwapen sentinel", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "uitlevering amerikaanse vrouw", kind: "keyword", targets: [{ set: UITLEVERING }] },
  { query: "erfrecht femicide", kind: "keyword", targets: [{ set: ERFRECHT }] },
  { query: "levensverzekering uitkeren na doden partner", kind: "keyword", targets: [{ set: ERFRECHT, q: [6, 8] }] },
  { query: "vuurwapenbezit curacao", kind: "keyword", targets: [{ set: CURACAO, q: [1, 2] }] },
  { query: "ICT-problemen OM", kind: "keyword", targets: [{ set: OM_ICT }] },
  { query: "alawieten", kind: "keyword", targets: [{ set: ALAWIETEN, q: [1, 2] }] },
  { query: "fraude met visa", kind: "keyword", targets: [{ set: VISA, q: [1, 2] }] },
  { query: "Belgisch phishing schild", kind: "keyword", targets: [{ set: VISA, q: [7] }] },
  { query: "pilot anti-phishing shield", kind: "keyword", targets: [{ set: VISA, q: [8, 9] }] },
  { query: "huurmoord dark web", kind: "compound", targets: [{ set: HUURMOORD, q: [1, 3, 4, 8] }] },
  { query: "noodknop", kind: "keyword", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "huisverbod daders", kind: "keyword", targets: [{ set: NOODKNOP, q: [12] }] },
  { query: "Zoë Sedney", kind: "name", targets: [{ set: SEDNEY, q: [1] }] },
  { query: "zoe sedney atletiekunie", kind: "name", targets: [{ set: SEDNEY, q: [1] }] },
  { query: "integriteitscentrum sport", kind: "keyword", targets: [{ set: SEDNEY, q: [10, 11] }] },
  { query: "Citrix kwetsbaarheid", kind: "keyword", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "OM gehackt", kind: "keyword", targets: [{ set: OM_HACK, q: [1] }] },
  { query: "Autoriteit Persoonsgegevens betrokken", kind: "keyword", targets: [{ set: OM_HACK, q: [16] }, { set: LEKKEN, q: [5] }] },
  { query: "ambtenaren lekken persoonsgegevens aan criminelen", kind: "keyword", targets: [{ set: LEKKEN }] },
  { query: "VNG kwetsbaarheid gemeentelijke systemen", kind: "keyword", targets: [{ set: LEKKEN, q: [6] }] },
  { query: "veldacademies", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "opleidingscapaciteit politieacademie", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "Kerntaak Opsporing studenten", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [2, 3] }] },
  { query: "exploitatietekort", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [4, 5] }] },
  { query: "Taskforce Ombuigingen", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [2, 3, 4] }] },
  { query: "extra middelen politie kabinet-Schoof", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "Gods lobbyisten Zembla", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [1] }] },
  { query: "Alliance Defending Freedom", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "Wilders twee genders", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "inlichtingendiensten religieuze organisaties", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "rape center", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "Humeyra stalking", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "hümeyra", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "casusregisseur", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [12] }] },
  { query: "SASH screeningsinstrument", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "Clare's law", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "klachtvereiste stalking", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "psychisch geweld strafbaar", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [4, 10] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "regeringscommissaris huiselijk geweld", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "femicide monitor", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }] },
  { query: "PNBF-regeling banken", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "jongeren online oplichting", kind: "keyword", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "2,4 miljoen slachtoffers", kind: "keyword", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "Digital Trust Center", kind: "keyword", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "Westerwolde", kind: "keyword", targets: [{ set: BURGERS, q: [5] }] },
  { query: "grenscontroles Ter Apel", kind: "keyword", targets: [{ set: BURGERS }] },
  { query: "whatsappgroep racisme grenswacht", kind: "keyword", targets: [{ set: WHATSAPP, q: [1, 2] }] },
  { query: "Duitse ambtsgenoot", kind: "keyword", targets: [{ set: BURGERS, q: [8] }] },
  { query: "doodstraf South Carolina", kind: "keyword", targets: [{ set: UITLEVERING, q: [3, 4] }] },
  { query: "politiebegrotng", kind: "typo", targets: [{ set: POLITIEBEGROTING }] },
  { query: "uitleveing", kind: "typo", targets: [{ set: UITLEVERING }] },
  { query: "femicdie", kind: "typo", targets: [{ set: FEMICIDE_STAND }, { set: FEMICIDE_UITVOERING }, { set: ERFRECHT }] },
  { query: "vuurwapens caribische eilanden", kind: "keyword", targets: [{ set: CURACAO, q: [3] }] },
  { query: "Van Nispen", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "Kathmann", kind: "name", targets: [{ set: VISA }] },
  { query: "Westerveld", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "Coenradie", kind: "name", targets: [{ set: FEMICIDE_STAND }] },
  { query: "szabo", kind: "name", targets: [{ set: CURACAO }] },
  { query: "SP politieonderwijs", kind: "keyword", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "GroenLinks-PvdA vuurwapens", kind: "keyword", targets: [{ set: CURACAO }] },
  { query: "doorlooptijd zedenzaken", kind: "keyword", targets: [{ set: SEDNEY, q: [12, 13] }] },
  { query: "BES-eilanden", kind: "keyword", targets: [{ set: CURACAO, q: [7] }] },
  { query: "online verkoop vuurwapens", kind: "keyword", targets: [{ set: CURACAO, q: [9] }] },
  { query: "Wet wapens en munitie", kind: "keyword", targets: [{ set: SENTINEL, q: [7, 9, 12] }] },
  { query: "digitale recherchecapaciteit", kind: "keyword", targets: [{ set: HUURMOORD, q: [7] }] },
  { query: "ketenpartners", kind: "keyword", targets: [{ set: OM_HACK, q: [10] }] },
  { query: "nieuw wetboek van strafvordering", kind: "keyword", targets: [{ set: OM_ICT, q: [6] }] },
  { query: "storing 26 maart", kind: "keyword", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "Kamerstuk 29 279 nr 890", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [6] }, { set: FEMICIDE_STAND, q: [5] }] },
  { query: "emancipatiebeleid", kind: "keyword", targets: [{ set: BEINVLOEDING }] },
  { query: "verdedigingswapens buurlanden", kind: "keyword", targets: [{ set: SENTINEL, q: [10, 11] }] },
  { query: "sektarische conflicten", kind: "keyword", targets: [{ set: ALAWIETEN, q: [4] }] },
  { query: "hackaanval veiligheid medewerkers", kind: "keyword", targets: [{ set: OM_HACK, q: [5] }] },
  // Sentences as people type them in chat.
  { query: "wat doet de minister tegen femicide", kind: "sentence", targets: [{ set: FEMICIDE_STAND }, { set: FEMICIDE_UITVOERING }] },
  { query: "is het OM gehackt", kind: "sentence", targets: [{ set: OM_HACK }] },
  { query: "komen er meer agenten bij de politie", kind: "sentence", targets: [{ set: POLITIEONDERWIJS }, { set: POLITIEBEGROTING, q: [6] }] },
  { query: "hoe lang duurde de storing bij het OM", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "wordt de noodknop in alle provincies beschikbaar", kind: "sentence", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "mag een man die zijn vrouw doodt erven", kind: "sentence", targets: [{ set: ERFRECHT, q: [1, 2, 3, 4, 9] }] },
  { query: "hoeveel slachtoffers van online oplichting zijn er", kind: "sentence", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "waarom zijn jongeren vaker slachtoffer van oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "wanneer komt de wet tegen psychisch geweld", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4, 9, 10] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "wat doet nederland tegen illegale wapens op curacao", kind: "sentence", targets: [{ set: CURACAO, q: [4, 6, 8, 9] }] },
  { query: "krijgt de politie genoeg geld", kind: "sentence", targets: [{ set: POLITIEBEGROTING }] },
  { query: "wordt de amerikaanse vrouw uitgeleverd aan de verenigde staten", kind: "sentence", targets: [{ set: UITLEVERING, q: [2, 5] }] },
  { query: "heeft de minister contact gehad met citrix", kind: "sentence", targets: [{ set: OM_HACK, q: [17] }] },
  { query: "is de sentinel een legaal wapen", kind: "sentence", targets: [{ set: SENTINEL, q: [1, 2] }] },
  { query: "wat gebeurt er met ambtenaren die gegevens lekken", kind: "sentence", targets: [{ set: LEKKEN, q: [1, 2, 3] }] },
  // Paraphrases: the meaning of the text in other words.
  { query: "burgerwacht die auto's controleert bij de grens", kind: "paraphrase", targets: [{ set: BURGERS }] },
  { query: "racistische appjes van grenswachters", kind: "paraphrase", targets: [{ set: WHATSAPP }] },
  { query: "moord bestellen op internet", kind: "paraphrase", targets: [{ set: HUURMOORD }] },
  { query: "buitenlands geld voor lobby tegen lhbti rechten", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [6, 7, 9, 12] }] },
  { query: "atlete niet gesteund na melding over teamgenoot", kind: "paraphrase", targets: [{ set: SEDNEY, q: [1, 2, 3] }] },
  { query: "alarmknop voor vrouwen die gestalkt worden", kind: "paraphrase", targets: [{ set: NOODKNOP }] },
  { query: "nepwebsites voor een reisvisum", kind: "paraphrase", targets: [{ set: VISA, q: [1, 2, 4, 5] }] },
  { query: "influencer roept op tot geweld tegen alawieten", kind: "paraphrase", targets: [{ set: ALAWIETEN }] },
  { query: "te weinig plekken op de politieopleiding", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "computerproblemen bij justitie", kind: "paraphrase", targets: [{ set: OM_ICT }] },
  { query: "de dader moet het huis uit bij huiselijk geweld", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "uitkering van de levensverzekering tegenhouden na moord op partner", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [6, 8] }] },
  // Draft questions pasted whole, as for /eerder.
  {
    query:
      "Is de minister bekend met berichten dat burgers op eigen houtje auto's aanhouden bij de Duitse grens om naar asielzoekers te zoeken? Acht de minister dit toelaatbaar en welke rol heeft de politie hierbij?",
    kind: "draft",
    targets: [{ set: BURGERS }],
  },
  {
    query:
      "Kan de minister aangeven hoeveel geld er de komende jaren structureel tekortkomt bij de Nationale Politie en hoe dit tekort wordt opgelost zonder te snijden in de operationele sterkte?",
    kind: "draft",
    targets: [{ set: POLITIEBEGROTING, q: [3, 4, 5, 7] }],
  },
  {
    query:
      "Hoe beoordeelt de staatssecretaris het feit dat slachtoffers van partnergeweld geen toegang hebben tot een alarmsysteem omdat gemeenten dit verschillend regelen? Is de staatssecretaris bereid te zorgen voor landelijke beschikbaarheid?",
    kind: "draft",
    targets: [{ set: NOODKNOP, q: [1, 3, 5, 6, 7] }],
  },
  {
    query:
      "Welke stappen zet de regering om phishing bij online visumaanvragen tegen te gaan, en wanneer worden de resultaten van de proef met het anti-phishingschild bekend?",
    kind: "draft",
    targets: [{ set: VISA, q: [5, 8, 9] }],
  },
  {
    query:
      "Is de minister bereid te onderzoeken hoe vaak opdrachten tot moord via het darkweb worden geplaatst, en hoe de opsporing van de opdrachtgevers kan worden verbeterd?",
    kind: "draft",
    targets: [{ set: HUURMOORD, q: [4, 6, 8] }],
  },
];
