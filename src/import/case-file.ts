/**
 * One official case (a Zaak of written questions) as it is kept under
 * DATA_DIR/imported/: what the listing said plus each publication read from
 * XML. `parseImportedFile` turns such a file into question sets with the same
 * guarantees as a dump: numbering, grouped answers, references resolved.
 */
import { z } from "zod";
import { parseFile, toQuestionSet, type ParsedFile } from "../core/corpus.js";
import { AskerSchema, type DumpFile, type Official, type QuestionSet, type SeedWarning } from "../core/model.js";
import type { RawAnswerBlock, RawQuestion, RawSet } from "../core/parse.js";

export const CASE_FILE_VERSION = 1;

const BlockSchema = z.object({ label: z.string().nullable(), paragraphs: z.array(z.string()) });

export const PublicationSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  subject: z.string().nullable(),
  addressedTo: z.string().nullable(),
  submitted: z.string().nullable(),
  received: z.string().nullable(),
  caseNumber: z.string().nullable(),
  publicationName: z.string().nullable(),
  questions: z.array(BlockSchema),
  answers: z.array(BlockSchema.extend({ numbers: z.array(z.number().int()), questionsBefore: z.number().int().min(0) })),
  notices: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const DocumentKindSchema = z.enum(["questions", "answer", "further-answer", "postponement"]);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const CaseDocumentSchema = z.object({
  kind: DocumentKindSchema,
  /** DocumentNummer in the listing, e.g. 2024D44556. */
  documentNumber: z.string().min(1),
  /** The document's date (YYYY-MM-DD) as listed. */
  date: z.string().nullable(),
  /** ApiGewijzigdOp as listed: a document is fetched again only when this changes. */
  changed: z.string(),
  url: z.string().min(1),
  publication: PublicationSchema,
});
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;

export const CaseFileSchema = z.object({
  version: z.literal(CASE_FILE_VERSION),
  case: z.object({
    id: z.string().min(1),
    number: z.string().min(1),
    subject: z.string().nullable(),
    year: z.string().nullable(),
    started: z.string().nullable(),
  }),
  askers: z.array(AskerSchema),
  addressees: z.array(z.string().min(1)),
  documents: z.array(CaseDocumentSchema),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

/** "Vragen van het lid X aan de minister over de zorg" → "de zorg". */
function subjectFromCase(subject: string | null): string | null {
  if (!subject) return null;
  const m = /\bover\s+(.+)$/i.exec(subject);
  return (m ? m[1]! : subject).replace(/\s*\((?:ingezonden|ingediend)\b[^)]*\)\s*\.?$/i, "").trim() || null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ANSWER_KINDS: DocumentKind[] = ["answer", "further-answer"];

/**
 * The question set of one case, or null when no publication holds questions.
 * The questions (and so the id) come from the questions as asked when those were
 * read, so the id stays the same when the answers arrive later.
 */
export function caseToSet(file: CaseFile, fileName: string, warnings: SeedWarning[]): QuestionSet | null {
  const warn = (message: string) => warnings.push({ file: fileName, line: 1, message });
  for (const doc of file.documents) for (const w of doc.publication.warnings) warn(w);

  const byDate = (a: CaseDocument, b: CaseDocument) => (a.date ?? "").localeCompare(b.date ?? "") || a.documentNumber.localeCompare(b.documentNumber);
  const asked = file.documents.find((d) => d.kind === "questions" && d.publication.questions.length > 0);
  const answers = file.documents.filter((d) => ANSWER_KINDS.includes(d.kind) && d.publication.answers.length > 0).sort(byDate);
  const postponements = file.documents.filter((d) => d.kind === "postponement").sort(byDate);
  const source = asked ?? [...answers, ...postponements].find((d) => d.publication.questions.length > 0);
  if (!source) {
    warn(`zaak ${file.case.number}: geen publicatie met vragen; nog niet opgenomen`);
    return null;
  }
  const title =
    capitalize(
      source.publication.subject ??
        file.documents.map((d) => d.publication.subject).find(Boolean) ??
        subjectFromCase(file.case.subject) ??
        source.publication.title ??
        file.case.number,
    );

  const questions: RawQuestion[] = source.publication.questions.map((q, i) => ({ text: q.paragraphs.join("\n"), line: i + 1, block: null }));
  const blocks: RawAnswerBlock[] = [];
  for (const doc of answers) {
    if (doc.publication.questions.length > 0 && doc.publication.questions.length !== questions.length && doc.kind === "answer") {
      warn(`${doc.publication.id}: ${doc.publication.questions.length} vragen, de vragen zelf hebben er ${questions.length}`);
    }
    let cursor = 0;
    for (const answer of doc.publication.answers) {
      let targets = answer.numbers.filter((n) => n >= 1 && n <= questions.length).map((n) => n - 1);
      if (answer.numbers.length > 0 && targets.length < answer.numbers.length) {
        warn(`${doc.publication.id}: «${answer.label}» noemt een vraag die niet bestaat`);
      }
      if (targets.length === 0) {
        // No usable label: the answer belongs to the questions printed since the previous answer.
        const upTo = Math.min(answer.questionsBefore || questions.length, questions.length);
        targets = [];
        for (let i = cursor; i < upTo; i++) targets.push(i);
        if (targets.length === 0) {
          warn(`${doc.publication.id}: antwoord zonder vraag${answer.label ? ` («${answer.label}»)` : ""}; niet opgenomen`);
          continue;
        }
      }
      cursor = Math.max(cursor, ...targets.map((t) => t + 1));
      const open = targets.filter((t) => questions[t]!.block === null);
      if (open.length < targets.length && doc.kind === "further-answer") {
        // A further answer (nader) replaces what was answered before for its questions.
        const block: RawAnswerBlock = { paragraphs: [...answer.paragraphs], line: targets[0]! + 1, questionIndexes: targets };
        for (const b of blocks) b.questionIndexes = b.questionIndexes.filter((i) => !targets.includes(i));
        blocks.push(block);
        for (const t of targets) questions[t]!.block = blocks.length - 1;
        continue;
      }
      if (open.length === 0) {
        warn(`${doc.publication.id}: «${answer.label ?? "antwoord"}» beantwoordt vragen die al een antwoord hebben; niet opgenomen`);
        continue;
      }
      blocks.push({ paragraphs: [...answer.paragraphs], line: open[0]! + 1, questionIndexes: open });
      for (const t of open) questions[t]!.block = blocks.length - 1;
    }
  }

  const notices = [...new Set(file.documents.flatMap((d) => d.publication.notices))];
  if (postponements.length > 0 && notices.length === 0) notices.push("Mededeling: de beantwoording van deze vragen is uitgesteld.");
  const addressees = file.addressees.length ? file.addressees : [file.documents.map((d) => d.publication.addressedTo).find(Boolean)].filter((a): a is string => !!a);
  const raw: RawSet = {
    title,
    headerless: false,
    askers: file.askers,
    addressees,
    file: fileName,
    line: 1,
    questions,
    answerBlocks: blocks,
    notice: notices.length ? notices.join("\n") : null,
  };
  const answered = blocks.length > 0 ? answers[0] : undefined;
  const official: Official = {
    caseNumber: file.case.number,
    url: (answers[answers.length - 1] ?? postponements[postponements.length - 1] ?? source).url,
    submitted: file.documents.map((d) => d.publication.submitted).find(Boolean) ?? asked?.date ?? file.case.started?.slice(0, 10) ?? null,
    answered: answered ? (answered.publication.received ?? answered.date) : null,
    postponed: postponements[0] ? (postponements[0].date ?? postponements[0].publication.received) : null,
  };
  return { ...toQuestionSet(raw, warnings), official };
}

/** The parser for files under DATA_DIR/imported/, for the corpus. Never throws. */
export function parseImportedFile(dump: DumpFile): ParsedFile {
  const warnings: SeedWarning[] = [];
  const text = typeof dump.content === "string" ? dump.content : new TextDecoder().decode(dump.content);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { sets: [], warnings: [{ file: dump.file, line: 1, message: `geen geldig importbestand (JSON): ${(err as Error).message}` }], boundaries: [] };
  }
  const parsed = CaseFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { sets: [], warnings: [{ file: dump.file, line: 1, message: `geen geldig importbestand: ${issue.path.join(".")}: ${issue.message}` }], boundaries: [] };
  }
  try {
    const set = caseToSet(parsed.data, dump.file, warnings);
    return { sets: set ? [set] : [], warnings, boundaries: [] };
  } catch (err) {
    warnings.push({ file: dump.file, line: 1, message: `importbestand niet te verwerken: ${(err as Error).message}` });
    return { sets: [], warnings, boundaries: [] };
  }
}

/** Imported files are listed to the corpus under this prefix, next to the dumps. */
export const IMPORTED_PREFIX = "imported/";

/** Parses any source of the corpus: an imported case file or a dump. */
export function parseSourceFile(dump: DumpFile): ParsedFile {
  return dump.file.startsWith(IMPORTED_PREFIX) ? parseImportedFile(dump) : parseFile(dump);
}
