/** Plain-text shaping of corpus text for readers: tables, snippets, people. */
import type { Asker, QuestionSet } from "./model.js";
import { truncate } from "./text.js";

const NUMERIC = /^[-+]?[€$]?\s?\d[\d.,]*\s?(%|mln\.?|mld\.?|miljoen|miljard)?$/i;

function isTableCell(line: string): boolean {
  return line.length <= 70 && !/[.!?:;]$/.test(line.trim());
}

/**
 * Answers arrive with flattened tables: a label line, then one number per line.
 * This folds each such row back into "label: 2.194 · 2.093 · 2.102".
 */
export function formatParagraphs(text: string): string {
  const lines = text.split("\n");
  let out = "";
  let previousWasRow = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const values: string[] = [];
    let j = i + 1;
    while (j < lines.length && NUMERIC.test(lines[j]!.trim())) values.push(lines[j++]!.trim());
    const isRow = values.length >= 2 && isTableCell(line);
    const text = isRow ? `• ${line}: ${values.join(" · ")}` : line;
    if (isRow) i = j - 1;
    // Rows of one table stay together; paragraphs get a blank line between them.
    out += out ? (isRow && previousWasRow ? "\n" : "\n\n") + text : text;
    previousWasRow = isRow;
  }
  return out;
}

export function formatAsker(a: Asker): string {
  return a.party ? `${a.name} (${a.party})` : a.name;
}

/** "Songül Mutluer (PvdA) → David van Weel", or a note that the dump did not say. */
export function formatPeople(set: QuestionSet): string {
  const askers = set.askers.length ? set.askers.map(formatAsker).join(", ") : "vragensteller onbekend";
  const to = set.addressees.length ? set.addressees.join(", ") : "geadresseerde onbekend";
  return `${askers} → ${to}`;
}

/** A one-line extract for lists. */
export function snippet(text: string, max = 160): string {
  return truncate(text.replace(/\s+/g, " ").trim(), max);
}

/** "3 en 4", "1, 2 en 5". */
export function joinNumbers(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} en ${numbers[numbers.length - 1]}`;
}

/** User text echoed back: no control characters, bounded length. */
export function echo(text: string, max = 80): string {
  return truncate(text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim(), max);
}
