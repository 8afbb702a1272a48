/**
 * Held-out test half 3 of the search evaluation: 178 queries, 15 of them pasted drafts.
 *
 * Written from the seed dump alone, without looking at the ranking code, its word lists
 * or the other halves' queries, and without running the search on these queries. The
 * queries are what a political team types into the chat bot: sentences as typed in chat
 * (lowercase, no punctuation), paraphrases in everyday words rather than the official
 * ones, short keywords, names of members and ministers (often only a last name), typos,
 * compounds split or joined differently from the text, and new draft questions pasted
 * into `/eerder`.
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

const keyword: HeldOutCase[] = [
  { query: "noodknop provincies", kind: "keyword", targets: [{ set: NOODKNOP, q: [7] }] },
  { query: "gasdrukwapen", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "citrix", kind: "keyword", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "ncsc", kind: "keyword", targets: [{ set: OM_HACK, q: [2, 8] }, { set: OPLICHTING, q: [10] }] },
  { query: "pnbf regeling", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "veldacademie kwaliteit", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "clares law", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "doodstraf", kind: "keyword", targets: [{ set: UITLEVERING, q: [3, 4, 5] }] },
  { query: "uitroeien alawieten", kind: "keyword", targets: [{ set: ALAWIETEN }] },
  { query: "dark web", kind: "keyword", targets: [{ set: HUURMOORD }] },
  { query: "phishing", kind: "keyword", targets: [{ set: VISA }] },
  { query: "exploitatietekort politie", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [4, 5] }] },
  { query: "levensverzekering", kind: "keyword", targets: [{ set: ERFRECHT }] },
  { query: "SASH formulier", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "borg training", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "huisverbod", kind: "keyword", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "klachtvereiste afschaffen", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "onafhankelijk integriteitscentrum", kind: "keyword", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "anti slapp richtlijn", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [8] }] },
  { query: "zembla", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [1, 6, 12] }] },
  { query: "uitleveringsverzoek", kind: "keyword", targets: [{ set: UITLEVERING, q: [2, 5] }] },
  { query: "BES eilanden", kind: "keyword", targets: [{ set: CURACAO, q: [4, 7] }] },
  { query: "racisme appgroep", kind: "keyword", targets: [{ set: WHATSAPP, q: [1, 2, 3, 4] }] },
  { query: "rijksrecherche corruptie", kind: "keyword", targets: [{ set: LEKKEN, q: [3, 4, 7, 8] }] },
  { query: "ict problemen openbaar ministerie", kind: "keyword", targets: [{ set: OM_ICT }] },
];

const name: HeldOutCase[] = [
  { query: "piri", kind: "name", targets: [{ set: BURGERS }, { set: WHATSAPP }] },
  { query: "barbara kathmann", kind: "name", targets: [{ set: VISA }] },
  { query: "michiel van nispen", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "raoul white", kind: "name", targets: [{ set: CURACAO }] },
  { query: "lisa westerveld", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "staatssecretaris coenradie", kind: "name", targets: [{ set: FEMICIDE_STAND }] },
  { query: "hanneke van der werf", kind: "name", targets: [{ set: ERFRECHT }, { set: FEMICIDE_UITVOERING }, { set: FEMICIDE_STAND }] },
  { query: "becker femicide", kind: "name", targets: [{ set: ERFRECHT }, { set: FEMICIDE_UITVOERING }, { set: FEMICIDE_STAND }] },
  { query: "struycken", kind: "name", targets: [{ set: NOODKNOP }, { set: ERFRECHT }, { set: FEMICIDE_UITVOERING }] },
  { query: "zsolt szabo", kind: "name", targets: [{ set: CURACAO }] },
  { query: "uitspraken wilders gender", kind: "name", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "lahlah", kind: "name", targets: [{ set: OM_ICT, q: [1] }] },
  { query: "huzen grenswacht", kind: "name", targets: [{ set: WHATSAPP, q: [1] }] },
  { query: "zoe sedney", kind: "name", targets: [{ set: SEDNEY }] },
  { query: "humeyra", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "marielle paul", kind: "name", targets: [{ set: BEINVLOEDING }] },
];

const typo: HeldOutCase[] = [
  { query: "femicde erfrecht", kind: "typo", targets: [{ set: ERFRECHT }] },
  { query: "gasdrukwapen sentinal", kind: "typo", targets: [{ set: SENTINEL }] },
  { query: "politieacadamie", kind: "typo", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "vuurwapns curacao", kind: "typo", targets: [{ set: CURACAO }] },
  { query: "alawiten", kind: "typo", targets: [{ set: ALAWIETEN }] },
  { query: "noodnkop", kind: "typo", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "uitlevring amerikaanse vrouw", kind: "typo", targets: [{ set: UITLEVERING }] },
  { query: "phising visum", kind: "typo", targets: [{ set: VISA }] },
  { query: "hackaanval openbaar ministrie", kind: "typo", targets: [{ set: OM_HACK }] },
  { query: "persoonsgegevns ambtenaren criminelen", kind: "typo", targets: [{ set: LEKKEN }] },
  { query: "huurmoord dakr web", kind: "typo", targets: [{ set: HUURMOORD }] },
  { query: "grenswacht whatsap racisme", kind: "typo", targets: [{ set: WHATSAPP, q: [1, 2, 3, 4] }] },
  { query: "buitenlandse beinvloding emancipatie", kind: "typo", targets: [{ set: BEINVLOEDING }] },
  { query: "sedny atletiekunie", kind: "typo", targets: [{ set: SEDNEY, q: [1, 2] }] },
  { query: "politiebgroting tekort", kind: "typo", targets: [{ set: POLITIEBEGROTING }] },
  { query: "oplichitng online", kind: "typo", targets: [{ set: OPLICHTING }, { set: VISA, q: [6] }] },
  { query: "ict storingen openbaar minsterie", kind: "typo", targets: [{ set: OM_ICT }] },
  { query: "stalkng casusregisseur", kind: "typo", targets: [{ set: FEMICIDE_STAND, q: [12] }, { set: FEMICIDE_UITVOERING, q: [18] }] },
];

const compound: HeldOutCase[] = [
  { query: "politie begroting", kind: "compound", targets: [{ set: POLITIEBEGROTING }] },
  { query: "politie academie tekort", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3, 4] }] },
  { query: "vuurwapen bezit curacao", kind: "compound", targets: [{ set: CURACAO }] },
  { query: "huurmoord platforms", kind: "compound", targets: [{ set: HUURMOORD, q: [8] }] },
  { query: "grens controles ter apel", kind: "compound", targets: [{ set: BURGERS, q: [1, 2, 6] }] },
  { query: "visum aanvragen fraude", kind: "compound", targets: [{ set: VISA, q: [2, 5] }] },
  { query: "femicidemonitor", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "slachtoffer device stalking", kind: "compound", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  { query: "recherche capaciteit digitaal", kind: "compound", targets: [{ set: HUURMOORD, q: [7] }] },
  { query: "moord opdrachten dark web", kind: "compound", targets: [{ set: HUURMOORD, q: [4, 5] }] },
  { query: "wapenwet aanpassen", kind: "compound", targets: [{ set: SENTINEL, q: [7, 9, 12] }] },
  { query: "messen verbod minderjarigen", kind: "compound", targets: [{ set: SENTINEL, q: [12] }] },
  { query: "data lekken gemeenten", kind: "compound", targets: [{ set: LEKKEN, q: [4, 5] }] },
  { query: "lobby groepen conservatief", kind: "compound", targets: [{ set: BEINVLOEDING, q: [1, 3, 5, 6, 12, 15, 16] }] },
  { query: "meld punt femicide", kind: "compound", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "opsporingstekort recherche", kind: "compound", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "grens overschrijdend gedrag sport", kind: "compound", targets: [{ set: SEDNEY, q: [1, 2, 6, 10] }] },
];

/** Sentences as typed in chat; they share most of their content words with the question. */
const sentence: HeldOutCase[] = [
  { query: "wat heeft de politie gedaan tegen de burgers die bij ter apel grenscontroles hielden", kind: "sentence", targets: [{ set: BURGERS, q: [2] }] },
  { query: "heeft van weel met duitsland overlegd over de grenscontroles", kind: "sentence", targets: [{ set: BURGERS, q: [8] }] },
  { query: "zijn de grenscontroles door burgers eigenlijk strafbaar", kind: "sentence", targets: [{ set: BURGERS, q: [3, 4, 5] }] },
  { query: "worden de racistische uitspraken in de appgroep van de grenswacht vervolgd", kind: "sentence", targets: [{ set: WHATSAPP, q: [4] }] },
  { query: "wat zei de minister over de frustratie van de grenswachters", kind: "sentence", targets: [{ set: WHATSAPP, q: [2] }] },
  { query: "is de autoriteit persoonsgegevens betrokken bij de hack van het om", kind: "sentence", targets: [{ set: OM_HACK, q: [16] }] },
  { query: "welke gegevens zijn bij de hack van het om gestolen", kind: "sentence", targets: [{ set: OM_HACK, q: [3, 4, 6] }] },
  { query: "wanneer gaan de systemen van het om weer online", kind: "sentence", targets: [{ set: OM_HACK, q: [11, 14, 15] }] },
  { query: "worden advocaten en rechters geinformeerd over de gevolgen van de hack", kind: "sentence", targets: [{ set: OM_HACK, q: [13] }] },
  { query: "hoeveel ambtenaren zijn opgepakt voor het lekken van gegevens aan criminelen", kind: "sentence", targets: [{ set: LEKKEN, q: [3] }] },
  { query: "wat doet de autoriteit persoonsgegevens als ambtenaren gegevens lekken", kind: "sentence", targets: [{ set: LEKKEN, q: [5] }] },
  { query: "waarom is de noodknop niet overal beschikbaar", kind: "sentence", targets: [{ set: NOODKNOP, q: [7] }] },
  { query: "hoeveel vrouwen wachten op een technisch hulpmiddel", kind: "sentence", targets: [{ set: NOODKNOP, q: [5] }] },
  { query: "wat deed het centrum veilige sport met de melding", kind: "sentence", targets: [{ set: SEDNEY, q: [5] }] },
  { query: "hoe lang duurt het nog met het integriteitscentrum voor de sport", kind: "sentence", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "werkt europol samen tegen huurmoordsites op het dark web", kind: "sentence", targets: [{ set: HUURMOORD, q: [9] }] },
  { query: "kan de politie opdrachtgevers vinden die met crypto betalen", kind: "sentence", targets: [{ set: HUURMOORD, q: [6] }] },
  { query: "hebben we al eens vragen gesteld over huurmoorden via het dark web", kind: "sentence", targets: [{ set: HUURMOORD }] },
  { query: "wanneer komen de uitkomsten van de pilot met het anti phishing shield", kind: "sentence", targets: [{ set: VISA, q: [8, 9] }] },
  { query: "hoe zit het met netneutraliteit bij het blokkeren van nepwebsites", kind: "sentence", targets: [{ set: VISA, q: [10, 11] }] },
  { query: "kan iemand die zijn partner doodt nog erven als hij ontoerekeningsvatbaar is", kind: "sentence", targets: [{ set: ERFRECHT, q: [2, 9] }] },
  { query: "krijgt de dader van femicide gewoon de levensverzekering uitgekeerd", kind: "sentence", targets: [{ set: ERFRECHT, q: [5, 6, 8] }] },
  { query: "wanneer komt het wetsvoorstel over psychisch geweld naar de kamer", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "is de publiekscampagne over femicide al gestart", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [13] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "gaat de staatssecretaris een regeringscommissaris voor huiselijk geweld aanstellen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "valt de sentinel onder het verbod op gasdrukwapens", kind: "sentence", targets: [{ set: SENTINEL, q: [2] }] },
  { query: "hoe zijn de wapenregels in belgie en duitsland geregeld", kind: "sentence", targets: [{ set: SENTINEL, q: [10] }] },
  { query: "hoeveel extra geld heeft de politie gekregen van het kabinet schoof", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "hoe groot is het geldtekort bij de politie de komende jaren", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [3, 4, 5] }] },
  { query: "wat antwoordde van weel over de politiebegroting", kind: "sentence", targets: [{ set: POLITIEBEGROTING }] },
  { query: "waarom worden hogescholen nauwelijks ingezet voor het opleiden van rechercheurs", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [6, 7] }] },
  { query: "is er al een modulaire rechercheopleiding", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "wat doet nederland tegen wapensmokkel naar curacao", kind: "sentence", targets: [{ set: CURACAO, q: [4, 8] }] },
  { query: "hoe wordt de online verkoop van vuurwapens aangepakt", kind: "sentence", targets: [{ set: CURACAO, q: [9] }] },
  { query: "gaat nederland de amerikaanse verdachte uit het azc uitleveren", kind: "sentence", targets: [{ set: UITLEVERING, q: [1, 2, 5] }] },
  { query: "hoe komt het dat vooral jongeren slachtoffer worden van online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "werken banken en telecombedrijven samen tegen oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "wat was de oorzaak van de laatste ict storing bij het om", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "hoeveel is er geinvesteerd in de ict van het openbaar ministerie", kind: "sentence", targets: [{ set: OM_ICT, q: [5, 7] }] },
  { query: "mag de aivd ook religieuze organisaties onderzoeken", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "hoeveel van die 58 miljoen dollar van conservatieve lobbygroepen gaat naar nederland", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "wat vindt het kabinet ervan dat wilders zegt dat er maar twee geslachten zijn", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "worden vrouwenrechten in polen en hongarije besproken met die landen", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [4] }] },
  { query: "moeten kinderen na femicide verplicht omgang hebben met de dader", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [15] }, { set: FEMICIDE_UITVOERING, q: [17] }] },
  { query: "hoe staat het met het meldpunt femicide", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "wordt de influencer die opriep tot geweld tegen alawieten vervolgd", kind: "sentence", targets: [{ set: ALAWIETEN, q: [1, 2] }] },
  { query: "neemt het kabinet de angst van syrische nederlanders voor geweld serieus", kind: "sentence", targets: [{ set: ALAWIETEN, q: [4, 5] }] },
];

/** Sentences in everyday words that share few words with the question text. */
const paraphrase: HeldOutCase[] = [
  { query: "gewone mensen die zelf autos tegenhielden bij de grens", kind: "paraphrase", targets: [{ set: BURGERS, q: [2, 5] }] },
  { query: "mag je als burger zelf voor douane spelen", kind: "paraphrase", targets: [{ set: BURGERS, q: [6, 7] }, { set: WHATSAPP, q: [2] }] },
  { query: "discriminerende berichten in de chat van die grensbewakers", kind: "paraphrase", targets: [{ set: WHATSAPP, q: [1, 2, 3, 4] }] },
  { query: "zijn de computers van de aanklagers gekraakt door hackers", kind: "paraphrase", targets: [{ set: OM_HACK }] },
  { query: "lopen getuigen gevaar nu hun gegevens misschien op straat liggen", kind: "paraphrase", targets: [{ set: OM_HACK, q: [6] }] },
  { query: "hoe werkten ze bij het om toen alles van internet was afgesloten", kind: "paraphrase", targets: [{ set: OM_HACK, q: [10, 12] }] },
  { query: "iemand bij de gemeente die adressen verkoopt aan boeven", kind: "paraphrase", targets: [{ set: LEKKEN }] },
  { query: "wat doet het rijk tegen omkoping van gemeenteambtenaren", kind: "paraphrase", targets: [{ set: LEKKEN, q: [4, 7, 8] }] },
  { query: "alarmknopje voor vrouwen die door hun ex worden lastiggevallen", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [1, 2, 3, 7, 8] }] },
  { query: "waarom moet het slachtoffer het huis uit en niet de pleger", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "enkelband die alarm slaat als de belager te dichtbij komt", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  { query: "atlete die na ongewenste intimiteiten niet werd geholpen door haar bond", kind: "paraphrase", targets: [{ set: SEDNEY, q: [1, 2] }] },
  { query: "slachtoffers van aanranding wachten veel te lang op hun rechtszaak", kind: "paraphrase", targets: [{ set: SEDNEY, q: [12, 13] }] },
  { query: "liquidaties bestellen via het internet", kind: "paraphrase", targets: [{ set: HUURMOORD }] },
  { query: "zijn de mensen die vermoord hadden moeten worden wel gewaarschuwd", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [4, 5] }] },
  { query: "toeristen opgelicht bij het aanvragen van een reisvergunning", kind: "paraphrase", targets: [{ set: VISA, q: [1, 2, 5] }] },
  { query: "belgie heeft een schild tegen valse links kunnen wij dat ook", kind: "paraphrase", targets: [{ set: VISA, q: [7, 8] }] },
  { query: "man die zijn vrouw vermoordt en daarna alles erft", kind: "paraphrase", targets: [{ set: ERFRECHT }] },
  { query: "moet de familie zelf naar de rechter om de moordenaar te onterven", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [3, 4, 9] }] },
  { query: "om de acht dagen wordt er een vrouw gedood wat doet het kabinet", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [1, 2] }, { set: FEMICIDE_STAND, q: [2] }] },
  { query: "mag je bij de politie navragen of je nieuwe vriend eerder gewelddadig was", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "haat tegen vrouwen als extremisme behandelen zoals in engeland", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "een pistool dat net niet verboden is door een klein trucje", kind: "paraphrase", targets: [{ set: SENTINEL, q: [1, 6] }] },
  { query: "luchtdrukpistolen die sprekend op een echt wapen lijken", kind: "paraphrase", targets: [{ set: SENTINEL, q: [2, 5] }] },
  { query: "de politie heeft te weinig geld voor computers en it", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [1, 3] }] },
  { query: "moet de politie gaan bezuinigen", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [2, 5] }] },
  { query: "er zijn te weinig rechercheurs en de opleiding zit vol", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "kunnen mensen van buiten sneller rechercheur worden", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [2, 6, 9] }] },
  { query: "steeds meer mensen op de antillen lopen met een pistool rond", kind: "paraphrase", targets: [{ set: CURACAO, q: [1, 2, 3] }] },
  { query: "hoe voorkom je dat tieners op de eilanden aan de wapens gaan", kind: "paraphrase", targets: [{ set: CURACAO, q: [5] }] },
  { query: "kan nederland iemand naar amerika sturen als daar de executie dreigt", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "steeds meer mensen worden via internet afgezet", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "kan de bank je geld terughalen als je bij een nepwinkel hebt betaald", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "de computers bij de aanklagers liggen er steeds weer uit", kind: "paraphrase", targets: [{ set: OM_ICT, q: [2, 3, 4] }] },
  { query: "amerikaanse christelijke lobby die geld steekt in anti homo clubs hier", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [1, 6, 12] }] },
  { query: "krijgen agenten les in het herkennen van signalen van partnergeweld", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [7] }, { set: FEMICIDE_UITVOERING, q: [8, 15] }] },
  { query: "plegers van partnergeweld sneller verplicht in therapie", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "een vaste contactpersoon bij de politie voor familie van vermoorde vrouwen", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [14] }] },
  { query: "iemand op tiktok die opriep een bevolkingsgroep in syrie uit te moorden", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [1] }] },
  { query: "kan de oorlog in syrie hier tot rellen leiden", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [4] }] },
];

/** New draft questions on topics already asked, pasted into `/eerder`. */
const draft: HeldOutCase[] = [
  {
    query:
      "Kent u berichten dat slachtoffers van partnergeweld in een aantal regio's geen noodknop kunnen krijgen, omdat de gemeente die niet vergoedt? Hoe verklaart u dat de beschikbaarheid van een noodknop afhangt van de woonplaats van het slachtoffer? Bent u bereid ervoor te zorgen dat de noodknop in het hele land beschikbaar komt, ook voor vrouwen die nog een relatie hebben met de pleger?",
    kind: "draft",
    targets: [{ set: NOODKNOP, q: [6, 7, 8] }],
  },
  {
    query:
      "Heeft u kennisgenomen van berichten dat bij de aanval op de systemen van het Openbaar Ministerie mogelijk gegevens van medewerkers, getuigen en slachtoffers zijn ingezien? Kunt u aangeven welke persoonsgegevens precies zijn buitgemaakt? Welke maatregelen neemt u om de veiligheid te garanderen van officieren van justitie die aan zware ondermijningszaken werken?",
    kind: "draft",
    targets: [{ set: OM_HACK, q: [3, 4, 5, 6] }],
  },
  {
    query:
      "Bent u bekend met de verkoop van een pistool op gasdruk dat door een kleine technische wijziging buiten het wettelijke verbod valt? Deelt u de opvatting dat de Wet wapens en munitie zo moet worden aangepast dat fabrikanten het verbod niet langer met minimale aanpassingen kunnen omzeilen? Wanneer kunt u de Kamer een voorstel daartoe sturen?",
    kind: "draft",
    targets: [{ set: SENTINEL, q: [1, 2, 6, 7] }],
  },
  {
    query:
      "Klopt het dat een man die zijn partner heeft gedood maar ontoerekeningsvatbaar is verklaard, gewoon kan erven omdat er geen strafrechtelijke veroordeling volgt? Vindt u het redelijk dat de familie van het slachtoffer zelf een dure civiele procedure moet beginnen om dat te voorkomen? Bent u bereid het erfrecht zo te wijzigen dat de pleger in beginsel wordt uitgesloten van de nalatenschap?",
    kind: "draft",
    targets: [{ set: ERFRECHT, q: [2, 3, 4, 9] }],
  },
  {
    query:
      "Kent u berichten dat regionale politie-eenheden eigen opleidingen zijn begonnen, zogeheten veldacademies, omdat de Politieacademie te weinig rechercheurs kan opleiden? Hoe waarborgt u dat de kwaliteit van deze opleidingen gelijk is aan die van de Politieacademie? Welke gevolgen heeft dit voor de werkdruk van rechercheurs die naast hun eigen werk ook les moeten geven?",
    kind: "draft",
    targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }],
  },
  {
    query:
      "Hoe beoordeelt u het stijgende aantal schietincidenten op Curaçao en Bonaire? Kunt u aangeven hoeveel illegale vuurwapens er via de zee en vanuit de Verenigde Staten de eilanden binnenkomen? Welke ondersteuning biedt Nederland aan de kustwacht en de douane om de smokkel van wapens naar de eilanden te stoppen?",
    kind: "draft",
    targets: [{ set: CURACAO, q: [2, 3, 4, 8] }],
  },
  {
    query:
      "Hoeveel slachtoffers van online oplichting hebben het afgelopen jaar via hun bank geprobeerd hun geld terug te krijgen met de PNBF-regeling? In hoeveel gevallen hebben banken de naam- en adresgegevens van de oplichter verstrekt? Wat heeft u gedaan om deze regeling bij het publiek bekender te maken en uit te breiden naar betaaldienstverleners?",
    kind: "draft",
    targets: [{ set: OPLICHTING, q: [7, 8] }],
  },
  {
    query:
      "In België worden met een phishingschild jaarlijks miljoenen verdachte links tegengehouden. Kunt u aangeven hoe het staat met de Nederlandse proef met een Anti-Phishing Shield? Welke organisaties doen daaraan mee, wanneer verwacht u de resultaten en hoe wordt daarbij de netneutraliteit gewaarborgd?",
    kind: "draft",
    targets: [{ set: VISA, q: [7, 8, 9, 10] }],
  },
  {
    query:
      "Bent u bekend met onderzoek waaruit blijkt dat via verborgen websites op internet opdrachten zijn gegeven om gewone burgers te laten vermoorden, waarbij in een aantal gevallen ook daadwerkelijk is betaald? Hoeveel strafrechtelijke onderzoeken lopen er naar dergelijke opdrachtgevers? Zijn alle mensen die doelwit waren inmiddels gewaarschuwd en beschermd?",
    kind: "draft",
    targets: [{ set: HUURMOORD, q: [1, 3, 4, 5] }],
  },
  {
    query:
      "Heeft Nederland een verzoek ontvangen om een vrouw die in de Verenigde Staten wordt verdacht van moord uit te leveren? Kunt u bevestigen dat Nederland niemand uitlevert aan een land waar de doodstraf kan worden opgelegd, tenzij er voldoende garanties zijn dat die straf niet wordt uitgevoerd?",
    kind: "draft",
    targets: [{ set: UITLEVERING, q: [2, 4, 5] }],
  },
  {
    query:
      "In het Verenigd Koninkrijk kunnen mensen bij de politie navragen of hun partner een geschiedenis van huiselijk geweld heeft (Clare's Law). Wat is de stand van zaken van het onderzoek naar een Nederlandse variant hiervan, zoals gevraagd in de aangenomen motie? Wanneer ontvangt de Kamer de uitkomsten van dat onderzoek?",
    kind: "draft",
    targets: [{ set: FEMICIDE_UITVOERING, q: [7] }],
  },
  {
    query:
      "Wanneer stuurt u het wetsvoorstel naar de Kamer waarmee psychisch geweld en dwingende controle binnen een relatie strafbaar worden gesteld? Waarom is de eerdere toezegging om dit voorstel voor de zomer in te dienen niet nagekomen? Wat is de stand van het rechtsvergelijkend onderzoek en van het WODC-onderzoek naar de strafrechtelijke aanpak van psychisch geweld?",
    kind: "draft",
    targets: [{ set: FEMICIDE_UITVOERING, q: [4, 9, 10] }, { set: FEMICIDE_STAND, q: [4] }],
  },
  {
    query:
      "Bent u bekend met de verhalen van topsporters die grensoverschrijdend gedrag melden bij hun bond en zich daarna onvoldoende gesteund voelen? Welke regels gelden voor sportbonden bij het afhandelen van zulke meldingen, en wie controleert of bonden zich daaraan houden? Hoe staat het met de oprichting van het onafhankelijke integriteitscentrum voor de sport?",
    kind: "draft",
    targets: [{ set: SEDNEY, q: [1, 2, 6, 7, 10] }],
  },
  {
    query:
      "Opnieuw is een gemeenteambtenaar aangehouden op verdenking van het doorgeven van adressen en kentekens aan criminelen. Hoe vaak is dit de afgelopen jaren voorgekomen? Hoe ondersteunt het Rijk gemeenten bij het voorkomen van corruptie en van misbruik van toegang tot systemen door eigen personeel?",
    kind: "draft",
    targets: [{ set: LEKKEN, q: [1, 2, 3, 4, 6] }],
  },
  {
    query:
      "Uit onderzoek van journalisten blijkt dat Amerikaanse ultraconservatieve organisaties miljoenen investeren in Europese groepen die zich verzetten tegen abortus en tegen de rechten van lhbtiq+ personen. Heeft u zicht op de bedragen die in Nederland terechtkomen, en bij welke organisaties? Bent u bereid de geldstromen uit het buitenland naar deze organisaties te laten onderzoeken?",
    kind: "draft",
    targets: [{ set: BEINVLOEDING, q: [6, 7, 9, 12] }],
  },
];

export const TEST_HALF_3: HeldOutCase[] = [...keyword, ...name, ...typo, ...compound, ...sentence, ...paraphrase, ...draft];
