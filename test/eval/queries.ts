/**
 * Queries a team member would type, with the questions that should come first.
 * `q` omitted: any question of the set is right (title-level queries).
 * Several targets: each is an acceptable first hit.
 */
export interface Target {
  set: string;
  q?: number[];
}
export interface EvalCase {
  query: string;
  kind: "title" | "answer" | "question" | "name" | "party" | "typo" | "diacritics" | "compound" | "number";
  targets: Target[];
}

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

export const EVAL_SET: EvalCase[] = [
  { query: "politiebegroting", kind: "title", targets: [{ set: POLITIEBEGROTING }] },
  { query: "begroting politie", kind: "compound", targets: [{ set: POLITIEBEGROTING }] },
  { query: "gasdrukwapen sentinel", kind: "title", targets: [{ set: SENTINEL }] },
  { query: "uitlevering amerikaanse vrouw", kind: "title", targets: [{ set: UITLEVERING }] },
  { query: "erfrecht femicide", kind: "title", targets: [{ set: ERFRECHT }] },
  { query: "levensverzekering uitkeren na doden partner", kind: "question", targets: [{ set: ERFRECHT, q: [6, 8] }] },
  { query: "vuurwapenbezit curacao", kind: "diacritics", targets: [{ set: CURACAO, q: [1, 2] }] },
  { query: "ICT-problemen OM", kind: "title", targets: [{ set: OM_ICT }] },
  { query: "alawieten", kind: "title", targets: [{ set: ALAWIETEN, q: [1, 2] }] },
  { query: "fraude met visa", kind: "title", targets: [{ set: VISA, q: [1, 2] }] },
  { query: "Belgisch phishing schild", kind: "question", targets: [{ set: VISA, q: [7] }] },
  { query: "pilot anti-phishing shield", kind: "question", targets: [{ set: VISA, q: [8, 9] }] },
  { query: "huurmoord dark web", kind: "compound", targets: [{ set: HUURMOORD, q: [1, 3, 4, 8] }] },
  { query: "noodknop", kind: "question", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "huisverbod daders", kind: "question", targets: [{ set: NOODKNOP, q: [12] }] },
  { query: "Zoë Sedney", kind: "name", targets: [{ set: SEDNEY, q: [1] }] },
  { query: "zoe sedney atletiekunie", kind: "diacritics", targets: [{ set: SEDNEY, q: [1] }] },
  { query: "integriteitscentrum sport", kind: "question", targets: [{ set: SEDNEY, q: [10, 11] }] },
  { query: "Citrix kwetsbaarheid", kind: "question", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "OM gehackt", kind: "title", targets: [{ set: OM_HACK, q: [1] }] },
  { query: "Autoriteit Persoonsgegevens betrokken", kind: "question", targets: [{ set: OM_HACK, q: [16] }, { set: LEKKEN, q: [5] }] },
  { query: "ambtenaren lekken persoonsgegevens aan criminelen", kind: "title", targets: [{ set: LEKKEN }] },
  { query: "VNG kwetsbaarheid gemeentelijke systemen", kind: "question", targets: [{ set: LEKKEN, q: [6] }] },
  { query: "veldacademies", kind: "question", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "opleidingscapaciteit politieacademie", kind: "question", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "Kerntaak Opsporing studenten", kind: "answer", targets: [{ set: POLITIEONDERWIJS, q: [2, 3] }] },
  { query: "exploitatietekort", kind: "question", targets: [{ set: POLITIEBEGROTING, q: [4, 5] }] },
  { query: "Taskforce Ombuigingen", kind: "answer", targets: [{ set: POLITIEBEGROTING, q: [2, 3, 4] }] },
  { query: "extra middelen politie kabinet-Schoof", kind: "question", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "Gods lobbyisten Zembla", kind: "question", targets: [{ set: BEINVLOEDING, q: [1] }] },
  { query: "Alliance Defending Freedom", kind: "question", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "Wilders twee genders", kind: "question", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "inlichtingendiensten religieuze organisaties", kind: "question", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "rape center", kind: "question", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "Humeyra stalking", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "hümeyra", kind: "diacritics", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "casusregisseur", kind: "question", targets: [{ set: FEMICIDE_STAND, q: [12] }] },
  { query: "SASH screeningsinstrument", kind: "answer", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "Clare's law", kind: "diacritics", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "klachtvereiste stalking", kind: "question", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "psychisch geweld strafbaar", kind: "question", targets: [{ set: FEMICIDE_UITVOERING, q: [4, 10] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "regeringscommissaris huiselijk geweld", kind: "question", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "femicide monitor", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }] },
  { query: "PNBF-regeling banken", kind: "question", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "jongeren online oplichting", kind: "question", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "2,4 miljoen slachtoffers", kind: "number", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "Digital Trust Center", kind: "question", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "Westerwolde", kind: "question", targets: [{ set: BURGERS, q: [5] }] },
  { query: "grenscontroles Ter Apel", kind: "title", targets: [{ set: BURGERS }] },
  { query: "whatsappgroep racisme grenswacht", kind: "question", targets: [{ set: WHATSAPP, q: [1, 2] }] },
  { query: "Duitse ambtsgenoot", kind: "question", targets: [{ set: BURGERS, q: [8] }] },
  { query: "doodstraf South Carolina", kind: "question", targets: [{ set: UITLEVERING, q: [3, 4] }] },
  { query: "politiebegrotng", kind: "typo", targets: [{ set: POLITIEBEGROTING }] },
  { query: "uitleveing", kind: "typo", targets: [{ set: UITLEVERING }] },
  { query: "femicdie", kind: "typo", targets: [{ set: FEMICIDE_STAND }, { set: FEMICIDE_UITVOERING }, { set: ERFRECHT }] },
  { query: "vuurwapens caribische eilanden", kind: "question", targets: [{ set: CURACAO, q: [3] }] },
  { query: "Van Nispen", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "Kathmann", kind: "name", targets: [{ set: VISA }] },
  { query: "Westerveld", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "Coenradie", kind: "name", targets: [{ set: FEMICIDE_STAND }] },
  { query: "szabo", kind: "name", targets: [{ set: CURACAO }] },
  { query: "SP politieonderwijs", kind: "party", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "GroenLinks-PvdA vuurwapens", kind: "party", targets: [{ set: CURACAO }] },
  { query: "doorlooptijd zedenzaken", kind: "question", targets: [{ set: SEDNEY, q: [12, 13] }] },
  { query: "BES-eilanden", kind: "question", targets: [{ set: CURACAO, q: [7] }] },
  { query: "online verkoop vuurwapens", kind: "question", targets: [{ set: CURACAO, q: [9] }] },
  { query: "Wet wapens en munitie", kind: "question", targets: [{ set: SENTINEL, q: [7, 9, 12] }] },
  { query: "digitale recherchecapaciteit", kind: "question", targets: [{ set: HUURMOORD, q: [7] }] },
  { query: "ketenpartners", kind: "question", targets: [{ set: OM_HACK, q: [10] }] },
  { query: "nieuw wetboek van strafvordering", kind: "question", targets: [{ set: OM_ICT, q: [6] }] },
  { query: "storing 26 maart", kind: "answer", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "Kamerstuk 29 279 nr 890", kind: "number", targets: [{ set: FEMICIDE_UITVOERING, q: [6] }, { set: FEMICIDE_STAND, q: [5] }] },
  { query: "emancipatiebeleid", kind: "title", targets: [{ set: BEINVLOEDING }] },
  { query: "verdedigingswapens buurlanden", kind: "question", targets: [{ set: SENTINEL, q: [10, 11] }] },
  { query: "sektarische conflicten", kind: "question", targets: [{ set: ALAWIETEN, q: [4] }] },
  { query: "hackaanval veiligheid medewerkers", kind: "question", targets: [{ set: OM_HACK, q: [5] }] },
];
