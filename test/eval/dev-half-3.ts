/**
 * Third part of the dev half. Written from the seed dump alone, without looking at the
 * ranking, and held out at first; its misses have been looked at since, so it is tuned on.
 */
import type { HeldOutCase } from "./cases.js";

import { BURGERS as GRENS, WHATSAPP as GRENS_APP, OM_HACK, LEKKEN, NOODKNOP, SEDNEY as SPORT, HUURMOORD as DARK_WEB, VISA, ERFRECHT, FEMICIDE_UITVOERING, SENTINEL, POLITIEBEGROTING, POLITIEONDERWIJS, CURACAO, UITLEVERING, OPLICHTING, OM_ICT, BEINVLOEDING, FEMICIDE_STAND, ALAWIETEN } from "./seed-sets.js";

const SENTENCES: HeldOutCase[] = [
  // Burgers aan de grens
  { query: "mogen burgers zelf auto's aanhouden bij de grens", kind: "sentence", targets: [{ set: GRENS, q: [5, 6, 7] }, { set: GRENS_APP, q: [2] }] },
  { query: "heeft de minister met duitsland overlegd over die burgerwacht bij de grens", kind: "sentence", targets: [{ set: GRENS, q: [8] }] },
  { query: "is zo'n controle door burgers niet gewoon intimiderend voor automobilisten", kind: "sentence", targets: [{ set: GRENS, q: [3] }] },
  { query: "hoe vaak hebben die burgers grenscontroles gehouden en waar precies", kind: "sentence", targets: [{ set: GRENS, q: [2] }] },
  { query: "worden de racistische appjes van de grenswacht vervolgd", kind: "sentence", targets: [{ set: GRENS_APP, q: [4] }] },
  // OM gehackt
  { query: "welke gegevens hebben de hackers bij het OM buitgemaakt", kind: "sentence", targets: [{ set: OM_HACK, q: [2, 3, 4, 6] }] },
  { query: "kon het om nog wel werken toen alle systemen offline waren", kind: "sentence", targets: [{ set: OM_HACK, q: [12] }] },
  { query: "wordt de autoriteit persoonsgegevens betrokken bij de hack van het om", kind: "sentence", targets: [{ set: OM_HACK, q: [16] }] },
  { query: "worden advocaten en verdachten op de hoogte gehouden nu het OM offline is", kind: "sentence", targets: [{ set: OM_HACK, q: [13] }] },
  { query: "hebben ze contact gehad met citrix over dat lek in hun software", kind: "sentence", targets: [{ set: OM_HACK, q: [17] }] },
  // Lekkende ambtenaren
  { query: "hoeveel ambtenaren zijn er opgepakt voor het lekken van gegevens aan criminelen", kind: "sentence", targets: [{ set: LEKKEN, q: [3] }] },
  { query: "wat doet het rijk om gemeenten te helpen tegen corruptie", kind: "sentence", targets: [{ set: LEKKEN, q: [4, 6, 8] }] },
  // Noodknop en huiselijk geweld
  { query: "waarom is de noodknop niet overal in nederland beschikbaar", kind: "sentence", targets: [{ set: NOODKNOP, q: [7] }] },
  { query: "hoe staat het met de motie over het slachtofferdevice", kind: "sentence", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  // Sport
  { query: "wat heeft het centrum veilige sport met de melding van sedney gedaan", kind: "sentence", targets: [{ set: SPORT, q: [5] }] },
  { query: "hebben sportbonden een zorgplicht bij grensoverschrijdend gedrag", kind: "sentence", targets: [{ set: SPORT, q: [2] }] },
  { query: "zedenzaken duren veel te lang wat gaat de minister daaraan doen", kind: "sentence", targets: [{ set: SPORT, q: [12, 13] }] },
  // Dark web
  { query: "hoeveel moorden zijn er via het dark web besteld", kind: "sentence", targets: [{ set: DARK_WEB, q: [1, 3, 4] }] },
  { query: "werkt europol mee tegen moordopdrachten op internet", kind: "sentence", targets: [{ set: DARK_WEB, q: [9] }] },
  { query: "kan de politie achterhalen wie die moorden bestelt als er met crypto betaald is", kind: "sentence", targets: [{ set: DARK_WEB, q: [6] }] },
  // Visa en phishing
  { query: "hoeveel mensen zijn opgelicht bij het aanvragen van een visum", kind: "sentence", targets: [{ set: VISA, q: [1, 2] }] },
  { query: "hoe zit het met de netneutraliteit als je verdachte websites gaat blokkeren", kind: "sentence", targets: [{ set: VISA, q: [10, 11] }] },
  { query: "hoeveel phishing gevallen zijn er elk jaar in nederland", kind: "sentence", targets: [{ set: VISA, q: [6] }] },
  // Erfrecht
  { query: "mag een man die zijn vrouw heeft gedood haar erfenis krijgen", kind: "sentence", targets: [{ set: ERFRECHT }] },
  { query: "hoe vaak heeft een dader van femicide de afgelopen tien jaar geërfd", kind: "sentence", targets: [{ set: ERFRECHT, q: [5] }] },
  // Femicide: uitvoering en stand van zaken
  { query: "wanneer komt de wet die psychisch geweld strafbaar maakt", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "komt er ook een nederlandse clare's law", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "is de campagne over femicide al begonnen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [13] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "komt er een regeringscommissaris voor geweld tegen vrouwen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "krijgt elke zaak van huiselijk geweld bij de politie een eigen regisseur", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [18] }, { set: FEMICIDE_STAND, q: [12] }] },
  { query: "hoe staat het met het meldpunt femicide dat dag en nacht bereikbaar moet zijn", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "waar gaat de 10 miljoen voor femicide naartoe", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [6] }] },
  { query: "hoe ver is nederland met de rape centers uit de eu richtlijn", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "elke acht dagen wordt er een vrouw vermoord klopt dat", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [1] }, { set: FEMICIDE_STAND, q: [2] }] },
  // Sentinel
  { query: "waarom is dat sentinel wapen gewoon legaal te koop", kind: "sentence", targets: [{ set: SENTINEL, q: [1, 2] }] },
  { query: "komt het messenverbod voor minderjarigen er nog", kind: "sentence", targets: [{ set: SENTINEL, q: [12] }] },
  { query: "hoe doen belgie en duitsland het met gasdrukwapens", kind: "sentence", targets: [{ set: SENTINEL, q: [10] }] },
  { query: "houdt de politie bij hoeveel gasdrukwapens er in beslag zijn genomen", kind: "sentence", targets: [{ set: SENTINEL, q: [4] }] },
  // Politiebegroting
  { query: "hoe groot is het tekort op de begroting van de politie", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [3, 4] }] },
  { query: "hoeveel extra geld heeft het kabinet schoof aan de politie gegeven", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "moet de politie nu gaan bezuinigen op de basisteams", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [5] }] },
  // Politieonderwijs
  { query: "zijn er te weinig opleidingsplekken bij de politieacademie voor rechercheurs", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [1, 2, 3] }] },
  { query: "hoeveel geld krijgt de politieacademie om meer mensen op te leiden", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [8] }] },
  // Curaçao
  { query: "wat doet nederland tegen al die wapens op curacao", kind: "sentence", targets: [{ set: CURACAO, q: [4, 6, 8] }] },
  { query: "worden bonaire saba en statia ook geholpen", kind: "sentence", targets: [{ set: CURACAO, q: [7] }] },
  { query: "hoe wordt de verkoop van vuurwapens via internet aangepakt", kind: "sentence", targets: [{ set: CURACAO, q: [9] }] },
  // Uitlevering
  { query: "wordt die amerikaanse vrouw uit ter apel uitgeleverd", kind: "sentence", targets: [{ set: UITLEVERING, q: [1, 2, 4, 5] }] },
  // Online oplichting
  { query: "waarom worden jongeren vaker online opgelicht dan ouderen", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "werkt justitie samen met banken en telecombedrijven tegen oplichters", kind: "sentence", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "wat heeft de overheid de laatste twee jaar gedaan tegen online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [4] }] },
  // ICT bij het OM
  { query: "hoe lang lag het systeem van het openbaar ministerie eruit bij de laatste storing", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "hoeveel is er de afgelopen jaren geinvesteerd in de ict van het om", kind: "sentence", targets: [{ set: OM_ICT, q: [5, 6, 7] }] },
  // Buitenlandse beïnvloeding
  { query: "wat vindt de minister van de zembla uitzending over gods lobbyisten", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [1] }] },
  { query: "kan de overheid buitenlands geld naar ondermijnende organisaties tegenhouden", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [6, 9, 10] }] },
  { query: "mag de aivd onderzoek doen naar religieuze organisaties", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [11] }] },
  // Alawieten
  { query: "wordt de influencer die opriep om alawieten uit te roeien vervolgd", kind: "sentence", targets: [{ set: ALAWIETEN }] },
  { query: "wat doet de nctv met de zorgen van de syrische gemeenschap", kind: "sentence", targets: [{ set: ALAWIETEN, q: [5] }] },
];

const PARAPHRASES: HeldOutCase[] = [
  { query: "wat vond de minister ervan dat mensen voor eigen rechter gingen spelen bij de grens", kind: "paraphrase", targets: [{ set: GRENS, q: [6, 7] }, { set: GRENS_APP, q: [2, 3] }] },
  { query: "keurt het kabinet de discriminerende berichten in die groepschat af", kind: "paraphrase", targets: [{ set: GRENS_APP, q: [2, 3] }] },
  { query: "liggen de adressen van officieren van justitie nu op straat na die inbraak in de computers", kind: "paraphrase", targets: [{ set: OM_HACK, q: [4, 5] }] },
  { query: "wanneer kunnen de aanklagers weer normaal digitaal werken na de cyberaanval", kind: "paraphrase", targets: [{ set: OM_HACK, q: [7, 11, 14, 15] }] },
  { query: "gemeentemedewerkers die adressen doorspelen aan de onderwereld", kind: "paraphrase", targets: [{ set: LEKKEN }] },
  { query: "moet de pleger het huis uit in plaats van de vrouw en de kinderen", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "is er genoeg geld om alle bedreigde vrouwen een alarm te geven", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [9, 10] }] },
  { query: "wanneer komt er eindelijk een onafhankelijk meldpunt voor misbruik in de sport", kind: "paraphrase", targets: [{ set: SPORT, q: [10] }] },
  { query: "waarom mocht die atleet die over de schreef ging gewoon terug in de ploeg", kind: "paraphrase", targets: [{ set: SPORT, q: [3, 4] }] },
  { query: "kun je zomaar online een huurmoordenaar regelen en wat doet de politie eraan", kind: "paraphrase", targets: [{ set: DARK_WEB }] },
  { query: "worden mensen op wie een prijs stond gewaarschuwd en beveiligd", kind: "paraphrase", targets: [{ set: DARK_WEB, q: [4, 5] }] },
  { query: "pakken vliegmaatschappijen de nepsites voor reisvergunningen aan", kind: "paraphrase", targets: [{ set: VISA, q: [4] }] },
  { query: "krijgt de dader het geld van de overlijdensverzekering gewoon uitbetaald", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [5, 6, 8] }] },
  { query: "wie iemand ombrengt mag daar toch niet beter van worden", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [1, 7] }] },
  { query: "komt er een teller die bijhoudt hoeveel vrouwen door hun partner worden omgebracht", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "moeten kinderen na de moord op hun moeder nog bij hun vader op bezoek", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [17] }, { set: FEMICIDE_STAND, q: [15] }] },
  { query: "leren agenten en hulpverleners de waarschuwingssignalen van partnermoord herkennen", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [8, 15] }, { set: FEMICIDE_STAND, q: [7] }] },
  { query: "krijgen nabestaanden van een vermoorde vrouw één vast contactpersoon bij de politie", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [14] }] },
  { query: "hoe dichten we de mazen in de wapenwet", kind: "paraphrase", targets: [{ set: SENTINEL, q: [6, 7, 9] }] },
  { query: "wie kopen er eigenlijk van die nep pistolen", kind: "paraphrase", targets: [{ set: SENTINEL, q: [3] }] },
  { query: "heeft de politie geldgebrek door al die dure computers", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [1, 3, 4] }] },
  { query: "kan de politie de komende jaren rondkomen met haar budget", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [5, 7] }] },
  { query: "mogen gewone hogescholen ook agenten gaan opleiden", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [6, 7] }] },
  { query: "kun je van buitenaf meteen bij de recherche aan de slag", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [2, 6, 9] }] },
  { query: "hoe houden we jongeren op de antillen weg uit de criminaliteit", kind: "paraphrase", targets: [{ set: CURACAO, q: [5] }] },
  { query: "levert nederland iemand uit als die in amerika de dood kan krijgen", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "voelen mensen die via internet zijn afgezet zich in de steek gelaten door de politie", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [5] }] },
  { query: "2,4 miljoen nederlanders zijn slachtoffer geworden van internetfraude", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "waarom blijven de computers bij de aanklagers steeds haperen", kind: "paraphrase", targets: [{ set: OM_ICT, q: [1, 3] }] },
  { query: "loopt de afhandeling van strafzaken vertraging op door het computergedoe bij justitie", kind: "paraphrase", targets: [{ set: OM_ICT, q: [4] }, { set: OM_HACK, q: [12] }] },
  { query: "proberen christelijke hardliners uit amerika ons beleid over homo's te sturen", kind: "paraphrase", targets: [{ set: BEINVLOEDING }] },
  { query: "spreekt nederland hongarije aan op die anti-homowetten", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [4] }] },
  { query: "kan de burgeroorlog in syrie hier tot rellen leiden", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [4] }] },
];

const KEYWORDS: HeldOutCase[] = [
  { query: "grenscontroles Sellingen", kind: "keyword", targets: [{ set: GRENS, q: [1] }] },
  { query: "Citrix kwetsbaarheid OM", kind: "keyword", targets: [{ set: OM_HACK, q: [8, 9, 17] }] },
  { query: "jobhoppen corrupte ambtenaren", kind: "keyword", targets: [{ set: LEKKEN, q: [7, 8] }] },
  { query: "huisverbod huiselijk geweld", kind: "keyword", targets: [{ set: NOODKNOP, q: [12, 13] }] },
  { query: "victim blaming sport", kind: "keyword", targets: [{ set: SPORT, q: [9] }] },
  { query: "huurmoordplatforms onderzoek", kind: "keyword", targets: [{ set: DARK_WEB, q: [3, 8] }] },
  { query: "anti-phishing shield pilot", kind: "keyword", targets: [{ set: VISA, q: [8, 9, 10] }] },
  { query: "onwaardig erfgenaam verklaren", kind: "keyword", targets: [{ set: ERFRECHT, q: [2, 3] }] },
  { query: "vrouwenhaat extremistische ideologie", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "SASH screeningsinstrument", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "BORG-traject snelrecht", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "gasdrukwapen Sentinel", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "taskforce ombuigingen politie", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [2, 3, 4] }] },
  { query: "veldacademies in de eenheden", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "vuurwapensmokkel kustwacht", kind: "keyword", targets: [{ set: CURACAO, q: [4, 7, 8] }] },
  { query: "doodstraf South Carolina", kind: "keyword", targets: [{ set: UITLEVERING, q: [3] }] },
  { query: "PNBF-regeling banken", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "anti-SLAPP richtlijn lhbtiq", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [8] }] },
];

const NAMES: HeldOutCase[] = [
  { query: "Jan Huzen grenswacht", kind: "name", targets: [{ set: GRENS_APP }] },
  { query: "zoe sedney melding", kind: "name", targets: [{ set: SPORT }] },
  { query: "Verbond van Verzekeraars uitkering", kind: "name", targets: [{ set: ERFRECHT, q: [8] }] },
  { query: "Humeyra adviezen stalking", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "vragen van Michiel van Nispen", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "staatssecretaris zsolt szabo", kind: "name", targets: [{ set: CURACAO }] },
  { query: "Lahlah mondelinge vragen ICT", kind: "name", targets: [{ set: OM_ICT, q: [1] }] },
  { query: "Alliance Defending Freedom geld", kind: "name", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "Wilders genders", kind: "name", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "rol van het Digital Trust Center", kind: "name", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "vragen van Hanneke van der Werf", kind: "name", targets: [{ set: ERFRECHT }, { set: FEMICIDE_UITVOERING }, { set: FEMICIDE_STAND }] },
];

const TYPOS: HeldOutCase[] = [
  { query: "ambtenaaren lekken persoonsgegeven", kind: "typo", targets: [{ set: LEKKEN }] },
  { query: "nootknop stalking", kind: "typo", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "atletiekunnie grensoverschreidend gedrag", kind: "typo", targets: [{ set: SPORT }] },
  { query: "ontoerekenigsvatbaar erven", kind: "typo", targets: [{ set: ERFRECHT, q: [2, 9] }] },
  { query: "stop femicide voortgangsraportage", kind: "typo", targets: [{ set: FEMICIDE_UITVOERING, q: [5] }, { set: FEMICIDE_STAND, q: [3] }] },
  { query: "sentinal wapen telegraaf", kind: "typo", targets: [{ set: SENTINEL, q: [1] }] },
  { query: "politieacadamie tekorten opsporing", kind: "typo", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "curacoa vuurwapenbezit", kind: "typo", targets: [{ set: CURACAO }] },
  { query: "uitlevring doodstraf", kind: "typo", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "alawiten influencer", kind: "typo", targets: [{ set: ALAWIETEN }] },
];

const COMPOUNDS: HeldOutCase[] = [
  { query: "whats app groep grenswacht", kind: "compound", targets: [{ set: GRENS_APP, q: [1, 2, 3] }] },
  { query: "slachtoffer device", kind: "compound", targets: [{ set: NOODKNOP, q: [1, 11] }] },
  { query: "moorden besteld via darkweb", kind: "compound", targets: [{ set: DARK_WEB }] },
  { query: "klacht vereiste stalking", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "gasdruk wapens verbod", kind: "compound", targets: [{ set: SENTINEL, q: [2] }] },
  { query: "modulaire recherche opleiding", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "meldpunt internet oplichting", kind: "compound", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "ictstoring openbaar ministerie", kind: "compound", targets: [{ set: OM_ICT, q: [2, 4] }] },
];

/** Draft Kamervragen as a staff member would paste them into /eerder, each asked before. */
const DRAFTS: HeldOutCase[] = [
  {
    query:
      "1. Is inmiddels duidelijk of bij de digitale inbraak bij het Openbaar Ministerie ook informatie over getuigen en aangevers in verkeerde handen is gevallen? " +
      "2. Welke stappen zet u om de veiligheid van deze mensen te garanderen zolang dat onzeker is? " +
      "3. Is de privacytoezichthouder van het incident op de hoogte gesteld, en wordt die nauw bij de afhandeling betrokken?",
    kind: "draft",
    targets: [{ set: OM_HACK, q: [6, 16] }],
  },
  {
    query:
      "Hoeveel gemeentelijke medewerkers zijn sinds 2020 aangehouden of veroordeeld omdat zij zonder reden gegevens van inwoners opzochten en doorgaven aan het criminele milieu? " +
      "Is de minister bereid om, samen met de koepel van gemeenten, te onderzoeken hoe kwetsbaar de gemeentelijke systemen zijn voor misbruik door het eigen personeel?",
    kind: "draft",
    targets: [{ set: LEKKEN, q: [3, 6] }],
  },
  {
    query:
      "Vrouwen die door een (ex-)partner worden bedreigd, kunnen niet in elke regio een alarmknop krijgen. Waarom verschilt de beschikbaarheid per provincie, en wat is nodig om dit landelijk gelijk te trekken? " +
      "Klopt het dat een slachtoffer dat nog samenwoont of een relatie heeft met de pleger geen noodknop krijgt? Moet daarvoor regelgeving worden aangepast?",
    kind: "draft",
    targets: [{ set: NOODKNOP, q: [7, 8] }],
  },
  {
    query:
      "Vragen over de melding van de atlete bij de atletiekbond. Was het Centrum Veilige Sport Nederland van deze zaak op de hoogte en heeft het iets met de melding gedaan? " +
      "Hoe staat het met de oprichting van het onafhankelijke integriteitscentrum voor de sport, waarom laat dit zo lang op zich wachten en welke taak krijgt het centrum bij het behandelen van meldingen?",
    kind: "draft",
    targets: [{ set: SPORT, q: [5, 10] }],
  },
  {
    query:
      "Uit onderzoek van journalisten blijkt dat er via verborgen websites opdrachten tot moord worden gegeven en met cryptomunten worden betaald. " +
      "Welke mogelijkheden hebben politie en justitie om de personen achter zulke opdrachten te achterhalen als zij anoniem blijven? " +
      "Trekt Nederland hierbij op met andere Europese landen, bijvoorbeeld via Europol, en zo niet, neemt u daartoe het initiatief?",
    kind: "draft",
    targets: [{ set: DARK_WEB, q: [6, 9] }],
  },
  {
    query:
      "De minister heeft een proef aangekondigd met een schild tegen phishing, naar Belgisch voorbeeld. Wat is precies het doel van deze proef, hoe ver reikt ze en welke organisaties doen mee? " +
      "Hoe is de ACM als toezichthouder betrokken, en hoe wordt voorkomen dat het blokkeren van verdachte links op gespannen voet komt te staan met het beginsel van netneutraliteit?",
    kind: "draft",
    targets: [{ set: VISA, q: [7, 8, 10] }],
  },
  {
    query:
      "Wanneer iemand zijn partner doodt maar strafrechtelijk ontoerekeningsvatbaar wordt verklaard, volgt geen veroordeling en is hij volgens het Burgerlijk Wetboek dus niet automatisch uitgesloten van de erfenis. " +
      "Klopt het dat de familie van het slachtoffer dan zelf een civiele zaak moet beginnen? Bent u bereid de wet zo te veranderen dat zo iemand in principe niet erft, tenzij de rechter anders beslist?",
    kind: "draft",
    targets: [{ set: ERFRECHT, q: [2, 3, 9] }],
  },
  {
    query:
      "Eerder is toegezegd dat slachtoffers van stalking niet langer eerst een klacht hoeven in te dienen voordat vervolging mogelijk is. " +
      "Wat is de stand van zaken met het schrappen van dit klachtvereiste, wanneer kan de Kamer een voorstel verwachten en wat verandert er dan concreet voor slachtoffers?",
    kind: "draft",
    targets: [{ set: FEMICIDE_UITVOERING, q: [11] }],
  },
  {
    query:
      "Kinderen van wie de moeder door de vader om het leven is gebracht, worden soms verplicht om contact met hem te houden, zonder dat de rechter of de Raad voor de Kinderbescherming hen zelf heeft gehoord. " +
      "Hoe kijkt de regering hiernaar? Is er al overleg gevoerd met de staatssecretaris die over het familierecht gaat, en wat is daaruit gekomen?",
    kind: "draft",
    targets: [{ set: FEMICIDE_STAND, q: [15] }, { set: FEMICIDE_UITVOERING, q: [17] }],
  },
  {
    query:
      "Door een paar kleine technische wijzigingen kan een wapen dat sprekend op een pistool lijkt vrij worden verkocht, omdat het net buiten het verbod valt. " +
      "Wat gaat u doen om dit soort omzeilingen tegen te gaan? Vindt u het nodig de Wet wapens en munitie te wijzigen, en wilt u dat uitzoeken met de politie, het OM en deskundigen op het gebied van wapens?",
    kind: "draft",
    targets: [{ set: SENTINEL, q: [6, 7, 9] }],
  },
  {
    query:
      "In de media wordt gemeld dat de kosten voor digitalisering de politiebegroting zwaar belasten. " +
      "Wat heeft het onderzoek naar de financiën van de politie, dat de korpschef liet uitvoeren, opgeleverd? Hoe groot wordt het gat in de exploitatie in de jaren tot 2030, waar komt het vandaan en welke andere geldzorgen heeft de politie behalve ICT?",
    kind: "draft",
    targets: [{ set: POLITIEBEGROTING, q: [1, 2, 3, 4] }],
  },
  {
    query:
      "Verschillende politie-eenheden zijn begonnen met eigen leeromgevingen, omdat de Politieacademie niet genoeg mensen kan opleiden. " +
      "Wat vindt u van deze ontwikkeling? Vreest u niet dat de kwaliteit van de opleidingen daardoor per regio gaat verschillen, dat leerlijnen niet meer worden getoetst en dat rechercheurs die ook nog les moeten geven overbelast raken?",
    kind: "draft",
    targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }],
  },
  {
    query:
      "Het aantal wapens neemt niet alleen op Curaçao toe. Hoe is de situatie op Aruba, Sint Maarten en in Caribisch Nederland? " +
      "Welke steun krijgen de bestuurders van Bonaire, Sint Eustatius en Saba van Nederland bij het terugdringen van illegaal wapenbezit?",
    kind: "draft",
    targets: [{ set: CURACAO, q: [3, 7] }],
  },
  {
    query:
      "Een Amerikaanse die van moord wordt verdacht, verbleef enige tijd in het aanmeldcentrum. Als de Verenigde Staten om haar uitlevering vragen: staat op het feit waarvan zij wordt verdacht de doodstraf? " +
      "Zal Nederland de uitlevering weigeren zolang niet vaststaat dat die straf niet wordt opgelegd of uitgevoerd?",
    kind: "draft",
    targets: [{ set: UITLEVERING, q: [1, 2, 4, 5] }],
  },
  {
    query:
      "Slachtoffers van oplichting kunnen via hun bank vragen om het geld terug te krijgen of om naam en adres van de ontvanger van het geld. " +
      "Hoe vaak is van die mogelijkheid vorig jaar gebruik gemaakt? Wat is er gebeurd met de aangenomen motie om deze regeling bekender te maken en ook te laten gelden voor betaaldienstverleners?",
    kind: "draft",
    targets: [{ set: OPLICHTING, q: [7, 8] }],
  },
];

export const DEV_HALF_3: HeldOutCase[] = [...SENTENCES, ...PARAPHRASES, ...KEYWORDS, ...NAMES, ...TYPOS, ...COMPOUNDS, ...DRAFTS];
