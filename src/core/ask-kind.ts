/**
 * What a question asks for, apart from what it is about: a number, a moment,
 * how long, a reason, or what is done and how. Within one set the questions share their
 * subject, and then "hoeveel …" is better answered by the question that asks
 * how many than by the one that asks why, and "wat doet de minister tegen …"
 * by the one that asks which measures are taken than by the one that asks
 * whether the minister knows the news.
 */
export type AskKind = "count" | "when" | "why" | "how" | "duration";

const KINDS: readonly [AskKind, RegExp][] = [
  ["count", /\b(?:hoeveel|hoe vaak|hoe veel|aantal|aantallen|omvang|hoe groot)\b/],
  ["when", /\b(?:wanneer|op welke termijn|per wanneer|tijdpad)\b/],
  ["why", /\bwaarom\b/],
  ["duration", /\b(?:hoe lang|hoelang|doorlooptijd|doorlooptijden)\b/],
  ["how", /\b(?:hoe wordt|hoe gaat|op welke (?:manier|wijze)|welke maatregelen|wat doet|wat gaat|wat wordt er gedaan)\b/],
];

/** "Zo nee, waarom niet?" closes nearly every written question: it asks for a reason only in passing. */
const FORMULA_WHY = /\bzo (?:ja|nee|neen)\s*[,:]?\s*waarom(?: niet)?\b/g;

/** The kinds a text asks for; none for most texts, several for a question that asks more than one thing. */
export function askKinds(text: string): AskKind[] {
  const plain = text.toLowerCase().replace(FORMULA_WHY, " ");
  return KINDS.filter(([, pattern]) => pattern.test(plain)).map(([kind]) => kind);
}

/** Whether an earlier question asks for one of the things a query asks for. */
export function asksAlike(queryKinds: readonly AskKind[], questionText: string): boolean {
  return askKinds(questionText).some((k) => queryKinds.includes(k));
}
