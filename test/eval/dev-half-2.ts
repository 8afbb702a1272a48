/**
 * The second part of the dev half. Written apart as a held-out half and reported once;
 * its misses have been seen since, so it now counts as dev. A target without `q` accepts
 * any question of the set; with `q`, any of the listed questions is a correct hit.
 */
export interface HeldOutTarget { set: string; q?: number[] }
export interface HeldOutCase {
  query: string;
  kind: "keyword" | "sentence" | "name" | "typo" | "compound" | "paraphrase" | "draft";
  targets: HeldOutTarget[];
}

import { BURGERS as GRENS_TER_APEL, WHATSAPP as GRENS_APPGROEP, OM_HACK, LEKKEN, NOODKNOP as HUISELIJK_GEWELD, SEDNEY as SPORT, HUURMOORD as DARK_WEB, VISA, ERFRECHT, FEMICIDE_UITVOERING, SENTINEL, POLITIEBEGROTING as BEGROTING, POLITIEONDERWIJS as ONDERWIJS, CURACAO, UITLEVERING, OPLICHTING, OM_ICT, BEINVLOEDING, FEMICIDE_STAND, ALAWIETEN } from "./seed-sets.js";

export const DEV_HALF_2: HeldOutCase[] = [
  // keyword
  { query: "Sellingen grenscontrole", kind: "keyword", targets: [{ set: GRENS_TER_APEL, q: [1] }] },
  { query: "huurmoord dark web", kind: "keyword", targets: [{ set: DARK_WEB }] },
  { query: "Sentinel gasdrukwapen", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "Citrix kwetsbaarheid OM", kind: "keyword", targets: [{ set: OM_HACK }] },
  { query: "PNBF regeling banken", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "veldacademies politie", kind: "keyword", targets: [{ set: ONDERWIJS, q: [4, 5] }] },
  { query: "Clare's Law", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "anti-SLAPP richtlijn", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [8] }] },
  { query: "doodstraf uitlevering Verenigde Staten", kind: "keyword", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "Arma ta Karma", kind: "keyword", targets: [{ set: CURACAO, q: [4] }] },
  { query: "SASH screeningsinstrument politie", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "levensverzekering femicide", kind: "keyword", targets: [{ set: ERFRECHT }] },
  { query: "Europol dark web samenwerking", kind: "keyword", targets: [{ set: DARK_WEB, q: [9] }] },

  // sentence
  { query: "wordt de wet wapens en munitie aangepast", kind: "sentence", targets: [{ set: SENTINEL, q: [7, 9, 12] }] },
  { query: "hoeveel slachtoffers van online oplichting zijn er in nederland", kind: "sentence", targets: [{ set: OPLICHTING, q: [1, 2] }] },
  { query: "waarom worden jongeren vaker online opgelicht dan ouderen", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "hoe lang duurde de ict storing bij het OM", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "hoeveel geld heeft het OM de afgelopen jaren gekregen voor ict", kind: "sentence", targets: [{ set: OM_ICT, q: [5, 6, 7] }] },
  { query: "is het OM na de hack weer online", kind: "sentence", targets: [{ set: OM_HACK, q: [7, 11, 14, 15] }] },
  { query: "zijn er gegevens van getuigen of slachtoffers gestolen bij de hack van het OM", kind: "sentence", targets: [{ set: OM_HACK, q: [6] }] },
  { query: "heeft de minister contact gehad met Citrix", kind: "sentence", targets: [{ set: OM_HACK, q: [17] }] },
  { query: "welke rol speelt de autoriteit persoonsgegevens bij ambtenaren die gegevens lekken", kind: "sentence", targets: [{ set: LEKKEN, q: [5] }] },
  { query: "wat doen gemeenten tegen ambtenaren die informatie doorspelen aan criminelen", kind: "sentence", targets: [{ set: LEKKEN, q: [3, 4] }] },
  { query: "hoe helpt de rijksrecherche gemeenten tegen corruptie", kind: "sentence", targets: [{ set: LEKKEN, q: [4] }] },
  { query: "waarom is de noodknop niet in alle provincies beschikbaar", kind: "sentence", targets: [{ set: HUISELIJK_GEWELD, q: [7] }] },
  { query: "moet bij huiselijk geweld de dader het huis uit in plaats van het slachtoffer", kind: "sentence", targets: [{ set: HUISELIJK_GEWELD, q: [13] }] },
  { query: "hoe vaak krijgt een dader van huiselijk geweld een huisverbod", kind: "sentence", targets: [{ set: HUISELIJK_GEWELD, q: [12] }] },
  { query: "wat vindt de minister van hoe de atletiekunie met zoë sedney is omgegaan", kind: "sentence", targets: [{ set: SPORT }] },
  { query: "komt er een onafhankelijk integriteitscentrum voor de sport", kind: "sentence", targets: [{ set: SPORT, q: [10] }] },
  { query: "is er echt betaald voor moorden die via het dark web zijn besteld", kind: "sentence", targets: [{ set: DARK_WEB, q: [3] }] },
  { query: "hoeveel meldingen zijn er van fraude bij visumaanvragen", kind: "sentence", targets: [{ set: VISA, q: [2] }] },
  { query: "wanneer komen de uitkomsten van de pilot tegen phishing", kind: "sentence", targets: [{ set: VISA, q: [9] }] },
  { query: "mag iemand erven als hij zijn partner heeft gedood maar ontoerekeningsvatbaar is", kind: "sentence", targets: [{ set: ERFRECHT, q: [2, 9] }] },
  { query: "wanneer komt de wet die psychisch geweld strafbaar maakt", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "hoe staat het met het schrappen van het klachtvereiste bij stalking", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "komt er een regeringscommissaris voor geweld tegen vrouwen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "hoeveel extra geld heeft de politie gekregen sinds het kabinet schoof", kind: "sentence", targets: [{ set: BEGROTING, q: [6] }] },
  { query: "hoe groot is het financiële tekort bij de politie", kind: "sentence", targets: [{ set: BEGROTING, q: [3, 4] }] },
  { query: "worden de basisteams ontzien als de politie moet bezuinigen", kind: "sentence", targets: [{ set: BEGROTING, q: [5] }] },
  { query: "waarom zijn er te weinig rechercheurs bij de politie", kind: "sentence", targets: [{ set: ONDERWIJS, q: [2, 3] }] },
  { query: "mogen private opleiders en hogescholen ook politiemensen opleiden", kind: "sentence", targets: [{ set: ONDERWIJS, q: [6, 7] }] },
  { query: "hoe lang duurt de PSI opleiding", kind: "sentence", targets: [{ set: ONDERWIJS, q: [6, 7] }] },
  { query: "wat doet nederland tegen wapensmokkel naar curaçao", kind: "sentence", targets: [{ set: CURACAO, q: [4, 8] }] },
  { query: "wat is het leerorkest", kind: "sentence", targets: [{ set: CURACAO, q: [5] }] },
  { query: "hoeveel wapens zijn er gevonden bij het fouilleren op bonaire", kind: "sentence", targets: [{ set: CURACAO, q: [4] }] },
  { query: "wordt de amerikaanse vrouw uit ter apel uitgeleverd", kind: "sentence", targets: [{ set: UITLEVERING }] },
  { query: "hoeveel scholieren kregen voorlichting van banken over online fraude", kind: "sentence", targets: [{ set: OPLICHTING, q: [4] }] },
  { query: "helpt het NCSC bij de aanpak van online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "waarom heeft het OM al jaren last van ict problemen", kind: "sentence", targets: [{ set: OM_ICT, q: [3] }] },
  { query: "hoeveel geld van alliance defending freedom komt in nederland terecht", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "heeft de minister de hongaarse anti-lhbtiq wet met andere landen besproken", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [4] }] },
  { query: "mag de AIVD onderzoek doen naar religieuze organisaties", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "doet de politie iets tegen de influencer die opriep tot het uitroeien van alawieten", kind: "sentence", targets: [{ set: ALAWIETEN }] },
  { query: "wat doet SZW met spanningen in de syrische gemeenschap", kind: "sentence", targets: [{ set: ALAWIETEN, q: [4, 5] }] },
  { query: "wat bedoelde de minister met zijn uitspraak over burgers die grenswacht speelden", kind: "sentence", targets: [{ set: GRENS_TER_APEL, q: [6, 7] }] },
  { query: "wordt er iemand vervolgd voor de racistische berichten in de appgroep van de grenswacht", kind: "sentence", targets: [{ set: GRENS_APPGROEP, q: [4] }] },
  { query: "wat betekent de EU richtlijn voor de centra seksueel geweld", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "gaat de reclassering de BORG training ook bij een huisverbod gebruiken", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [9] }] },

  // paraphrase
  { query: "wat gebeurt er met de erfenis als een man zijn vrouw vermoordt", kind: "paraphrase", targets: [{ set: ERFRECHT }] },
  { query: "krijgt de man die zijn vrouw doodde gewoon het geld van de verzekering", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [6] }] },
  { query: "zijn de computers van justitie binnengedrongen door hackers", kind: "paraphrase", targets: [{ set: OM_HACK }] },
  { query: "mensen laten vermoorden via verborgen sites op internet", kind: "paraphrase", targets: [{ set: DARK_WEB }] },
  { query: "nepsites die vakantiegangers geld aftroggelen voor een reisvisum", kind: "paraphrase", targets: [{ set: VISA }] },
  { query: "een pistool dat met gas schiet en toch legaal te koop is", kind: "paraphrase", targets: [{ set: SENTINEL }] },
  { query: "hoe gaat de politie haar geldgat dichten", kind: "paraphrase", targets: [{ set: BEGROTING, q: [5] }] },
  { query: "is er op de politieschool genoeg plek om nieuwe speurders op te leiden", kind: "paraphrase", targets: [{ set: ONDERWIJS, q: [1, 2, 3] }] },
  { query: "steeds meer pistolen in omloop op de antillen", kind: "paraphrase", targets: [{ set: CURACAO }] },
  { query: "hoe houden ze tieners op de eilanden uit de criminaliteit", kind: "paraphrase", targets: [{ set: CURACAO, q: [5] }] },
  { query: "mag nederland iemand aan amerika overdragen als daar de executie dreigt", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [4, 5] }] },
  { query: "voelen mensen die via internet zijn bedrogen zich door de politie in de steek gelaten", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [5] }] },
  { query: "de computers bij het openbaar ministerie haperen al jaren", kind: "paraphrase", targets: [{ set: OM_ICT }] },
  { query: "amerikaans geld voor christelijke actiegroepen die tegen homorechten lobbyen", kind: "paraphrase", targets: [{ set: BEINVLOEDING }] },
  { query: "kan de overheid geld uit het buitenland voor moskeeën en kerken verbieden", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [6, 7, 9, 10, 12] }] },
  { query: "iemand riep op sociale media op om een geloofsgroep uit te moorden", kind: "paraphrase", targets: [{ set: ALAWIETEN }] },
  { query: "gemeenteambtenaren die adressen doorverkopen aan de onderwereld", kind: "paraphrase", targets: [{ set: LEKKEN }] },
  { query: "corrupte ambtenaren die na hun ontslag gewoon bij de buurgemeente gaan werken", kind: "paraphrase", targets: [{ set: LEKKEN, q: [7, 8] }] },
  { query: "alarmknop voor vrouwen die door hun ex worden bedreigd", kind: "paraphrase", targets: [{ set: HUISELIJK_GEWELD }] },
  { query: "atlete voelde zich door haar bond in de steek gelaten na ongewenst gedrag van een ploeggenoot", kind: "paraphrase", targets: [{ set: SPORT }] },
  { query: "hoe lang moeten slachtoffers van seksueel misbruik wachten tot hun zaak is afgehandeld", kind: "paraphrase", targets: [{ set: SPORT, q: [12, 13] }] },
  { query: "moeten kinderen na de moord op hun moeder hun vader blijven zien", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [17] }, { set: FEMICIDE_STAND, q: [15] }] },
  { query: "wordt haat tegen vrouwen net als terrorisme als extremisme gezien", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "komt er een nummer dat dag en nacht bereikbaar is om dreigende vrouwenmoord te melden", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "burgerwacht die bij de duitse grens auto's liet stoppen", kind: "paraphrase", targets: [{ set: GRENS_TER_APEL }] },
  { query: "waarom mogen gewone mensen niet zelf de grens controleren", kind: "paraphrase", targets: [{ set: GRENS_TER_APEL, q: [6, 7] }, { set: GRENS_APPGROEP, q: [2, 3] }] },
  { query: "hoe kregen ze stukken bij het OM toen alles van internet af was", kind: "paraphrase", targets: [{ set: OM_HACK, q: [12] }] },

  // name
  { query: "kati piri", kind: "name", targets: [{ set: GRENS_TER_APEL }, { set: GRENS_APPGROEP }] },
  { query: "jan huzen", kind: "name", targets: [{ set: GRENS_APPGROEP }] },
  { query: "van nispen politieonderwijs", kind: "name", targets: [{ set: ONDERWIJS }] },
  { query: "raoul white curacao", kind: "name", targets: [{ set: CURACAO }] },
  { query: "szabo vuurwapens", kind: "name", targets: [{ set: CURACAO }] },
  { query: "westerveld zembla", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "kathmann phishing", kind: "name", targets: [{ set: VISA }] },
  { query: "vragen van bente becker over erfrecht", kind: "name", targets: [{ set: ERFRECHT }] },
  { query: "coenradie femicide", kind: "name", targets: [{ set: FEMICIDE_STAND }] },
  { query: "mutluer noodknop", kind: "name", targets: [{ set: HUISELIJK_GEWELD }] },
  { query: "wilders twee genders", kind: "name", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "lahlah ict OM", kind: "name", targets: [{ set: OM_ICT, q: [1] }] },
  { query: "motie van der werf meldpunt", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "humeyra stalking", kind: "name", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "van weel uitlevering", kind: "name", targets: [{ set: UITLEVERING }] },

  // typo
  { query: "femicde erfenis", kind: "typo", targets: [{ set: ERFRECHT }] },
  { query: "politiebegrotnig", kind: "typo", targets: [{ set: BEGROTING }] },
  { query: "gasdrukwapn sentinal", kind: "typo", targets: [{ set: SENTINEL }] },
  { query: "uitleverng amerikaanse vrouw", kind: "typo", targets: [{ set: UITLEVERING }] },
  { query: "alawiten influencer", kind: "typo", targets: [{ set: ALAWIETEN }] },
  { query: "phising visa", kind: "typo", targets: [{ set: VISA }] },
  { query: "veldacadamies", kind: "typo", targets: [{ set: ONDERWIJS, q: [4, 5] }] },
  { query: "grenscontrolles ter apel", kind: "typo", targets: [{ set: GRENS_TER_APEL }] },
  { query: "moordopdrachen dark web", kind: "typo", targets: [{ set: DARK_WEB }] },
  { query: "zoe sedny atletiekunie", kind: "typo", targets: [{ set: SPORT }] },
  { query: "ict storingen openbaar ministrie", kind: "typo", targets: [{ set: OM_ICT }] },
  { query: "curacoa vuurwapens", kind: "typo", targets: [{ set: CURACAO }] },
  { query: "persoonsgegevns lekken ambtenaren", kind: "typo", targets: [{ set: LEKKEN }] },

  // compound
  { query: "politie begroting tekort", kind: "compound", targets: [{ set: BEGROTING }] },
  { query: "exploitatie tekort politie", kind: "compound", targets: [{ set: BEGROTING, q: [4, 5] }] },
  { query: "huurmoord websites", kind: "compound", targets: [{ set: DARK_WEB }] },
  { query: "moorden besteld via darkweb", kind: "compound", targets: [{ set: DARK_WEB }] },
  { query: "digitale recherche capaciteit", kind: "compound", targets: [{ set: DARK_WEB, q: [7] }] },
  { query: "slachtoffer device stalker", kind: "compound", targets: [{ set: HUISELIJK_GEWELD, q: [1, 11] }] },
  { query: "huis verbod dader", kind: "compound", targets: [{ set: HUISELIJK_GEWELD, q: [12] }] },
  { query: "gasdruk wapen verbod", kind: "compound", targets: [{ set: SENTINEL }] },
  { query: "opleidings capaciteit politie academie", kind: "compound", targets: [{ set: ONDERWIJS, q: [1, 2, 3] }] },
  { query: "onlineoplichting jongeren", kind: "compound", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "telecom aanbieders oplichting", kind: "compound", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "integriteits centrum sport", kind: "compound", targets: [{ set: SPORT, q: [10] }] },
  { query: "femicide monitor", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "wapen smokkel curaçao", kind: "compound", targets: [{ set: CURACAO, q: [4, 8] }] },

  // draft
  {
    query: `Vragen van het lid Mutluer (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid over het omzeilen van het verbod op gasdrukwapens

1. Welke maatregelen bent u bereid te treffen om te voorkomen dat producenten door kleine technische wijzigingen wapens verkopen die naar hun aard onder het verbod op gasdrukwapens zouden moeten vallen?

2. Vindt u het wenselijk en uitvoerbaar om de Wet wapens en munitie zodanig aan te passen dat zulke constructies om het verbod heen niet langer mogelijk zijn? Zo nee, waarom niet?`,
    kind: "draft",
    targets: [{ set: SENTINEL, q: [6, 7] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over de cyberaanval op het Openbaar Ministerie

1. Is de Autoriteit Persoonsgegevens op de hoogte gesteld van het binnendringen van de systemen van het Openbaar Ministerie?

2. Bent u bereid ervoor te zorgen dat deze toezichthouder nauw bij de afhandeling wordt betrokken, zodat zonder vertraging kan worden opgetreden zodra blijkt dat er persoonsgegevens zijn buitgemaakt?`,
    kind: "draft",
    targets: [{ set: OM_HACK, q: [16] }],
  },
  {
    query: `Is de Minister van Justitie en Veiligheid bereid om, samen met de Vereniging van Nederlandse Gemeenten, te laten onderzoeken hoe kwetsbaar de systemen van gemeenten zijn voor misbruik door hun eigen personeel, nu criminele organisaties steeds vaker proberen gemeentelijke organisaties binnen te dringen? Zo ja, op welke termijn kan de Kamer de uitkomsten verwachten? Zo nee, waarom niet?`,
    kind: "draft",
    targets: [{ set: LEKKEN, q: [6] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over een apparaat ter bescherming van slachtoffers van stalking

1. Wat is de stand van zaken van de uitvoering van de aangenomen motie die vraagt de geslaagde proef met een apparaat voor slachtoffers, waarbij de reclassering een signaal ontvangt zodra een stalker met een locatieverbod in de nabijheid komt, in het hele land in te voeren?

2. Wanneer wordt dit hulpmiddel standaard ingezet in alle zaken waarin sprake is van stalking?`,
    kind: "draft",
    targets: [{ set: HUISELIJK_GEWELD, q: [1, 11] }],
  },
  {
    query: `Welke rol heeft het Centrum Veilige Sport Nederland gespeeld in de zaak van de atlete die melding maakte van grensoverschrijdend gedrag door een teamgenoot? Was het centrum van de melding op de hoogte, en zo ja, welke opvolging heeft het daaraan gegeven? Acht u die opvolging toereikend?`,
    kind: "draft",
    targets: [{ set: SPORT, q: [5] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over de opsporing van opdrachtgevers van huurmoorden via het internet

1. Welke mogelijkheden hebben politie en Openbaar Ministerie op dit moment om personen op te sporen die via anonieme netwerken een moord bestellen en met cryptovaluta betalen?

2. Tegen welke juridische of technische grenzen lopen de opsporingsdiensten daarbij aan, en bent u bereid die weg te nemen?`,
    kind: "draft",
    targets: [{ set: DARK_WEB, q: [6] }],
  },
  {
    query: `Op welke wijze is de Autoriteit Consument & Markt als toezichthouder betrokken bij de proef met een schild tegen phishingwebsites die deze zomer is aangekondigd? Hoe neemt u de bezwaren weg die zijn geuit over de gevolgen van deze proef voor de netneutraliteit?`,
    kind: "draft",
    targets: [{ set: VISA, q: [10] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over de uitkering van levensverzekeringen na partnerdoding

Bent u bereid om met het Verbond van Verzekeraars in overleg te treden over het opnemen van een standaardclausule in polisvoorwaarden, op grond waarvan de uitbetaling van een levensverzekering wordt aangehouden of geweigerd wanneer er aanwijzingen zijn dat de begunstigde betrokken was bij het overlijden van de verzekerde? Zo nee, waarom niet?`,
    kind: "draft",
    targets: [{ set: ERFRECHT, q: [8] }],
  },
  {
    query: `Hoe staat het met de uitvoering van de aangenomen motie die de regering verzoekt te onderzoeken of in Nederland een regeling kan worden ingevoerd naar Brits voorbeeld, waarbij iemand bij de politie kan navragen of een (nieuwe) partner een verleden van huiselijk geweld heeft? Wanneer kan de Kamer de uitkomsten van dat onderzoek verwachten?`,
    kind: "draft",
    targets: [{ set: FEMICIDE_UITVOERING, q: [7] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over de financiering van de politie

1. Welk bedrag is sinds het aantreden van het huidige kabinet in totaal extra aan de Nationale Politie toegekend?

2. Welk deel van deze aanvullende middelen kan de politie naar eigen inzicht besteden, en welk deel is gereserveerd voor specifieke nieuwe prioriteiten?`,
    kind: "draft",
    targets: [{ set: BEGROTING, q: [6] }],
  },
  {
    query: `Heeft u, samen met de leiding van de politie, inmiddels onderzocht hoe er een aparte, modulair opgebouwde opleiding tot rechercheur kan komen, zoals de Kamer heeft gevraagd in een aangenomen motie? Wat heeft die verkenning opgeleverd, en als zij nog niet heeft plaatsgevonden, waarom niet en wanneer gebeurt dat alsnog?`,
    kind: "draft",
    targets: [{ set: ONDERWIJS, q: [9] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid en de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over de handel in vuurwapens via internet in het Caribisch deel van het Koninkrijk

1. Wat wordt er gedaan om de verkoop van illegale vuurwapens via internet en sociale media op de eilanden tegen te gaan?

2. Werken de autoriteiten van de verschillende landen binnen het Koninkrijk hierin voldoende samen? Zo nee, bent u bereid om samen met de eilanden in kaart te brengen hoe deze aanpak kan worden versterkt?`,
    kind: "draft",
    targets: [{ set: CURACAO, q: [9] }],
  },
  {
    query: `Welke taak ziet u weggelegd voor het Nationaal Cyber Security Centrum, het Digital Trust Center en andere organisaties bij het bestrijden van oplichting via internet? Bent u van mening dat deze organisaties voldoende zijn toegerust om burgers en ondernemers tegen deze vormen van fraude te beschermen?`,
    kind: "draft",
    targets: [{ set: OPLICHTING, q: [10] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over de ICT van het Openbaar Ministerie en het nieuwe Wetboek van Strafvordering

1. Onderschrijft u dat de invoering van het nieuwe Wetboek van Strafvordering ook bij het Openbaar Ministerie aanzienlijke investeringen in de informatiesystemen vergt?

2. Zo ja, hoe borgt u dat deze investeringen tijdig worden gedaan en dat de invoering niet vastloopt op verouderde systemen?`,
    kind: "draft",
    targets: [{ set: OM_ICT, q: [6] }],
  },
  {
    query: `Vragen aan de Minister van Justitie en Veiligheid over het overslaan van buitenlandse conflicten naar Nederland

Welke preventieve stappen zijn gezet om te voorkomen dat het geweld tussen religieuze groepen in Syrië zich in Nederland vertaalt in maatschappelijke onrust of geweld tussen gemeenschappen? Indien er geen stappen zijn gezet, waarom niet, en bent u bereid dit alsnog te doen?`,
    kind: "draft",
    targets: [{ set: ALAWIETEN, q: [4] }],
  },
];
