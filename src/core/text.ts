/**
 * Text clean-up shared by the parser and the search analysis.
 * Everything here is pure and works on single lines or short strings.
 */

const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

/**
 * Removes footnote markers that scrapes glue onto words: `?1`, `?1 2`, `? 1)`,
 * `jl.1,`, `»1`, `[1]`, `motie-Mutluer2`, `12 juni 20253`.
 *
 * @example stripFootnotes("Kent u het bericht «X»?1 2") // "Kent u het bericht «X»?"
 */
export function stripFootnotes(line: string): string {
  return (
    line
      .replace(/\[\d{1,2}\]/g, "")
      // "? 1)" and "?1 2": digits after a question mark are never part of the words.
      .replace(/\?(?:\d{1,2}|\s\d{1,2}\))(?:[ ,]\d{1,2}(?=[\s,]|$))*/g, "?")
      // "Van den Hil.2 3", "….1" at the end of a paragraph: nothing can follow a closing full stop.
      .replace(FOOTNOTES_AFTER_FINAL_STOP, "$1.")
      // "jl.1," / "uitgevoerd.2 Tot" / "personen.2, 3 Er": a letter, a full stop, then a footnote.
      .replace(/([\p{Ll}»”)])\.(\d{1,2}(?:,\s?\d{1,2})*)(?=[\s,;:)]|$)/gu, "$1.")
      // "«kop»1 en", "(basis BOA)1".
      .replace(/([»”)])\d{1,2}(?:,\s?\d{1,2})*(?=[\s,.;:?]|$)/g, "$1")
      // "motie-Mutluer2 waarbij", "Wtmo8 bevat": a word of at least four letters ending lower case.
      .replace(/(\p{L}{3}\p{Ll})\d{1,2}(?=[\s,.;:]|$)/gu, "$1")
      // "12 juni 20253": a year with a footnote digit glued on.
      .replace(new RegExp(`(\\b\\d{1,2} (?:${MONTHS}) 20\\d\\d)\\d{1,2}\\b`, "gi"), "$1")
      .replace(/[ \t]+$/g, "")
  );
}

/** Footnote markers after the full stop that ends a paragraph: `Hil.2 3`, `….1`, `OM.1, 2`. */
const FOOTNOTES_AFTER_FINAL_STOP = /([\p{L}…»”)])\.(\d{1,2}(?:(?:,\s?|\s)\d{1,2})*)[ \t]*$/u;

/** Footnote numbers found in a question line; used to spot a restart at 1. */
export function footnoteNumbers(line: string): number[] {
  const found: number[] = [];
  const final = FOOTNOTES_AFTER_FINAL_STOP.exec(line);
  if (final) {
    line = line.slice(0, final.index + final[1]!.length + 1);
    for (const n of final[2]!.matchAll(/\d{1,2}/g)) found.push(Number(n[0]));
  }
  for (const m of line.matchAll(/\?(?:(\d{1,2})|\s(\d{1,2})\))((?:[ ,]\d{1,2}(?=[\s,]|$))*)/g)) {
    found.push(Number(m[1] ?? m[2]));
    for (const extra of (m[3] ?? "").matchAll(/\d{1,2}/g)) found.push(Number(extra[0]));
  }
  for (const m of line.matchAll(/[»”)](\d{1,2})(?=[\s,.;:?]|$)/g)) found.push(Number(m[1]));
  for (const m of line.matchAll(/\p{Ll}\.(\d{1,2})(?=[\s,;:)]|$)/gu)) found.push(Number(m[1]));
  return found;
}

/** Normalises typography so that users typing plain ASCII still match. */
export function normalizeTypography(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\u00ad/g, "");
}

/** Lower case without diacritics: `Curaçao` → `curacao`, `Zoë` → `zoe`. */
export function fold(text: string): string {
  return normalizeTypography(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * A short readable slug for ids: the first meaningful words of a title.
 * @example slugify("De politiebegroting") // "politiebegroting"
 */
export function slugify(title: string, maxLength = 32): string {
  const stop = new Set(["de", "het", "een", "van", "en", "op", "in", "te", "die", "dat", "bericht", "voor", "aan", "met"]);
  const words = fold(title)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !stop.has(w));
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? "set").slice(0, maxLength);
}

/** FNV-1a 32-bit hash as 8 hex characters; stable across runs and platforms. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Cuts text at a word boundary and adds an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
