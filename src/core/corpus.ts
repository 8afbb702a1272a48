/**
 * The corpus: every unique question set from every dump, with answers resolved
 * and stable ids. Pure: it is handed file contents and does no I/O.
 */
import { parseDump, type RawSet } from "./parse.js";
import {
  QuestionSetSchema,
  answeredCount,
  type Answer,
  type DumpFile,
  type Question,
  type QuestionSet,
  type SeedWarning,
} from "./model.js";
import { leadingReference, mentionedQuestions } from "./references.js";
import { fold, shortHash, slugify } from "./text.js";

export interface CorpusStats {
  files: number;
  filesLoaded: number;
  sets: number;
  questions: number;
  answered: number;
  unanswered: number;
  answeredSets: number;
  unansweredSets: number;
  referencesResolved: number;
  referencesUnresolved: number;
  duplicatesDropped: number;
  headerlessSets: number;
}

export interface Corpus {
  sets: QuestionSet[];
  warnings: SeedWarning[];
  stats: CorpusStats;
  byId: Map<string, QuestionSet>;
}

/**
 * The id depends on the title and the questions only, so a set keeps its id
 * when its answers arrive in a later dump, and when files are renamed.
 */
export function setId(title: string, questions: string[]): string {
  const key = [fold(title), ...questions.map((q) => fold(q).replace(/\s+/g, " "))].join("\n");
  return `${slugify(title)}-${shortHash(key).slice(0, 6)}`;
}

interface ResolveResult {
  text: string;
  from: number | null;
}

function buildAnswers(raw: RawSet, warnings: SeedWarning[]): (Answer | null)[] {
  const blockText = raw.answerBlocks.map((b) => b.paragraphs.join("\n"));
  const numberOf = (index: number) => index + 1;
  const published = raw.questions.map((q) => (q.block === null ? null : blockText[q.block]!));

  const warn = (line: number, message: string) => warnings.push({ file: raw.file, line, message });

  const resolve = (index: number, seen: number[]): ResolveResult => {
    const text = published[index]!;
    const lead = leadingReference(text);
    if (!lead) return { text, from: null };
    const target = lead.targets[0]!;
    const targetIndex = target - 1;
    const line = raw.answerBlocks[raw.questions[index]!.block!]!.line;
    if (target === numberOf(index) || seen.includes(target)) {
      warn(line, `kringverwijzing tussen antwoorden (${[...seen, numberOf(index), target].join(" → ")})`);
      return { text, from: null };
    }
    if (targetIndex < 0 || targetIndex >= raw.questions.length) {
      warn(line, `antwoord verwijst naar vraag ${target}, maar die bestaat niet in deze set`);
      return { text, from: null };
    }
    if (published[targetIndex] === null) {
      warn(line, `antwoord verwijst naar vraag ${target}, maar die vraag heeft geen antwoord`);
      return { text, from: null };
    }
    const next = resolve(targetIndex, [...seen, numberOf(index)]);
    if (next.text === published[targetIndex] && leadingReference(next.text)) return { text, from: null };
    const from = next.from ?? target;
    const resolvedText = lead.rest ? `${lead.rest}\n\n${next.text}` : next.text;
    return { text: resolvedText, from };
  };

  return raw.questions.map((q, index): Answer | null => {
    const text = published[index];
    if (text === null || text === undefined || q.block === null) return null;
    const block = raw.answerBlocks[q.block]!;
    const lead = leadingReference(text);
    const mentioned = mentionedQuestions(text).filter((n) => n !== numberOf(index));
    const refersTo = [...new Set([...(lead?.targets ?? []), ...mentioned])].sort((a, b) => a - b);
    const resolved = resolve(index, []);
    const group = block.questionIndexes.length > 1 ? block.questionIndexes.map(numberOf) : null;
    return {
      text,
      kind: lead && resolved.from !== null ? (lead.rest ? "leading-reference" : "reference") : "direct",
      refersTo,
      resolvedFrom: resolved.from,
      resolved: resolved.text,
      group,
      extra: lead && resolved.from !== null && lead.rest ? lead.rest : null,
      line: block.line,
    };
  });
}

function toQuestionSet(raw: RawSet, warnings: SeedWarning[]): QuestionSet {
  const answers = buildAnswers(raw, warnings);
  const questions: Question[] = raw.questions.map((q, i) => ({
    number: i + 1,
    text: q.text,
    answer: answers[i] ?? null,
    line: q.line,
  }));
  return QuestionSetSchema.parse({
    id: setId(raw.title, raw.questions.map((q) => q.text)),
    title: raw.title,
    headerless: raw.headerless,
    askers: raw.askers,
    addressees: raw.addressees,
    source: { file: raw.file, line: raw.line },
    questions,
    notice: raw.notice,
  });
}

/** Completeness decides which copy of a set wins: more answers, then a header. */
function better(a: QuestionSet, b: QuestionSet): QuestionSet {
  const diff = answeredCount(b) - answeredCount(a);
  if (diff !== 0) return diff > 0 ? b : a;
  if (a.headerless !== b.headerless) return a.headerless ? b : a;
  return a;
}

/** One dump, parsed and validated: what a reload can reuse when the file did not change. */
export interface ParsedFile {
  sets: QuestionSet[];
  warnings: SeedWarning[];
}

export function parseFile(dump: DumpFile): ParsedFile {
  const parsed = parseDump(dump);
  const warnings = [...parsed.warnings];
  const sets = parsed.sets.map((raw) => toQuestionSet(raw, warnings));
  return { sets, warnings };
}

/** Reuse is safe only when the caller knows the file's modification time. */
function cacheKey(dump: DumpFile): string | null {
  return dump.modified ? `${dump.file}|${dump.modified.getTime()}|${dump.content.length}` : null;
}

/**
 * Loads every dump into one corpus. Files are handled in name order so the
 * result does not depend on the order the caller lists them in. A `cache`
 * kept between calls skips files that did not change.
 */
export function buildCorpus(dumps: DumpFile[], cache?: Map<string, ParsedFile>): Corpus {
  const warnings: SeedWarning[] = [];
  const byId = new Map<string, QuestionSet>();
  let parsedSets = 0;
  let filesLoaded = 0;
  const ordered = [...dumps].sort((a, b) => a.file.localeCompare(b.file));
  const keys = new Set<string>();
  for (const dump of ordered) {
    const key = cacheKey(dump);
    let parsed = key ? cache?.get(key) : undefined;
    if (!parsed) {
      parsed = parseFile(dump);
      if (key && cache) cache.set(key, parsed);
    }
    if (key) keys.add(key);
    warnings.push(...parsed.warnings);
    if (parsed.sets.length > 0) filesLoaded++;
    for (const set of parsed.sets) {
      parsedSets++;
      const existing = byId.get(set.id);
      byId.set(set.id, existing ? better(existing, set) : set);
    }
  }
  if (cache) for (const k of cache.keys()) if (!keys.has(k)) cache.delete(k);
  const sets = [...byId.values()];
  const questions = sets.flatMap((s) => s.questions);
  const answered = questions.filter((q) => q.answer !== null).length;
  return {
    sets,
    warnings,
    byId,
    stats: {
      files: dumps.length,
      filesLoaded,
      sets: sets.length,
      questions: questions.length,
      answered,
      unanswered: questions.length - answered,
      answeredSets: sets.filter((s) => answeredCount(s) > 0).length,
      unansweredSets: sets.filter((s) => answeredCount(s) === 0).length,
      // Counted on the unique sets, so dropped duplicates do not count twice.
      referencesResolved: questions.filter((q) => q.answer && q.answer.resolvedFrom !== null).length,
      referencesUnresolved: questions.filter((q) => q.answer && q.answer.resolvedFrom === null && leadingReference(q.answer.text)).length,
      duplicatesDropped: parsedSets - sets.length,
      headerlessSets: sets.filter((s) => s.headerless).length,
    },
  };
}
