/**
 * Everyday Dutch words next to the official words for the same thing, as
 * people type the one and written questions use the other ("agent" and
 * "politiemedewerker", "geld" and "financiering"). Only equivalences that hold
 * in any policy area belong here: a group is a set of words that can stand in
 * for each other in a search, never a topic.
 *
 * Words are folded (lower case, no accents). A group member of several words
 * ("verenigde staten") is only an expansion: typed words are looked up one by one.
 */
import { stem } from "./lunr-nl.js";

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // People
  ["agent", "politieagent", "politiemedewerker", "politieman", "politievrouw", "diender"],
  ["rechercheur", "speurder", "detective"],
  ["kind", "kinderen", "minderjarigen", "jongeren", "jeugd", "jeugdigen", "tieners", "pubers"],
  ["ouderen", "bejaarden", "senioren", "gepensioneerden"],
  ["mensen", "burgers", "inwoners"],
  ["ambtenaar", "ambtenaren", "overheidsmedewerker", "overheidspersoneel"],
  ["leraar", "leraren", "docent", "leerkracht"],
  ["leerling", "scholier"],
  ["dokter", "arts"],
  ["gevangene", "gedetineerde"],
  ["slachtoffer", "gedupeerde", "benadeelde"],
  ["buitenlanders", "migranten", "vreemdelingen"],
  ["boer", "agrarier", "landbouwer"],
  ["dader", "pleger"],
  ["crimineel", "criminelen", "misdadiger", "misdadigers", "boef", "boeven", "onderwereld", "georganiseerde misdaad"],
  ["aanklager", "aanklagers", "officier van justitie", "openbaar ministerie"],
  ["medewerker", "werknemer", "personeelslid"],
  ["gehandicapten", "handicap", "beperking"],
  // Money and work
  ["geld", "financiering", "middelen", "budget", "financien"],
  ["salaris", "loon"],
  ["baan", "werk", "arbeid"],
  ["bedrijf", "onderneming"],
  // Places and things
  ["huis", "woning"],
  ["huizen", "woningen"],
  ["gevangenis", "penitentiaire inrichting"],
  ["ziekenhuis", "kliniek"],
  ["verpleeghuis", "verzorgingshuis", "bejaardentehuis"],
  ["politieschool", "politieacademie", "politieopleiding"],
  ["auto", "voertuig", "personenauto"],
  ["pistool", "vuurwapen", "revolver"],
  ["computer", "ict", "computersysteem", "informatiesysteem"],
  ["internet", "online"],
  ["website", "site", "webpagina", "internetpagina"],
  ["stukken", "documenten", "dossiers"],
  ["noodknop", "alarmknop", "paniekknop", "alarm"],
  ["groepsapp", "appgroep", "groepschat", "chatgroep", "whatsappgroep"],
  ["vliegmaatschappij", "luchtvaartmaatschappij"],
  ["adres", "adresgegevens", "woonadres"],
  ["gegevens", "data", "persoonsgegevens"],
  ["verzekering", "polis"],
  ["erfenis", "nalatenschap"],
  ["zorgverzekering", "ziektekostenverzekering"],
  ["amerika", "verenigde staten"],
  ["holland", "nederland"],
  // Acts and matters
  ["ongeluk", "ongeval"],
  ["verkeersongeluk", "verkeersongeval"],
  ["oplichting", "oplichten", "opgelicht", "fraude", "bedrog", "zwendel", "afgezet"],
  ["hack", "hacken", "gehackt", "cyberaanval"],
  ["doodstraf", "executie", "terechtstelling"],
  ["gevangenisstraf", "celstraf"],
  ["straf", "sanctie"],
  ["geloof", "religie", "godsdienst"],
  ["wet", "wetgeving", "regelgeving"],
  ["regering", "kabinet"],
  ["arresteren", "gearresteerd", "arrestatie", "aanhouden", "aangehouden", "aanhouding", "oppakken", "opgepakt"],
  ["doden", "gedood", "vermoorden", "vermoord", "ombrengen", "omgebracht", "moord", "moorden"],
  ["vervolgen", "vervolging", "aanklagen"],
  ["beveiligen", "beveiliging", "beschermen", "bescherming"],
  ["lekken", "doorspelen", "doorgeven"],
  ["uitbetalen", "uitkeren", "uitkering"],
  ["afkeuren", "veroordelen"],
  ["helpen", "hulp", "ondersteunen", "ondersteuning", "steunen", "steun", "bijstaan"],
  ["aanpakken", "aanpak", "bestrijden", "bestrijding", "tegengaan"],
  ["bezuinigen", "bezuiniging", "korten", "korting", "besparing"],
  ["tekort", "gebrek", "krapte"],
  ["nep", "namaak", "imitatie", "nagemaakt"],
  ["storing", "storingen", "uitval", "computerstoring", "haperen", "hapert"],
  ["vertraging", "achterstand", "uitstel"],
  ["gevaarlijk", "onveilig", "risicovol"],
  ["angst", "vrees"],
  ["monitor", "monitoring", "registratie", "teller"],
  ["beinvloeding", "inmenging"],
  ["homo", "homoseksueel", "lhbti", "lhbtiq"],
  ["femicide", "vrouwenmoord"],
  ["huurmoord", "liquidatie", "moordopdracht"],
  ["levensverzekering", "overlijdensverzekering", "overlijdensrisicoverzekering"],
  ["stalking", "stalken", "belaging", "belagen", "lastigvallen"],
  ["vrouwenhaat", "misogynie"],
  ["antillen", "antilliaans", "caribisch"],
];

/** The stems of each group member (one array per member, several for a phrase), keyed by the stem of every single-word member. */
const byStem = new Map<string, string[][]>();
for (const group of SYNONYM_GROUPS) {
  const members = group.map((m) => m.split(" ").map(stem));
  for (const [i, m] of members.entries()) {
    if (m.length !== 1) continue;
    const own = m[0]!;
    const others = members.filter((o, j) => j !== i && !(o.length === 1 && o[0] === own));
    const known = byStem.get(own) ?? [];
    for (const o of others) if (!known.some((k) => k.join(" ") === o.join(" "))) known.push(o);
    byStem.set(own, known);
  }
}

/**
 * The words that may stand in for a folded word, as stems: one array per
 * stand-in, with several stems when it is a phrase. Empty for a word in no group.
 */
export function synonymStems(word: string): string[][] {
  return byStem.get(stem(word)) ?? [];
}

/** The single-word members of each group, keyed by the stem of every single-word member. */
const wordsByStem = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const single = group.filter((m) => !m.includes(" "));
  for (const m of single) {
    const own = stem(m);
    const known = wordsByStem.get(own) ?? [];
    for (const o of single) if (stem(o) !== own && !known.includes(o)) known.push(o);
    wordsByStem.set(own, known);
  }
}

/** The single-word members of the groups a word belongs to, as written (for joining with compound parts). */
export function synonymWords(word: string): string[] {
  return wordsByStem.get(stem(word)) ?? [];
}

/**
 * Two typed words that together mean one word the texts use: "te weinig
 * agenten" asks about a "tekort". The pair's own words are too common to find it.
 */
const PHRASES = new Map<string, string>([
  ["te weinig", "tekort"],
  ["niet genoeg", "tekort"],
  ["te laat", "vertraging"],
]);

/** The word two consecutive folded words stand for, if any. */
export function phraseStandIn(first: string, second: string): string | null {
  return PHRASES.get(`${first} ${second}`) ?? null;
}
