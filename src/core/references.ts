/**
 * Answers that point to other answers: "Zie antwoord vraag 3.", "Nee, zie
 * antwoord 6.", "Zie ook mijn antwoord op vraag 4 over ...".
 */

const NUMBER_LIST = String.raw`(\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*)`;

/** A leading pointer: optional "Ja,"/"Nee," then "zie (het|mijn) antwoord (op) (vraag) N". */
const LEADING = new RegExp(
  String.raw`^(?:(?:ja|nee|neen)\s*[,.;]?\s*)?(?:zie|verwijs ik (?:u )?naar|ik verwijs (?:u )?naar)\s+(?:het\s+|mijn\s+|de\s+)?(?:antwoord(?:en)?|beantwoording)\s+(?:op\s+|bij\s+|van\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)?` +
    NUMBER_LIST +
    String.raw`\s*[.;:]?`,
  "i",
);

/** Any mention of another answer inside running text. */
const PASSING = new RegExp(
  String.raw`(?:antwoord(?:en)?|beantwoording)\s+(?:op\s+|bij\s+|van\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)` + NUMBER_LIST,
  "gi",
);
const BARE_ANSWER = new RegExp(String.raw`\bzie\s+(?:het\s+|mijn\s+)?antwoord\s+` + NUMBER_LIST, "gi");

export interface LeadingReference {
  targets: number[];
  /** Words after the pointer, or "" when the answer only points. */
  rest: string;
}

/** Expands "3 en 4", "4-7", "1, 2 en 5" to the numbers they name. */
export function expandNumbers(list: string): number[] {
  const out: number[] = [];
  const tokens = list.split(/\s*(,|en|t\/m|tot en met|-|–)\s*/).filter((t) => t.trim() !== "");
  let rangeNext = false;
  for (const token of tokens) {
    if (/^(-|–|t\/m|tot en met)$/.test(token)) {
      rangeNext = true;
      continue;
    }
    if (!/^\d+$/.test(token)) continue;
    const n = Number(token);
    const prev = out[out.length - 1];
    if (rangeNext && prev !== undefined && n > prev && n - prev < 50) {
      for (let i = prev + 1; i <= n; i++) out.push(i);
    } else out.push(n);
    rangeNext = false;
  }
  return [...new Set(out)];
}

/** The pointer an answer opens with, or null when it opens otherwise. */
export function leadingReference(answerText: string): LeadingReference | null {
  const firstParagraph = answerText.split("\n")[0] ?? "";
  const m = LEADING.exec(firstParagraph.trim());
  if (!m) return null;
  const targets = expandNumbers(m[1] ?? "");
  if (targets.length === 0) return null;
  const restOfLine = firstParagraph.trim().slice(m[0].length).trim();
  const otherParagraphs = answerText.split("\n").slice(1).join("\n").trim();
  const rest = [restOfLine, otherParagraphs].filter(Boolean).join("\n");
  return { targets, rest };
}

/** Every question number an answer mentions. */
export function mentionedQuestions(answerText: string): number[] {
  const out = new Set<number>();
  for (const re of [PASSING, BARE_ANSWER]) {
    re.lastIndex = 0;
    for (const m of answerText.matchAll(re)) for (const n of expandNumbers(m[1] ?? "")) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}
