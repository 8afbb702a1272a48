/**
 * Decides what a body line of a dump is. Dumps carry no markers, so this reads
 * the Dutch: questions end in "?" or open with an inverted verb ("Kunt u").
 */
import { isWhitespace, stripFootnotes } from "./text.js";

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

/**
 * Drops one "(…)" that ends the text, with the whitespace before it, like
 * `replace(/\s*\([^()]*\)\s*$/, "")` on trimmed text, but without the regex's
 * quadratic search on text with many opening parentheses.
 */
export function dropFinalParenthetical(t: string): string {
  const open = t.lastIndexOf("(");
  // The parenthetical ends the text when the first ")" after the last "(" is the last character.
  if (open < 0 || t.indexOf(")", open) !== t.length - 1) return t;
  let start = open;
  // Before the first character charCodeAt gives NaN, which is no whitespace: the scan stops there.
  while (isWhitespace(t.charCodeAt(start - 1))) start--;
  return t.slice(0, start);
}

/** Drops closing quotes, brackets and whitespace after the last word: `["»”'’)\s]+$`. */
export function dropClosers(t: string): string {
  let end = t.length;
  // Before the first character charCodeAt gives NaN, which is no closer: the scan stops there.
  for (;;) {
    const c = t.charCodeAt(end - 1);
    if (c !== 34 && c !== 0xbb && c !== 0x201d && c !== 39 && c !== 0x2019 && c !== 41 && !isWhitespace(c)) break;
    end--;
  }
  return t.slice(0, end);
}

/**
 * The text a question line ends with once footnotes and up to three trailing
 * sources ("(NRC, 2 april 2025)") are gone. Dropping a "(…)" takes the
 * whitespace before it along, so the text stays trimmed.
 */
export function questionTail(line: string): string {
  let t = stripFootnotes(line).trim();
  for (let i = 0; i < 3; i++) t = dropFinalParenthetical(t);
  return dropClosers(t);
}

/** True when a body line reads as a question. */
export function isQuestionLine(line: string): boolean {
  const text = line.trim();
  // Footnote stripping never adds a question mark, so without one the tail cannot end in it.
  const hasMark = text.includes("?");
  if (hasMark && questionTail(text).endsWith("?")) return true;
  const opener = VERB_FIRST.test(text) || QUESTION_WORD.test(text);
  if (opener && hasMark) return true;
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

const THESE_QUESTIONS = /\b(?:deze|bovenstaande|de(?:ze)? gestelde)\s+vragen\b/gi;
const ANSWER_VERB = /\bbeantwoord/gi;

/**
 * "Kunt u deze vragen (afzonderlijk / voor ...) beantwoorden?" closes a set:
 * "deze vragen", then "beantwoord" before the next question mark. Each search
 * resumes where the last one ended, so long text is read once.
 */
export function isClosingQuestion(text: string): boolean {
  THESE_QUESTIONS.lastIndex = 0;
  // Stryker disable next-line UnaryOperator: every match ends past index 1, so the first search runs with +1 as well
  let verbAt = -1;
  for (let m = THESE_QUESTIONS.exec(text); m; m = THESE_QUESTIONS.exec(text)) {
    const from = m.index + m[0].length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: searching again from `from` finds the verb already found, so this only saves the rescan
    if (verbAt < from) {
      ANSWER_VERB.lastIndex = from;
      const v = ANSWER_VERB.exec(text);
      if (!v) return false;
      verbAt = v.index;
    }
    const mark = text.indexOf("?", from);
    if (mark === -1) return true;
    // Stryker disable next-line EqualityOperator: a verb and a question mark never start at one index, so `<=` is the same test
    if (verbAt < mark) return true;
  }
  return false;
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

const NOT_IN_TIME = /\bniet binnen de (?:gebruikelijke |gestelde |voorgeschreven )?termijn\b/i;
const ANSWERED_AFTER = /\bbeantwoord/gi;

const OPENS_AS_NOTICE = /^\s*mededeling/i;
const SPEAKS_OF_ANSWERING = /beantwoord/i;

/**
 * False for text that cannot be a postponement notice: a notice opens with
 * "mededeling" or says "beantwoord". An anchored test and a search for one
 * word, which rules most paragraphs out far faster than the full test.
 */
export function mayBeNotice(text: string): boolean {
  return OPENS_AS_NOTICE.test(text) || SPEAKS_OF_ANSWERING.test(text);
}

/** A postponement notice (one paragraph) is not an answer to the last question. */
export function isPostponementNotice(text: string): boolean {
  if (/^mededeling\b/i.test(text.trim())) return true;
  // "niet binnen de termijn … beantwoord": the first mention decides, so the text is read once.
  const late = NOT_IN_TIME.exec(text);
  if (late) {
    ANSWERED_AFTER.lastIndex = late.index + late[0].length;
    if (ANSWERED_AFTER.test(text)) return true;
  }
  return /\buitstel (?:van )?(?:de )?beantwoording\b/i.test(text);
}

/**
 * Sub-questions under an umbrella question ending in ":" ("a. Hoeveel ...?",
 * "2) welke ...?", "- hoeveel ...?"). Lettered and roman items ("a.", "iv.")
 * open lower case, like every other continuation.
 */
export function isSubQuestion(text: string): boolean {
  return /^(?:\d{1,2}[.)]\s|[-•–*]\s|\p{Ll})/u.test(text.trim());
}
