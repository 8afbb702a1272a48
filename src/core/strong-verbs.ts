/**
 * Dutch verbs whose past tense or participle changes its vowel ("kopen",
 * "kocht", "gekocht"), which no spelling rule derives: each such form points
 * at the verb's infinitive. A prefix or particle in front stays ("ver|kocht"
 * → "verkopen", "op|gegeven" → "opgeven"). Past forms that are also common
 * nouns or adjectives ("reden", "leden", "namen", "staken", "weken", "sloop",
 * "zonden", "vroeg") are left out, and so is "geleden", which mostly means "ago".
 * The auxiliary and modal verbs are stop words and are not listed.
 */
const STRONG = `
kopen: kocht kochten gekocht
zoeken: zocht zochten gezocht
brengen: bracht brachten gebracht
denken: dacht dachten gedacht
vinden: vond vonden gevonden
zitten: zat gezeten
weten: wist wisten geweten
krijgen: kreeg kregen gekregen
beginnen: begon begonnen
roepen: riep riepen geroepen
lopen: liep liepen gelopen
nemen: nam genomen
geven: gaf gegeven
komen: kwam kwamen gekomen
lezen: gelezen
schrijven: schreef schreven geschreven
spreken: sprak spraken gesproken
stelen: stal gestolen
houden: hield hielden gehouden
laten: liet lieten gelaten
gaan: ging gingen gegaan
staan: stond stonden gestaan
doen: deed deden gedaan
slaan: sloeg sloegen geslagen
vallen: viel vielen gevallen
hangen: hing hingen gehangen
vangen: ving vingen gevangen
blijven: bleef bleven gebleven
grijpen: greep grepen gegrepen
kijken: keek keken gekeken
rijden: reed gereden
snijden: sneed gesneden
strijden: streed gestreden
wijzen: gewezen
bieden: bood geboden
verbieden: verbood verboden
schieten: schoot geschoten
sluiten: sloot gesloten
verliezen: verloor verloren
wegen: woog gewogen
helpen: hielp hielpen geholpen
sterven: stierf stierven gestorven
trekken: trok trokken getrokken
vechten: vocht vochten gevochten
winnen: gewonnen
dwingen: dwong dwongen gedwongen
binden: gebonden
vliegen: vloog vlogen gevlogen
bedriegen: bedroog bedrogen
kiezen: koos kozen gekozen
dragen: droeg droegen gedragen
steken: stak gestoken
breken: brak braken gebroken
treffen: trof troffen getroffen
zwijgen: zweeg zwegen gezwegen
vergeten: vergat vergaten
eten: gegeten
drinken: dronk gedronken
vragen: vroegen
zeggen: zei zeiden
zien: zag zagen gezien
liggen: lag
gelden: gold golden gegolden
blijken: bleek bleken gebleken
lijken: leek leken geleken
stijgen: steeg stegen gestegen
verdwijnen: verdween verdwenen
verschijnen: verscheen verschenen
begrijpen: begreep begrepen
vergelijken: vergeleek vergeleken
werven: wierf wierven geworven
genieten: genoot genoten
liegen: loog logen gelogen
buigen: gebogen
schuiven: schoof schoven geschoven
bewegen: bewoog bewogen
treden: trad traden getreden
heffen: hief hieven geheven
zenden: zond gezonden
bergen: geborgen
glijden: gleed gleden gegleden
kruipen: kroop kropen gekropen
scheppen: schiep schiepen geschapen
werpen: wierp wierpen geworpen
bederven: bedierf bedorven
jagen: joeg joegen
bevelen: beval bevalen bevolen
vriezen: vroor gevroren
prijzen: prees prezen geprezen
mijden: meed meden gemeden
drijven: dreef dreven gedreven
slapen: sliep sliepen geslapen
zweren: zwoer zwoeren gezworen
zinken: zonk zonken gezonken
klimmen: klom klommen geklommen
zingen: zong zongen gezongen
springen: sprong sprongen gesprongen
dringen: drong drongen gedrongen
schenden: schond schonden geschonden
schenken: schonk schonken geschonken
schelden: schold scholden gescholden
smelten: smolt smolten gesmolten
`;

const INFINITIVES: ReadonlyMap<string, string> = new Map(
  STRONG.trim()
    .split("\n")
    .flatMap((line) => {
      const [infinitive, forms] = line.split(": ") as [string, string];
      return forms.split(" ").map((f): [string, string] => [f, infinitive]);
    }),
);

const PREFIXES = ["", "ver", "be", "ont", "her", "op", "af", "aan", "in", "uit", "door", "mee", "toe", "terug", "weg", "over", "onder", "na", "bij", "vast", "los", "vrij", "voor", "om", "tegen", "samen"];

/** The infinitive of a strong verb's past or participle, its prefix kept ("verkocht" → "verkopen", "opgegeven" → "opgeven"); null for any other word. */
export function strongInfinitive(word: string): string | null {
  for (const prefix of PREFIXES) {
    const infinitive = word.startsWith(prefix) ? INFINITIVES.get(word.slice(prefix.length)) : undefined;
    if (infinitive) return prefix + infinitive;
  }
  return null;
}
