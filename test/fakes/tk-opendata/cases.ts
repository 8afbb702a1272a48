/**
 * The question sets the fake serves. Each one exercises a variant described in
 * official-sources.md; `about` says which.
 */
import type { FakeSet } from "./model.ts";

const OCW = { functie: "minister van Onderwijs, Cultuur en Wetenschap", actorNaam: "E.E.W. Bruins", afkorting: "OCW" };
const JENV = { functie: "minister van Justitie en Veiligheid", actorNaam: "D.M. van Weel", afkorting: "JenV" };
const LVVN = { functie: "minister van Landbouw, Visserij, Voedselzekerheid en Natuur", actorNaam: "F.M. Wiersma", afkorting: "LVVN" };
const VWS = { functie: "staatssecretaris van Volksgezondheid, Welzijn en Sport", actorNaam: "V.P.G. Karremans", afkorting: "VWS" };
const KGG = { functie: "minister van Klimaat en Groene Groei", actorNaam: "S.T.M. Hermans", afkorting: "KGG" };
const IENW = { functie: "minister van Infrastructuur en Waterstaat", actorNaam: "B. Madlener", afkorting: "IenW" };
const BZK_DIG = { functie: "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", actorNaam: "Z.D. Szabó", afkorting: "BZK" };
const EZ = { functie: "minister van Economische Zaken", actorNaam: "D.S. Beljaarts", afkorting: "EZ" };
const AenM = { functie: "minister van Asiel en Migratie", actorNaam: "M.H. Faber", afkorting: "AenM" };
const WWI = { functie: "minister voor Wonen, Wijken en Integratie", actorNaam: "E.E. van der Laan", afkorting: "WWI" };

export const TK_FAKE_SETS: readonly FakeSet[] = [
  {
    key: "beantwoord",
    about: "answered; inline nadruk and extref",
    nummer: "2024Z17900",
    vergaderjaar: "2024-2025",
    onderwerp: "het lerarentekort in het voortgezet onderwijs in Friesland",
    ingezonden: "2024-11-08",
    questionsDocumentNummer: "2024D43811",
    askers: [{ voorletters: "E.", achternaam: "Soepboer", fractie: "NSC", relatie: "Indiener" }],
    addressees: [OCW],
    questions: [
      { paragraphs: ["Bent u bekend met het bericht «Friese middelbare scholen schrappen lessen door tekort aan docenten»?"] },
      { paragraphs: ["Hoeveel lesuren zijn er in het schooljaar 2023–2024 in Friesland uitgevallen doordat er geen bevoegde docent beschikbaar was?"] },
      { paragraphs: ["Welke maatregelen neemt u om zij-instromers in de regio sneller voor de klas te krijgen?"] },
      { paragraphs: ["Bent u bereid in overleg te treden met de Friese schoolbesturen over een regionale aanpak van het tekort? Zo nee, waarom niet?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 611,
        documentNummer: "2024D45602",
        ontvangen: "2024-11-19",
        afzender: "minister van Onderwijs, Cultuur en Wetenschap",
        published: true,
        answers: [
          { questions: [1], label: "Antwoord 1", paragraphs: ["Ja."] },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: [
              'Het aantal uitgevallen lesuren wordt niet landelijk geregistreerd. Uit de gegevens van <extref doc="https://www.onderwijsincijfers.nl/kengetallen/voortgezet-onderwijs/personeel-vo">Onderwijs in cijfers</extref> blijkt dat in Friesland <nadruk type="vet">4,8 procent</nadruk> van de formatie in het voortgezet onderwijs onvervuld was, tegen 3,1 procent landelijk.',
            ],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: [
              "Zij-instromers kunnen sinds 1 augustus 2024 binnen een jaar na de geschiktheidsverklaring starten met lesgeven. Daarnaast verhoog ik de subsidie zij-instroom voor regio’s met een groot tekort, waaronder Friesland, naar € 26.000 per zij-instromer.",
              "Ook werken de lerarenopleidingen in het Noorden samen in het Regionaal Transitiepunt, dat zij-instromers begeleidt van oriëntatie tot benoeming.",
            ],
          },
          {
            questions: [4],
            label: "Antwoord 4",
            paragraphs: ["Ja. Mijn ministerie spreekt in december met de Friese schoolbesturen en de provincie Fryslân over een regionale aanpak. Ik informeer uw Kamer in het voorjaar over de uitkomst."],
          },
        ],
      },
    ],
  },
  {
    key: "onbeantwoord",
    about: "unanswered; questions without <nr> (the first <al> is the label); an answer can be published later",
    nummer: "2025Z03112",
    vergaderjaar: "2024-2025",
    onderwerp: "de vondst van vogelgriep bij een melkveebedrijf in Gelderland",
    ingezonden: "2025-02-24",
    questionsDocumentNummer: "2025D08844",
    askers: [{ voorletters: "C.", achternaam: "Teunissen", fractie: "PvdD", relatie: "Indiener" }],
    addressees: [LVVN],
    questions: [
      { withoutNr: true, paragraphs: ["Heeft u kennisgenomen van het bericht dat op een melkveebedrijf bij Barneveld vogelgriep is aangetroffen bij een kat?"] },
      { withoutNr: true, paragraphs: ["Worden melkkoeien in Nederland op dit moment getest op het H5N1-virus? Zo ja, hoe vaak en op hoeveel bedrijven? Zo nee, waarom niet?"] },
      { withoutNr: true, paragraphs: ["Deelt u de zorg van virologen dat besmetting van zoogdieren de kans vergroot dat het virus zich aanpast aan mensen?"] },
      { withoutNr: true, paragraphs: ["Bent u bereid rauwe melk uit de handel te nemen zolang niet is uitgesloten dat het virus in de melkveehouderij circuleert?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 1650,
        documentNummer: "2025D11207",
        ontvangen: "2025-03-14",
        afzender: "minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
        published: false,
        answers: [
          { questions: [1], label: "Antwoord 1", paragraphs: ["Ja."] },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Ja. Sinds januari 2025 wordt tankmelk van melkveebedrijven in de buurt van een besmet pluimveebedrijf getest. Tot nu toe zijn 312 monsters van 87 bedrijven onderzocht; in geen daarvan is het virus aangetroffen."],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["Het RIVM schat het risico voor de algemene bevolking op dit moment als laag in. Ik volg de adviezen van de deskundigengroep zoönosen nauwgezet."],
          },
          { questions: [4], label: "Antwoord 4", paragraphs: ["Nee. Zie het antwoord op vraag 2."] },
        ],
      },
    ],
  },
  {
    key: "uitgesteld-beantwoord",
    about: "postponed (Mededeling (uitstel antwoord) + ah-tk notice), then answered",
    nummer: "2024Z18544",
    vergaderjaar: "2024-2025",
    onderwerp: "de sluiting van politiebureaus in Noord-Nederland",
    ingezonden: "2024-11-14",
    questionsDocumentNummer: "2024D44519",
    askers: [{ voorletters: "S.", achternaam: "Mutluer", fractie: "GroenLinks-PvdA", relatie: "Indiener" }],
    addressees: [JENV],
    questions: [
      { paragraphs: ["Hoeveel politiebureaus in Groningen, Friesland en Drenthe zijn sinds 2020 gesloten of alleen nog op afspraak open?"] },
      { paragraphs: ["Wat is het effect van deze sluitingen op de gemiddelde aanrijtijd bij spoedmeldingen in deze provincies?"] },
      { paragraphs: ["Bent u bereid met de regioburgemeesters afspraken te maken over een minimale openstelling van bureaus in landelijk gebied?"] },
    ],
    publications: [
      {
        soort: "Mededeling (uitstel antwoord)",
        aanhangsel: 712,
        documentNummer: "2024D47730",
        ontvangen: "2024-12-04",
        afzender: "minister van Justitie en Veiligheid",
        published: true,
        opmerking: [
          "De vragen van het lid Mutluer (GroenLinks-PvdA) over de sluiting van politiebureaus in Noord-Nederland (ingezonden 14 november 2024) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord, omdat voor de beantwoording informatie van de politie nodig is die nog wordt verzameld.",
          "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.",
        ],
      },
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 989,
        documentNummer: "2025D01118",
        ontvangen: "2025-01-10",
        afzender: "minister van Justitie en Veiligheid",
        published: true,
        opmerking: ["Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 712."],
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["Sinds 2020 zijn in de eenheid Noord-Nederland negen politiebureaus gesloten. Nog eens veertien bureaus zijn alleen op afspraak open; daarnaast zijn er zeventien politieservicepunten in gemeentehuizen en bibliotheken geopend."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["De aanrijtijd hangt niet samen met de openstelling van bureaus, omdat noodhulpeenheden op straat surveilleren. In 2024 was de politie bij 86 procent van de spoedmeldingen in Noord-Nederland binnen vijftien minuten ter plaatse; in 2020 was dat 87 procent."],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["De openstelling van bureaus is een afweging van het regionale gezag. Ik bespreek uw vraag in het eerstvolgende overleg met de regioburgemeesters."],
          },
        ],
      },
    ],
  },
  {
    key: "uitgesteld-open",
    about: "postponed and still open; an answer can be published later",
    nummer: "2025Z01877",
    vergaderjaar: "2024-2025",
    onderwerp: "wachtlijsten in de jeugd-ggz",
    ingezonden: "2025-02-03",
    questionsDocumentNummer: "2025D04960",
    askers: [{ voorletters: "M.", achternaam: "Bikker", fractie: "ChristenUnie", relatie: "Indiener" }],
    addressees: [VWS],
    questions: [
      { paragraphs: ["Hoeveel kinderen en jongeren staan op dit moment langer dan de Treeknorm op een wachtlijst voor specialistische jeugd-ggz?"] },
      { paragraphs: ["Welke regio’s hebben de langste wachttijden, en wat is daarvan volgens u de oorzaak?"] },
      { paragraphs: ["Wanneer verwacht u dat de hervormingsagenda jeugd zichtbaar tot kortere wachtlijsten leidt?"] },
    ],
    publications: [
      {
        soort: "Mededeling (uitstel antwoord)",
        aanhangsel: 1402,
        documentNummer: "2025D07315",
        ontvangen: "2025-02-21",
        afzender: "staatssecretaris van Volksgezondheid, Welzijn en Sport",
        published: true,
        opmerking: [
          "De vragen van het lid Bikker (ChristenUnie) over wachtlijsten in de jeugd-ggz (ingezonden 3 februari 2025) kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat afstemming met de Vereniging van Nederlandse Gemeenten nodig is.",
          "Ik streef ernaar de vragen binnen drie weken te beantwoorden.",
        ],
      },
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 1788,
        documentNummer: "2025D12460",
        ontvangen: "2025-03-20",
        afzender: "staatssecretaris van Volksgezondheid, Welzijn en Sport",
        published: false,
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["Volgens de laatste cijfers van de zorgaanbieders wachtten op 1 januari 2025 ongeveer 4.300 jeugdigen langer dan de Treeknorm op specialistische jeugd-ggz."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["De langste wachttijden zien we in Zeeland, Flevoland en Zuid-Limburg. De belangrijkste oorzaak is een tekort aan gespecialiseerde behandelaars."],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["De eerste effecten van de hervormingsagenda verwacht ik in 2026. Ik rapporteer uw Kamer daarover in de voortgangsbrief van dit najaar."],
          },
        ],
      },
    ],
  },
  {
    key: "gegroepeerd",
    about: "grouped answer: \"Antwoord op vraag 3 en 4\"",
    nummer: "2024Z19020",
    vergaderjaar: "2024-2025",
    onderwerp: "netcongestie op bedrijventerreinen in Gelderland",
    ingezonden: "2024-11-21",
    questionsDocumentNummer: "2024D45530",
    askers: [{ voorletters: "H.", achternaam: "Vijlbrief", fractie: "D66", relatie: "Indiener" }],
    addressees: [KGG],
    questions: [
      { paragraphs: ["Kent u het bericht «Ondernemers in de Achterhoek kunnen niet uitbreiden: stroomnet zit vol»?"] },
      { paragraphs: ["Hoeveel bedrijven in Gelderland staan op dit moment op een wachtlijst voor een zwaardere aansluiting?"] },
      { paragraphs: ["Klopt het dat netbeheerder Liander pas in 2030 extra capaciteit kan leveren op het bedrijventerrein Laarberg in Groenlo?"] },
      { paragraphs: ["Welke tijdelijke oplossingen, zoals flexibele contracten of energiehubs, zijn voor deze bedrijven beschikbaar?"] },
      { paragraphs: ["Bent u bereid de Kamer voor de zomer te informeren over de voortgang van het Landelijk Actieprogramma Netcongestie in Gelderland?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 802,
        documentNummer: "2024D48891",
        ontvangen: "2024-12-12",
        afzender: "minister van Klimaat en Groene Groei",
        published: true,
        answers: [
          { questions: [1], label: "Antwoord 1", paragraphs: ["Ja."] },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Volgens Liander stonden op 1 december 2024 in Gelderland 2.640 bedrijven op de wachtrij voor afname van elektriciteit."],
          },
          {
            questions: [3, 4],
            label: "Antwoord op vraag 3 en 4",
            paragraphs: [
              "Liander verwacht de netversterking bij Groenlo in 2029 af te ronden. Tot die tijd onderzoekt Liander samen met de ondernemers of een energiehub op het terrein ruimte kan maken.",
              "Daarnaast biedt Liander sinds 2024 non-firm ATO-contracten aan, waarmee bedrijven buiten de piekuren extra vermogen kunnen afnemen.",
            ],
          },
          { questions: [5], label: "Antwoord 5", paragraphs: ["Ja. De voortgangsbrief over het Landelijk Actieprogramma Netcongestie gaat ook in op Gelderland."] },
        ],
      },
    ],
  },
  {
    key: "reeks",
    about: "one answer for a range: \"Antwoord vraag 4-7\"",
    nummer: "2024Z20311",
    vergaderjaar: "2024-2025",
    onderwerp: "het fietspad over de Afsluitdijk",
    ingezonden: "2024-12-05",
    questionsDocumentNummer: "2024D47912",
    askers: [{ tussenvoegsel: "van der", voorletters: "C.A.M.", achternaam: "Plas", fractie: "BBB", relatie: "Indiener" }],
    addressees: [IENW],
    questions: [
      { paragraphs: ["Is het waar dat het fietspad over de Afsluitdijk in 2025 opnieuw maandenlang wordt afgesloten?"] },
      { paragraphs: ["Waarom is voor de fietsers geen pendelbus ingezet, zoals bij eerdere afsluitingen wel gebeurde?"] },
      { paragraphs: ["Hoeveel fietsers maken gemiddeld per dag in het zomerseizoen gebruik van het fietspad?"] },
      { paragraphs: ["Wanneer zijn de werkzaamheden aan de spuisluizen bij Kornwerderzand naar verwachting klaar?"] },
      { paragraphs: ["Waarom kunnen de werkzaamheden niet buiten het toeristisch seizoen worden uitgevoerd?"] },
      { paragraphs: ["Welke compensatie krijgen ondernemers bij Breezanddijk en Den Oever voor de gevolgen van de afsluiting?"] },
      { paragraphs: ["Bent u bereid de planning met de betrokken gemeenten en ondernemers opnieuw te bespreken?"] },
      { paragraphs: ["Kunt u deze vragen afzonderlijk en binnen drie weken beantwoorden?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 955,
        documentNummer: "2025D00377",
        ontvangen: "2025-01-07",
        afzender: "minister van Infrastructuur en Waterstaat",
        published: true,
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["Ja. Het fietspad is van 1 april tot en met 30 september 2025 afgesloten vanwege de versterking van de dijk bij Kornwerderzand."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Er rijdt wel een pendelbus: van april tot en met september twaalf keer per dag tussen Den Oever en Kornwerderzand, met plaats voor fietsen."],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["In de zomer van 2023 maakten gemiddeld ruim 1.100 fietsers per dag gebruik van het fietspad."],
          },
          {
            questions: [4, 5, 6, 7],
            label: "Antwoord vraag 4-7",
            paragraphs: [
              "De werkzaamheden aan de spuisluizen zijn naar verwachting eind 2026 klaar. Omdat de dijk in het stormseizoen niet mag worden opengebroken, kan er alleen tussen april en oktober worden gewerkt.",
              "Een schaderegeling voor ondernemers is er niet, omdat de bereikbaarheid met de pendelbus gewaarborgd blijft. Rijkswaterstaat bespreekt de planning elk kwartaal met de gemeenten Súdwest-Fryslân en Hollands Kroon en met de ondernemers.",
            ],
          },
          { questions: [8], label: "Antwoord 8", paragraphs: ["De vragen zijn zo spoedig mogelijk beantwoord."] },
        ],
      },
    ],
  },
  {
    key: "verwijzingen",
    about: "answers that only refer to other answers; the same set, word for word, is the first set of the seed dump",
    nummer: "2024Z16102",
    vergaderjaar: "2024-2025",
    onderwerp: "burgers die de grens menen te moeten bewaken",
    ingezonden: "2024-10-15",
    questionsDocumentNummer: "2024D39980",
    alsoInSeed: true,
    askers: [
      { voorletters: "K.", achternaam: "Piri", fractie: "GroenLinks-PvdA", relatie: "Indiener" },
      { voorletters: "S.", achternaam: "Mutluer", fractie: "GroenLinks-PvdA", relatie: "Medeindiener" },
    ],
    addressees: [JENV, AenM],
    questions: [
      {
        paragraphs: ["Kent u de berichten «Burgers doen zelf «grenscontroles» bij Ter Apel, politie ziet niets strafbaars»<nootref refid=\"ID-16102-n1\"/> en «Opnieuw «grenscontrole» door groep burgers, dit keer bij Sellingen»?<nootref refid=\"ID-16102-n2\"/>"],
        notes: [
          { id: "ID-16102-n1", nr: 1, text: "RTV Noord, 24 september 2024." },
          { id: "ID-16102-n2", nr: 2, text: "Dagblad van het Noorden, 28 september 2024." },
        ],
      },
      { paragraphs: ["Kunt u in een feitenrelaas weergeven waaruit (tot op het moment van beantwoording van deze vragen) de genoemde «grenscontroles» bestonden? Waaruit bestonden de handelingen van de zelfbenoemde grenscontroleurs? Op welke wijze hebben zij automobilisten benaderd, laten stoppen, vragen gesteld of op andere wijze getracht hen te controleren? Hoe veel zelfbenoemde grenscontroleurs waren daarbij betrokken en hoe vaak hebben deze grenscontroles plaatsgevonden? Wat waren de locaties van de controles? Wat heeft de politie ondernomen?"] },
      { paragraphs: ["Deelt u de mening dat zelfs als automobilisten vrijwillig toestaan dat hun auto gecontroleerd werd, dat een dergelijke controles intimiderend kunnen werken en sowieso ongewenst zijn? Zo ja, waarom? Zo nee, waarom niet?"] },
      { paragraphs: ["Deelt u de mening dat controles van deze controles de vrijheid van burgers onrechtmatig beperken? Zo ja, waarom? Zo nee, waarom niet?"] },
      { paragraphs: ["Deelt u de mening van de woordvoerder van de gemeente Westerwolde dat het «verboden [is] voor burgers om auto's aan te houden op de manier waarop de politie dat doet», en dat «dergelijke acties voor enorm gevaarlijke situaties op en langs de weg [zorgen].»? Zo ja, waarom en was er sprake van enige strafbare feiten? Zo nee, waarom niet?"] },
      { paragraphs: ["Wat bedoelde u met uw uitspraak over de groep burgers die bij Ter Apel voor grenswacht speelden: «Laat de politie en marechaussee hun werk doen en hou je aan de wet.»? Op welke wijze hielden deze burgers zich niet aan de wet?"] },
      { paragraphs: ["Wat bedoelde u met uit uitspraak «neem het recht niet in eigen hand»? Op welke wijze werd het recht in eigen hand genomen en waarom acht u dit ongewenst?"] },
      { paragraphs: ["Heeft u met uw Duitse ambtsgenoot overlegd hoe tegen deze «grenscontroles» opgetreden moet worden? Zo ja, waar heeft dat overleg toe geleid? Zo nee, wilt dan alsnog met uw Duitse ambtsgenoot gaan overleggen en de Kamer over de uitkomst daarvan informeren?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 402,
        documentNummer: "2024D42117",
        ontvangen: "2024-10-31",
        afzender: "minister van Justitie en Veiligheid",
        published: true,
        answers: [
          { questions: [1], label: "Antwoord 1", paragraphs: ["Ja."] },
          { questions: [2], label: "Antwoord 2", paragraphs: ["De politie heeft mij het onderstaande feitenrelaas gegeven:"] },
          { questions: [3], label: "Antwoord 3", paragraphs: ["Het is aan het Openbaar Ministerie en uiteindelijk de rechter om te bepalen of er sprake is van strafbare feiten. Dat is niet aan mij om te beoordelen."] },
          { questions: [4], label: "Antwoord 4", paragraphs: ["Zie antwoord vraag 3."] },
          { questions: [5], label: "Antwoord 5", paragraphs: ["Zie antwoord vraag 3."] },
          { questions: [6], label: "Antwoord 6", paragraphs: ["Wat ik bedoelde met mijn uitspraken is dat het uitvoeren van grenscontroles is voorbehouden aan autoriteiten die wettelijke bevoegd zijn, zoals de Koninklijke Marechaussee, en aan strenge regels gebonden. In dit land is geen ruimte voor eigenrichting."] },
          { questions: [7], label: "Antwoord 7", paragraphs: ["Zie antwoord vraag 6."] },
          { questions: [8], label: "Antwoord 8", paragraphs: ["De politie staat in nauw contact met de Koninklijke Marechaussee en de Duitse politie om de situatie aan de grens goed te blijven volgen en waar nodig op te treden. Ook de Koninklijke Marechaussee onderhoudt reguliere contacten met de Duitse grensautoriteiten waar het om binnengrenscontroles gaat."] },
        ],
      },
    ],
  },
  {
    key: "voetnoten",
    about: "footnotes (nootref/noot) in questions and an answer; a chain of references (5 → 3 → 2)",
    nummer: "2025Z00412",
    vergaderjaar: "2024-2025",
    onderwerp: "de hack van de digitale werkomgeving van het Openbaar Ministerie",
    ingezonden: "2025-01-09",
    questionsDocumentNummer: "2025D00981",
    askers: [
      { voorletters: "H.", achternaam: "Six Dijkstra", fractie: "NSC", relatie: "Indiener" },
    ],
    addressees: [JENV],
    questions: [
      {
        paragraphs: ['Bent u bekend met het bericht «Digitale werkomgeving OM inderdaad gehackt, onderzoek moet uitwijzen welke informatie is gestolen»?<nootref refid="ID-00412-n1"/>'],
        notes: [{ id: "ID-00412-n1", nr: 1, text: "NOS, 8 januari 2025, nos.nl/artikel/2551234." }],
      },
      {
        paragraphs: ['Wat werd aangetroffen in de eerste scans van het Nationaal Cyber Security Centrum (NCSC)<nootref refid="ID-00412-n2"/> waaruit bleek dat de systemen van het OM waren binnengedrongen?'],
        notes: [{ id: "ID-00412-n2", nr: 2, text: "Het NCSC is het centrale informatieknooppunt en expertisecentrum voor cybersecurity in Nederland." }],
      },
      { paragraphs: ["Is inmiddels bekend welke gegevens van slachtoffers en getuigen mogelijk zijn buitgemaakt?"] },
      {
        paragraphs: ['Hoe verhoudt deze hack zich tot de waarschuwingen van de Inspectie Justitie en Veiligheid uit 2023<nootref refid="ID-00412-n3"/> over de informatiebeveiliging bij het OM?'],
        notes: [{ id: "ID-00412-n3", nr: 3, text: "Inspectie Justitie en Veiligheid, «Informatiebeveiliging in de strafrechtketen», 12 oktober 2023." }],
      },
      { paragraphs: ["Zijn slachtoffers en getuigen van wie gegevens mogelijk zijn buitgemaakt inmiddels geïnformeerd?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 1203,
        documentNummer: "2025D05566",
        ontvangen: "2025-02-06",
        afzender: "minister van Justitie en Veiligheid",
        published: true,
        answers: [
          { questions: [1], label: "Antwoord 1", paragraphs: ["Ja."] },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Het NCSC trof bij de eerste scans sporen aan van misbruik van een kwetsbaarheid in een extern bereikbare server. Het OM heeft daarop op 17 juli 2024 de verbinding met internet verbroken."],
          },
          { questions: [3], label: "Antwoord 3", paragraphs: ["Zie het antwoord op vraag 2."] },
          {
            questions: [4],
            label: "Antwoord 4",
            paragraphs: ['Het OM heeft de aanbevelingen van de Inspectie overgenomen en voert ze uit; de voortgang staat in het jaarverslag 2024.<nootref refid="ID-00412-n4"/>'],
            notes: [{ id: "ID-00412-n4", nr: 4, text: "Openbaar Ministerie, Jaarverslag 2024, hoofdstuk 6." }],
          },
          { questions: [5], label: "Antwoord 5", paragraphs: ["Zie antwoord vraag 3."] },
        ],
      },
    ],
  },
  {
    key: "tabel",
    about: "a table (tgroup/row/entry) in an answer",
    nummer: "2024Z21577",
    vergaderjaar: "2024-2025",
    onderwerp: "de instroom op de politieopleiding",
    ingezonden: "2024-12-19",
    questionsDocumentNummer: "2024D50102",
    askers: [{ voorletters: "S.", achternaam: "Mutluer", fractie: "GroenLinks-PvdA", relatie: "Indiener" }],
    addressees: [JENV],
    questions: [
      { paragraphs: ["Hoeveel studenten zijn in 2023 en 2024 ingestroomd in de verschillende politieopleidingen?"] },
      { paragraphs: ["Hoeveel van hen zijn binnen het eerste jaar gestopt met de opleiding?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 1122,
        documentNummer: "2025D03390",
        ontvangen: "2025-01-23",
        afzender: "minister van Justitie en Veiligheid",
        published: true,
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["De Politieacademie meldt de volgende instroom:"],
            table: [
              ["Opleiding", "2023", "2024"],
              ["Basispolitieopleiding (PO21)", "2.194", "2.093"],
              ["Allround politiemedewerker (niveau 4)", "1.312", "1.406"],
              ["Bachelor Politiekunde", "318", "297"],
            ],
            after: ["De instroom in 2024 is daarmee vergelijkbaar met die in 2023."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["In 2023 stopte 11 procent van de studenten binnen het eerste jaar; voor 2024 zijn de cijfers nog niet definitief."],
          },
        ],
      },
    ],
  },
  {
    key: "oud",
    about: "old-style document (vragen/omschr), published as kv-{alias}; kv-tk-{nummer} is a 404",
    nummer: "2009Z02871",
    alias: "2090810112",
    oldStyle: true,
    vergaderjaar: "2008-2009",
    onderwerp: "de gevolgen van de kredietcrisis voor de bouw van sociale huurwoningen",
    ingezonden: "2009-02-12",
    questionsDocumentNummer: "2009D07713",
    askers: [{ tussenvoegsel: "van", voorletters: "B.J.", achternaam: "Bochove", fractie: "CDA", relatie: "Indiener" }],
    addressees: [WWI],
    questions: [
      { paragraphs: ["Is het u bekend dat woningcorporaties de bouw van ruim 4.000 sociale huurwoningen hebben uitgesteld omdat zij geen financiering kunnen krijgen?"] },
      { paragraphs: ["Bent u bereid met het Waarborgfonds Sociale Woningbouw te bezien of de borging van leningen kan worden verruimd?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 1786,
        documentNummer: "2009D11890",
        ontvangen: "2009-03-05",
        afzender: "minister voor Wonen, Wijken en Integratie",
        published: true,
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["Ja. Uit een enquête van Aedes blijkt dat corporaties de start van circa 4.200 woningen hebben uitgesteld, vooral door hogere financieringslasten."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Het Waarborgfonds heeft het borgingsplafond voor 2009 inmiddels met 2 miljard euro verhoogd. Ik acht verdere verruiming op dit moment niet nodig."],
          },
        ],
      },
    ],
  },
  {
    key: "verwijderd",
    about: "a deleted case (Verwijderd: true); no publications",
    nummer: "2025Z02200",
    vergaderjaar: "2024-2025",
    onderwerp: "de bereikbaarheid van de huisartsenpost in Zeeuws-Vlaanderen",
    ingezonden: "2025-02-07",
    questionsDocumentNummer: "2025D05120",
    deleted: true,
    askers: [{ voorletters: "A.", achternaam: "Paulusma", fractie: "D66", relatie: "Indiener" }],
    addressees: [VWS],
    questions: [{ paragraphs: ["Klopt het dat de huisartsenpost in Terneuzen vanaf 1 maart ’s nachts gesloten is?"] }],
    publications: [],
  },
  {
    key: "nader",
    about: "two askers, two addressees, an information-only actor, an answer and a later nader answer",
    nummer: "2024Z16655",
    vergaderjaar: "2024-2025",
    onderwerp: "de afhankelijkheid van de overheid van Amerikaanse cloudaanbieders",
    ingezonden: "2024-10-24",
    questionsDocumentNummer: "2024D41287",
    askers: [
      { voorletters: "B.", achternaam: "Kathmann", fractie: "GroenLinks-PvdA", relatie: "Indiener" },
      { voorletters: "H.", achternaam: "Six Dijkstra", fractie: "NSC", relatie: "Medeindiener" },
    ],
    addressees: [BZK_DIG, EZ],
    otherActors: [{ actorNaam: "vaste commissie voor Digitale Zaken", relatie: "Volgcommissie", functie: null }],
    questions: [
      { paragraphs: ["Hoeveel ministeries slaan gegevens op bij cloudaanbieders die onder Amerikaanse wetgeving vallen?"] },
      { paragraphs: ["Heeft u in beeld welke risico’s de Amerikaanse CLOUD Act voor deze gegevens meebrengt?"] },
      { paragraphs: ["Bent u bereid een plan te maken voor de overstap naar Europese aanbieders, en wanneer ontvangt de Kamer dat plan?"] },
    ],
    publications: [
      {
        soort: "Antwoord schriftelijke vragen",
        aanhangsel: 688,
        documentNummer: "2024D46250",
        ontvangen: "2024-11-25",
        afzender: "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
        published: true,
        answers: [
          {
            questions: [1],
            label: "Antwoord 1",
            paragraphs: ["Alle ministeries gebruiken voor kantoorautomatisering diensten van aanbieders die onder Amerikaanse wetgeving vallen. Gerubriceerde gegevens worden daar niet opgeslagen."],
          },
          {
            questions: [2],
            label: "Antwoord 2",
            paragraphs: ["Ja. Voor elke clouddienst wordt vooraf een risicoanalyse gemaakt, waarin ook de mogelijkheid van verstrekking op grond van buitenlandse wetgeving wordt meegewogen."],
          },
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["Op deze vraag kom ik in een nader antwoord terug, omdat hierover nog overleg met de minister van Economische Zaken loopt."],
          },
        ],
      },
      {
        soort: "Antwoord schriftelijke vragen (nader)",
        aanhangsel: 1017,
        documentNummer: "2025D02045",
        ontvangen: "2025-01-16",
        afzender: "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
        published: true,
        repeats: [3],
        answers: [
          {
            questions: [3],
            label: "Antwoord 3",
            paragraphs: ["Ja. Samen met de minister van Economische Zaken stel ik een strategie voor digitale autonomie op, die de Kamer voor de zomer van 2025 ontvangt. Daarin staat ook hoe de overheid de afhankelijkheid van niet-Europese clouddiensten stap voor stap vermindert."],
          },
        ],
      },
    ],
  },
];
