/**
 * Turns one dump into raw question sets. Ids, duplicates and references are
 * handled by the corpus; this file only finds sets, questions and answers.
 */
import { isHeaderLine, parseHeader, quotedHeadline, type Header } from "./header.js";
import {
  isClosingQuestion,
  mayBeNotice,
  isNewsOpener,
  isPostponementNotice,
  isQuestionLine,
  isRequest,
  isSubQuestion,
  opensLikeQuestion,
} from "./classify.js";
import {
  SIGNALS_NEEDED,
  TOPIC_CHANGE_BELOW,
  TOPIC_MAX_LINES,
  TOPIC_QUESTIONS_AFTER,
  TOPIC_QUESTIONS_BEFORE,
  TopicModel,
  type BoundarySignal,
  type InferredBoundary,
} from "./boundary.js";
import type { Asker, DumpFile, SeedWarning } from "./model.js";
import { footnoteNumbers, normalizeTypography, stripFootnotes, TYPOGRAPHIC_CHARACTERS, truncate } from "./text.js";
import { SeedFormatError } from "./errors.js";

export interface RawQuestion {
  text: string;
  line: number;
  /** Index into RawSet.answerBlocks, or null when unanswered. */
  block: number | null;
}

export interface RawAnswerBlock {
  paragraphs: string[];
  line: number;
  questionIndexes: number[];
}

export interface RawSet {
  title: string;
  headerless: boolean;
  askers: Asker[];
  addressees: string[];
  file: string;
  line: number;
  questions: RawQuestion[];
  answerBlocks: RawAnswerBlock[];
  notice: string | null;
}

export interface ParsedDump {
  sets: RawSet[];
  warnings: SeedWarning[];
  /** Every place where a headerless set was considered, split or not. */
  boundaries: InferredBoundary[];
}

/** Above this a file is most likely not a text export at all. */
const MAX_CONTROL_RATIO = 0.01;

/** Decodes bytes or text, strips a BOM and normalises line endings. */
export function decodeDump(file: string, content: string | Uint8Array): string {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    text = new TextDecoder("utf-8", { fatal: false }).decode(content);
    // A NUL byte decodes to U+0000 and nothing else does: searching the text is far faster than the bytes.
    if (text.includes("\0")) throw new SeedFormatError(file, 1, "binair bestand (bevat NUL-bytes), overgeslagen");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const sample = text.slice(0, 100_000);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) {
    throw new SeedFormatError(file, 1, "geen leesbare tekst (binair of verkeerde tekenset), overgeslagen");
  }
  return text;
}

function headlessTitle(firstQuestion: string): string {
  const headline = quotedHeadline(firstQuestion);
  if (headline) {
    const title = truncate(headline.replace(/[«»“”]/g, ""), 120);
    if (title.trim()) return title;
  }
  let stripped = firstQuestion.replace(/^(kent u|bent u (bekend|op de hoogte) met|heeft u kennis\s?genomen van|hebt u kennis\s?genomen van)\s*/i, "");
  // Trailing "?" and ":" by hand: `/[?:]+$/` is quadratic on long runs of them.
  let end = stripped.length;
  while (end > 0 && (stripped[end - 1] === "?" || stripped[end - 1] === ":")) end--;
  stripped = stripped.slice(0, end);
  const title = truncate(stripped, 90);
  return title.charAt(0).toUpperCase() + title.slice(1) || UNTITLED;
}

/** For a set whose first question holds no words at all ("???"). */
const UNTITLED = "Zonder titel";

/** A paragraph without footnote markers, trimmed. */
function withoutFootnotes(raw: string, hasDigit: boolean): string {
  // Every footnote marker holds a digit: without one only the trim is left.
  return hasDigit ? stripFootnotes(raw).trim() : raw.trim();
}

/** What a body line reads as on its own; where it stands decides the rest. */
const enum Kind {
  Question,
  /** Opens like a question or a request but has no question mark: a question among questions. */
  QuestionLike,
  Answer,
}

/*
 * What a parse builds and keeps until its end is made by constructors (or
 * `Array.of`), not by literals: V8 ties a literal to an allocation site, and
 * when it later decides to allocate that site's objects in old space it drops
 * every optimised function that inlines the site, which on a large dump
 * throws away the parser's optimised code several times over.
 */

class BodyLine {
  constructor(
    readonly raw: string,
    /** What a reader sees of the paragraph: without footnote markers, unless that leaves nothing. */
    readonly text: string,
    readonly line: number,
    readonly kind: Kind,
    /** Body lines of one header block share a segment; windows never cross a header. */
    readonly segment: number,
    readonly hasDigit: boolean,
    readonly hasTypography: boolean,
  ) {}
}

class HeaderBlock {
  constructor(
    readonly lines: string[],
    readonly line: number,
    /** The body index the header comes before. */
    readonly at: number,
  ) {}
}

class OpenSet implements RawSet {
  readonly questions: RawQuestion[] = [];
  readonly answerBlocks: RawAnswerBlock[] = [];
  notice: string | null = null;
  constructor(
    public title: string,
    readonly headerless: boolean,
    readonly askers: Asker[],
    readonly addressees: string[],
    readonly file: string,
    readonly line: number,
  ) {}
}

class OpenQuestion implements RawQuestion {
  block: number | null = null;
  constructor(
    public text: string,
    readonly line: number,
  ) {}
}

class AnswerBlock implements RawAnswerBlock {
  readonly paragraphs: string[];
  constructor(
    first: string,
    readonly line: number,
    readonly questionIndexes: number[],
  ) {
    this.paragraphs = Array.of(first);
  }
}

/** `plain` is `withoutFootnotes(raw)`, which the line needs anyway. */
function classifyLine(raw: string, plain: string, hasDigit: boolean, hasTypography: boolean): Kind {
  const typographic = hasTypography ? normalizeTypography(raw) : raw;
  // A paragraph that ends in "?" is a question whatever else it holds: footnotes
  // and sources are only ever stripped from before that mark.
  if (typographic.trimEnd().endsWith("?") || isQuestionLine(typographic)) return Kind.Question;
  // Typography never becomes a digit, so the line's digits decide here too.
  const text = !hasTypography ? plain : withoutFootnotes(typographic, hasDigit);
  return opensLikeQuestion(text) || isRequest(text) ? Kind.QuestionLike : Kind.Answer;
}

/**
 * For each line, whether it holds any of `characters`. Each character is
 * looked for across the whole text, skipping to the next line after a find,
 * which is far cheaper than testing every line on its own.
 */
function linesWith(text: string, starts: Int32Array, characters: string): Uint8Array {
  const found = new Uint8Array(starts.length - 1);
  // Where the lines with a find end, for all characters together, in text order.
  const ends: number[] = [];
  for (const c of characters) {
    for (let at = text.indexOf(c); at >= 0; ) {
      const end = text.indexOf("\n", at);
      if (end < 0) {
        ends.push(text.length);
        break;
      }
      ends.push(end);
      at = text.indexOf(c, end + 1);
    }
  }
  if (ends.length === 0) return found;
  const sorted = Int32Array.from(ends).sort();
  let next = 0;
  for (let line = 0; line < found.length && next < sorted.length; line++) {
    const end = starts[line + 1]! - 1;
    if (sorted[next] !== end) continue;
    found[line] = 1;
    while (next < sorted.length && sorted[next] === end) next++;
  }
  return found;
}

/** Where each line starts in the text, and where a line after the last would. */
function lineStarts(lines: readonly string[]): Int32Array {
  const starts = new Int32Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) starts[i + 1] = starts[i]! + lines[i]!.length + 1;
  return starts;
}

const SPEAKS_OF_QUESTIONS = /vragen/i;

class DumpParser {
  readonly sets: RawSet[] = [];
  readonly warnings: SeedWarning[] = [];
  readonly boundaries: InferredBoundary[] = [];
  private current: RawSet | null = null;
  /** Body index where the current set starts, for the topic window. */
  private currentStart = 0;
  private currentBoundary: InferredBoundary | null = null;
  private footnoteMax = 0;
  private lastWasQuestion = false;
  /** The last question text asked about closing a set, and the answer: each question is asked twice. */
  private closingText: string | null = null;
  private closingAnswer = false;
  /** The last question ended in ":" and collects its sub-questions. */
  private umbrellaOpen = false;
  private topics: TopicModel | null = null;

  constructor(
    private readonly file: string,
    private readonly body: readonly BodyLine[],
  ) {}

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  startSet(header: Header | null, line: number, at: number): RawSet {
    this.finishSet();
    const set = new OpenSet(header?.title ?? "", header === null, header?.askers ?? [], header?.addressees ?? [], this.file, line);
    this.current = set;
    this.currentStart = at;
    this.footnoteMax = 0;
    this.lastWasQuestion = false;
    this.umbrellaOpen = false;
    return set;
  }

  finishSet(): void {
    const set = this.current;
    const boundary = this.currentBoundary;
    this.current = null;
    this.currentBoundary = null;
    if (!set) return;
    if (set.questions.length === 0) {
      this.warn(set.line, `set «${set.title || "zonder titel"}» bevat geen vragen en is overgeslagen`);
      return;
    }
    if (!set.title) {
      set.title = headlessTitle(set.questions[0]!.text);
      if (!set.headerless) this.warn(set.line, "kop zonder titel; titel afgeleid uit de eerste vraag");
    }
    if (boundary) boundary.title = set.title;
    this.sets.push(set);
  }

  header(lines: string[], line: number, at: number): void {
    const header = parseHeader(lines);
    if (header.fields < 4) {
      this.warn(line, `onvolledige kop (${header.fields} van 4 velden: titel, vragenstellers, geadresseerden, afbeeldingen)`);
    }
    this.startSet(header, line, at);
  }

  /** Handles body line `at`. */
  line(at: number): void {
    const { raw, line, kind } = this.body[at]!;
    if (kind === Kind.Question) this.question(raw, line, at);
    // Before the first answer a question-like paragraph stands among questions;
    // after it, it is part of an answer ("Wanneer dat nodig is, …" reads alike).
    else if (kind === Kind.QuestionLike && (this.current?.answerBlocks.length ?? 0) === 0) this.question(raw, line, at, false);
    else this.answer(raw, line, at);
  }

  question(raw: string, line: number, at: number, mayStartSet = true): void {
    const { hasDigit, text } = this.body[at]!;
    const notes = hasDigit ? footnoteNumbers(raw) : [];
    let set = this.current;
    if (set && set.questions.length > 0 && mayStartSet && this.startsNewSet(set, text, notes, line, at)) set = this.current;
    if (!set) set = this.startSet(null, line, at);
    const previous = set.questions[set.questions.length - 1];
    if (previous && this.lastWasQuestion && this.umbrellaOpen && isSubQuestion(text)) {
      previous.text += `\n${text}`;
    } else {
      set.questions.push(new OpenQuestion(text, line));
      this.umbrellaOpen = text.endsWith(":");
    }
    for (const n of notes) if (n > this.footnoteMax) this.footnoteMax = n;
    this.lastWasQuestion = true;
  }

  /** Weighs the signals that a headerless set starts at this question. */
  private startsNewSet(set: RawSet, text: string, notes: number[], line: number, at: number): boolean {
    // "Kunt u deze vragen beantwoorden?" speaks of questions before it: it never opens a set.
    if (this.isClosing(text)) return false;
    const previous = set.questions[set.questions.length - 1]!;
    const signals: BoundarySignal[] = [];
    if (this.isClosing(previous.text)) signals.push("closing-question");
    if (this.footnoteMax >= 1 && notes.includes(1) && notes.every((n) => n >= 1)) signals.push("footnote-restart");
    if (isNewsOpener(text)) signals.push("news-opener");
    if (signals.length === 0) return false;
    // A change of topic alone is common inside a set; it only ever adds to other evidence.
    const similarity = this.topicSimilarity(at);
    if (similarity !== null && similarity < TOPIC_CHANGE_BELOW) signals.push("topic-change");
    const split = signals.length >= SIGNALS_NEEDED;
    const boundary: InferredBoundary = { file: this.file, line, signals, similarity, split, title: "" };
    this.boundaries.push(boundary);
    if (split) {
      this.startSet(null, line, at);
      this.currentBoundary = boundary;
    }
    return split;
  }

  private isClosing(text: string): boolean {
    if (text !== this.closingText) {
      this.closingText = text;
      // A closing question speaks of "vragen"; most questions do not, which is cheap to see.
      this.closingAnswer = SPEAKS_OF_QUESTIONS.test(text) && isClosingQuestion(text);
    }
    return this.closingAnswer;
  }

  /** Similarity of the current set's last questions (with answers) and the questions from `at` on. */
  private topicSimilarity(at: number): number | null {
    const segment = this.body[at]!.segment;
    const before: number[] = [];
    let questionsBefore = 0;
    for (let i = at - 1; i >= this.currentStart && before.length < TOPIC_MAX_LINES; i--) {
      if (this.body[i]!.kind !== Kind.Answer && ++questionsBefore > TOPIC_QUESTIONS_BEFORE) break;
      before.push(i);
    }
    const after: number[] = [];
    let questionsAfter = 0;
    for (let i = at; i < this.body.length && this.body[i]!.segment === segment && after.length < TOPIC_MAX_LINES; i++) {
      if (this.body[i]!.kind !== Kind.Answer && ++questionsAfter > TOPIC_QUESTIONS_AFTER) break;
      after.push(i);
    }
    this.topics ??= new TopicModel(this.body.map((b) => b.raw));
    return this.topics.similarity(
      before,
      after,
      Math.min(questionsBefore, TOPIC_QUESTIONS_BEFORE),
      Math.min(questionsAfter, TOPIC_QUESTIONS_AFTER),
    );
  }

  answer(raw: string, line: number, at: number): void {
    const body = this.body[at]!;
    const text = normalizeSpaces(body.text, body.hasTypography);
    const set = this.current;
    if (!set || set.questions.length === 0) {
      // Never lose a line: text before any question is kept as a question of its own.
      this.warn(line, "tekst vóór de eerste vraag; als vraag opgenomen");
      this.question(raw, line, at);
      return;
    }
    if (this.lastWasQuestion && mayBeNotice(text) && isPostponementNotice(text)) {
      set.notice = set.notice ? `${set.notice}\n${text}` : text;
      return;
    }
    if (this.lastWasQuestion) {
      const open: number[] = Array.of();
      for (let i = set.questions.length - 1; i >= 0 && set.questions[i]!.block === null; i--) open.push(i);
      open.reverse();
      set.answerBlocks.push(new AnswerBlock(text, line, open));
      for (const i of open) set.questions[i]!.block = set.answerBlocks.length - 1;
    } else {
      set.answerBlocks[set.answerBlocks.length - 1]?.paragraphs.push(text);
    }
    this.lastWasQuestion = false;
  }
}

/** Both non-breaking spaces count as typography; runs of spaces and tabs need a tab or two spaces in a row. */
function normalizeSpaces(text: string, hasTypography: boolean): string {
  const spaced = hasTypography ? text.replace(/[\u00a0\u202f]/g, " ") : text;
  return spaced.includes("\t") || spaced.includes("  ") ? spaced.replace(/[ \t]{2,}/g, " ") : spaced;
}

/**
 * Parses one dump. Never throws for odd content: problems become warnings with
 * file and line, and every non-empty body line ends up in a question or answer.
 */
export function parseDump(dump: DumpFile): ParsedDump {
  let text: string;
  try {
    text = decodeDump(dump.file, dump.content);
  } catch (err) {
    if (err instanceof SeedFormatError) return { sets: [], warnings: [{ file: err.file, line: err.line, message: err.reason }], boundaries: [] };
    throw err;
  }
  if (text.trim() === "") {
    return { sets: [], warnings: [{ file: dump.file, line: 1, message: "leeg bestand" }], boundaries: [] };
  }
  const lines = text.split("\n");
  const starts = lineStarts(lines);
  const digits = linesWith(text, starts, "0123456789");
  const typography = linesWith(text, starts, TYPOGRAPHIC_CHARACTERS);
  // First the layout: header blocks and classified body lines, so that boundary
  // decisions can look at the text that follows a line.
  const headers: HeaderBlock[] = [];
  const body: BodyLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (isHeaderLine(line)) {
      const start = i;
      while (i < lines.length && isHeaderLine(lines[i]!) && i - start < 7) i++;
      headers.push(new HeaderBlock(lines.slice(start, i), start + 1, body.length));
      i--;
      continue;
    }
    const hasDigit = digits[i] === 1;
    const hasTypography = typography[i] === 1;
    const plain = withoutFootnotes(line, hasDigit);
    const kind = classifyLine(line, plain, hasDigit, hasTypography);
    body.push(new BodyLine(line, plain || line.trim(), i + 1, kind, headers.length, hasDigit, hasTypography));
  }
  const parser = new DumpParser(dump.file, body);
  let nextHeader = 0;
  for (let at = 0; at <= body.length; at++) {
    while (nextHeader < headers.length && headers[nextHeader]!.at === at) {
      const h = headers[nextHeader++]!;
      parser.header(h.lines, h.line, at);
    }
    if (at < body.length) parser.line(at);
  }
  parser.finishSet();
  if (headers.length === 0) parser.warn(1, "geen kopregels gevonden; vragen als sets zonder kop ingelezen");
  return { sets: parser.sets, warnings: parser.warnings, boundaries: parser.boundaries };
}
