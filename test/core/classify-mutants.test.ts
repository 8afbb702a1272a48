import { describe, expect, it } from "vitest";
import {
  isClosingQuestion,
  isNewsOpener,
  mayBeNotice,
  isPostponementNotice,
  isQuestionLine,
  isRequest,
  isSubQuestion,
  opensLikeQuestion,
} from "../../src/core/classify.js";

describe("isQuestionLine", () => {
  it.each<[string, boolean]>([
    ["", false],
    ["   ", false],
    ["Waarom?", true],
    ["  Waarom?  ", true],
    ["Is dat zo?1", true],
    ["Is dat zo? 1 2", true],
    ["Kent u «Kop»?»", true],
    ['Kent u het bericht "Kop?"', true],
    ["Bent u bekend met het bericht? (NRC, 2 april 2025)", true],
    ["Bent u bekend met het bericht? (a) (b) (c)", true],
    ["Hoe kan dat? Graag een toelichting.", true],
    ["Tevens: welke maatregelen neemt u? Zie de bijlage.", true],
    ["Zo ja, kunt u dat toelichten", true],
    ["Verder: herinnert u zich het debat", true],
    ["Overweegt u een verbod", true],
    ["Ziet u mogelijkheden", true],
    ["Kunt u zich herinneren dat gezegd is: “wij doen dat niet”", true],
    ["Wat vindt u? Niets.", true],
    ["Is er een plan? Ja.", true],
    ["Kan het kabinet dit toelichten? Nee.", true],
    ["Het kabinet vindt dat. Waarom? Daarom.", false],
    ["Kunnen de gemeenten dit? Ja.", true],
    ["Ja. Kunt u dit?", true],
    ["Wat betreft vraag 2 verwijs ik naar het antwoord.", false],
    ["Kunt u", true],
    ["Kunta Kinte is een boek.", false],
    ["Ja.", false],
    ["Het is zo (zie bijlage).", false],
    ["Het beleid (2025) werkt.", false],
    ["Is het zo (zie bijlage)", false],
    ["Is het zo (zie vraag?)", true],
  ])("%j → %s", (line, expected) => expect(isQuestionLine(line)).toBe(expected));
});

describe("opensLikeQuestion", () => {
  it.each<[string, boolean]>([
    ["Wanneer kan de Kamer de brief verwachten", true],
    ["Hoeveel zaken zijn er", true],
    ["In hoeverre is dat zo", true],
    ["  Is het waar dat dit gebeurt", true],
    ["Klopt het dat", true],
    ["Bent u het eens", true],
    ["Zo ja, welke stappen", true],
    ["Wanneer de evaluatie klaar is, stuur ik die.", false],
    ["Wat betreft vraag 2", false],
    ["Waar nodig wordt dit aangepast.", false],
    ["Hoe dan ook blijft dit zo.", false],
    ["Wat van toepassing is", false],
    ["Het is zo.", false],
    ["Is", false],
    ["Wat", false],
    ["Bent uw ouders thuis", false],
  ])("%j → %s", (text, expected) => expect(opensLikeQuestion(text)).toBe(expected));
});

describe("isRequest", () => {
  it.each<[string, boolean]>([
    ["Graag een reactie op het bericht.", true],
    ["  gaarne een toelichting", true],
    ["Ik verzoek u dit te doen.", true],
    ["Wij vragen u om een brief.", true],
    ["Kan de minister dit toelichten", true],
    ["Graaf Dracula", false],
    ["Het is graag gedaan.", false],
    ["Zouden zij dit kunnen", false],
  ])("%j → %s", (text, expected) => expect(isRequest(text)).toBe(expected));
});

describe("isClosingQuestion", () => {
  it.each<[string, boolean]>([
    ["Kunt u deze vragen afzonderlijk beantwoorden?", true],
    ["Kunt u bovenstaande vragen binnen drie weken beantwoorden?", true],
    ["Wilt u de gestelde vragen voor het debat beantwoorden?", true],
    ["Kunt u deze gestelde vragen beantwoorden?", true],
    ["Kunt u DEZE VRAGEN BEANTWOORDEN?", true],
    ["Kunt u deze vraag beantwoorden?", false],
    ["Kunt u dezevragen beantwoorden?", false],
    ["Kunt u deze vragen? Later beantwoorden.", false],
    ["Deze vragenlijst wordt beantwoord.", false],
    ["Kunt u deze vragen doorsturen?", false],
    ["Kunt u deze  vragen één voor één beantwoorden?", true],
    ["Ik verzoek u deze vragen binnen drie weken te beantwoorden.", true],
    ["Kunt u deze vragen doorsturen? En wilt u de gestelde vragen beantwoorden?", true],
    ["Kunt u deze vragen doorsturen? En deze vragen ook?", false],
  ])("%j → %s", (text, expected) => expect(isClosingQuestion(text)).toBe(expected));
});

describe("isNewsOpener", () => {
  it.each<[string, boolean]>([
    ["Kent u het bericht «X»?", true],
    ["  Bent u bekend met het artikel «X»?", true],
    ["Bent u op de hoogte met de berichten over X?", true],
    ["Heeft u kennisgenomen van het nieuwsbericht X?", true],
    ["Hebt u kennis genomen van de uitzending van X?", true],
    ["Heeft u de reportage gezien item over X?", true],
    ["Heeft u gisteren gezien reportage X?", true],
    ["Hebt u het gezien interview X?", true],
    ["Kent u een opiniestuk over X?", true],
    ["Kent u column X?", true],
    ["Kent u ook het bericht «X»?", false],
    ["Kent u het berichtenverkeer?", false],
    ["Kent u de minister?", false],
    ["Heeft u dat allemaal eerder al eens ooit gezien bericht", false],
    ["Wat vindt u van het bericht «X»?", false],
    ["Heeft u kennis genomen van het bericht «X»?", true],
    ["Hebt u kennisgenomen van het artikel «X»?", true],
    ["Kent u  het bericht «X»?", true],
    ["Waarom heeft u kennisgenomen van het bericht zonder te reageren?", false],
  ])("%j → %s", (text, expected) => expect(isNewsOpener(text)).toBe(expected));
});

describe("isPostponementNotice", () => {
  it.each<[string, boolean]>([
    ["Mededeling: uitstel.", true],
    ["  mededeling over de beantwoording", true],
    ["Mededelingen zijn er niet.", false],
    ["De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.", true],
    ["De vragen kunnen niet binnen de termijn worden beantwoord.", true],
    ["De vragen kunnen niet binnen de gestelde termijn worden beantwoord.", true],
    ["Niet binnen de voorgeschreven termijn beantwoord.", true],
    ["Niet binnen de termijn, want het is lastig.", false],
    ["Er is uitstel van de beantwoording nodig.", true],
    ["Uitstel beantwoording.", true],
    ["Uitstel van beantwoording volgt.", true],
    ["Er is geen uitstel.", false],
    ["Het antwoord volgt.", false],
    ["Ik heb beantwoord dat dit niet binnen de termijn kon.", false],
    ["Daarover is geen mededeling gedaan.", false],
  ])("%j → %s", (text, expected) => expect(isPostponementNotice(text)).toBe(expected));
});

describe("mayBeNotice", () => {
  it.each<[string, boolean]>([
    ["Mededeling: uitstel.", true],
    ["\t mededeling over de vragen", true],
    ["Een mededeling volgt.", false],
    ["De vragen worden later BEANTWOORD.", true],
    ["Uitstel van de beantwoording.", true],
    ["Het antwoord volgt.", false],
    ["", false],
  ])("%j → %s", (text, expected) => expect(mayBeNotice(text)).toBe(expected));

  it("holds for every notice", () => {
    const notices = ["Mededeling: uitstel.", "  mededeling over de beantwoording", "Niet binnen de voorgeschreven termijn beantwoord.", "Uitstel beantwoording."];
    for (const n of notices) expect(isPostponementNotice(n) && mayBeNotice(n), n).toBe(true);
  });
});

describe("isSubQuestion", () => {
  it.each<[string, boolean]>([
    ["a. hoeveel meldingen?", true],
    ["b) hoeveel zaken?", true],
    ["12. welke regio?", true],
    ["iv. en verder?", true],
    ["- een streepje", true],
    ["• een bolletje", true],
    ["– een gedachtestreepje", true],
    ["* een sterretje", true],
    ["  kleine letter aan het begin", true],
    ["Hoeveel meldingen?", false],
    ["123. te lang nummer", false],
    ["a.zonder spatie", true],
    ["A. hoofdletter", false],
    ["-zonder spatie", false],
    ["ab. twee letters", true],
    ["ii) welke regio?", true],
    ["1) welke regio?", true],
    ["1)welke regio?", false],
    ["Hoeveel meldingen – per jaar – zijn er?", false],
    ["Hoeveel meldingen: - per jaar?", false],
  ])("%j → %s", (text, expected) => expect(isSubQuestion(text)).toBe(expected));
});
