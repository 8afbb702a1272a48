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

/** The text of a header line: without the pipe that ends it (`/\s*\|\s*$/`) and trimmed. */
function cell(line: string): string {
  let end = line.length;
  while (end > 0 && isWhitespace(line.charCodeAt(end - 1))) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 124 /* | */) end--;
  return line.slice(0, end).trim();
}

/** A cell of nothing but image placeholders: `![]() ![]()`. */
const IMAGES = /^(!\[[^\]]*\]\([^)]*\)\s*)+$/;

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
      addPart(parts, text.slice(start, i));
      start = i + 1;
    }
  }
  addPart(parts, text.slice(start));
  return parts;
}

function addPart(parts: string[], part: string): void {
  const spaced = part.replace(/\s+/g, " ").trim();
  if (spaced) parts.push(spaced);
}

/** An asker as the header names it; a class, as it lives until the parse ends (see `BodyLine` in parse.ts). */
class HeaderAsker implements Asker {
  constructor(
    readonly name: string,
    readonly party: string | null,
  ) {}
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
  if (open < 0 || text.lastIndexOf(")", close - 1) > open) return new HeaderAsker(text.trim(), null);
  const party = text.slice(open + 1, close).trim();
  return new HeaderAsker(text.slice(0, open).trim() || text.trim(), party || null);
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
  // The non-empty cells before the first cell of images. Plain loops: this
  // runs once per set, and the array helpers cost more to optimise than to run.
  const fields: string[] = [];
  let images = false;
  for (let i = 0; i < lines.length && !images; i++) {
    const text = cell(lines[i]!);
    if (text.length === 0) continue;
    if (IMAGES.test(text)) images = true;
    else fields.push(text);
  }
  const askers: Asker[] = [];
  for (const part of splitTopLevel(fields[1] ?? "")) {
    const asker = parseAsker(part);
    if (asker.name) askers.push(asker);
  }
  const addressees: string[] = [];
  for (const part of splitTopLevel(fields[2] ?? "")) {
    const addressee = parseAddressee(part);
    if (addressee) addressees.push(addressee);
  }
  return { title: cleanTitle(fields[0] ?? ""), askers, addressees, fields: Math.min(3, fields.length) + (images ? 1 : 0) };
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
