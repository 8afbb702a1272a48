/**
 * Turns one dump into raw question sets. Ids, duplicates and references are
 * handled by the corpus; this file only finds sets, questions and answers.
 */
import { isHeaderLine, parseHeader, quotedHeadline, type Header } from "./header.js";
import {
  isClosingQuestion,
  isNewsOpener,
  isPostponementNotice,
  isQuestionLine,
  isSubQuestion,
} from "./classify.js";
import type { Asker, DumpFile, SeedWarning } from "./model.js";
import { footnoteNumbers, normalizeTypography, stripFootnotes, truncate } from "./text.js";
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
}

/** Above this a file is most likely not a text export at all. */
const MAX_CONTROL_RATIO = 0.01;

/** Decodes bytes or text, strips a BOM and normalises line endings. */
export function decodeDump(file: string, content: string | Uint8Array): string {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    if (content.includes(0)) throw new SeedFormatError(file, 1, "binair bestand (bevat NUL-bytes), overgeslagen");
    text = new TextDecoder("utf-8", { fatal: false }).decode(content);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const sample = text.slice(0, 100_000);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) {
    throw new SeedFormatError(file, 1, "geen leesbare tekst (binair of verkeerde tekenset), overgeslagen");
  }
  return text;
}

function headlessTitle(firstQuestion: string): string {
  const headline = quotedHeadline(firstQuestion);
  if (headline) return truncate(headline.replace(/[«»“”]/g, ""), 120);
  const stripped = firstQuestion
    .replace(/^(kent u|bent u (bekend|op de hoogte) met|heeft u kennis\s?genomen van|hebt u kennis\s?genomen van)\s*/i, "")
    .replace(/[?:]+$/, "");
  const title = truncate(stripped, 90);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

class DumpParser {
  readonly sets: RawSet[] = [];
  readonly warnings: SeedWarning[] = [];
  private current: RawSet | null = null;
  private footnoteMax = 0;
  private lastWasQuestion = false;
  /** The last question ended in ":" and collects its sub-questions. */
  private umbrellaOpen = false;

  constructor(private readonly file: string) {}

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  startSet(header: Header | null, line: number): RawSet {
    this.finishSet();
    const set: RawSet = {
      title: header?.title ?? "",
      headerless: header === null,
      askers: header?.askers ?? [],
      addressees: header?.addressees ?? [],
      file: this.file,
      line,
      questions: [],
      answerBlocks: [],
      notice: null,
    };
    this.current = set;
    this.footnoteMax = 0;
    this.lastWasQuestion = false;
    return set;
  }

  finishSet(): void {
    const set = this.current;
    this.current = null;
    if (!set) return;
    if (set.questions.length === 0) {
      this.warn(set.line, `set «${set.title || "zonder titel"}» bevat geen vragen en is overgeslagen`);
      return;
    }
    if (!set.title) {
      set.title = headlessTitle(set.questions[0]!.text);
      if (!set.headerless) this.warn(set.line, "kop zonder titel; titel afgeleid uit de eerste vraag");
    }
    this.sets.push(set);
  }

  header(lines: string[], line: number): void {
    const header = parseHeader(lines);
    if (header.fields < 4) {
      this.warn(line, `onvolledige kop (${header.fields} van 4 velden: titel, vragenstellers, geadresseerden, afbeeldingen)`);
    }
    this.startSet(header, line);
  }

  question(raw: string, line: number): void {
    const text = stripFootnotes(raw).trim();
    const notes = footnoteNumbers(raw);
    let set = this.current;
    if (set && set.questions.length > 0 && this.startsNewSet(set, text, notes)) set = null;
    if (!set) {
      set = this.startSet(null, line);
    }
    const previous = set.questions[set.questions.length - 1];
    if (previous && this.lastWasQuestion && this.umbrellaOpen && isSubQuestion(text)) {
      previous.text += `\n${text}`;
    } else {
      set.questions.push({ text, line, block: null });
      this.umbrellaOpen = text.endsWith(":");
    }
    if (notes.length > 0) this.footnoteMax = Math.max(this.footnoteMax, ...notes);
    this.lastWasQuestion = true;
  }

  private startsNewSet(set: RawSet, text: string, notes: number[]): boolean {
    const previous = set.questions[set.questions.length - 1]!;
    if (isClosingQuestion(previous.text)) return true;
    if (isNewsOpener(text)) return true;
    return notes[0] === 1 && this.footnoteMax >= 1;
  }

  answer(raw: string, line: number): void {
    const text = normalizeSpaces(stripFootnotes(raw).trim());
    const set = this.current;
    if (!set || set.questions.length === 0) {
      // Never lose a line: text before any question is kept as a question of its own.
      this.warn(line, "tekst vóór de eerste vraag; als vraag opgenomen");
      this.question(raw, line);
      return;
    }
    if (isPostponementNotice(text) && this.lastWasQuestion) {
      set.notice = set.notice ? `${set.notice}\n${text}` : text;
      return;
    }
    if (this.lastWasQuestion) {
      const open: number[] = [];
      for (let i = set.questions.length - 1; i >= 0 && set.questions[i]!.block === null; i--) open.unshift(i);
      const block: RawAnswerBlock = { paragraphs: [text], line, questionIndexes: open };
      set.answerBlocks.push(block);
      for (const i of open) set.questions[i]!.block = set.answerBlocks.length - 1;
    } else {
      set.answerBlocks[set.answerBlocks.length - 1]?.paragraphs.push(text);
    }
    this.lastWasQuestion = false;
  }
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ").replace(/[ \t]{2,}/g, " ");
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
    if (err instanceof SeedFormatError) return { sets: [], warnings: [{ file: err.file, line: err.line, message: err.reason }] };
    throw err;
  }
  const parser = new DumpParser(dump.file);
  if (text.trim() === "") {
    parser.warn(1, "leeg bestand");
    return { sets: [], warnings: parser.warnings };
  }
  const lines = text.split("\n");
  let sawHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (isHeaderLine(line)) {
      const start = i;
      const block: string[] = [];
      while (i < lines.length && isHeaderLine(lines[i]!) && block.length < 7) block.push(lines[i++]!);
      i--;
      sawHeader = true;
      parser.header(block, start + 1);
      continue;
    }
    if (isQuestionLine(normalizeTypography(line))) parser.question(line, i + 1);
    else parser.answer(line, i + 1);
  }
  parser.finishSet();
  if (!sawHeader) parser.warn(1, "geen kopregels gevonden; vragen als sets zonder kop ingelezen");
  return { sets: parser.sets, warnings: parser.warnings };
}
