/**
 * Where a set that lost its header starts. A scrape can glue a whole set onto
 * the previous one; no single clue proves that, so the clues are weighed and a
 * set is split off only when at least two independent ones agree.
 */
import { fold } from "./text.js";

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
 * Topic words per paragraph of one dump, with document frequencies over all its
 * paragraphs, so words every set uses ("politie", "kamer") weigh little.
 * Built on first use: dumps with headers everywhere never need it.
 */
export class TopicModel {
  private readonly words = new Map<number, string[]>();
  /** Filled on first use; a field that never changes type keeps code that reads it optimised. */
  private readonly df = new Map<string, number>();
  private dfReady = false;

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
    if (!this.dfReady) {
      this.dfReady = true;
      for (let i = 0; i < this.paragraphs.length; i++) {
        for (const w of new Set(this.wordsOf(i))) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      }
    }
    return Math.log((this.paragraphs.length + 1) / ((this.df.get(word) ?? 0) + 0.5));
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
