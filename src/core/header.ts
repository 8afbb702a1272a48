/**
 * The seven-line header that opens a set:
 * title | / | / askers | / | / addressees | / | / image placeholders |
 */
import type { Asker } from "./model.js";
import { isWhitespace } from "./text.js";

export interface Header {
  title: string;
  askers: Asker[];
  addressees: string[];
  /** How many of the expected fields (title, askers, addressees, images) were present. */
  fields: number;
}

/** A line that belongs to a header block: ends in a pipe (`/(^|\s)\|\s*$/`), read from the end. */
export function isHeaderLine(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isWhitespace(line.charCodeAt(i))) i--;
  return i >= 0 && line.charCodeAt(i) === 124 /* | */ && (i === 0 || isWhitespace(line.charCodeAt(i - 1)));
}

function cell(line: string): string {
  return line.replace(/\s*\|\s*$/, "").trim();
}

/** Splits on commas outside parentheses: "A (x , y ) , B" → ["A (x , y )", "B"]. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (c === 44 /* , */ && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/**
 * "Songül Mutluer (PvdA)" → { name: "Songül Mutluer", party: "PvdA" }: the
 * "(…)" that ends the text is the party. Found from the end, because a regex
 * search for it is quadratic on text with many opening parentheses.
 */
export function parseAsker(text: string): Asker {
  let close = text.length - 1;
  while (close >= 0 && isWhitespace(text.charCodeAt(close))) close--;
  const open = close >= 0 && text.charCodeAt(close) === 41 /* ) */ ? text.lastIndexOf("(", close - 1) : -1;
  if (open < 0 || text.lastIndexOf(")", close - 1) > open) return { name: text.trim(), party: null };
  const party = text.slice(open + 1, close).trim();
  return { name: text.slice(0, open).trim() || text.trim(), party: party || null };
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
