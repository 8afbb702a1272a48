import { z } from "zod";

/** A member of parliament who asked the questions. */
export const AskerSchema = z.object({
  name: z.string().min(1),
  party: z.string().min(1).nullable(),
});
export type Asker = z.infer<typeof AskerSchema>;

/**
 * How an answer reads: `direct` stands on its own, `reference` only points to
 * another answer ("Zie antwoord vraag 3."), `leading-reference` points first and
 * then adds words ("Ja, zie het antwoord op vraag 5. Het OM werkt ...").
 */
export const AnswerKindSchema = z.enum(["direct", "reference", "leading-reference"]);
export type AnswerKind = z.infer<typeof AnswerKindSchema>;

export const AnswerTargetSchema = z.object({
  /** The question numbers this text answers that the reference names ("Antwoord bij vraag 1"). */
  numbers: z.array(z.number().int().positive()).min(1),
  /** Pointing answers passed on the way there ("Zie antwoord vraag 2" on the way to 1). */
  via: z.array(z.number().int().positive()),
  text: z.string().min(1),
});
export type AnswerTarget = z.infer<typeof AnswerTargetSchema>;

export const AnswerSchema = z.object({
  /** The answer as published, paragraphs separated by newlines. */
  text: z.string().min(1),
  kind: AnswerKindSchema,
  /** Every question number this answer mentions, pointing or in passing. */
  refersTo: z.array(z.number().int().positive()),
  /** The question whose answer a pointing answer ends up at first (the first of `targets`), after following chains. */
  resolvedFrom: z.number().int().positive().nullable(),
  /** What search reads: the text, or for a pointing answer its extra words and every answer it leads to. */
  resolved: z.string().min(1),
  /**
   * Every answer shown with this one, in order, each under its own heading:
   * what a pointer leads to (through chains), then answers mentioned in passing.
   */
  targets: z.array(AnswerTargetSchema),
  /** Question numbers answered together by one block, or null for a single question. */
  group: z.array(z.number().int().positive()).nullable(),
  /** The words after a leading reference ("Het OM werkt ..."), when any. */
  extra: z.string().nullable(),
  line: z.number().int().positive(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const QuestionSchema = z.object({
  number: z.number().int().positive(),
  text: z.string().min(1),
  answer: AnswerSchema.nullable(),
  line: z.number().int().positive(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
});
export type Source = z.infer<typeof SourceSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where an imported set was published and when; dump sets carry none of this. */
export const OfficialSchema = z.object({
  /** The case number in the Tweede Kamer's records, e.g. 2024Z17900. */
  caseNumber: z.string().min(1),
  /** The publication readers can open (the answers once there are any, else the questions). */
  url: z.string().min(1),
  /** Ingezonden: when the questions were submitted. */
  submitted: IsoDate.nullable(),
  /** Ontvangen: when the answer was received, or null while open. */
  answered: IsoDate.nullable(),
  /** When the answer was postponed (Mededeling uitstel antwoord), or null. */
  postponed: IsoDate.nullable(),
});
export type Official = z.infer<typeof OfficialSchema>;

export const QuestionSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+-[0-9a-f]{6}$/),
  title: z.string().min(1),
  headerless: z.boolean(),
  askers: z.array(AskerSchema),
  addressees: z.array(z.string().min(1)),
  source: SourceSchema,
  questions: z.array(QuestionSchema).min(1),
  /** A postponement notice ("Mededeling uitstel beantwoording") when the dump holds one. */
  notice: z.string().nullable(),
  /** Present only on sets imported from the official publications. */
  official: OfficialSchema.nullable().optional(),
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;

/** Something in a dump that was odd but did not stop loading. */
export interface SeedWarning {
  file: string;
  line: number;
  message: string;
}

/** A dump handed to the parser; reading files is the caller's job. */
export interface DumpFile {
  file: string;
  content: string | Uint8Array;
  /** When the file last changed, where the caller knows. */
  modified?: Date;
}

export function isAnswered(set: QuestionSet): boolean {
  return set.questions.some((q) => q.answer !== null);
}

export function answeredCount(set: QuestionSet): number {
  return set.questions.filter((q) => q.answer !== null).length;
}
