/**
 * Places and the words Dutch derives from them: the adjective and the people
 * ("Duitsland", "Duitse", "Duitsers"). A question about "de Duitse
 * grenscontroles" is one about the border checks in Germany, and the stemmer
 * joins none of these forms. Words are folded (lower case, no accents).
 * Left out on purpose: forms that are common words in another sense
 * ("pool", "ier", "deen", "noor", "fin", "fries").
 */
const PLACES = `
nederland: nederlands nederlandse nederlander nederlanders
belgie: belgisch belgische belg belgen
duitsland: duits duitse duitser duitsers
frankrijk: frans franse fransman fransen
luxemburg: luxemburgs luxemburgse luxemburger luxemburgers
engeland: engels engelse engelsman engelsen
brittannie: brits britse brit britten
ierland: iers ierse ieren
spanje: spaans spaanse spanjaard spanjaarden
portugal: portugees portugese portugezen
italie: italiaans italiaanse italiaan italianen
griekenland: grieks griekse griek grieken
oostenrijk: oostenrijks oostenrijkse oostenrijker oostenrijkers
zwitserland: zwitsers zwitserse zwitser
denemarken: deens deense denen
zweden: zweeds zweedse
noorwegen: noors noorse noren
finland: fins finse finnen
polen: pools poolse
tsjechie: tsjechisch tsjechische tsjechen
slowakije: slowaaks slowaakse
hongarije: hongaars hongaarse hongaren
roemenie: roemeens roemeense roemenen
bulgarije: bulgaars bulgaarse bulgaren
kroatie: kroatisch kroatische kroaten
servie: servisch servische serviers
bosnie: bosnisch bosnische
albanie: albanees albanese albanezen
litouwen: litouws litouwse
letland: lets letse
estland: ests estse
oekraine: oekraiens oekraiense oekrainer oekrainers
rusland: russisch russische russen
belarus: belarussisch belarussische
turkije: turks turkse turken
marokko: marokkaans marokkaanse marokkaan marokkanen
algerije: algerijns algerijnse
tunesie: tunesisch tunesische
egypte: egyptisch egyptische egyptenaren
libie: libisch libische
syrie: syrisch syrische syrier syriers
irak: iraaks iraakse irakezen
iran: iraans iraanse iraniers
afghanistan: afghaans afghaanse afghanen
pakistan: pakistaans pakistaanse
india: indiaas indiase indiers
china: chinees chinese chinezen
japan: japans japanse japanners
korea: koreaans koreaanse
israel: israelisch israelische
palestina: palestijns palestijnse palestijnen
libanon: libanees libanese
jemen: jemenitisch jemenitische
qatar: qatarees qatarese
eritrea: eritrees eritrese
ethiopie: ethiopisch ethiopische
somalie: somalisch somalische somaliers
soedan: soedanees soedanese
nigeria: nigeriaans nigeriaanse
ghana: ghanees ghanese
congo: congolees congolese
suriname: surinaams surinaamse surinamer surinamers
curacao: curacaos curacaose curacaoenaar curacaoenaars
aruba: arubaans arubaanse arubanen
bonaire: bonairiaans bonairiaanse
amerika: amerikaans amerikaanse amerikaan amerikanen
canada: canadees canadese canadezen
mexico: mexicaans mexicaanse
brazilie: braziliaans braziliaanse
venezuela: venezolaans venezolaanse venezolanen
colombia: colombiaans colombiaanse
argentinie: argentijns argentijnse
cuba: cubaans cubaanse
australie: australisch australische
indonesie: indonesisch indonesische
europa: europees europese europeanen
afrika: afrikaans afrikaanse afrikanen
azie: aziatisch aziatische
cariben: caribisch caribische
groningen: gronings groningse groningers
friesland: friese
drenthe: drents drentse
overijssel: overijssels overijsselse
gelderland: gelders gelderse
utrecht: utrechts utrechtse
holland: hollands hollandse
zeeland: zeeuws zeeuwse
brabant: brabants brabantse brabanders
limburg: limburgs limburgse limburgers
flevoland: flevolands flevolandse
amsterdam: amsterdams amsterdamse amsterdammers
rotterdam: rotterdams rotterdamse rotterdammers
haag: haags haagse
`;

/** Each place with the words derived from it, the place first. */
export const PLACE_GROUPS: readonly (readonly string[])[] = PLACES.trim()
  .split("\n")
  .map((line) => {
    const [place, derived] = line.split(": ") as [string, string];
    return [place, ...derived.split(" ")];
  });

const GROUPS: ReadonlyMap<string, readonly string[]> = new Map(PLACE_GROUPS.flatMap((group) => group.map((w): [string, readonly string[]] => [w, group])));

/** The other words of a place's group ("duitse" → "duitsland", "duits", "duitser", "duitsers"); none for any other word. */
export function placeForms(word: string): readonly string[] {
  return (GROUPS.get(word) ?? []).filter((w) => w !== word);
}
