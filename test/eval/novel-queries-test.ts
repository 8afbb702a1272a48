/**
 * Chat queries about subjects that no question in the seed dump answers, typed the way people
 * type in a chat (lowercase, no punctuation). For these, presenting an earlier question as a
 * good match is a false alarm, so they measure how often that happens. The list is written apart
 * and only run to report. It holds 14 queries on other policy areas (far), 18 in the seed's own
 * domain that share its vocabulary but ask what the seed does not (near), and 8 that wrap new
 * content in the formulas and light words the seed's questions use (mixed).
 */

/** Other policy areas entirely: education, housing, healthcare, agriculture, energy, transport. */
const TEST_FAR: string[] = [
  "lerarentekort basisonderwijs",
  "huurverhoging sociale huurwoningen 2026",
  "eigen risico zorgverzekering verlagen",
  "uitkoopregeling melkveehouders stikstof",
  "wanneer gaat de energierekening omlaag voor gezinnen",
  "waarom rijden er minder intercitys tussen amsterdam en eindhoven",
  "hoogte basisbeurs studiefinanciering",
  "windparken op zee vertraagd",
  "kinderopvangtoeslag terugbetalen",
  "kosten nieuwe kerncentrales borssele",
  "aow leeftijd omhoog naar 68",
  "vogelgriep ruimen van pluimveebedrijven",
  "krijgen mantelzorgers genoeg respijtzorg van hun gemeente",
  "invoering vrachtwagenheffing uitgesteld",
];

/**
 * The seed's own domain (police, justice, crime, borders, the Caribbean parts of the Kingdom,
 * online fraud, femicide), sharing its vocabulary but asking about another aspect, place or
 * measure than any seed question.
 */
const TEST_NEAR: string[] = [
  "hoeveel mensen zijn teruggestuurd bij grenscontroles aan de belgische grens",
  "cellentekort gevangenis sint maarten",
  "opvang van venezolaanse vluchtelingen op curacao",
  "hoeveel plekken zijn er in de vrouwenopvang",
  "aangiftes datingfraude 2024",
  "beleggingsfraude met nep cryptoplatforms",
  "hoe vaak gebruikt de politie een taser",
  "wordt de norm van een wijkagent per 5000 inwoners gehaald",
  "explosies bij woningen door cobra vuurwerk",
  "drugsverkoop via telegram aanpakken",
  "hoeveel femicides waren er vorig jaar in belgie",
  "stalkerware op de telefoon van een ex partner",
  "havenmedewerkers in rotterdam omgekocht door drugscriminelen",
  "beveiliging van synagogen door de politie",
  "matchfixing in het betaald voetbal",
  "mensensmokkel over de noordzee met rubberboten",
  "ransomware aanval op ziekenhuizen",
  "mogen boas een wapenstok dragen",
];

/** Question formulas and light words common in the seed ("hoeveel", "komt er", ...) around new content. */
const TEST_MIXED: string[] = [
  "hoeveel kinderen leven in armoede in nederland",
  "wat doet de minister tegen het tekort aan huisartsen op het platteland",
  "komt er een suikertaks op frisdrank",
  "hoe staat het met de uitvoering van de motie over gratis schoolontbijt",
  "klopt het dat de zorgpremie volgend jaar stijgt",
  "wanneer kan de kamer het wetsvoorstel over de nieuwe pachtwet verwachten",
  "bent u bereid de btw op groente en fruit te schrappen",
  "wat is de stand van zaken van de lelylijn",
];

export const NOVEL_QUERIES_TEST: string[] = [...TEST_FAR, ...TEST_NEAR, ...TEST_MIXED];
