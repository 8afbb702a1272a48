/**
 * Acronyms the texts define themselves: "het Nationaal Cyber Security Centrum
 * (NCSC)", or the other way round "de NCTV (Nationaal Coördinator
 * Terrorismebestrijding en Veiligheid)". A pair counts only when the
 * acronym's letters plausibly come from the long form's words: each word of
 * substance gives its first letter, small words ("van", "en") may give theirs
 * or nothing, and a compound may give the first letters of its parts
 * ("Datacentrum" the D and the C). So a party after a name ("Bente Becker
 * (VVD)") or a word in brackets is no definition.
 */
import type { QuestionSet } from "./model.js";
import { foldWhole, normalizeTypography } from "./text.js";

/** A definition: the acronym folded ("ncsc", "pvda") and its long form as folded words ("nationaal cyber security centrum"). */
export interface Definition {
  acronym: string;
  long: string;
}

/** A definition with how often the texts give it. */
export type DefinitionCount = [acronym: string, long: string, count: number];

/** Words that may be left out of an acronym, or give their letter ("JenV", "IenW"). */
const SMALL_WORDS = new Set(
  "van de der den het een en voor op in of te ter tot met bij aan uit door over om and of the for".split(" "),
);
/** Articles before a long form in brackets: "de NCTV (de Nationaal Coördinator …)". */
const ARTICLES = new Set(["de", "het", "een", "the"]);

/** At most this many words before the brackets are looked at for a long form. */
const MAX_LONG_WORDS = 12;
/** A compound part that gives a letter is at least this long, and so is what remains after it. */
const MIN_PART = 3;
/** A word gives at most this many letters besides its first. */
const MAX_INNER = 2;

/** A word of a long form: its letters, where a part after a hyphen begins, and whether it may be left out. */
interface LongWord {
  letters: string;
  hyphens: number[];
  small: boolean;
}

/**
 * An acronym as written: 2–10 letters, beginning with a capital, and either
 * at least two capitals ("NCSC", "PvdA", "JenV") or a short law name in title
 * case ("Wmo", "Wtmo"). Returns whether it is the title-case kind, or null.
 */
function acronymShape(raw: string): { titleCase: boolean } | null {
  if (!/^[A-Z][A-Za-z]{1,9}$/.test(raw)) return null;
  const capitals = raw.replace(/[^A-Z]/g, "").length;
  if (capitals >= 2) return { titleCase: false };
  return raw.length >= 3 && raw.length <= 5 ? { titleCase: true } : null;
}

function longWord(raw: string): LongWord | null {
  const folded = foldWhole(raw);
  const hyphens: number[] = [];
  let letters = "";
  for (const part of folded.split("-")) {
    if (!part) continue;
    if (letters) hyphens.push(letters.length);
    letters += part;
  }
  if (!/^[a-z]+$/.test(letters)) return null;
  return { letters, hyphens, small: hyphens.length === 0 && SMALL_WORDS.has(letters) };
}

/** Whether letter position `p` of a word may start a part that gives a letter, after the part that began at `from`. */
function innerStart(w: LongWord, p: number, from: number): boolean {
  if (w.hyphens.includes(p)) return true;
  return p - from >= MIN_PART && w.letters.length - p >= MIN_PART;
}

/**
 * Whether the acronym's letters come from these words in order: every word
 * of substance gives its first letter and perhaps those of its parts, a small
 * word its first letter or nothing, and nothing is left over.
 */
export function lettersMatch(acronym: string, words: LongWord[]): boolean {
  if (!words.length || words[0]!.small || acronym[0] !== words[0]!.letters[0]) return false;
  const fromWord = (i: number, j: number): boolean => {
    if (i === words.length) return j === acronym.length;
    const w = words[i]!;
    if (w.small && fromWord(i + 1, j)) return true;
    if (j >= acronym.length || acronym[j] !== w.letters[0]) return false;
    if (w.small) return fromWord(i + 1, j + 1);
    return inner(i, j + 1, 0, 0);
  };
  const inner = (i: number, j: number, from: number, used: number): boolean => {
    if (fromWord(i + 1, j)) return true;
    if (used >= MAX_INNER || j >= acronym.length) return false;
    const w = words[i]!;
    for (let p = w.letters.indexOf(acronym[j]!, from + 1); p > 0; p = w.letters.indexOf(acronym[j]!, p + 1)) {
      if (innerStart(w, p, from) && inner(i, j + 1, p, used + 1)) return true;
    }
    return false;
  };
  return fromWord(0, 0);
}

/** A long form's folded words as stored ("onderzoek en datacentrum", "anti phishing shield"). */
function longText(words: LongWord[]): string {
  return words.map((w) => (w.hyphens.length ? splitAt(w) : w.letters)).join(" ");
}

function splitAt(w: LongWord): string {
  const cuts = [0, ...w.hyphens, w.letters.length];
  return cuts.slice(1).map((end, i) => w.letters.slice(cuts[i], end)).join(" ");
}

/** Whether a long form can define an acronym of this shape at all. */
function fits(acronym: string, shape: { titleCase: boolean }, words: LongWord[]): boolean {
  // One word can only define an acronym in capitals from its parts ("informatievoorziening (IV)"); a title-case name needs a phrase.
  if (shape.titleCase && words.filter((w) => !w.small).length < 2) return false;
  return lettersMatch(acronym, words);
}

const WORD = /\p{L}+(?:-\p{L}+)*-?/gu;
/** Where a clause ends: a long form does not reach back across these. */
const CLAUSE_END = /[.;:?!"()\[\]\n\r]|\d/g;

/** The words of a clause that may hold a long form, as written. */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The definitions one text gives. "Long Form (ABBR)": the shortest run of
 * words before the brackets, in the same clause, whose letters make the
 * acronym. "ABBR (Long Form)": the whole of the brackets must make it.
 */
export function findDefinitions(text: string): Definition[] {
  if (!text.includes("(")) return [];
  const plain = normalizeTypography(text);
  const out: Definition[] = [];
  for (const m of plain.matchAll(/\(([^()]{1,160})\)/g)) {
    const inside = m[1]!.trim();
    const before = plain.slice(Math.max(0, m.index! - 300), m.index!);
    const shape = acronymShape(inside);
    if (shape) {
      const acronym = inside.toLowerCase();
      let clauseStart = 0;
      for (const end of before.matchAll(CLAUSE_END)) clauseStart = end.index! + 1;
      const words = wordsOf(before.slice(clauseStart))
        .slice(-MAX_LONG_WORDS)
        .map(longWord);
      for (let k = 1; k <= words.length; k++) {
        const tail = words.slice(words.length - k);
        if (tail.some((w) => w === null)) break;
        const long = tail as LongWord[];
        if (long[0]!.letters[0] !== acronym[0]) continue;
        if (fits(acronym, shape, long)) {
          if (!long.some((w) => w.letters === acronym)) out.push({ acronym, long: longText(long) });
          break;
        }
      }
      continue;
    }
    // "ABBR (Long Form)": the acronym is the word right before the brackets.
    const raw = /([A-Za-z]+)\s*$/.exec(before)?.[1];
    const rawShape = raw ? acronymShape(raw) : null;
    if (!raw || !rawShape || /[^\p{L}\s,'-]/u.test(inside)) continue;
    const acronym = raw.toLowerCase();
    const words = wordsOf(inside).map(longWord);
    if (words.some((w) => w === null) || words.length > MAX_LONG_WORDS) continue;
    let long = words as LongWord[];
    while (long.length > 1 && ARTICLES.has(long[0]!.letters)) long = long.slice(1);
    if (fits(acronym, rawShape, long) && !long.some((w) => w.letters === acronym)) out.push({ acronym, long: longText(long) });
  }
  return out;
}

/** The texts of a set a definition may stand in: its title, questions and answers as published. */
function* setTexts(set: QuestionSet): Generator<string> {
  yield set.title;
  for (const q of set.questions) {
    yield q.text;
    if (q.answer) yield q.answer.text;
  }
}

/** Every definition a set's texts give, each as often as it is given. */
export function setDefinitions(set: QuestionSet): Definition[] {
  const out: Definition[] = [];
  for (const text of setTexts(set)) for (const d of findDefinitions(text)) out.push(d);
  return out;
}

/**
 * Definitions counted over many sets; a set that goes away takes its own back
 * (`sign` -1). Counts may go below zero, so the same tally serves as the change
 * an update makes to stored counts.
 */
export class DefinitionCounts {
  private readonly counts = new Map<string, number>();

  add(definitions: Iterable<Definition>, sign: 1 | -1 = 1): void {
    for (const d of definitions) {
      const key = `${d.acronym}\t${d.long}`;
      const n = (this.counts.get(key) ?? 0) + sign;
      if (n !== 0) this.counts.set(key, n);
      else this.counts.delete(key);
    }
  }

  get size(): number {
    return this.counts.size;
  }

  entries(): DefinitionCount[] {
    return [...this.counts].map(([key, n]) => {
      const tab = key.indexOf("\t");
      return [key.slice(0, tab), key.slice(tab + 1), n];
    });
  }
}

/** A definition wins over another for the same acronym or long form only when it is given at least this many times as often. */
const DOMINANCE = 2;

/**
 * One long form per acronym and one acronym per long form: the one the texts
 * give most often, when it is given at least twice as often as the next; a
 * close call says the texts disagree, and then neither counts. Sorted by acronym.
 */
export function resolveDefinitions(counts: Iterable<DefinitionCount>): Definition[] {
  const winners = (entries: DefinitionCount[], key: (c: DefinitionCount) => string): DefinitionCount[] => {
    const groups = new Map<string, DefinitionCount[]>();
    for (const c of entries) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
    const out: DefinitionCount[] = [];
    for (const group of groups.values()) {
      // Only the two largest counts decide, and equal ones drop the group: no other order matters.
      group.sort((a, b) => b[2] - a[2]);
      if (group.length === 1 || group[0]![2] >= DOMINANCE * group[1]![2]) out.push(group[0]!);
    }
    return out;
  };
  const positive = [...counts].filter((c) => c[2] > 0);
  return winners(winners(positive, (c) => c[0]), (c) => c[1])
    .map(([acronym, long]) => ({ acronym, long }))
    .sort((a, b) => (a.acronym < b.acronym ? -1 : a.acronym > b.acronym ? 1 : 0));
}
