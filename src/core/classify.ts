/**
 * Decides what a body line of a dump is. Dumps carry no markers, so this reads
 * the Dutch: questions end in "?" or open with an inverted verb ("Kunt u").
 */
import { stripFootnotes } from "./text.js";

const LEAD_IN = String.raw`(?:(?:ten slotte|tot slot|tenslotte|voorts|verder|tevens|zo ja|zo nee|indien ja|indien nee|en|of)\s*[:,]?\s*)?`;

const VERB_FIRST = new RegExp(
  `^${LEAD_IN}(kunt|kan|deelt|bent|heeft|hebt|klopt|kent|herinnert|herkent|wilt|wil|acht|vindt|is|zijn|was|waren|wordt|worden|werd|werden|kunnen|gaat|gaan|spelen|speelt|hebben|staat|staan|ziet|erkent|onderschrijft|weet|zou|zouden|mag|moet|moeten|komt|komen|leidt|leiden|bestaat|bestaan|valt|vallen|neemt|bent|deelt|verwacht|overweegt)\\s+(u|het|er|de|dit|deze|dat|die|hier|daar|men|zij|ze|uw|nederland|het)\\b`,
  "i",
);

/** Verb + "u": strong enough to mark a question even without a question mark. */
const VERB_U = new RegExp(
  `^${LEAD_IN}(kunt|deelt|bent|heeft|hebt|herinnert|herkent|kent|wilt|acht|vindt|erkent|onderschrijft|ziet|verwacht|overweegt)\\s+u\\b`,
  "i",
);

const QUESTION_WORD = new RegExp(
  `^${LEAD_IN}(hoe|wat|waarom|welke|welk|wanneer|hoeveel|wie|waar|waarop|waardoor|waaruit|waarmee|in hoeverre|in welke|op welke|op grond van welke|met welke|vanaf wanneer|sinds wanneer)\\b`,
  "i",
);

/** The text a question line ends with once sources and footnotes are gone. */
function questionTail(line: string): string {
  let t = stripFootnotes(line).trim();
  for (let i = 0; i < 3; i++) t = t.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return t.replace(/["»”'’)\s]+$/, "");
}

/** True when a body line reads as a question. */
export function isQuestionLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (questionTail(text).endsWith("?")) return true;
  const opener = VERB_FIRST.test(text) || QUESTION_WORD.test(text);
  if (opener && text.includes("?")) return true;
  return VERB_U.test(text);
}

/**
 * Words after a question word that make it a subordinate clause rather than a
 * question: "Wanneer de evaluatie klaar is, …", "Wat betreft vraag 2 …",
 * "Waar nodig …", "Hoe dan ook …". Answers open like that; questions do not.
 */
const SUBORDINATE_AFTER = String.raw`(?:de|het|een|dit|deze|die|dat|er|ik|wij|we|zij|ze|hij|men|betreft|nodig|mogelijk|relevant|van\s+toepassing|dan\s+ook|ook)\b`;

const OPENS_QUESTION = new RegExp(
  String.raw`^${LEAD_IN}(?:(?:hoe|wat|waarom|welke|welk|wanneer|hoeveel|wie|waar|waarop|waardoor|waarmee|in hoeverre|in welke|op welke|op grond van welke|met welke|vanaf wanneer|sinds wanneer)\s+(?!${SUBORDINATE_AFTER})\S|(?:is|zijn|klopt|kloppen|bent|kunt|deelt|heeft|hebt|wilt|acht|vindt|kent|herkent|erkent|ziet|gaat|wordt|worden)\s+(?:u|het|er|dit|deze|dat)\b)`,
  "i",
);

/**
 * A paragraph that opens the way a Dutch question does ("Wanneer kan de Kamer …",
 * "Is het …", "Bent u …"), whatever its last character. Whether it is a question
 * depends on where it stands, which the parser decides.
 */
export function opensLikeQuestion(text: string): boolean {
  return OPENS_QUESTION.test(text.trim());
}

/** A request put to the minister without a question form: "Graag een reactie op …". */
export function isRequest(text: string): boolean {
  return /^(?:graag|gaarne|verzoeke|ik verzoek u|wij verzoeken u|ik vraag u|wij vragen u|zou u|wilt u|kunt u|kan de minister|wil de minister)\b/i.test(
    text.trim(),
  );
}

/** "Kunt u deze vragen (afzonderlijk / voor ...) beantwoorden?" closes a set. */
export function isClosingQuestion(text: string): boolean {
  return /\b(deze|bovenstaande|de(?:ze)? gestelde)\s+vragen\b[^?]*\bbeantwoord/i.test(text);
}

/**
 * A question that introduces a news item, the way the first question of a set
 * does; "Kent u ook het bericht" is a follow-up and does not count.
 */
export function isNewsOpener(text: string): boolean {
  return /^(kent u|bent u (?:bekend|op de hoogte) met|heeft u kennis\s?genomen van|hebt u kennis\s?genomen van|heeft u .{0,20}gezien|hebt u .{0,20}gezien)\s+(?:de|het|een)?\s*(bericht|berichten|artikel|artikelen|nieuwsbericht|uitzending|item|reportage|interview|opiniestuk|column)\b/i.test(
    text.trim(),
  );
}

/** A postponement notice is not an answer to the last question. */
export function isPostponementNotice(text: string): boolean {
  return (
    /^mededeling\b/i.test(text.trim()) ||
    /\bniet binnen de (?:gebruikelijke |gestelde |voorgeschreven )?termijn\b.*\bbeantwoord/i.test(text) ||
    /\buitstel (?:van )?(?:de )?beantwoording\b/i.test(text)
  );
}

/** Sub-questions under an umbrella question ending in ":" ("a. Hoeveel ...?"). */
export function isSubQuestion(text: string): boolean {
  return /^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s|^[-•–*]\s|^\p{Ll}/u.test(text.trim());
}
