/**
 * Held-out test half 5 of the search evaluation.
 *
 * Written from the seed dump alone, without looking at the ranking code, its word lists or
 * the other halves, and without running the search on any of these queries. It is run only
 * at the end (`npm run eval -- --test`), and only its aggregate figures are read. Once its
 * misses have been looked at, it belongs to the dev half.
 *
 * Sentences and paraphrases are written as typed in chat: lowercase, no punctuation.
 * Paraphrases use the everyday words of someone who has not read the question.
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

export const TEST_HALF_5: HeldOutCase[] = [
  // Burgers die zelf de grens bewaken
  { query: "wat deden die burgers precies bij de grens bij ter apel", kind: "sentence", targets: [{ set: BURGERS, q: [2, 1] }] },
  { query: "mensen die zelf autos aanhouden bij de duitse grens mag dat wel", kind: "paraphrase", targets: [{ set: BURGERS, q: [5, 3, 4] }] },
  { query: "heeft de minister met berlijn gepraat over die burgerwachten", kind: "paraphrase", targets: [{ set: BURGERS, q: [8] }] },
  { query: "wat bedoelde van weel met neem het recht niet in eigen hand", kind: "sentence", targets: [{ set: BURGERS, q: [7, 6] }] },
  { query: "burgers grenscontrole sellingen ter apel", kind: "keyword", targets: [{ set: BURGERS, q: [1] }] },
  { query: "zelfbenoemde grenscontroluers", kind: "typo", targets: [{ set: BURGERS, q: [2] }] },
  { query: "grens wacht ter apel", kind: "compound", targets: [{ set: BURGERS, q: [6, 1] }, { set: WHATSAPP, q: [1] }] },
  { query: "piri mutluer grenscontrole", kind: "name", targets: [{ set: BURGERS }, { set: WHATSAPP }] },
  { query: "voelen automobilisten zich niet onder druk gezet door zulke acties", kind: "sentence", targets: [{ set: BURGERS, q: [3] }] },
  { query: "is de minister het eens met de woordvoerder van westerwolde", kind: "sentence", targets: [{ set: BURGERS, q: [5] }] },
  { query: "beperken die controles de vrijheid van andere burgers", kind: "sentence", targets: [{ set: BURGERS, q: [4] }] },
  { query: "worden de mannen uit die racistische groepsapp nog aangeklaagd", kind: "paraphrase", targets: [{ set: WHATSAPP, q: [4] }] },
  { query: "heeft de minister nog begrip voor de frustratie na die racistische berichten", kind: "sentence", targets: [{ set: WHATSAPP, q: [2] }] },
  { query: "whatsapp grenswacht racisme", kind: "keyword", targets: [{ set: WHATSAPP, q: [1] }] },
  { query: "de man die de chat beheerde was blij dat er geen zwarte mensen langskwamen", kind: "paraphrase", targets: [{ set: WHATSAPP, q: [3] }] },
  { query: "racistiese uitlatingen appgroep", kind: "typo", targets: [{ set: WHATSAPP, q: [4] }] },
  { query: "whats app groep grenscontroles", kind: "compound", targets: [{ set: WHATSAPP, q: [1, 2] }] },
  { query: "piri whatsapp racisme", kind: "name", targets: [{ set: WHATSAPP }] },

  // Hack van de digitale werkomgeving van het OM
  { query: "zijn er ook gegevens van getuigen buitgemaakt bij de hack van het om", kind: "sentence", targets: [{ set: OM_HACK, q: [6] }] },
  { query: "konden de aanklagers nog gewoon werken toen alles plat lag", kind: "paraphrase", targets: [{ set: OM_HACK, q: [12] }] },
  { query: "hebben de inbrekers ook thuisadressen van het personeel meegenomen", kind: "paraphrase", targets: [{ set: OM_HACK, q: [4, 3] }] },
  { query: "citrix kwetsbaarheid overheidsorganisaties", kind: "keyword", targets: [{ set: OM_HACK, q: [8, 17] }] },
  { query: "heeft de minister contact gehad met citrix over het lek", kind: "sentence", targets: [{ set: OM_HACK, q: [17] }] },
  { query: "is de autoriteit persoonsgegevens ingeschakeld na de hack bij het om", kind: "sentence", targets: [{ set: OM_HACK, q: [16] }] },
  { query: "krijgen advocaten en rechters te horen wat de storing voor hun zaken betekent", kind: "sentence", targets: [{ set: OM_HACK, q: [13] }] },
  { query: "kan het repareren niet wat vlugger dan een paar weken", kind: "paraphrase", targets: [{ set: OM_HACK, q: [11, 15] }] },
  { query: "openbaar ministrie gehackt", kind: "typo", targets: [{ set: OM_HACK }] },
  { query: "hack aanval om medewerkers veiligheid", kind: "compound", targets: [{ set: OM_HACK, q: [5] }] },
  { query: "ncsc scans openbaar ministerie", kind: "keyword", targets: [{ set: OM_HACK, q: [2] }] },
  { query: "wanneer mag het om na de hack weer aan het internet", kind: "sentence", targets: [{ set: OM_HACK, q: [14, 11, 15] }] },
  { query: "wordt gekeken of mensen die zware criminelen vervolgen nu gevaar lopen", kind: "paraphrase", targets: [{ set: OM_HACK, q: [5] }] },
  { query: "vertelt justitie bedrijven wat ze over de inbraak in hun computers weten", kind: "paraphrase", targets: [{ set: OM_HACK, q: [9] }] },
  { query: "ketenpartners om offline", kind: "keyword", targets: [{ set: OM_HACK, q: [10, 12] }] },
  { query: "risicoanalise kwetsbaarheden om", kind: "typo", targets: [{ set: OM_HACK, q: [7] }] },
  { query: "wat stond er in de interne uitleg die nrc in handen had", kind: "sentence", targets: [{ set: OM_HACK, q: [18] }] },
  { query: "backup systemen om offline", kind: "compound", targets: [{ set: OM_HACK, q: [12] }] },

  // Ambtenaren die persoonsgegevens lekken
  { query: "hoeveel ambtenaren zijn betrapt op het doorspelen van adressen aan boeven", kind: "paraphrase", targets: [{ set: LEKKEN, q: [3] }] },
  { query: "welke rol heeft de autoriteit persoonsgegevens als ambtenaren gegevens lekken", kind: "sentence", targets: [{ set: LEKKEN, q: [5] }] },
  { query: "ambtenaar amsterdam lekken persoonsgegevens", kind: "keyword", targets: [{ set: LEKKEN, q: [1] }] },
  { query: "gemeente ambtenaar lekt gegevens", kind: "compound", targets: [{ set: LEKKEN, q: [3, 1] }] },
  { query: "rijbewijsdata kentekkens ambtenaren", kind: "typo", targets: [{ set: LEKKEN, q: [2] }] },
  { query: "wat doet den haag om gemeenten te helpen tegen omkoping van hun personeel", kind: "paraphrase", targets: [{ set: LEKKEN, q: [4, 8] }] },
  { query: "gaat de minister met de vng kijken hoe kwetsbaar gemeentelijke systemen zijn", kind: "sentence", targets: [{ set: LEKKEN, q: [6] }] },
  { query: "anticorruptie aanpak ambtenaren", kind: "compound", targets: [{ set: LEKKEN, q: [4, 7, 8] }] },
  { query: "criminelen die loketmedewerkers omkopen voor informatie hoe groot is dat gevaar", kind: "paraphrase", targets: [{ set: LEKKEN, q: [7] }] },
  { query: "jobhoppen ambtenaren buurgemeente", kind: "keyword", targets: [{ set: LEKKEN, q: [7, 8] }] },
  { query: "wat gaat de minister op korte termijn doen tegen corruptie bij de overheid", kind: "sentence", targets: [{ set: LEKKEN, q: [8, 7] }] },

  // Noodknop en hulpmiddelen voor slachtoffers van huiselijk geweld
  { query: "waarom krijgt een vrouw in de ene provincie wel een alarmknop en elders niet", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [7] }] },
  { query: "hoeveel vrouwen wachten op een noodknop maar krijgen hem niet", kind: "sentence", targets: [{ set: NOODKNOP, q: [5] }] },
  { query: "slachtofferdevice motie mutluer", kind: "keyword", targets: [{ set: NOODKNOP, q: [11, 1] }] },
  { query: "moet niet de pleger het huis uit in plaats van moeder en kinderen", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [13] }] },
  { query: "hoe vaak wordt een huisverbod opgelegd bij huiselijk geweld", kind: "sentence", targets: [{ set: NOODKNOP, q: [12] }] },
  { query: "nood knop slachtoffers", kind: "compound", targets: [{ set: NOODKNOP, q: [7, 8] }] },
  { query: "noodnkop huiselijk geweld", kind: "typo", targets: [{ set: NOODKNOP }] },
  { query: "is er meer geld nodig om alle bedreigde vrouwen zon alarmpje te geven", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [9, 10] }] },
  { query: "krijgt een slachtoffer dat nog met de dader samen is ook een noodknop", kind: "sentence", targets: [{ set: NOODKNOP, q: [8] }] },
  { query: "als de rechter zegt dat er een alarmsysteem moet komen gebeurt dat dan ook", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [4] }] },
  { query: "struycken huiselijk geweld stalking", kind: "name", targets: [{ set: NOODKNOP }] },
  { query: "technische hulpmiddelen stalking", kind: "keyword", targets: [{ set: NOODKNOP, q: [2, 3] }] },
  { query: "landelijk beleid hulp middelen vrouwen in nood", kind: "compound", targets: [{ set: NOODKNOP, q: [6] }] },
  { query: "moet het kabinet bij de begroting voor 2026 geld vrijmaken voor alarmknoppen", kind: "sentence", targets: [{ set: NOODKNOP, q: [10] }] },
  { query: "komt dat seintje naar de reclassering bij een naderende stalker overal", kind: "paraphrase", targets: [{ set: NOODKNOP, q: [11, 1] }] },

  // Zoë Sedney en grensoverschrijdend gedrag in de sport
  { query: "sedney grensoverschrijdend gedrag teamgenoot", kind: "keyword", targets: [{ set: SEDNEY, q: [1] }] },
  { query: "mocht de sporter die over de grens ging gewoon weer terug in de ploeg", kind: "paraphrase", targets: [{ set: SEDNEY, q: [3] }] },
  { query: "hebben sportbonden een zorgplicht bij meldingen van grensoverschrijdend gedrag", kind: "sentence", targets: [{ set: SEDNEY, q: [2] }] },
  { query: "cvsn melding atlete", kind: "keyword", targets: [{ set: SEDNEY, q: [5] }] },
  { query: "wanneer komt er eindelijk een onafhankelijk loket voor misbruik in de sport", kind: "paraphrase", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "victimblaming sportorganisaties", kind: "compound", targets: [{ set: SEDNEY, q: [9] }] },
  { query: "intergriteitscentrum sport", kind: "typo", targets: [{ set: SEDNEY, q: [10] }] },
  { query: "wie let erop dat de bonden zich aan de afspraken houden", kind: "paraphrase", targets: [{ set: SEDNEY, q: [7] }] },
  { query: "waarom duren zedenzaken zo lang voor slachtoffers", kind: "sentence", targets: [{ set: SEDNEY, q: [12, 13] }] },
  { query: "de atlete moest zeggen wat ze nodig had bij zijn terugkeer en er gebeurde niks", kind: "paraphrase", targets: [{ set: SEDNEY, q: [4] }] },
  { query: "grensoverschreidend gedrag atletiek", kind: "typo", targets: [{ set: SEDNEY, q: [1, 2] }] },
  { query: "welke regels gelden voor bonden bij meldingen binnen nationale selecties", kind: "sentence", targets: [{ set: SEDNEY, q: [6] }] },
  { query: "wordt bij de teamkeuze rekening gehouden met wat het slachtoffer wil", kind: "paraphrase", targets: [{ set: SEDNEY, q: [8] }] },

  // Moorden besteld via het dark web
  { query: "kun je echt via internet een moord bestellen en wist de politie dat al", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [2, 1] }] },
  { query: "dark web moord bestellen", kind: "keyword", targets: [{ set: HUURMOORD }] },
  { query: "huurmoord platforms onderzoek", kind: "compound", targets: [{ set: HUURMOORD, q: [8] }] },
  { query: "moord opdrachten dark web onderzoeken", kind: "compound", targets: [{ set: HUURMOORD, q: [4, 1] }] },
  { query: "klopt het dat er in vier gevallen daadwerkelijk geld is overgemaakt", kind: "sentence", targets: [{ set: HUURMOORD, q: [3] }] },
  { query: "worden de mensen op wie een prijs stond gewaarschuwd", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [4, 5] }] },
  { query: "kan de politie achterhalen wie met crypto betaalt voor een moord", kind: "sentence", targets: [{ set: HUURMOORD, q: [6] }] },
  { query: "digitale recherhecapaciteit", kind: "typo", targets: [{ set: HUURMOORD, q: [7] }] },
  { query: "werkt nederland met europol samen tegen huurmoordsites", kind: "sentence", targets: [{ set: HUURMOORD, q: [9] }] },
  { query: "hoe worden mensen beschermd die het doelwit waren van zon bestelling", kind: "paraphrase", targets: [{ set: HUURMOORD, q: [5] }] },

  // Fraude met visa en phishing
  { query: "vakantiegangers die online een nep reisvergunning kopen hoe vaak gebeurt dat", kind: "paraphrase", targets: [{ set: VISA, q: [2] }] },
  { query: "anti phishing shield pilot", kind: "keyword", targets: [{ set: VISA, q: [8, 9] }] },
  { query: "kathmann mutluer phishing vakantiegangers", kind: "name", targets: [{ set: VISA }] },
  { query: "van marum visumfraude", kind: "name", targets: [{ set: VISA }] },
  { query: "hoe werkt het belgische systeem tegen verdachte links", kind: "sentence", targets: [{ set: VISA, q: [7] }] },
  { query: "visum aanvraag nepsite", kind: "compound", targets: [{ set: VISA, q: [2, 5] }] },
  { query: "visumfraude phishng", kind: "typo", targets: [{ set: VISA, q: [2, 5] }] },
  { query: "is het blokkeren van nepsites niet in strijd met een vrij internet", kind: "paraphrase", targets: [{ set: VISA, q: [10, 11] }] },
  { query: "wat is de rol van de acm bij de proef tegen phishing", kind: "sentence", targets: [{ set: VISA, q: [10] }] },
  { query: "waarschuwen vliegmaatschappijen reizigers voor valse websites", kind: "paraphrase", targets: [{ set: VISA, q: [4] }] },
  { query: "fraudehelpdesk aangiften visumfraude", kind: "keyword", targets: [{ set: VISA, q: [3] }] },
  { query: "hoeveel mensen trappen per jaar in phishing in nederland", kind: "sentence", targets: [{ set: VISA, q: [6] }] },
  { query: "net neutraliteit verdachte websites blokkeren", kind: "compound", targets: [{ set: VISA, q: [10, 11] }] },
  { query: "wanneer hoort de kamer wat de proef met het phishingschild heeft opgeleverd", kind: "sentence", targets: [{ set: VISA, q: [9] }] },

  // Erfrecht, levensverzekeringen en femicide
  { query: "erft iemand die zijn vrouw doodde en gek verklaard is gewoon haar geld", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [2, 9] }] },
  { query: "moeten nabestaanden zelf naar de rechter om de dader van de erfenis uit te sluiten", kind: "sentence", targets: [{ set: ERFRECHT, q: [3, 4] }] },
  { query: "onwaardig erfgenaam femicide", kind: "keyword", targets: [{ set: ERFRECHT, q: [2, 3] }] },
  { query: "krijgt de dader de uitkering van de polis als zijn partner door hem overlijdt", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [6] }] },
  { query: "overlegt de minister met verzekeraars over het stopzetten van uitkeringen bij verdenking", kind: "sentence", targets: [{ set: ERFRECHT, q: [8] }] },
  { query: "levens verzekeringen uitkeren aan dader", kind: "compound", targets: [{ set: ERFRECHT, q: [6, 8] }] },
  { query: "erfrecth femicide", kind: "typo", targets: [{ set: ERFRECHT }] },
  { query: "bente becker erfrecht", kind: "name", targets: [{ set: ERFRECHT }] },
  { query: "hoe vaak heeft iemand die zijn partner ombracht toch geerfd", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [5] }] },
  { query: "klopt het dat misdaad in zulke gevallen toch loont", kind: "sentence", targets: [{ set: ERFRECHT, q: [7] }] },
  { query: "onwaardigheid erven artikel 4:3", kind: "keyword", targets: [{ set: ERFRECHT, q: [2] }] },
  { query: "moet een dader niet standaard onterfd worden tenzij de rechter anders beslist", kind: "paraphrase", targets: [{ set: ERFRECHT, q: [9] }] },

  // Uitvoering van maatregelen tegen femicide
  { query: "wanneer komt het wetsvoorstel over strafbaarstelling van psychisch geweld", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "clare's law nederland", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "vrouwenhaat extremistiese ideologie", kind: "typo", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "wordt haat tegen vrouwen net als in engeland als extremisme gezien", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [12] }] },
  { query: "wanneer vervalt het klachtvereiste bij stalking", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "hoeft iemand die gestalkt wordt straks zelf geen aangifte meer te doen voor vervolging", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [11] }] },
  { query: "wodc onderzoek psychisch geweld", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [9, 10] }, { set: FEMICIDE_STAND, q: [4] }] },
  { query: "welke landen worden vergeleken bij het strafbaar maken van emotionele mishandeling", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [10] }] },
  { query: "overweegt de minister een regeringscommissaris huiselijk geweld zoals istanbul voorschrijft", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "femicidemonitor wanneer klaar", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [14] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "hanneke van der werf clares law", kind: "name", targets: [{ set: FEMICIDE_UITVOERING, q: [7] }] },
  { query: "moeten kinderen na de moord op hun moeder nog omgang hebben met hun vader", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [17] }, { set: FEMICIDE_STAND, q: [15] }] },
  { query: "is de publiekscampagne over femicide al begonnen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [13] }, { set: FEMICIDE_STAND, q: [6] }] },
  { query: "casus regisseur politie huiselijk geweld", kind: "compound", targets: [{ set: FEMICIDE_UITVOERING, q: [18] }, { set: FEMICIDE_STAND, q: [12] }] },
  { query: "de vorige staatssecretaris beloofde die wet al in mei waar blijft hij", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [4] }] },
  { query: "hoe staat het met de landelijke coordinatie van de aanpak van geweld tegen vrouwen", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [6] }] },
  { query: "stop femicide voortgangsrapportage", kind: "keyword", targets: [{ set: FEMICIDE_UITVOERING, q: [5] }, { set: FEMICIDE_STAND, q: [3] }] },
  { query: "verdrag van istanbul regeringscommisaris", kind: "typo", targets: [{ set: FEMICIDE_UITVOERING, q: [16] }] },
  { query: "is de val van het kabinet een reden om minder te doen tegen vrouwenmoord", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [2] }] },
  { query: "wat is de status van alle moties en toezeggingen over femicide", kind: "sentence", targets: [{ set: FEMICIDE_UITVOERING, q: [3] }] },
  { query: "leren agenten en rechters de waarschuwingstekens van partnerdoding herkennen", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [8] }, { set: FEMICIDE_STAND, q: [7] }] },
  { query: "becker van der werf motie", kind: "name", targets: [{ set: FEMICIDE_UITVOERING, q: [6] }, { set: FEMICIDE_STAND, q: [5] }] },
  { query: "hoeveel vrouwen worden er vermoord door hun ex", kind: "paraphrase", targets: [{ set: FEMICIDE_UITVOERING, q: [1] }, { set: FEMICIDE_STAND, q: [2] }] },

  // Stand van zaken aanpak femicide
  { query: "hoe staat het met het meldpunt femicide dat dag en nacht bereikbaar is", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [5] }] },
  { query: "borg traject snelrecht", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "coenradie toezeggingen femicidedebat", kind: "name", targets: [{ set: FEMICIDE_STAND }] },
  { query: "sash formulier politie getraind", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "humeyra stalkng adviezen", kind: "typo", targets: [{ set: FEMICIDE_STAND, q: [10] }] },
  { query: "komt er in nederland een centrum waar slachtoffers van verkrachting terechtkunnen", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "wat gebeurt er met de 10 miljoen euro uit het amendement mutluer", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [6] }, { set: FEMICIDE_UITVOERING, q: [13] }] },
  { query: "krijgen nabestaanden een vast contactpersoon bij de politie", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [14] }] },
  { query: "regio plan handreiking stalking", kind: "compound", targets: [{ set: FEMICIDE_STAND, q: [11] }] },
  { query: "centrum seksueel geweld eu richtlijn", kind: "keyword", targets: [{ set: FEMICIDE_STAND, q: [8] }] },
  { query: "is er al een casusregisseur bij de politie voor stalkingszaken", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [12] }, { set: FEMICIDE_UITVOERING, q: [18] }] },
  { query: "wie vult bij de politie het risicoformulier in en is die daarvoor opgeleid", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [13] }] },
  { query: "hoe krijg je mannen die slaan sneller op een cursus tegen agressie", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [9] }] },
  { query: "rodevlaggen femicide opleiding", kind: "compound", targets: [{ set: FEMICIDE_STAND, q: [7] }, { set: FEMICIDE_UITVOERING, q: [8, 15] }] },
  { query: "wordt het plan van aanpak femicide al uitgevoerd", kind: "sentence", targets: [{ set: FEMICIDE_STAND, q: [3] }, { set: FEMICIDE_UITVOERING, q: [5] }] },
  { query: "worden de lessen uit de moord op dat meisje dat gestalkt werd al toegepast", kind: "paraphrase", targets: [{ set: FEMICIDE_STAND, q: [10] }] },

  // Gasdrukwapen Sentinel
  { query: "dat speelgoedgeweer dat op een echt wapen lijkt waarom is dat niet verboden", kind: "paraphrase", targets: [{ set: SENTINEL, q: [2] }] },
  { query: "sentinel wapen telegraaf", kind: "keyword", targets: [{ set: SENTINEL }] },
  { query: "sentinal wapen verkoop", kind: "typo", targets: [{ set: SENTINEL }] },
  { query: "gas drukwapen verbod", kind: "compound", targets: [{ set: SENTINEL, q: [2] }] },
  { query: "hoeveel van die wapens worden in nederland verkocht en wie koopt ze", kind: "sentence", targets: [{ set: SENTINEL, q: [3] }] },
  { query: "houdt de politie bij hoeveel van deze wapens in beslag zijn genomen", kind: "sentence", targets: [{ set: SENTINEL, q: [4] }] },
  { query: "hoe is het in belgie en duitsland geregeld met dit soort wapens", kind: "sentence", targets: [{ set: SENTINEL, q: [10] }] },
  { query: "wet wapens en munitie messenverbod minderjarigen", kind: "keyword", targets: [{ set: SENTINEL, q: [12] }] },
  { query: "wanneer mogen tieners geen mes meer op zak hebben", kind: "paraphrase", targets: [{ set: SENTINEL, q: [12] }] },
  { query: "wil de minister de wapenwet aanpassen tegen ontwijkconstructies", kind: "sentence", targets: [{ set: SENTINEL, q: [7, 6] }] },
  { query: "kan je de regels nog handhaven met al die uitzonderingen", kind: "paraphrase", targets: [{ set: SENTINEL, q: [8] }] },
  { query: "verdedigings wapens europees afstemmen", kind: "compound", targets: [{ set: SENTINEL, q: [11] }] },
  { query: "kunnen zulke wapens ertoe leiden dat ruzies uit de hand lopen", kind: "paraphrase", targets: [{ set: SENTINEL, q: [5] }] },
  { query: "mutluer gasdrukwapen", kind: "name", targets: [{ set: SENTINEL }] },

  // De politiebegroting
  { query: "taskforce ombuigingen politie knelpunten", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [2, 3] }] },
  { query: "hoe groot is het tekort bij de politie tussen 2026 en 2029", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [4, 3] }] },
  { query: "hoe gaat de politie het gat in de begroting dichten", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [5] }] },
  { query: "exploitatie tekort politie opheffen", kind: "compound", targets: [{ set: POLITIEBEGROTING, q: [4, 5] }] },
  { query: "kabinet schoof politie extra middelen", kind: "name", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "hoeveel extra geld heeft de politie sinds dit kabinet gekregen", kind: "sentence", targets: [{ set: POLITIEBEGROTING, q: [6] }] },
  { query: "heeft de politie op lange termijn genoeg geld voor al haar taken", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [7] }] },
  { query: "politiebegrotign digitalisering", kind: "typo", targets: [{ set: POLITIEBEGROTING }] },
  { query: "it infrastructuur politie kosten", kind: "compound", targets: [{ set: POLITIEBEGROTING, q: [3] }] },
  { query: "waar gaat het geld van de politie nog meer naartoe behalve computers", kind: "paraphrase", targets: [{ set: POLITIEBEGROTING, q: [3] }] },
  { query: "doorlichting huishouding politie korpschef", kind: "keyword", targets: [{ set: POLITIEBEGROTING, q: [2] }] },

  // Politieonderwijs en tekorten in de opsporing
  { query: "veldacademie kwaliteit politieonderwijs", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "eenheden die zelf maar gaan opleiden omdat de academie het niet bijbeent", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [4, 5] }] },
  { query: "is er te weinig opleidingscapaciteit voor rechercheurs bij de politieacademie", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [2, 3] }] },
  { query: "van nispen opsporing tekorten", kind: "name", targets: [{ set: POLITIEONDERWIJS }] },
  { query: "politieacadmie opleidingscapaciteit", kind: "typo", targets: [{ set: POLITIEONDERWIJS, q: [2, 3] }] },
  { query: "politie academie structurele financiering", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [8] }] },
  { query: "mogen externe opleiders ook politieonderwijs geven", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [7, 6] }] },
  { query: "waarom gebruikt de politie nauwelijks gewone scholen om speurders op te leiden", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [6, 7] }] },
  { query: "modulaire rechercheopleiding motie", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "recherche opleiding modulair", kind: "compound", targets: [{ set: POLITIEONDERWIJS, q: [9] }] },
  { query: "hoe groot is het tekort per instroomroute zoals psi en ath boa", kind: "sentence", targets: [{ set: POLITIEONDERWIJS, q: [3, 2] }] },
  { query: "hoort de kamer voor de zomer hoe de minister de agentenopleiding weer in handen neemt", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [10] }] },
  { query: "inzetbrief politiebonden", kind: "keyword", targets: [{ set: POLITIEONDERWIJS, q: [1] }] },
  { query: "maken die extra opleidingsplekken de druk op de collegas die begeleiden niet groter", kind: "paraphrase", targets: [{ set: POLITIEONDERWIJS, q: [5, 4] }] },

  // Vuurwapenbezit op Curaçao
  { query: "is het vuurwapenbezit alleen op curacao een probleem of ook op andere eilanden", kind: "sentence", targets: [{ set: CURACAO, q: [3] }] },
  { query: "raoul white vuurwapenbezit", kind: "name", targets: [{ set: CURACAO }] },
  { query: "zsolt szabo caribisch", kind: "name", targets: [{ set: CURACAO }] },
  { query: "arma ta karma campagne", kind: "keyword", targets: [{ set: CURACAO, q: [4] }] },
  { query: "hoe houden ze jongeren op de antillen weg bij pistolen en bendes", kind: "paraphrase", targets: [{ set: CURACAO, q: [5] }] },
  { query: "vuur wapens curacao", kind: "compound", targets: [{ set: CURACAO }] },
  { query: "wapensmokkel curacao kustwact", kind: "typo", targets: [{ set: CURACAO, q: [8, 4] }] },
  { query: "hoe wordt de handel in geweren via internet op de eilanden aangepakt", kind: "paraphrase", targets: [{ set: CURACAO, q: [9] }] },
  { query: "hoe helpt nederland bonaire saba en sint eustatius", kind: "sentence", targets: [{ set: CURACAO, q: [7] }] },
  { query: "welke hulp krijgen aruba en sint maarten van den haag tegen schietpartijen", kind: "paraphrase", targets: [{ set: CURACAO, q: [6] }] },
  { query: "el paccto wapenhandel", kind: "keyword", targets: [{ set: CURACAO, q: [8] }] },
  { query: "hebben de eilanden genoeg mensen om wapens die over zee komen tegen te houden", kind: "sentence", targets: [{ set: CURACAO, q: [4] }] },

  // Mogelijke uitlevering van een Amerikaanse vrouw
  { query: "wordt die amerikaanse uit het asielcentrum aan de vs overgedragen", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [2, 5, 1] }] },
  { query: "wordt iemand uitgeleverd als de doodstraf dreigt", kind: "sentence", targets: [{ set: UITLEVERING, q: [5, 4] }] },
  { query: "south carolina doodstraf uitgevoerd", kind: "keyword", targets: [{ set: UITLEVERING, q: [3] }] },
  { query: "uitleveringsverzoeck verenigde staten", kind: "typo", targets: [{ set: UITLEVERING, q: [2] }] },
  { query: "uitleverings verzoek weigeren doodstraf", kind: "compound", targets: [{ set: UITLEVERING, q: [5] }] },
  { query: "kan ze in amerika terechtgesteld worden voor waar ze van verdacht wordt", kind: "paraphrase", targets: [{ set: UITLEVERING, q: [4] }] },
  { query: "van weel amerikaanse vrouw", kind: "name", targets: [{ set: UITLEVERING }] },

  // Toename van online oplichting
  { query: "hoe komt het dat tieners vaker worden opgelicht dan 65 plussers", kind: "sentence", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "pnbf regeling terugbetaling", kind: "keyword", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "kan ik via mijn bank de naam van degene die mij afzette opvragen", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [7, 8] }] },
  { query: "voelen slachtoffers van internetfraude zich in de steek gelaten door de politie", kind: "sentence", targets: [{ set: OPLICHTING, q: [5] }] },
  { query: "werken banken en telefoonbedrijven samen met justitie tegen bedriegers", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [6] }] },
  { query: "internet oplichting slachtoffers", kind: "compound", targets: [{ set: OPLICHTING }] },
  { query: "oplichtign jongeren", kind: "typo", targets: [{ set: OPLICHTING, q: [3] }] },
  { query: "mutluer pnbf motie", kind: "name", targets: [{ set: OPLICHTING, q: [8] }] },
  { query: "digital trust center ncsc oplichting", kind: "keyword", targets: [{ set: OPLICHTING, q: [10] }] },
  { query: "welke maatregelen zijn de afgelopen twee jaar genomen tegen online oplichting", kind: "sentence", targets: [{ set: OPLICHTING, q: [4] }] },
  { query: "moet justitie meer mensen vrijmaken om internetbedrog aan te pakken", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [9] }] },
  { query: "payment service providers pnbf", kind: "compound", targets: [{ set: OPLICHTING, q: [8] }] },
  { query: "klopt het dat al meer dan twee miljoen mensen online zijn afgezet", kind: "paraphrase", targets: [{ set: OPLICHTING, q: [2, 1] }] },

  // Blijvende ICT-problemen bij het OM
  { query: "lahlah vragenuur om storingen", kind: "name", targets: [{ set: OM_ICT, q: [1] }] },
  { query: "hoe lang duurde de laatste ict storing bij het om", kind: "sentence", targets: [{ set: OM_ICT, q: [2] }] },
  { query: "de computers van de officieren doen het al jaren slecht hoe kan dat", kind: "paraphrase", targets: [{ set: OM_ICT, q: [3] }] },
  { query: "hoeveel is er de afgelopen vijf jaar in de ict van het om gestoken", kind: "sentence", targets: [{ set: OM_ICT, q: [5] }] },
  { query: "nieuw wetboek van strafvordering ict om", kind: "keyword", targets: [{ set: OM_ICT, q: [6] }] },
  { query: "doorloop tijden ict storing om", kind: "compound", targets: [{ set: OM_ICT, q: [4] }] },
  { query: "ict problemen openbaar minsiterie", kind: "typo", targets: [{ set: OM_ICT }] },
  { query: "wanneer werkt het computersysteem van de aanklagers eindelijk weer goed", kind: "paraphrase", targets: [{ set: OM_ICT, q: [7] }] },
  { query: "gps systeem om vervangen", kind: "keyword", targets: [{ set: OM_ICT, q: [5] }] },
  { query: "lopen strafzaken vertraging op doordat het om steeds plat ligt", kind: "paraphrase", targets: [{ set: OM_ICT, q: [4] }] },

  // Buitenlandse beïnvloeding van het emancipatiebeleid
  { query: "zembla uitzending gods lobbyisten", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [1] }] },
  { query: "westerveld conservatieve lobby", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "paul emancipatiebeleid beinvloeding", kind: "name", targets: [{ set: BEINVLOEDING }] },
  { query: "wilders gender indoctrinatie", kind: "name", targets: [{ set: BEINVLOEDING, q: [14] }] },
  { query: "hoeveel amerikaans geld van christelijke actiegroepen komt in nederland terecht", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [6, 7, 12] }] },
  { query: "adf lobbygeld europa nederlandse organisaties", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [6] }] },
  { query: "kan de aivd onderzoek doen naar religieuze organisaties", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [11] }] },
  { query: "proberen die strenggelovige lobbyclubs ambtenaren op ministeries te bereiken", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [3] }] },
  { query: "bespreekt de minister de rechten van vrouwen met polen en hongarije", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [4] }] },
  { query: "justice for prosperity migranten", kind: "keyword", targets: [{ set: BEINVLOEDING, q: [8] }] },
  { query: "slapp richtlijn", kind: "compound", targets: [{ set: BEINVLOEDING, q: [8] }] },
  { query: "desinformattie lhbtiq", kind: "typo", targets: [{ set: BEINVLOEDING, q: [2] }] },
  { query: "wat kan de overheid doen als buitenlands geld onze democratie ondermijnt", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [9, 10, 6] }] },
  { query: "hoe beschermt het kabinet lhbti personen tegen conservatieve lobby", kind: "sentence", targets: [{ set: BEINVLOEDING, q: [15, 16] }] },
  { query: "ultra conservatieve lobby wetgeving", kind: "compound", targets: [{ set: BEINVLOEDING, q: [13] }] },
  { query: "wordt de wetgeving over vrouwenrechten al bepaald door rechtse drukgroepen", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [13] }] },
  { query: "nepaccounts die het debat in nederland sturen weet de regering hoe groot dat is", kind: "paraphrase", targets: [{ set: BEINVLOEDING, q: [2] }] },

  // Oproep tot 'uitroeien' van alawieten
  { query: "alawieten influencer uitroeien", kind: "keyword", targets: [{ set: ALAWIETEN, q: [1] }] },
  { query: "alawiten oproep geweld", kind: "typo", targets: [{ set: ALAWIETEN }] },
  { query: "hoeveel aangiftes zijn er gedaan over oproepen tot geweld tegen alawieten", kind: "sentence", targets: [{ set: ALAWIETEN, q: [2] }] },
  { query: "kunnen ruzies tussen syrische groepen hier ook tot geweld leiden", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [4] }] },
  { query: "welke rol heeft de nctv bij spanningen in de syrische gemeenschap", kind: "sentence", targets: [{ set: ALAWIETEN, q: [5] }] },
  { query: "hebben die haatfilmpjes van de influencer al tot aanvallen geleid", kind: "paraphrase", targets: [{ set: ALAWIETEN, q: [3] }] },
  { query: "sektarische spanningen syrie nederland", kind: "keyword", targets: [{ set: ALAWIETEN, q: [4] }] },
  // Pasted drafts, written before checking /eerder
  {
    query:
      "1. Bent u bekend met berichten dat een gasdrukpistool dat sprekend op een echt vuurwapen lijkt vrij verkocht mag worden, omdat de fabrikant er een klein onderdeel aan heeft veranderd? 2. Hoe kan het dat zo'n wapen buiten het bestaande verbod valt? 3. Bent u bereid de wapenwetgeving zo aan te passen dat fabrikanten het verbod niet langer met kleine technische wijzigingen kunnen omzeilen?",
    kind: "draft",
    targets: [{ set: SENTINEL, q: [1, 2, 6, 7] }],
  },
  {
    query:
      "1. Kunt u uitsluiten dat bij de inbraak in de systemen van het Openbaar Ministerie namen en adressen van slachtoffers en getuigen in handen van criminelen zijn gekomen? 2. Is de Autoriteit Persoonsgegevens op de hoogte gesteld van het incident? 3. Welke maatregelen neemt u om de veiligheid van medewerkers die aan zware zaken werken te garanderen?",
    kind: "draft",
    targets: [{ set: OM_HACK, q: [6, 16, 5, 4] }],
  },
  {
    query:
      "1. Hoe vaak is het de afgelopen jaren voorgekomen dat een gemeenteambtenaar adresgegevens of kentekens uit gemeentelijke systemen heeft doorgespeeld aan criminele netwerken? 2. Deelt u de zorg dat dergelijke lekken kunnen leiden tot liquidaties en ander ernstig geweld? 3. Wat doet u eraan dat ambtenaren die om integriteitsredenen zijn ontslagen elders bij de overheid opnieuw aan de slag gaan?",
    kind: "draft",
    targets: [{ set: LEKKEN, q: [3, 2, 7, 8] }],
  },
  {
    query:
      "1. Klopt het dat vrouwen die door hun ex-partner worden bedreigd in sommige regio's geen alarmapparaat kunnen krijgen, omdat de gemeente dat niet vergoedt? 2. Hoeveel vrouwen staan op dit moment op een wachtlijst voor zo'n apparaat? 3. Hoeveel geld is er nodig om iedere vrouw die gevaar loopt een dergelijk hulpmiddel te geven, en bent u bereid dat bij de komende begroting vrij te maken?",
    kind: "draft",
    targets: [{ set: NOODKNOP, q: [7, 6, 5, 9, 10] }],
  },
  {
    query:
      "1. Deelt u de mening dat het onverteerbaar is dat iemand die zijn partner heeft gedood, maar wegens ontoerekeningsvatbaarheid niet is veroordeeld, alsnog van haar kan erven? 2. Bent u bereid de wet zo te wijzigen dat zo iemand in beginsel van de erfenis is uitgesloten, zonder dat de familie daarvoor zelf een rechtszaak hoeft te beginnen? 3. Geldt hetzelfde voor de uitkering van een overlijdensrisicoverzekering?",
    kind: "draft",
    targets: [{ set: ERFRECHT, q: [2, 9, 3, 4, 6] }],
  },
  {
    query:
      "1. Wanneer stuurt u het wetsvoorstel naar de Kamer dat dwingende controle en psychisch geweld binnen relaties apart strafbaar stelt? 2. Waarom is de eerder toegezegde datum niet gehaald? 3. Hoe staat het met het onderzoek naar een Nederlandse variant van Clare's Law, waarmee iemand kan navragen of een nieuwe partner eerder geweld heeft gepleegd?",
    kind: "draft",
    targets: [
      { set: FEMICIDE_UITVOERING, q: [4, 7] },
      { set: FEMICIDE_STAND, q: [4] },
    ],
  },
  {
    query:
      "1. Hoeveel Nederlanders zijn dit jaar opgelicht via nagemaakte websites waarop zij dachten een visum of reisvergunning aan te vragen? 2. Wat is de stand van zaken van de proef met een schild dat waarschuwt voor of toegang blokkeert tot phishingsites, en wanneer ontvangt de Kamer de resultaten? 3. Hoe waarborgt u daarbij de netneutraliteit?",
    kind: "draft",
    targets: [{ set: VISA, q: [2, 8, 9, 10] }],
  },
  {
    query:
      "1. Bent u bekend met berichten dat via verborgen websites tegen betaling in cryptovaluta opdrachten tot moord op gewone burgers worden geplaatst? 2. In hoeveel gevallen is daadwerkelijk geld overgemaakt? 3. Welke mogelijkheden heeft de politie om de opdrachtgevers achter anonieme betalingen op te sporen? 4. Werkt Nederland hierin samen met andere Europese landen?",
    kind: "draft",
    targets: [{ set: HUURMOORD, q: [1, 3, 6, 9] }],
  },
  {
    query:
      "1. Klopt het dat de Politieacademie te weinig plekken heeft om voldoende nieuwe rechercheurs op te leiden om het vertrek van ervaren collega's op te vangen? 2. Hoe beoordeelt u het dat regionale eenheden daarom hun eigen opleidingen opzetten? 3. Waarom worden hogescholen en commerciële opleiders niet meer ingezet om het tekort op te vangen?",
    kind: "draft",
    targets: [{ set: POLITIEONDERWIJS, q: [2, 3, 4, 5, 6, 7] }],
  },
  {
    query:
      "1. Hoe beoordeelt u de toename van illegale vuurwapens op Curaçao en de andere eilanden van het Koninkrijk? 2. Hoe worden wapens tegengehouden die per boot vanuit de Verenigde Staten en Zuid-Amerika de eilanden bereiken? 3. Welke programma's zijn er om te voorkomen dat jongeren op de eilanden een wapen gaan dragen?",
    kind: "draft",
    targets: [{ set: CURACAO, q: [2, 3, 4, 8, 5] }],
  },
  {
    query:
      "1. Heeft Nederland een verzoek ontvangen om een Amerikaanse vrouw, die verdacht wordt van moord en in een asielcentrum verbleef, over te dragen aan de Verenigde Staten? 2. Wordt zij uitgeleverd als zij in de betreffende staat de doodstraf riskeert, en welke garanties eist Nederland in dat geval?",
    kind: "draft",
    targets: [{ set: UITLEVERING, q: [2, 4, 5] }],
  },
  {
    query:
      "1. Hoe vaak hebben slachtoffers van online fraude vorig jaar via hun bank gevraagd om hun geld terug te krijgen of om de naam en het adres van de oplichter? 2. Hoe is de regeling die dat mogelijk maakt bekender gemaakt, en geldt zij inmiddels ook voor betaaldienstverleners? 3. Hoe verloopt de samenwerking tussen politie, banken en telecombedrijven bij het stoppen van oplichters?",
    kind: "draft",
    targets: [{ set: OPLICHTING, q: [7, 8, 6] }],
  },
  {
    query:
      "1. Heeft u zicht op hoeveel geld buitenlandse, ultraconservatieve organisaties naar Nederlandse stichtingen en lobbyisten sturen om het beleid rond abortus, gender en lhbtiq+-rechten te beïnvloeden? 2. Welke mogelijkheden heeft u om in te grijpen als dergelijke geldstromen de democratische rechtsstaat ondermijnen? 3. Hoe staat het met het voorgenomen verbod op ongewenste buitenlandse financiering?",
    kind: "draft",
    targets: [{ set: BEINVLOEDING, q: [6, 7, 12, 9, 10] }],
  },
  {
    query:
      "1. Deelt u de mening dat een sportbond die een melding van seksueel grensoverschrijdend gedrag ontvangt, het slachtoffer moet beschermen en informeren voordat de beschuldigde sporter terugkeert in de selectie? 2. Wanneer is het onafhankelijke centrum voor integriteit in de sport operationeel? 3. Welke sancties volgen als een bond zich niet aan de richtlijnen houdt?",
    kind: "draft",
    targets: [{ set: SEDNEY, q: [2, 3, 8, 10, 7, 9] }],
  },
  {
    query:
      "1. Bent u bekend met beelden van groepjes burgers die bij de grens met Duitsland auto's laten stoppen om naar asielzoekers te zoeken? 2. Is het tegenhouden en doorzoeken van auto's door burgers strafbaar, en heeft de politie ingegrepen? 3. Heeft u hierover contact gehad met de Duitse autoriteiten?",
    kind: "draft",
    targets: [{ set: BURGERS, q: [1, 2, 5, 8] }],
  },
];
