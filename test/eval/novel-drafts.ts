/**
 * Pasted drafts of new written questions that no question in the seed dump answers: what a
 * staff member would paste into `/eerder` for a subject that was never asked before. For these,
 * calling an earlier question "zeer vergelijkbaar" is a false alarm, so they measure how often
 * that label is given wrongly.
 * NOVEL_DRAFTS_DEV may be tuned on; NOVEL_DRAFTS_TEST is written apart and only run to report.
 * Each list holds 14 drafts on other policy areas (far), 18 in the seed's own domain that share
 * its vocabulary but ask what the seed does not (near), and 8 that wrap new content in the
 * formulas the seed's questions use (mixed).
 */

/** A draft pasted as a numbered list, one question (or a short run of them) per line. */
const numbered = (...questions: string[]): string => questions.map((q, i) => `${i + 1}. ${q}`).join("\n");

/** A draft pasted as one paragraph without numbers. */
const paragraph = (...questions: string[]): string => questions.join(" ");

const DEV_FAR: string[] = [
  // Youth mental health care
  numbered(
    "Bent u bekend met het bericht «Kinderen met eetstoornis wachten maanden op behandeling» (NOS, 12 februari 2026)?",
    "Hoeveel kinderen en jongeren wachten op dit moment op gespecialiseerde behandeling voor een eetstoornis, hoe lang is de gemiddelde wachttijd per regio, en hoeveel van hen moeten in de tussentijd in een algemeen ziekenhuis worden opgenomen omdat hun lichamelijke toestand verslechtert?",
    "Deelt u de mening dat een wachttijd van meerdere maanden voor een kind met ernstig ondergewicht medisch onverantwoord is? Zo ja, wat gaat u doen om de wachttijden terug te dringen?",
    "Bent u bereid met gemeenten en jeugdhulpaanbieders afspraken te maken over bovenregionale inkoop van deze hoogspecialistische jeugdzorg, zodat een gespecialiseerde kliniek niet hoeft te sluiten omdat een enkele regio haar contract opzegt? Kunt u daarbij ook betrekken hoe de overgang naar de volwassenen-ggz op achttienjarige leeftijd soepeler kan verlopen?",
  ),
  // Teacher shortage
  paragraph(
    "Bent u bekend met het onderzoek van de Inspectie van het Onderwijs waaruit blijkt dat op basisscholen in de vier grote steden bijna een op de vijf lessen wordt gegeven door een onbevoegde leerkracht?",
    "Kunt u aangeven hoe dit aandeel zich de afgelopen vijf jaar heeft ontwikkeld en op welke scholen de problemen het grootst zijn?",
    "Deelt u de mening dat vooral leerlingen op scholen met een kwetsbare leerlingpopulatie de dupe worden van het lerarentekort?",
    "Welke aanvullende maatregelen bent u bereid te nemen om leraren voor deze scholen te behouden, bijvoorbeeld via een arbeidsmarkttoelage of betaalbare woonruimte voor leraren?",
  ),
  // Nitrogen permits
  numbered(
    "Kent u het bericht «PAS-melders wachten na jaren nog steeds op vergunning» (Boerderij, 9 januari 2026)?",
    "Hoeveel PAS-melders hebben op dit moment nog geen natuurvergunning, en hoeveel van hen worden door provincies met handhaving geconfronteerd?",
    "Waarom verloopt de legalisatie zo traag, terwijl het kabinet meermaals heeft toegezegd dat deze ondernemers niet de dupe mogen worden van het vervallen Programma Aanpak Stikstof?",
    "Bent u bereid een vaste termijn vast te leggen waarbinnen alle PAS-melders gelegaliseerd moeten zijn, en de Kamer hierover halfjaarlijks te informeren?",
  ),
  // Rental homes sold off
  paragraph(
    "Bent u bekend met de analyse van het Kadaster waaruit blijkt dat particuliere verhuurders het afgelopen jaar ruim 30.000 huurwoningen hebben verkocht?",
    "Hoeveel van deze woningen vielen voorheen in het middenhuursegment, en hoeveel zijn na verkoop opnieuw verhuurd?",
    "Deelt u de mening dat het uitponden van huurwoningen het aanbod voor middeninkomens verder onder druk zet?",
    "Welke instrumenten hebben gemeenten om de verkoop van huurwoningen in gebieden met grote schaarste te reguleren, en bent u bereid te onderzoeken of een gemeentelijke vergunningplicht voor uitponden wenselijk is?",
  ),
  // Grid congestion
  numbered(
    "Bent u bekend met het bericht dat in Gelderland en Overijssel ruim 2.000 bedrijven op een wachtlijst staan voor een zwaardere aansluiting op het stroomnet, en kunt u aangeven hoe lang zij gemiddeld moeten wachten?",
    "Bent u bereid maatschappelijke voorrang bij netaansluiting ook te laten gelden voor scholen en huisartsenposten die willen verduurzamen?",
  ),
  // Ambulance response times
  paragraph(
    "Kent u het bericht «Ambulance op het platteland steeds vaker te laat» (RTV Noord, 20 januari 2026)?",
    "In hoeveel procent van de spoedritten in Groningen, Drenthe en Zeeland werd in 2025 de norm van vijftien minuten overschreden?",
    "Deelt u de mening dat inwoners van dunbevolkte gebieden recht hebben op dezelfde spoedeisende zorg als stedelingen?",
    "Zo ja, bent u bereid extra standplaatsen te financieren of de inzet van rapid responders en burgerhulpverleners structureel te ondersteunen?",
  ),
  // Armed forces staffing
  numbered(
    "Bent u bekend met de personeelsrapportage van Defensie waaruit blijkt dat bijna een op de vijf functies bij de krijgsmacht onvervuld is?",
    "In welke onderdelen en functiegroepen zijn de tekorten het grootst, en wat betekent dit voor de gereedheid van de eenheden die Nederland aan de NAVO heeft toegezegd?",
    "Hoeveel jongeren hebben zich aangemeld voor het dienjaar, en hoeveel van hen blijven daarna bij Defensie werken?",
    "Welke aanvullende stappen zet u om het verloop onder beroepsmilitairen in de eerste drie dienstjaren terug te dringen?",
  ),
  // Fatbike accidents
  paragraph(
    "Bent u bekend met het bericht dat het aantal ernstig gewonde jongeren na een ongeluk met een fatbike vorig jaar bijna is verdubbeld?",
    "Kunt u aangeven hoeveel van deze ongevallen betrekking hadden op fietsen die waren opgevoerd of waarvan de trapondersteuning boven de 25 kilometer per uur doorwerkte?",
    "Deelt u de mening dat een helmplicht en een minimumleeftijd voor elektrische fietsen met dikke banden overwogen moeten worden?",
    "Bent u bereid de handhaving op opgevoerde e-bikes samen met de RDW te versterken?",
  ),
  // Public libraries
  numbered(
    "Kent u het onderzoek van de Koninklijke Bibliotheek waaruit blijkt dat sinds 2015 ruim honderd bibliotheekvestigingen in kleine kernen zijn gesloten?",
    "Hoeveel gemeenten bieden hun inwoners op dit moment geen toegang meer tot een fysieke bibliotheek, zoals de Wet stelsel openbare bibliotheekvoorzieningen beoogt?",
    "Deelt u de mening dat juist in dorpen met een vergrijzende bevolking de bibliotheek een belangrijke rol speelt bij het bestrijden van laaggeletterdheid en digitale uitsluiting?",
    "Bent u bereid gemeenten die hun bibliotheek willen openhouden extra te ondersteunen?",
  ),
  // Box 3 redress
  "Kunt u toelichten waarom spaarders die geen bezwaar hebben gemaakt tegen hun box 3-aanslag ook na de uitspraken van de Hoge Raad geen compensatie ontvangen, en hoeveel belastingplichtigen hierdoor buiten het rechtsherstel vallen?",
  // Bird flu
  numbered(
    "Kent u het bericht «Opnieuw vogelgriep vastgesteld op pluimveebedrijf in de Gelderse Vallei» (Omroep Gelderland, 4 november 2026)?",
    "Hoeveel pluimveebedrijven zijn dit seizoen geruimd en hoeveel dieren zijn daarbij gedood?",
    "Wat is de stand van de proef met het vaccineren van leghennen, en wanneer verwacht u een besluit over vaccinatie op grote schaal?",
    "Hoe beoordeelt u de risico's van de hoge pluimveedichtheid in de Gelderse Vallei, en bent u bereid maatregelen te nemen om deze dichtheid te verlagen?",
  ),
  // Rural bus lines
  "Bent u bereid met de provincies te bespreken hoe een minimaal voorzieningenniveau in het regionale openbaar vervoer kan worden gegarandeerd, nu vervoerders in Friesland en Drenthe tientallen buslijnen in de avonduren en het weekend willen schrappen?",
  // Childcare staff shortage
  numbered(
    "Kent u het bericht dat kinderdagverblijven in de Randstad steeds vaker groepen moeten sluiten wegens een tekort aan pedagogisch medewerkers?",
    "Hoeveel vacatures staan er op dit moment open in de kinderopvang, en hoe lang wachten ouders gemiddeld op een plek?",
    "Deelt u de zorg dat ouders, vooral moeders, hierdoor minder uren kunnen werken, en wat betekent dit voor de ambitie om kinderopvang vrijwel gratis te maken?",
    "Welke maatregelen neemt u om zij-instroom in de kinderopvang te vergemakkelijken zonder afbreuk te doen aan de kwaliteit?",
  ),
  // Drought and salinisation
  paragraph(
    "Bent u bekend met de droogtemonitor waaruit blijkt dat in Zeeland en West-Brabant het grondwater zo sterk verzilt dat akkerbouwers hun gewassen niet meer kunnen beregenen?",
    "Welke maatregelen nemen het Rijk en de waterschappen om de zoetwatervoorziening in deze gebieden voor de lange termijn veilig te stellen?",
    "Hoe staat het met de aanleg van extra aanvoerroutes voor zoet water uit de grote rivieren?",
    "Bent u bereid agrarische ondernemers te ondersteunen bij de overstap naar zouttolerante teelten?",
  ),
];

const DEV_NEAR: string[] = [
  // Mounted police cut back
  numbered(
    "Bent u bekend met het bericht «Politie schrapt bijna een derde van haar paarden» (De Telegraaf, 2 oktober 2026)?",
    "Klopt het dat de bereden politie wordt ingekrompen om te bezuinigen, en hoeveel paarden en ruiters gaan daarmee verloren?",
    "Deelt u de mening dat politiepaarden bij voetbalwedstrijden, demonstraties en evenementen moeilijk te vervangen zijn door agenten te voet of in voertuigen?",
    "Bent u bereid het besluit aan te houden totdat de Kamer is geïnformeerd over de gevolgen voor de handhaving van de openbare orde?",
  ),
  // Prison staff shortage and early release
  paragraph(
    "Kent u het bericht dat de Dienst Justitiële Inrichtingen dit jaar al ruim vierhonderd gedetineerden eerder heeft heengezonden omdat er onvoldoende personeel is om de afdelingen te bemensen?",
    "Hoeveel vacatures voor penitentiair inrichtingswerkers staan op dit moment open, en in welke inrichtingen is het tekort het grootst?",
    "Deelt u de mening dat het vervroegd heenzenden van veroordeelden het vertrouwen van slachtoffers in de rechtsstaat ondermijnt?",
    "Welke maatregelen neemt u om het verloop onder nieuw aangenomen personeel terug te dringen, en wanneer verwacht u dat heenzendingen niet meer nodig zijn?",
  ),
  // Ransomware at hospitals
  numbered(
    "Bent u bekend met het bericht dat een ziekenhuis in Noord-Holland na een ransomware-aanval dagenlang geen spoedpatiënten kon opnemen, ambulances naar omliggende ziekenhuizen moest laten uitwijken en geplande operaties moest uitstellen, terwijl de aanvallers dreigden patiëntendossiers te publiceren als er geen losgeld werd betaald?",
    "Hoeveel zorginstellingen zijn het afgelopen jaar getroffen door een cyberaanval, en in hoeveel gevallen is daarbij medische informatie van patiënten gestolen?",
    "Voldoen ziekenhuizen op dit moment aan de eisen die de Cyberbeveiligingswet aan de digitale weerbaarheid van zorgaanbieders stelt? Zo nee, wanneer wel?",
    "Bent u bereid Z-CERT meer middelen te geven om kleinere zorginstellingen, zoals huisartsenposten, laboratoria en instellingen voor langdurige zorg, te helpen hun systemen te beveiligen, en wilt u daarbij ook betrekken of het betalen van losgeld door zorginstellingen aan banden moet worden gelegd?",
  ),
  // Juvenile detention on Bonaire
  paragraph(
    "Bent u bekend met het rapport van de Raad voor de rechtshandhaving waaruit blijkt dat minderjarigen op Bonaire in voorlopige hechtenis soms wekenlang in de Justitiële Inrichting Caribisch Nederland tussen volwassen gedetineerden verblijven?",
    "Hoeveel jongeren zijn sinds 2023 in deze inrichting ingesloten, en hoe lang verbleven zij daar gemiddeld?",
    "Deelt u de mening dat dit op gespannen voet staat met het Internationaal Verdrag inzake de rechten van het kind?",
    "Wanneer komt er op de BES-eilanden een aparte voorziening voor jeugddetentie met passend onderwijs en begeleiding?",
  ),
  // 3D-printed firearms
  numbered(
    "Kent u het bericht «Politie vindt steeds vaker 3D-geprinte vuurwapens bij huiszoekingen» (NOS, 15 september 2026)?",
    "Hoeveel geprinte vuurwapens of wapenonderdelen zijn de afgelopen drie jaar in beslag genomen, en bij hoeveel schietincidenten is zo'n wapen gebruikt?",
    "Is het op dit moment strafbaar om digitale bouwtekeningen voor een vuurwapen te bezitten of te verspreiden? Zo nee, bent u bereid dit strafbaar te stellen?",
    "Welke afspraken maakt u met verkopers van 3D-printers en onderdelen om te voorkomen dat zij onbewust bijdragen aan de productie van ongeregistreerde wapens?",
  ),
  // Vigilante "paedophile hunters"
  paragraph(
    "Bent u bekend met het bericht dat groepen zogenoemde pedojagers via datingapps afspraken maken met mannen die zij verdenken van contact met minderjarigen, hen vervolgens filmen en de beelden online zetten?",
    "Welke mogelijkheden hebben politie en OM om tegen deze groepen op te treden?",
  ),
  // Stalkerware
  numbered(
    "Bent u bekend met het bericht «Steeds meer vrouwen heimelijk gevolgd via spionage-apps op hun telefoon» (de Volkskrant, 14 mei 2026)?",
    "Hoeveel meldingen of aangiften van het heimelijk installeren van zogenoemde stalkerware zijn de afgelopen twee jaar gedaan, en hoeveel daarvan hebben tot vervolging geleid?",
    "Is het verkopen en aanprijzen van apps die bedoeld zijn om een partner ongemerkt te volgen strafbaar? Zo nee, bent u bereid dit te onderzoeken?",
    "Welke rol kunnen telefoonfabrikanten en appwinkels spelen bij het weren van zulke apps?",
  ),
  // Extradition from the United Arab Emirates
  paragraph(
    "Kent u het bericht dat de Verenigde Arabische Emiraten opnieuw een Nederlandse verdachte van grootschalige cocaïnehandel niet hebben uitgeleverd, ondanks het uitleveringsverdrag tussen beide landen?",
    "Hoeveel uitleveringsverzoeken heeft Nederland sinds de inwerkingtreding van dat verdrag aan de Emiraten gedaan, en hoeveel daarvan zijn ingewilligd?",
    "Welke redenen hebben de Emiraatse autoriteiten gegeven voor de weigeringen?",
    "Bent u bereid dit op hoog politiek niveau aan te kaarten en daarbij ook de samenwerking bij het afpakken van crimineel vermogen te betrekken?",
  ),
  // Emergency radio outage
  numbered(
    "Bent u bekend met de landelijke storing van het communicatiesysteem C2000 van afgelopen zaterdag, waardoor politie, brandweer en ambulancediensten urenlang niet via hun portofoons met de meldkamer konden communiceren?",
    "Wat was de oorzaak van deze storing, en hoe lang duurde het voordat de terugvalvoorziening werkte?",
    "Zijn er door de storing meldingen niet of te laat opgevolgd? Zo ja, hoeveel?",
    "Hoe staat het met de vervanging van C2000 door een nieuw communicatiesysteem voor de hulpdiensten, en ligt dit project op schema?",
  ),
  // DDoS attacks on municipalities
  paragraph(
    "Bent u bekend met de DDoS-aanvallen van een pro-Russische hackersgroep waardoor de websites van tientallen gemeenten en provincies rond de NAVO-top urenlang onbereikbaar waren?",
    "Welke gemeenten werden getroffen, en konden inwoners in die periode gebruikmaken van digitale diensten zoals het maken van een afspraak voor een paspoort?",
    "Hoe ondersteunen het NCSC en de Informatiebeveiligingsdienst van de VNG gemeenten bij het afslaan van dit soort aanvallen?",
    "Bent u bereid in EU-verband te bepleiten dat de daders onder het sanctieregime voor cyberaanvallen worden gebracht?",
  ),
  // Military police at the internal borders
  numbered(
    "Kent u het bericht «Marechaussee trekt personeel weg van Schiphol voor controles aan de Duitse grens» (NRC, 8 juni 2026)?",
    "Hoeveel fte van de Koninklijke Marechaussee is sinds de invoering van de tijdelijke binnengrenscontroles ingezet aan de landgrenzen met België en Duitsland, en ten koste van welke andere taken gaat dit?",
    "Hoeveel personen zijn bij deze controles geweigerd of aangehouden, en op grond waarvan?",
    "Hoe beoordeelt u de effectiviteit van de controles in verhouding tot de wachttijden voor grensarbeiders en vrachtverkeer?",
  ),
  // Financial abuse of older people
  paragraph(
    "Bent u bekend met het onderzoek waaruit blijkt dat jaarlijks naar schatting 150.000 ouderen slachtoffer worden van financieel misbruik, vaak door familieleden of mantelzorgers die toegang hebben tot hun bankrekening?",
    "Hoeveel meldingen van financiële uitbuiting van ouderen kregen Veilig Thuis en de banken in 2025?",
    "Deelt u de mening dat banken een grotere rol kunnen spelen bij het signaleren van verdachte opnames van de rekeningen van kwetsbare ouderen?",
    "Bent u bereid het doen van aangifte laagdrempeliger te maken voor ouderen die afhankelijk zijn van degene die hen benadeelt?",
  ),
  // Prison conditions on Curaçao
  numbered(
    "Bent u bekend met het rapport van het Europees Comité ter voorkoming van foltering (CPT) over de omstandigheden in de gevangenis Sentro di Detenshon i Korekshon Kòrsou op Curaçao?",
    "Klopt het dat gedetineerden daar met te veel personen in een cel verblijven, onvoldoende medische zorg krijgen en dat er regelmatig geweld tussen gedetineerden plaatsvindt?",
    "Welke verantwoordelijkheid heeft het Koninkrijk voor het waarborgen van de mensenrechten van gedetineerden in een autonoom land, hoe ondersteunt Nederland de renovatie van deze inrichting, en hoeveel van de middelen die daarvoor eerder zijn toegezegd zijn inmiddels daadwerkelijk besteed? Kunt u daarbij ingaan op de opleiding en de werkomstandigheden van het gevangenispersoneel, dat volgens het rapport structureel onderbezet is?",
    "Bent u bereid hierover in het Justitieel Vierpartijenoverleg concrete afspraken te maken?",
  ),
  // Drug waste dumping
  paragraph(
    "Kent u het bericht dat Staatsbosbeheer en boeren in Noord-Brabant vorig jaar meer dan driehonderd dumpingen van drugsafval aantroffen, waaronder vaten met zoutzuur en aceton?",
    "Wie draait op dit moment op voor de kosten van het opruimen van dit afval en de sanering van de vervuilde grond?",
    "Hoeveel producenten van synthetische drugs zijn in 2025 opgespoord aan de hand van dergelijke dumpingen?",
    "Bent u bereid een landelijk fonds in te stellen waaruit grondeigenaren de kosten van opruiming volledig vergoed krijgen?",
  ),
  // Arming municipal enforcers
  numbered(
    "Bent u bekend met het bericht dat handhavers in verschillende gemeenten worden bedreigd en geschopt bij het controleren van jongeren in uitgaansgebieden?",
    "Hoeveel geweldsincidenten tegen buitengewoon opsporingsambtenaren zijn in 2025 geregistreerd, en in hoeveel gevallen is de dader vervolgd?",
    "Bent u bereid gemeenten toe te staan boa's in de openbare ruimte uit te rusten met een stroomstootwapen, zoals bij de politie? Zo nee, waarom niet?",
    "Welke training krijgen boa's die een wapenstok of pepperspray dragen, en wie ziet toe op het gebruik ervan?",
  ),
  // Chinese surveillance of students and dissidents
  paragraph(
    "Bent u bekend met het bericht dat er opnieuw aanwijzingen zijn dat de Chinese overheid via verenigingen in Nederland toezicht houdt op Chinese studenten en dissidenten, enkele jaren nadat twee zogenoemde politieposten in Amsterdam en Rotterdam werden gesloten?",
    "Welke signalen heeft de AIVD over deze activiteiten, ook op universiteiten?",
    "Waar kunnen studenten terecht die zich door een buitenlandse overheid geïntimideerd voelen?",
    "Hoe wordt de nieuwe strafbaarstelling van spionage in opdracht van een buitenlandse mogendheid in dit soort gevallen toegepast?",
  ),
  // Match fixing
  numbered(
    "Kent u het bericht dat de Kansspelautoriteit vorig seizoen bij meer dan twintig wedstrijden in de Keuken Kampioen Divisie afwijkende gokpatronen heeft gesignaleerd?",
    "Hoeveel van deze signalen zijn doorgezet naar het Openbaar Ministerie, en hoeveel strafzaken wegens matchfixing lopen er op dit moment?",
    "Deelt u de mening dat spelers in de lagere profdivisies door lage salarissen extra kwetsbaar zijn voor benadering door criminele netwerken?",
    "Welke stappen zet u om de samenwerking tussen voetbalbond, kansspelaanbieders en politie bij het melden van verdachte weddenschappen te verbeteren?",
  ),
  // Interpreter shortage in criminal courts
  paragraph(
    "Bent u bekend met het bericht dat strafzittingen steeds vaker worden aangehouden omdat er geen beëdigde tolk beschikbaar is, met name voor talen als Tigrinya en Pashto?",
    "Deelt u de mening dat de lage tarieven voor tolken in het justitiële domein bijdragen aan het tekort, en bent u bereid die tarieven te herzien?",
  ),
];

const DEV_MIXED: string[] = [
  // Explosions at homes
  numbered(
    "Bent u bekend met het bericht «Weer explosie bij woning in Rotterdam-Zuid, derde deze week» (Rijnmond, 21 oktober 2026)?",
    "Hoeveel explosies bij woningen en bedrijfspanden zijn er in 2025 en in 2026 tot nu toe geregistreerd, en in hoeveel gevallen is een verdachte aangehouden?",
    "Deelt u de mening dat het schrikbarend is dat jongeren voor een paar honderd euro bereid zijn een explosief bij een voordeur te plaatsen? Zo ja, waarom? Zo nee, waarom niet?",
    "Kunt u deze vragen vóór het eerstvolgende commissiedebat over georganiseerde criminaliteit beantwoorden?",
  ),
  // Online gambling by young adults
  paragraph(
    "Bent u bekend met het bericht «Jongvolwassenen vergokken online steeds grotere bedragen»?",
    "Hoe staat het met de uitvoering van de aangenomen motie die vraagt om strengere stortingslimieten voor spelers tot 24 jaar, en welke stappen zijn sindsdien gezet?",
  ),
  // Pupils without a school place
  numbered(
    "Kent u het bericht dat het aantal thuiszitters in het voortgezet onderwijs opnieuw is gestegen?",
    "Hoeveel leerlingen zitten op dit moment langer dan drie maanden thuis zonder passend onderwijsaanbod?",
    "Hoe staat het met de uitvoering van de toezegging om voor elke thuiszitter binnen drie maanden een passende plek te vinden? Wat heeft dat tot nu toe opgeleverd?",
    "Wanneer kan de Kamer het wetsvoorstel ter verbetering van passend onderwijs verwachten?",
  ),
  // GP shortage
  paragraph(
    "Bent u bekend met het bericht dat in Zeeuws-Vlaanderen en Oost-Groningen duizenden inwoners geen huisarts meer kunnen vinden?",
    "Deelt u de mening dat het onacceptabel is dat mensen zich moeten inschrijven bij een huisarts op meer dan twintig kilometer afstand? Zo ja, waarom? Zo nee, waarom niet?",
    "Hoeveel financiële middelen zijn extra nodig om in deze regio's voldoende huisartsenpraktijken te behouden?",
    "Bent u bereid met zorgverzekeraars afspraken te maken over een vestigingspremie voor jonge huisartsen?",
  ),
  // Faulty average speed checks
  numbered(
    "Kent u het bericht «Automobilisten krijgen bekeuring na bekeuring door fout in trajectcontrole» (AD, 11 augustus 2026)?",
    "Hoeveel boetes zijn ten onrechte opgelegd, en hoeveel daarvan zijn inmiddels door het CJIB teruggestort?",
    "Kunt u per trajectcontrole aangeven hoe vaak de apparatuur het afgelopen jaar is gekalibreerd en welke storingen daarbij zijn vastgesteld?",
    "Worden de betrokken automobilisten actief geïnformeerd over hun recht op terugbetaling? Zo nee, waarom niet?",
  ),
  // Copper theft along the railway
  paragraph(
    "Bent u bekend met het bericht dat door koperdiefstal langs het spoor vorig jaar ruim tweehonderd keer het treinverkeer werd stilgelegd?",
    "Hoeveel aangiften heeft ProRail gedaan, en hoeveel verdachten zijn daarbij opgespoord en vervolgd?",
    "Wordt er samengewerkt met de politie, metaalhandelaren en buitenlandse opsporingsdiensten om de afzet van gestolen koper tegen te gaan? Zo ja, waaruit bestaat die samenwerking? Zo nee, bent u bereid deze samenwerking op gang te brengen?",
  ),
  // Discrimination in recruitment
  numbered(
    "Bent u bekend met het praktijkonderzoek waaruit blijkt dat sollicitanten met een Arabisch klinkende naam bij uitzendbureaus nog altijd aanzienlijk minder vaak worden uitgenodigd?",
    "Deelt u de mening dat deze uitkomst zorgwekkend is, zeker na jaren van beleid tegen arbeidsmarktdiscriminatie? Zo nee, waarom niet?",
    "Hoe vaak heeft de Nederlandse Arbeidsinspectie het afgelopen jaar gecontroleerd op discriminatie bij werving en selectie, en welke sancties zijn daarbij opgelegd?",
    "Bent u bereid de inspectie structureel met anonieme testsollicitaties te laten werken?",
  ),
  // Unaccompanied minors missing from reception
  paragraph(
    "Bent u bekend met het bericht dat vorig jaar ruim vijfhonderd alleenstaande minderjarige vreemdelingen met onbekende bestemming uit de opvang zijn vertrokken?",
    "Hoeveel van deze kinderen zijn inmiddels teruggevonden?",
    "Zijn er aanwijzingen dat een deel van hen in handen is gevallen van mensenhandelaren of is ingezet in de drugshandel? Zo ja, om hoeveel kinderen gaat het?",
    "Welke maatregelen neemt u om deze kinderen beter te beschermen tegen uitbuiting?",
  ),
];

const TEST_FAR: string[] = [
  // Reading skills
  numbered(
    "Bent u bekend met de nieuwe PISA-resultaten waaruit blijkt dat een derde van de vijftienjarigen onvoldoende kan lezen om goed mee te kunnen doen in de samenleving?",
    "Hoe verklaart u dat Nederland op leesvaardigheid verder achteruitgaat dan vergelijkbare landen als Denemarken en Ierland?",
    "Welk deel van de middelen voor het masterplan basisvaardigheden is daadwerkelijk in de klas terechtgekomen?",
    "Bent u bereid scholen te verplichten wekelijks vaste tijd in te roosteren voor vrij lezen?",
  ),
  // Closed youth care
  paragraph(
    "Kent u het bericht dat de afbouw van de gesloten jeugdzorg vertraging oploopt omdat er te weinig kleinschalige woonvoorzieningen zijn om jongeren op te vangen?",
    "Deelt u de mening dat de ambitie om in 2030 geen kinderen meer gesloten te plaatsen zonder extra investeringen onhaalbaar wordt, en welke afspraken maakt u hierover met de jeugdregio's?",
  ),
  // Solar feed-in costs
  numbered(
    "Bent u bekend met het bericht dat energieleveranciers na het einde van de salderingsregeling per 1 januari 2027 hogere terugleverkosten gaan rekenen aan huishoudens met zonnepanelen?",
    "Hoeveel huishoudens met zonnepanelen betalen op dit moment al terugleverkosten, en hoe hoog zijn die kosten gemiddeld per jaar?",
    "Deelt u de mening dat deze kosten transparant en vergelijkbaar moeten zijn? Zo ja, wat verwacht u daarbij van de Autoriteit Consument & Markt?",
    "Hoe stimuleert u huishoudens om zelf opgewekte stroom op te slaan in een thuisbatterij?",
  ),
  // Student housing
  paragraph(
    "Bent u bekend met het bericht dat bij de start van het studiejaar honderden internationale studenten in Groningen en Enschede op campings of in hostels sliepen omdat zij geen kamer konden vinden?",
    "Hoeveel studentenkamers zijn er sinds het Landelijk Actieplan Studentenhuisvesting bijgebouwd, en hoe verhoudt dit zich tot de doelstelling?",
    "Deelt u de mening dat onderwijsinstellingen alleen internationale studenten zouden mogen werven als zij huisvesting kunnen garanderen?",
    "Bent u bereid hierover afspraken te maken met universiteiten en hogescholen?",
  ),
  // Medicine shortages
  numbered(
    "Kent u het bericht dat apothekers dit jaar al meer dan 2.000 geneesmiddelentekorten hebben gemeld, waaronder tekorten aan antibiotica voor kinderen?",
    "Hoe vaak moesten patiënten door een tekort overstappen op een ander middel, en welke gezondheidsrisico's brengt dat met zich mee?",
    "Hoe staat het met de Europese afspraken om de productie van kritieke geneesmiddelen terug te halen naar Europa?",
    "Bent u bereid de ijzeren voorraad die fabrikanten en groothandels moeten aanhouden uit te breiden naar meer middelen?",
  ),
  // Ammunition supply
  paragraph(
    "Bent u bekend met het bericht dat Defensie jaren moet wachten op de levering van artilleriegranaten omdat Europese munitiefabrikanten de vraag niet aankunnen?",
    "Hoe groot is het tekort aan munitie ten opzichte van de voorraadnormen die de NAVO hanteert?",
    "Hoe staat het met de plannen voor een munitiefabriek in Nederland, en welke locaties worden daarvoor onderzocht?",
    "Bent u bereid met buurlanden gezamenlijk in te kopen om prijzen te drukken en levertijden te verkorten?",
  ),
  // Bridges and viaducts
  numbered(
    "Bent u bekend met het bericht dat Rijkswaterstaat bij tientallen bruggen en viaducten zwaar vrachtverkeer moet weren vanwege scheuren in de constructie?",
    "Hoeveel kunstwerken in beheer van Rijkswaterstaat zijn op dit moment aan vervanging of renovatie toe, en hoe groot is het budgettaire tekort voor dit onderhoud tot 2035?",
    "Welke vaarwegen en snelwegen dreigen de komende jaren tijdelijk te worden afgesloten?",
    "Deelt u de mening dat onderhoud voorrang moet krijgen boven de aanleg van nieuwe wegen?",
  ),
  // VAT on culture
  "Bent u bereid de gevolgen van de verhoging van het btw-tarief op kaartjes voor poppodia en theaters te laten onderzoeken, nu een op de vier zalen verwacht daardoor minder voorstellingen te programmeren?",
  // Wolves
  numbered(
    "Kent u het bericht dat een wolf op de Veluwe opnieuw schapen heeft gedood binnen een wolfwerend raster?",
    "Hoeveel aanvallen op landbouwhuisdieren zijn in 2025 en 2026 gemeld, en hoeveel schadevergoeding is daarvoor uitgekeerd?",
    "Wat betekent de verlaging van de beschermde status van de wolf in het Verdrag van Bern voor de mogelijkheden van provincies om probleemwolven te verjagen of te doden?",
    "Hoe gaat u voorkomen dat wolven die aan mensen gewend raken een gevaar gaan vormen voor recreanten?",
  ),
  // Childcare benefits redress
  paragraph(
    "Bent u bekend met het bericht dat nog altijd duizenden ouders die zijn gedupeerd door de toeslagenaffaire wachten op de integrale beoordeling van hun zaak?",
    "Hoeveel ouders wachten op dit moment langer dan een jaar, en wanneer verwacht u dat alle beoordelingen zijn afgerond?",
    "Deelt u de mening dat het onverteerbaar is dat de hersteloperatie voor veel gezinnen nieuwe onzekerheid oplevert?",
    "Welke maatregelen neemt u om het werk van de Uitvoeringsorganisatie Herstel Toeslagen te versnellen?",
  ),
  // Groningen reinforcement
  numbered(
    "Kent u het bericht dat in Groningen nog duizenden woningen op een versterkingsadvies wachten, ruim tien jaar na de zware aardbeving bij Huizinge?",
    "Hoeveel woningen moeten nog worden beoordeeld of versterkt, en hoe lang duurt een versterkingstraject gemiddeld?",
    "Welke knelpunten zien de Nationaal Coördinator Groningen en de gemeenten bij de uitvoering, bijvoorbeeld bij het vinden van aannemers, de tijdelijke huisvesting van bewoners tijdens de werkzaamheden en de verschillen in vergoedingen tussen buren in dezelfde straat? Hoe voorkomt u dat deze verschillen tot nieuwe onrust in dorpen leiden?",
    "Bent u bereid bewoners die langer dan vijf jaar wachten een extra vergoeding toe te kennen?",
  ),
  // Pension transition
  paragraph(
    "Bent u bekend met het bericht dat een groot pensioenfonds de overstap naar het nieuwe pensioenstelsel heeft uitgesteld omdat de gegevens van deelnemers niet op orde zijn?",
    "Hoeveel deelnemers worden hierdoor getroffen, en wat betekent het uitstel voor de indexatie van hun pensioen?",
    "Kunt u aangeven hoeveel fondsen inmiddels zijn overgestapt en hoeveel de uiterste datum van 2028 dreigen te missen?",
    "Bent u bereid deelnemers het recht te geven bezwaar te maken tegen het invaren van hun opgebouwde pensioen?",
  ),
  // Night flights at Schiphol
  "Hoe staat het met de beoogde verlaging van het aantal nachtvluchten op Schiphol, nu uit meetgegevens blijkt dat omwonenden vorig jaar vaker dan ooit door nachtvluchten werden gewekt?",
  // Cost-sharing rule in social assistance
  paragraph(
    "Bent u bekend met het bericht dat mantelzorgers met een bijstandsuitkering hun hulpbehoevende ouder niet in huis durven te nemen uit angst gekort te worden door de kostendelersnorm?",
    "Hoeveel huishoudens worden jaarlijks door deze norm gekort, en om welk bedrag gaat het?",
    "Deelt u de mening dat de kostendelersnorm mantelzorg en het samenwonen van generaties ontmoedigt?",
    "Wanneer komt u met het toegezegde voorstel om de norm te versoepelen?",
  ),
];

const TEST_NEAR: string[] = [
  // Police dogs
  numbered(
    "Bent u bekend met het bericht «Politie kampt met tekort aan speurhonden» (Algemeen Dagblad, 6 juli 2026)?",
    "Hoeveel diensthonden heeft de politie op dit moment, en hoeveel honden en geleiders zijn er nodig voor het speuren naar explosieven, drugs en vermiste personen?",
  ),
  // Drones over prisons
  paragraph(
    "Kent u het bericht dat bij de penitentiaire inrichting in Vught het afgelopen jaar tientallen drones zijn onderschept die telefoons en drugs over de muur probeerden te brengen?",
    "Hoeveel incidenten met drones zijn er in 2025 bij Nederlandse gevangenissen geregistreerd, en in hoeveel gevallen is de bestuurder gevonden?",
    "Welke detectie- en afweersystemen zet de Dienst Justitiële Inrichtingen in, en zijn die op alle locaties beschikbaar?",
    "Bent u bereid het luchtruim boven alle gevangenissen tot verboden gebied voor drones te verklaren?",
  ),
  // Hack at a screening laboratory
  numbered(
    "Bent u bekend met het bericht dat bij een hack van een laboratorium dat uitstrijkjes voor het bevolkingsonderzoek baarmoederhalskanker analyseert, de medische gegevens van honderdduizenden vrouwen zijn buitgemaakt?",
    "Hoe en wanneer zijn de getroffen vrouwen geïnformeerd, welke gegevens zijn precies gestolen, en klopt het dat het naast namen en burgerservicenummers ook om uitslagen en behandeladviezen gaat? Hoe worden vrouwen geholpen die nu bang zijn dat hun uitslag openbaar wordt of die slachtoffer worden van gerichte oplichting met hun medische gegevens?",
    "Welke eisen stelt het RIVM aan de informatiebeveiliging van laboratoria en andere partijen die in opdracht van de overheid bevolkingsonderzoeken uitvoeren, en hoe wordt daarop toegezien?",
    "Bent u bereid te laten onderzoeken waarom de hack pas weken later werd gemeld, en of het laboratorium de beveiligingseisen uit het contract heeft nageleefd? Wilt u de Kamer informeren over de uitkomsten en over de vraag of de opdracht voor het bevolkingsonderzoek bij dit laboratorium kan blijven?",
  ),
  // Drug couriers on Caribbean flights
  paragraph(
    "Bent u bekend met het bericht dat de Koninklijke Marechaussee op Schiphol opnieuw een stijging ziet van het aantal bolletjesslikkers op vluchten uit Curaçao en Suriname?",
    "Hoeveel drugskoeriers zijn in 2025 aangehouden en hoeveel kilo cocaïne is daarbij onderschept?",
    "Hoe staat het met de volledige controle van passagiers op vluchten uit risicolanden, en wordt die ook al op het vertrekvliegveld op Curaçao en Aruba uitgevoerd?",
    "Welke afspraken bestaan er met luchtvaartmaatschappijen over het weigeren van passagiers die eerder als koerier zijn betrapt?",
  ),
  // Sport shooters' licences
  numbered(
    "Kent u het bericht dat een lid van een schietvereniging met een geldig verlof zijn vuurwapens heeft gebruikt bij een bedreiging van zijn ex-partner?",
    "Hoeveel verloven tot het voorhanden hebben van een vuurwapen zijn op dit moment aan sportschutters verleend, en hoe vaak is een verlof in 2025 ingetrokken?",
    "Hoe weegt de korpschef bij een aanvraag of verlenging signalen van huiselijk geweld of psychische problemen mee, en welke informatie uit andere systemen wordt daarbij betrokken?",
    "Hoe vaak leidt de psychologische screening van verlofhouders tot een weigering?",
  ),
  // Overcrowded registration centre
  paragraph(
    "Bent u bekend met het bericht dat in het aanmeldcentrum in Ter Apel opnieuw ruim 2.400 asielzoekers verblijven, terwijl de gemeente met een maximum van 2.000 heeft ingestemd?",
    "Hoeveel nachten hebben asielzoekers dit jaar op stoelen of buiten moeten slapen?",
    "Wat is de stand van zaken van de dwangsom die de rechter het COA heeft opgelegd, en hoeveel is daarvan inmiddels verbeurd?",
    "Welke gemeenten hebben nog niet voldaan aan hun taakstelling voor opvangplekken, en bent u bereid de spreidingswet daarbij in te zetten?",
  ),
  // Backlogs at Veilig Thuis
  numbered(
    "Kent u het bericht dat meldingen van kindermishandeling bij Veilig Thuis in verschillende regio's wekenlang blijven liggen?",
    "Hoeveel meldingen wachtten eind 2025 langer dan de wettelijke termijn op een eerste beoordeling, en in welke regio's is de achterstand het grootst?",
    "Deelt u de mening dat een kind dat mogelijk wordt mishandeld niet weken mag wachten op een huisbezoek?",
    "Welke maatregelen nemen u en de gemeenten om de personeelstekorten bij Veilig Thuis op te lossen?",
  ),
  // Dutch nationals detained abroad
  paragraph(
    "Bent u bekend met het bericht over een Nederlandse vrouw die al drie jaar zonder proces vastzit in een gevangenis in Peru en daar nauwelijks medische zorg krijgt?",
    "Hoeveel Nederlanders zitten op dit moment in het buitenland gedetineerd, en hoeveel van hen wachten nog op een uitspraak?",
    "Welke consulaire bijstand krijgen zij van de ambassade?",
    "Hoe vaak is in 2025 gevraagd een veroordeelde Nederlander over te brengen om de straf in Nederland uit te zitten, en hoe lang duurt zo'n procedure gemiddeld?",
  ),
  // Personal budget fraud
  numbered(
    "Bent u bekend met het bericht dat malafide zorgbureaus miljoenen euro's aan persoonsgebonden budgetten hebben weggesluisd?",
    "Hoeveel signalen van pgb-fraude ontving het Informatie Knooppunt Zorgfraude in 2025, en hoeveel zaken zijn voor strafrechtelijke vervolging voorgedragen?",
    "Hoe kan het dat de Sociale Verzekeringsbank declaraties uitbetaalt aan bureaus die al eerder in beeld waren bij de Inspectie Gezondheidszorg en Jeugd?",
    "Bent u bereid gemeenten, zorgkantoren en de SVB beter informatie te laten delen om fraude vroegtijdig te ontdekken?",
  ),
  // Legal aid lawyers leaving
  paragraph(
    "Kent u het bericht dat steeds meer strafrechtadvocaten stoppen met het aannemen van toevoegingen, waardoor verdachten in sommige arrondissementen geen piketadvocaat meer krijgen?",
    "Hoeveel advocaten staan er nog ingeschreven voor piketdiensten, en hoe heeft dit aantal zich sinds 2020 ontwikkeld?",
    "Deelt u de mening dat het recht op rechtsbijstand bij een politieverhoor hierdoor in gevaar komt?",
    "Wanneer worden de vergoedingen in het stelsel van gesubsidieerde rechtsbijstand aangepast aan de werkelijke tijdsbesteding?",
  ),
  // Community police officers
  numbered(
    "Bent u bekend met het bericht dat in meer dan de helft van de gemeenten de norm van één wijkagent per 5.000 inwoners niet wordt gehaald?",
    "Hoeveel wijkagenten worden op dit moment structureel ingezet voor andere taken, zoals het bewaken van evenementen en het vervoeren van arrestanten?",
    "Deelt u de mening dat burgemeesters zonder zichtbare wijkagent het zicht op ondermijning in hun gemeente verliezen?",
    "Welke afspraken maakt u met de korpschef om wijkagenten weer minstens tachtig procent van hun tijd in de wijk te laten werken?",
  ),
  // Minors retrieving cocaine in the port
  paragraph(
    "Bent u bekend met het bericht dat criminelen in de haven van Rotterdam steeds vaker jongens van veertien en vijftien jaar inzetten om cocaïne uit containers te halen?",
    "Hoeveel minderjarige uithalers zijn in 2025 op het haventerrein aangehouden?",
    "Hoe beoordeelt u de toegangscontrole op het haventerrein, en hoe vaak blijken havenmedewerkers hun toegangspas aan criminelen te hebben verstrekt?",
    "Welke hulp krijgen jongeren die na een aanhouding uit het criminele netwerk willen stappen?",
  ),
  // Stolen login data sold on Telegram
  numbered(
    "Kent u het bericht dat op Telegram-kanalen miljoenen inloggegevens van Nederlanders te koop worden aangeboden, verzameld met zogenoemde infostealers?",
    "Hoeveel Nederlandse accounts van banken, webwinkels en DigiD zijn volgens de politie in deze verzamelingen aangetroffen?",
    "Worden gedupeerden actief gewaarschuwd dat hun gegevens zijn gestolen? Zo nee, bent u bereid een landelijke controlemogelijkheid aan te bieden, naar het voorbeeld van de eerdere politieactie tegen de malware RedLine?",
    "Welke afspraken maakt u met Telegram over het verwijderen van deze handelskanalen?",
  ),
  // Coastguard vessels
  paragraph(
    "Bent u bekend met het bericht dat de Kustwacht Caribisch Gebied een groot deel van het jaar met minder patrouilleschepen vaart omdat de verouderde cutters vaak in onderhoud liggen?",
    "Op hoeveel dagen waren in 2025 alle schepen operationeel inzetbaar?",
    "Wanneer worden de nieuwe cutters geleverd, en hoe wordt in de tussentijd voorkomen dat er gaten ontstaan in het toezicht rond Aruba, Curaçao en Bonaire?",
    "Welke bijdrage leveren de landen zelf aan de bekostiging van de Kustwacht?",
  ),
  // Football violence
  numbered(
    "Kent u het bericht dat bij een wedstrijd tussen twee Eredivisieclubs opnieuw zwaar vuurwerk op het veld werd gegooid en agenten na afloop met stenen werden bekogeld?",
    "Hoeveel politiecapaciteit is in het seizoen 2025/2026 ingezet bij betaald voetbal, en welk deel daarvan wordt door de clubs vergoed?",
    "Hoeveel stadionverboden zijn het afgelopen seizoen opgelegd, en hoe wordt gecontroleerd of supporters met een verbod toch het stadion binnenkomen?",
    "Bent u bereid de kosten van politie-inzet bij risicowedstrijden voortaan volledig bij de clubs neer te leggen?",
  ),
  // Doxing of journalists
  paragraph(
    "Bent u bekend met het bericht dat een onderzoeksjournalist zijn huis moest verlaten nadat zijn adres en foto's van zijn kinderen in een openbare Telegramgroep waren gedeeld?",
    "Hoeveel aangiften van doxing zijn er gedaan sinds doxing op 1 januari 2024 strafbaar werd, en hoeveel zaken heeft het OM inmiddels aan de rechter voorgelegd?",
    "Welke ondersteuning biedt PersVeilig aan journalisten die worden gedoxt?",
    "Bent u bereid met platforms afspraken te maken over het binnen een uur verwijderen van dergelijke berichten?",
  ),
  // Iranian threats against dissidents
  numbered(
    "Bent u bekend met het bericht dat de AIVD aanwijzingen heeft dat Iran criminele netwerken in Nederland inschakelt om Iraanse dissidenten te bedreigen of aan te vallen?",
    "Hoeveel personen in Nederland zijn het afgelopen jaar door de politie gewaarschuwd dat zij mogelijk doelwit zijn van een statelijke actor?",
    "Welke beveiligingsmaatregelen kunnen voor deze personen worden getroffen, en wie betaalt daarvoor?",
    "Bent u bereid in Europees verband te pleiten voor nieuwe sancties tegen Iraanse functionarissen die verantwoordelijk zijn voor deze operaties?",
  ),
  // Absconding during forensic leave
  paragraph(
    "Kent u het bericht dat een tbs-gestelde tijdens begeleid verlof in Utrecht is ontvlucht en pas na vier dagen werd aangehouden?",
    "Welke afspraken gelden er voor het melden van een ontvluchting aan politie en slachtoffers, en bent u bereid deze te laten evalueren?",
  ),
];

const TEST_MIXED: string[] = [
  // Travelling burglary gangs
  numbered(
    "Kent u het bericht «Rondtrekkende bendes plegen reeks inbraken in Twentse dorpen» (Tubantia, 3 november 2026)?",
    "Hoeveel woninginbraken zijn in 2025 gepleegd door rondtrekkende dadergroepen, en hoeveel daarvan zijn opgelost?",
    "Deelt u de mening dat de pakkans bij woninginbraken schrikbarend laag is? Zo ja, waarom? Zo nee, waarom niet?",
    "Wordt er met Duitse en Belgische opsporingsdiensten samengewerkt om deze groepen op te sporen? Zo ja, hoe? Zo nee, waarom niet?",
  ),
  // Nitrous oxide and driving
  paragraph(
    "Bent u bekend met het bericht dat de politie sinds het verbod op lachgas vaker bestuurders aantreft die onder invloed van lachgas hebben gereden?",
    "Hoeveel verkeersongevallen met letsel hielden in 2025 verband met lachgasgebruik?",
    "Deelt u de mening dat deze ontwikkeling zorgwekkend is? Zo ja, waarom? Zo nee, waarom niet?",
    "Wat zijn op dit moment de (on)mogelijkheden om lachgasgebruik bij bestuurders aan te tonen, en is er een betrouwbare speekseltest in ontwikkeling?",
  ),
  // Flavoured vapes
  numbered(
    "Kent u het bericht dat op en rond scholen nog altijd op grote schaal vapes met smaakjes worden verkocht, ondanks het verbod dat sinds 2024 geldt?",
    "Hoeveel illegale vapes heeft de Nederlandse Voedsel- en Warenautoriteit het afgelopen jaar in beslag genomen, en hoeveel boetes zijn er uitgedeeld?",
    "Hoe staat het met de uitvoering van de aangenomen motie om de NVWA extra capaciteit te geven voor toezicht op de online verkoop van vapes? Wat heeft dat opgeleverd?",
    "Kunt u deze vragen beantwoorden vóór het commissiedebat over preventie?",
  ),
  // Problem debts
  paragraph(
    "Bent u bekend met het bericht dat het aantal huishoudens met problematische schulden opnieuw stijgt, terwijl gemeenten minder mensen bereiken met schuldhulpverlening?",
    "Kunt u aangeven welke maatregelen de afgelopen twee jaar zijn genomen om vroegsignalering van schulden te verbeteren, en per maatregel wat het beoogde en het daadwerkelijke effect was?",
    "Hoeveel huishoudens meldden zich in 2025 uit zichzelf bij hun gemeente?",
    "Bent u bereid incassobureaus te verplichten eerst contact op te nemen met de gemeentelijke schuldhulp voordat zij kosten in rekening brengen?",
  ),
  // Aggression against ambulance staff
  numbered(
    "Bent u bekend met het bericht dat ambulancemedewerkers vorig jaar bijna duizend keer te maken kregen met agressie of geweld tijdens hun werk?",
    "In hoeveel van deze gevallen is aangifte gedaan, en hoe vaak heeft het Openbaar Ministerie op grond van de Eenduidige Landelijke Afspraken een zwaardere straf geëist?",
    "Hoe weegt u de ernst hiervan, ook als er geen lichamelijk letsel is ontstaan?",
    "Bent u bereid samen met de ambulancesector te onderzoeken of bodycams de-escalerend werken?",
  ),
  // Heat in nursing homes
  paragraph(
    "Kent u het bericht dat tijdens de hittegolf van afgelopen zomer in verpleeghuizen temperaturen van boven de dertig graden werden gemeten?",
    "Bent u bereid het Nationaal Hitteplan aan te scherpen en verpleeghuizen te ondersteunen bij het aanbrengen van zonwering en koeling? Zo nee, waarom niet?",
  ),
  // Illegal fireworks imports
  numbered(
    "Bent u bekend met het bericht «Recordhoeveelheid illegaal vuurwerk onderschept op weg naar Nederland» (NOS, 28 december 2025)?",
    "Hoeveel kilo zwaar vuurwerk is in 2025 in beslag genomen, en welk deel daarvan kwam uit Polen, Tsjechië of Duitsland?",
    "Hoe verhoudt de Nederlandse aanpak van de invoer van zwaar vuurwerk zich tot die in de buurlanden? Zijn er afspraken met deze landen over gezamenlijke controles?",
    "Welke aanvullende maatregelen acht u nodig nu het landelijke vuurwerkverbod nadert?",
  ),
  // Homeless young people
  paragraph(
    "Bent u bekend met het bericht dat het aantal dakloze jongeren tussen 18 en 27 jaar in de grote steden in twee jaar met een kwart is gestegen?",
    "Kunt u aangeven hoeveel jongeren op dit moment gebruikmaken van de maatschappelijke opvang en hoeveel van hen bij vrienden of in een auto slapen?",
    "Deelt u de mening dat de huidige aanpak van dakloosheid onvoldoende aansluit bij jongeren die uit de jeugdzorg komen?",
    "Wilt u deze vragen vóór de begrotingsbehandeling van Volkshuisvesting en Ruimtelijke Ordening beantwoorden?",
  ),
];

export const NOVEL_DRAFTS_DEV: string[] = [...DEV_FAR, ...DEV_NEAR, ...DEV_MIXED];

export const NOVEL_DRAFTS_TEST: string[] = [...TEST_FAR, ...TEST_NEAR, ...TEST_MIXED];
