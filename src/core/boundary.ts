/**
 * Where a set that lost its header starts. A scrape can glue a whole set onto
 * the previous one; no single clue proves that, so the clues are weighed and a
 * set is split off only when at least two independent ones agree.
 */
import { fold, foldedCodeUnit } from "./text.js";

/**
 * - `closing-question`: the previous question was "Kunt u deze vragen … beantwoorden?";
 * - `footnote-restart`: footnote numbering starts again at 1;
 * - `news-opener`: the question introduces a news item ("Kent u het bericht …");
 * - `topic-change`: the text after the line shares little with the set before it.
 */
export type BoundarySignal = "closing-question" | "footnote-restart" | "news-opener" | "topic-change";

/** Independent signals needed before a set is split without a header. */
export const SIGNALS_NEEDED = 2;

export interface InferredBoundary {
  file: string;
  /** The line of the question that would open the new set. */
  line: number;
  signals: BoundarySignal[];
  /** Topic similarity between the text before and after, when it could be measured. */
  similarity: number | null;
  /** False for a candidate that had too little evidence and was left in its set. */
  split: boolean;
  /** Title of the set that was split off; empty when not split. */
  title: string;
}

/** Below this cosine similarity the text after a line is about something else. */
export const TOPIC_CHANGE_BELOW = 0.08;
/** Questions on each side that are compared; the answers between them count too. */
export const TOPIC_QUESTIONS_BEFORE = 10;
export const TOPIC_QUESTIONS_AFTER = 6;
/** Cap on paragraphs per side, so long tables do not make a window unbounded. */
export const TOPIC_MAX_LINES = 80;
/** Fewer distinct words than this on a side and the topic is not judged at all. */
const MIN_WORDS = 8;
/** A single question on either side says too little about a set's topic. */
const MIN_QUESTIONS = 2;

/** Words that say nothing about a topic: function words and the phrasing of questions. */
const STOP = new Set(
  (
    "aan als ook omdat over onder naar niet meer nog wel hoe wat waarom welke welk wanneer deze dit die dat daar hier " +
    "heeft hebben worden wordt werd kunnen kunt bent deelt klopt wilt zich zou zouden moet moeten mogelijk alle andere " +
    "hun haar zijn uw jullie ons onze bij door voor tot met van een het de en of in op te er zo ja nee dan maar wie waar " +
    "waarop waarin hoeveel hebt acht vindt kent bekend hoogte bericht berichten artikel mening bereid aangeven toelichten " +
    "geven gaat gaan zij wij ik u dus nu al reeds waarmee waardoor zijn uit dan wel niet geen veel zeer hoe eens kan zal " +
    "zullen mijn mij wordt hierover daarvan daarbij hiervan welke zoals tussen tegen sinds na om per"
  ).split(" "),
);

/** Topic words of a paragraph: folded words of four letters or more, cut to a five-letter stem. */
export function topicWords(text: string): string[] {
  // Kept for the whole dump: built without a literal (see `BodyLine` in parse.ts).
  const out: string[] = Array.of();
  for (const w of fold(text).match(TOPIC_WORD) ?? []) if (!STOP.has(w)) out.push(w.slice(0, 5));
  return out;
}

const TOPIC_WORD = /[a-z]{4,}/g;

/**
 * A topic stem (letters a–z) as a number: each letter a digit from 1 to 26 in
 * base 27, exact up to eleven letters. Counting numbers instead of strings
 * spares a new string for every word of the dump.
 */
function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 27 + (word.charCodeAt(i) - 96);
  return code;
}

/** The stop words that can be topic words (four letters or more), as codes. */
const STOP_CODES = new Set([...STOP].filter((w) => w.length >= 4).map(wordCode));
const STOP_LONGEST = Math.max(...[...STOP].map((w) => w.length));

/** Stems of the paragraph being counted, reused from paragraph to paragraph. */
let stems = new Int32Array(256);
let stemCount = 0;

/** Keeps the stem of a word that is a topic word: four letters or more, and no stop word. */
function endWord(length: number, stem: number, whole: number): void {
  if (length < 4 || (length <= STOP_LONGEST && STOP_CODES.has(whole))) return;
  if (stemCount === stems.length) {
    const more = new Int32Array(stems.length * 2);
    more.set(stems);
    stems = more;
  }
  stems[stemCount++] = stem;
}

/**
 * `topicWords(text).map(wordCode)` into `stems`, read code unit by code unit
 * and folded as `fold` folds them; false, with `stems` unusable, for text with
 * a character whose fold depends on its neighbours.
 */
function wordStems(text: string): boolean {
  stemCount = 0;
  // The word being read: its letters so far, its stem and (while a stop word is possible) all of it.
  let length = 0;
  let stem = 0;
  let whole = 0;
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Nearly every character is plain ASCII, which `fold` only lower-cases; the backtick it changes.
    const plain = c < 0x80 && c !== 0x60;
    let pieces = 1;
    if (!plain) {
      const f = foldedCodeUnit(c);
      if (f === undefined) return false;
      folded = f;
      pieces = f.length;
    }
    for (let j = 0; j < pieces; j++) {
      if (!plain) c = folded.charCodeAt(j);
      // A–Z and a–z, lower-cased.
      const lower = c | 0x20;
      if (lower >= 97 && lower <= 122) {
        const digit = lower - 96;
        if (length < 5) stem = stem * 27 + digit;
        if (length < STOP_LONGEST) whole = whole * 27 + digit;
        length++;
      } else if (length > 0) {
        endWord(length, stem, whole);
        length = 0;
        stem = 0;
        whole = 0;
      }
    }
  }
  if (length > 0) endWord(length, stem, whole);
  return true;
}

/**
 * Per word code: in how many paragraphs it stands, and the last paragraph it
 * was counted for. Open addressing over typed arrays, as a dump holds millions
 * of words and a Map costs several times more per word.
 */
class WordCounts {
  private keys = new Int32Array(1 << 12);
  private counts = new Int32Array(1 << 12);
  private last = new Int32Array(1 << 12);
  private used = 0;
  /** 32 less the bits of a slot number. */
  private shift = 20;

  /** The slot of `code`, or of the empty place where it belongs. */
  private slot(code: number): number {
    const mask = this.keys.length - 1;
    // The high bits of the product spread codes that differ only in a few letters; codes are stored plus one, so that zero marks an empty slot.
    for (let i = Math.imul(code, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === 0 || k === code + 1) return i;
    }
  }

  /** Counts `code` for `paragraph`, once per paragraph. */
  add(code: number, paragraph: number): void {
    let i = this.slot(code);
    if (this.keys[i] === 0) {
      if (++this.used * 2 > this.keys.length) {
        this.grow();
        i = this.slot(code);
      }
      this.keys[i] = code + 1;
      this.last[i] = -1;
    }
    if (this.last[i] === paragraph) return;
    this.last[i] = paragraph;
    this.counts[i]!++;
  }

  get(code: number): number {
    return this.counts[this.slot(code)]!;
  }

  private grow(): void {
    const { keys, counts, last } = this;
    this.shift--;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.last = new Int32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue;
      const i = this.slot(keys[j]! - 1);
      this.keys[i] = keys[j]!;
      this.counts[i] = counts[j]!;
      this.last[i] = last[j]!;
    }
  }
}

/** Counts the topic words of paragraph `i`. */
function countParagraph(df: WordCounts, text: string, i: number): void {
  if (!wordStems(text)) {
    const words = topicWords(text);
    stemCount = 0;
    if (stems.length < words.length) stems = new Int32Array(words.length);
    for (const w of words) stems[stemCount++] = wordCode(w);
  }
  for (let k = 0; k < stemCount; k++) df.add(stems[k]!, i);
}

/**
 * Topic words per paragraph of one dump, with document frequencies over all its
 * paragraphs, so words every set uses ("politie", "kamer") weigh little.
 * Built on first use: dumps with headers everywhere never need it.
 */
export class TopicModel {
  private readonly words = new Map<number, string[]>();
  /** Filled on first use: dumps without a doubtful boundary never need it. */
  private df: WordCounts | null = null;

  constructor(private readonly paragraphs: readonly string[]) {}

  private wordsOf(i: number): string[] {
    let w = this.words.get(i);
    if (!w) {
      w = topicWords(this.paragraphs[i]!);
      this.words.set(i, w);
    }
    return w;
  }

  private idf(word: string): number {
    this.df ??= this.countWords();
    return Math.log((this.paragraphs.length + 1) / (this.df.get(wordCode(word)) + 0.5));
  }

  /**
   * The words of every paragraph, counted, not kept: only the few paragraphs
   * around a candidate boundary are compared.
   */
  private countWords(): WordCounts {
    const df = new WordCounts();
    // A call per paragraph: the work gets optimised as a function, without waiting for the long loop to be replaced mid-run.
    for (let i = 0; i < this.paragraphs.length; i++) countParagraph(df, this.paragraphs[i]!, i);
    return df;
  }

  private vector(indexes: readonly number[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const i of indexes) for (const w of this.wordsOf(i)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [w, c] of counts) v.set(w, (1 + Math.log(c)) * this.idf(w));
    return v;
  }

  /**
   * Cosine similarity of the paragraphs before and after a line, or null when
   * either side is too short to say anything about its topic.
   */
  similarity(before: readonly number[], after: readonly number[], questionsBefore: number, questionsAfter: number): number | null {
    if (questionsBefore < MIN_QUESTIONS || questionsAfter < MIN_QUESTIONS) return null;
    const a = this.vector(before);
    const b = this.vector(after);
    if (a.size < MIN_WORDS || b.size < MIN_WORDS) return null;
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [w, x] of a) {
      na += x * x;
      const y = b.get(w);
      if (y !== undefined) dot += x * y;
    }
    for (const y of b.values()) nb += y * y;
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}

const LABELS: Record<BoundarySignal, string> = {
  "closing-question": "na de slotvraag («Kunt u deze vragen … beantwoorden?»)",
  "footnote-restart": "voetnoten beginnen opnieuw bij 1",
  "news-opener": "opent met een nieuwsbericht",
  "topic-change": "ander onderwerp",
};

/** One line of `check` output for a boundary, in Dutch. */
export function describeBoundary(b: InferredBoundary): string {
  const signals = b.signals.map((s) => LABELS[s]);
  const measured = b.similarity === null ? "overlap niet te meten" : `overlap ${b.similarity.toFixed(2).replace(".", ",")}`;
  const head = b.split ? `nieuwe set «${b.title}»` : "niet gesplitst";
  return `${b.file}:${b.line}: ${head}: ${signals.join(", ") || "geen signalen"} (${measured})`;
}

/**
 * The `check` section on sets without a header: every split with the signals
 * it rests on, then the candidates that had too little evidence, for review.
 */
export function boundaryReport(boundaries: readonly InferredBoundary[]): string[] {
  const split = boundaries.filter((b) => b.split);
  const kept = boundaries.filter((b) => !b.split);
  const lines = [`Grenzen zonder kop:   ${split.length} afgeleid (elk met minstens ${SIGNALS_NEEDED} signalen; dubbele sets meegeteld), ${kept.length} niet gesplitst`];
  for (const b of [...split, ...kept]) lines.push(`  ${describeBoundary(b)}`);
  return lines;
}
