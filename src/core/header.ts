/**
 * The seven-line header that opens a set:
 * title | / | / askers | / | / addressees | / | / image placeholders |
 */
import type { Asker } from "./model.js";

export interface Header {
  title: string;
  askers: Asker[];
  addressees: string[];
  /** How many of the expected fields (title, askers, addressees, images) were present. */
  fields: number;
}

/** A line that belongs to a header block: ends in a pipe. */
export function isHeaderLine(line: string): boolean {
  return /(^|\s)\|\s*$/.test(line);
}

function cell(line: string): string {
  return line.replace(/\s*\|\s*$/, "").trim();
}

/** Splits on commas outside parentheses: "A (x , y ) , B" → ["A (x , y )", "B"]. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** "Songül Mutluer (PvdA)" → { name: "Songül Mutluer", party: "PvdA" }. */
export function parseAsker(text: string): Asker {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!m) return { name: text.trim(), party: null };
  const party = (m[2] ?? "").trim();
  return { name: (m[1] ?? "").trim() || text.trim(), party: party || null };
}

/** "David van Weel (minister , minister )" → "David van Weel": role text is noise. */
export function parseAddressee(text: string): string {
  return text.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim();
}

function cleanTitle(raw: string): string {
  const trimmed = raw.trim();
  const wrapped = /^["'‘“«](.*)["'’”»]$/.exec(trimmed);
  return (wrapped ? wrapped[1]! : trimmed)
    .replace(/\.$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads a block of header lines; missing fields stay empty. */
export function parseHeader(lines: string[]): Header {
  const cells = lines.map(cell).filter((c) => c.length > 0);
  const imageIndex = cells.findIndex((c) => /^(!\[[^\]]*\]\([^)]*\)\s*)+$/.test(c));
  const fieldsBeforeImages = imageIndex >= 0 ? cells.slice(0, imageIndex) : cells;
  const [title = "", askers = "", addressees = ""] = fieldsBeforeImages;
  return {
    title: cleanTitle(title),
    askers: splitTopLevel(askers).map(parseAsker).filter((a) => a.name),
    addressees: splitTopLevel(addressees).map(parseAddressee).filter(Boolean),
    fields: Math.min(3, fieldsBeforeImages.length) + (imageIndex >= 0 ? 1 : 0),
  };
}

/** The first «quoted» headline in a question, with nested quotes kept. */
export function quotedHeadline(text: string): string | null {
  const start = text.search(/[«“]/);
  if (start < 0) return null;
  const open = text[start];
  const close = open === "«" ? "»" : "”";
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) {
      const inner = text.slice(start + 1, i).trim();
      return inner.length >= 3 ? inner : null;
    }
  }
  return null;
}
