/** Plain-text shaping of corpus text for readers: tables, snippets, people. */
import type { Asker, QuestionSet } from "./model.js";
import { truncate } from "./text.js";

const NUMERIC = /^[-+]?[€$]?\s?\d[\d.,]*\s?(%|mln\.?|mld\.?|miljoen|miljard)?$/i;
const YEAR = /^(19|20)\d{2}$/;

/** Said where a table's first row holds values: the dump lost the column headers. */
export const MISSING_TABLE_HEADER = "(kolomkoppen ontbreken in de bron)";

function isTableCell(line: string): boolean {
  return line.length <= 70 && !/[.!?:;]$/.test(line.trim());
}

/** A short text cell of a header row: no sentence, no number. */
function isHeaderCell(line: string): boolean {
  return line.length > 0 && line.length <= 40 && isTableCell(line) && !NUMERIC.test(line);
}

type Block = { kind: "text"; text: string } | { kind: "row"; label: string; values: string[] };

/** Years counting up ("2022 · 2023 · 2024") are column headers, not data. */
function isYearHeader(cells: string[]): boolean {
  return cells.length >= 2 && cells.every((c) => YEAR.test(c)) && cells.every((c, i) => i === 0 || Number(c) > Number(cells[i - 1]));
}

/**
 * Answers arrive with flattened tables: a label line, then one number per line.
 * This folds each row back into "• label: 2.194 · 2.093 · 2.102". A header
 * row (years counting up, or short text cells after an introduction ending in
 * ":") stays a header line without a bullet; a table whose first row already
 * holds values lost its header in the dump, and the reply says so.
 */
export function formatParagraphs(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const values: string[] = [];
    let j = i + 1;
    while (j < lines.length && NUMERIC.test(lines[j]!)) values.push(lines[j++]!);
    if (values.length >= 2 && isTableCell(line)) {
      blocks.push({ kind: "row", label: line, values });
      i = j - 1;
    } else blocks.push({ kind: "text", text: line });
  }

  const out: string[] = [];
  const emit = (line: string, joined: boolean) => out.push(out.length ? (joined ? "\n" : "\n\n") + line : line);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "text") {
      emit(block.text, false);
      continue;
    }
    let table: Extract<Block, { kind: "row" }>[] = [];
    while (i < blocks.length && blocks[i]!.kind === "row") table.push(blocks[i++] as Extract<Block, { kind: "row" }>);
    i--;
    const first = table[0]!;
    let header: string | null = null;
    if (isYearHeader(first.values) && (YEAR.test(first.label) ? isYearHeader([first.label, ...first.values]) : true)) {
      header = YEAR.test(first.label) ? [first.label, ...first.values].join(" · ") : `${first.label}: ${first.values.join(" · ")}`;
      table = table.slice(1);
    } else {
      // Text headers came out as separate lines just before the first row.
      const width = first.values.length;
      for (const cells of [width + 1, width]) {
        const start = out.length - cells;
        const before = blocks.slice(i - table.length + 1 - cells, i - table.length + 1);
        const intro = blocks[i - table.length + 1 - cells - 1];
        const fits =
          start >= 0 &&
          before.length === cells &&
          before.every((b) => b.kind === "text" && isHeaderCell(b.text)) &&
          (!intro || (intro.kind === "text" && /:$/.test(intro.text)));
        if (fits) {
          const names = before.map((b) => (b as { text: string }).text);
          out.splice(start, cells);
          header = cells === width + 1 ? `${names[0]}: ${names.slice(1).join(" · ")}` : names.join(" · ");
          break;
        }
      }
    }
    emit(header ?? MISSING_TABLE_HEADER, false);
    for (const row of table) emit(`• ${row.label}: ${row.values.join(" · ")}`, true);
  }
  return out.join("");
}

export function formatAsker(a: Asker): string {
  return a.party ? `${a.name} (${a.party})` : a.name;
}

/**
 * "Songül Mutluer (PvdA) → David van Weel"; only what the dump says: "aan
 * David van Weel" without askers, nothing at all when neither is known.
 */
export function formatPeople(set: QuestionSet): string {
  const askers = set.askers.map(formatAsker).join(", ");
  const to = set.addressees.join(", ");
  if (askers && to) return `${askers} → ${to}`;
  return askers || (to ? `aan ${to}` : "");
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
