/**
 * Text clean-up shared by the parser and the search analysis.
 * Everything here is pure and works on single lines or short strings.
 */

const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

/** Whitespace as JavaScript's `\s` and `trim()` define it. */
export function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Drops trailing spaces and tabs; a loop, because `/[ \t]+$/` is quadratic on long runs of them. */
function trimSpacesAndTabs(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

const DIGIT = /\d/;
const YEAR_WITH_FOOTNOTE = new RegExp(`(\\b\\d{1,2} (?:${MONTHS}) 20\\d\\d)\\d{1,2}\\b`, "gi");

/** True when the text ends in a digit, ignoring trailing spaces and tabs. */
function endsInDigit(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c >= 48 && c <= 57;
  }
  return false;
}

/**
 * Removes footnote markers that scrapes glue onto words: `?1`, `?1 2`, `? 1)`,
 * `jl.1,`, `»1`, `[1]`, `motie-Mutluer2`, `12 juni 20253`.
 *
 * Every marker holds a digit, and each rule only runs when the text has what
 * that rule needs: most paragraphs skip all of them.
 *
 * @example stripFootnotes("Kent u het bericht «X»?1 2") // "Kent u het bericht «X»?"
 */
export function stripFootnotes(line: string): string {
  if (!DIGIT.test(line)) return trimSpacesAndTabs(line);
  let t = line;
  if (t.includes("[")) t = t.replace(/\[\d{1,2}\]/g, "");
  // "? 1)" and "?1 2": digits after a question mark are never part of the words.
  if (/\?\s?\d/.test(t)) t = t.replace(/\?(?:\d{1,2}|\s\d{1,2}\))(?:[ ,]\d{1,2}(?=[\s,]|$))*/g, "?");
  // "Van den Hil.2 3", "….1" at the end of a paragraph: nothing can follow a closing full stop.
  if (endsInDigit(t)) t = t.replace(FOOTNOTES_AFTER_FINAL_STOP, "$1.");
  // "jl.1," / "uitgevoerd.2 Tot" / "personen.2, 3 Er": a letter, a full stop, then a footnote.
  if (/\.\d/.test(t)) t = t.replace(/([\p{Ll}»”)])\.(\d{1,2}(?:,\s?\d{1,2})*)(?=[\s,;:)]|$)/gu, "$1.");
  // "«kop»1 en", "(basis BOA)1".
  if (/[»”)]\d/.test(t)) t = t.replace(/([»”)])\d{1,2}(?:,\s?\d{1,2})*(?=[\s,.;:?]|$)/g, "$1");
  // "motie-Mutluer2 waarbij", "Wtmo8 bevat": a word of at least four letters ending lower case.
  if (/\p{Ll}\d/u.test(t)) t = t.replace(/(\p{L}{3}\p{Ll})\d{1,2}(?=[\s,.;:]|$)/gu, "$1");
  // "12 juni 20253": a year with a footnote digit glued on.
  if (/20\d{3}/.test(t)) t = t.replace(YEAR_WITH_FOOTNOTE, "$1");
  return trimSpacesAndTabs(t);
}

/** Footnote markers after the full stop that ends a paragraph: `Hil.2 3`, `….1`, `OM.1, 2`. */
const FOOTNOTES_AFTER_FINAL_STOP = /([\p{L}…»”)])\.(\d{1,2}(?:(?:,\s?|\s)\d{1,2})*)[ \t]*$/u;

/** Footnote numbers found in a question line; used to spot a restart at 1. */
export function footnoteNumbers(line: string): number[] {
  const found: number[] = [];
  if (!DIGIT.test(line)) return found;
  const final = endsInDigit(line) ? FOOTNOTES_AFTER_FINAL_STOP.exec(line) : null;
  if (final) {
    line = line.slice(0, final.index + final[1]!.length + 1);
    for (const n of final[2]!.matchAll(/\d{1,2}/g)) found.push(Number(n[0]));
  }
  if (/\?\s?\d/.test(line)) {
    for (const m of line.matchAll(/\?(?:(\d{1,2})|\s(\d{1,2})\))((?:[ ,]\d{1,2}(?=[\s,]|$))*)/g)) {
      found.push(Number(m[1] ?? m[2]));
      for (const extra of (m[3] ?? "").matchAll(/\d{1,2}/g)) found.push(Number(extra[0]));
    }
  }
  if (/[»”)]\d/.test(line)) for (const m of line.matchAll(/[»”)](\d{1,2})(?=[\s,.;:?]|$)/g)) found.push(Number(m[1]));
  if (/\.\d/.test(line)) for (const m of line.matchAll(/\p{Ll}\.(\d{1,2})(?=[\s,;:)]|$)/gu)) found.push(Number(m[1]));
  return found;
}

/** The characters `normalizeTypography` changes. */
export const TYPOGRAPHIC_CHARACTERS = "\u00a0\u2007\u202f\u2009’‘`´“”„–—\u00ad";
const TYPOGRAPHY = new RegExp(`[${TYPOGRAPHIC_CHARACTERS}]`);

/** Normalises typography so that users typing plain ASCII still match. */
export function normalizeTypography(text: string): string {
  if (!TYPOGRAPHY.test(text)) return text;
  return text
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\u00ad/g, "");
}

const NOT_PLAIN = /[^\x00-\x5f\x61-\x7f]/;

/** Lower case without diacritics: `Curaçao` → `curacao`, `Zoë` → `zoe`. */
export function fold(text: string): string {
  // Plain ASCII has nothing to normalise but the backtick.
  if (!NOT_PLAIN.test(text)) return text.toLowerCase();
  // Mostly ASCII with a few accents and quotes: those come from a table, and a
  // character outside it sends the whole text the long way.
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x60) continue;
    const folded = foldedCodeUnit(c);
    if (folded === undefined) return foldWhole(text);
    out += text.slice(kept, i) + folded;
    kept = i + 1;
  }
  return (kept === 0 ? text : out + text.slice(kept)).toLowerCase();
}

/** The definition of `fold`, for the whole text at once. */
export function foldWhole(text: string): string {
  return normalizeTypography(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * Code units that `foldWhole` treats the same wherever they stand, so that a
 * text folds piece by piece: Latin letters with their diacritics, the combining
 * marks, and general punctuation. Outside these lie context rules such as the
 * Greek final sigma, and surrogate pairs.
 */
function foldsAlone(c: number): boolean {
  return (c >= 0x80 && c < 0x370) || c === 0x60 || (c >= 0x2000 && c < 0x2070);
}

/** `foldWhole` of each code unit that folds alone, filled in as they turn up. */
const FOLDED = new Map<number, string>();

/** What `fold` makes of one code unit outside plain ASCII (or the backtick), or undefined when it depends on its neighbours. */
export function foldedCodeUnit(c: number): string | undefined {
  let folded = FOLDED.get(c);
  if (folded === undefined && foldsAlone(c)) {
    folded = foldWhole(String.fromCharCode(c));
    FOLDED.set(c, folded);
  }
  return folded;
}

const SLUG_STOP = new Set(["de", "het", "een", "van", "en", "op", "in", "te", "die", "dat", "bericht", "voor", "aan", "met"]);

/**
 * A short readable slug for ids: the first meaningful words of a title.
 * @example slugify("De politiebegroting") // "politiebegroting"
 */
export function slugify(title: string, maxLength = 32): string {
  const words = (fold(title).match(/[a-z0-9]+/g) ?? []).filter((w) => !SLUG_STOP.has(w));
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
  return shortHashHex(shortHashStep(SHORT_HASH_SEED, text));
}

/** FNV-1a offset basis: the state of `shortHash` before any text, as the 32-bit integer the hash works with. */
export const SHORT_HASH_SEED = 0x811c9dc5 | 0;

/** Feeds more text into a `shortHash` state, so a long key need not be built first. */
export function shortHashStep(state: number, text: string): number {
  // As a 32-bit integer from the start, which is what `^=` makes of it anyway.
  let h = state | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * `shortHashStep(state, fold(text).replace(/\s+/g, " "))`, without building
 * either string: the text is folded as it is hashed, each run of whitespace as
 * one space. Text with a character that does not fold alone takes the long way.
 */
export function shortHashStepFolded(state: number, text: string): number {
  let h = state | 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // An ASCII character but the backtick stands for itself in lower case, and
    // its only whitespace is the space and tab to carriage return: nearly every
    // character, so it takes the shortest way.
    if (c < 0x80 && c !== 0x60) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (inSpace) continue;
        inSpace = true;
        h = Math.imul(h ^ 32, 0x01000193);
      } else {
        inSpace = false;
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      }
      continue;
    }
    const folded = foldedCodeUnit(c);
    if (folded === undefined) return shortHashStep(state, fold(text).replace(/\s+/g, " "));
    // A fold may be several characters or none.
    for (let j = 0; j < folded.length; j++) {
      let f = folded.charCodeAt(j);
      if (isWhitespace(f)) {
        if (inSpace) continue;
        inSpace = true;
        f = 32;
      } else {
        inSpace = false;
        if (f >= 65 && f <= 90) f += 32;
      }
      h ^= f;
      h = Math.imul(h, 0x01000193);
    }
  }
  return h;
}

export function shortHashHex(state: number): string {
  return (state >>> 0).toString(16).padStart(8, "0");
}

/** Cuts text at a word boundary and adds an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
