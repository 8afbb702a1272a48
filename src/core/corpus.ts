/**
 * The corpus: every unique question set from every dump, with answers resolved
 * and stable ids. Pure: it is handed file contents and does no I/O.
 */
import { parseDump, type RawSet } from "./parse.js";
import type { InferredBoundary } from "./boundary.js";
import {
  answeredCount,
  QuestionSetSchema,
  type Asker,
  type DumpFile,
  type Question,
  type QuestionSet,
  type SeedWarning,
} from "./model.js";
import { buildAnswers } from "./answers.js";
import { leadingReference } from "./references.js";
import { fold, SHORT_HASH_SEED, shortHashHex, shortHashStep, shortHashStepFolded, slugify } from "./text.js";
import { memoryView, type CorpusStats, type CorpusView } from "./corpus-view.js";

export type { CorpusStats, CorpusView } from "./corpus-view.js";

/**
 * Bump when the parser or the answer resolution produces different sets for
 * the same dump: stored parse results from another version are then redone.
 */
export const PARSER_VERSION = 1;

/** A corpus held in memory: every set at hand, as arrays. */
export interface Corpus extends CorpusView {
  sets: QuestionSet[];
  warnings: SeedWarning[];
  /** Every place a headerless set was considered, in file order, for review. */
  boundaries: InferredBoundary[];
  stats: CorpusStats;
  byId: Map<string, QuestionSet>;
}

/** Answers that point elsewhere: resolved, or pointing without a usable target. */
export function referenceCounts(set: QuestionSet): { resolved: number; unresolved: number } {
  let resolved = 0;
  let unresolved = 0;
  for (const q of set.questions) {
    if (!q.answer) continue;
    if (q.answer.resolvedFrom !== null) resolved++;
    else if (leadingReference(q.answer.text)) unresolved++;
  }
  return { resolved, unresolved };
}

/**
 * The id depends on the title and the questions only, so a set keeps its id
 * when its answers arrive in a later dump, and when files are renamed.
 */
export function setId(title: string, questions: string[]): string {
  // The hash of the folded title and questions joined by newlines, each question with its whitespace collapsed, fed piece by piece.
  let h = shortHashStep(SHORT_HASH_SEED, fold(title));
  for (const q of questions) {
    h = shortHashStep(h, "\n");
    h = shortHashStepFolded(h, q);
  }
  return `${slugify(title)}-${shortHashHex(h).slice(0, 6)}`;
}

/**
 * A set from parts that did not all come from the parser, such as an imported
 * file's: checked against the schema, which refuses a value that breaks a rule.
 */
export function toQuestionSet(raw: RawSet, warnings: SeedWarning[]): QuestionSet {
  return QuestionSetSchema.parse(buildSet(raw, warnings));
}

/**
 * A set as the schema would return it, without its walk: every object is a
 * literal with the schema's keys in the schema's order. For the parser's own
 * sets every value meets the schema by construction (non-empty texts, numbers
 * from 1), which the tests check on real, generated and random dumps; only the
 * file name comes from outside, and `parseFile` checks that.
 */
function buildSet(raw: RawSet, warnings: SeedWarning[]): QuestionSet {
  const answers = buildAnswers(raw, warnings);
  const questions: Question[] = [];
  const texts: string[] = [];
  for (let i = 0; i < raw.questions.length; i++) {
    const q = raw.questions[i]!;
    questions.push({ number: i + 1, text: q.text, answer: answers[i] ?? null, line: q.line });
    texts.push(q.text);
  }
  // Plain copies of the askers: a header's are instances of a class.
  const askers: Asker[] = [];
  for (const a of raw.askers) askers.push({ name: a.name, party: a.party });
  return {
    id: setId(raw.title, texts),
    title: raw.title,
    headerless: raw.headerless,
    askers,
    addressees: raw.addressees,
    source: { file: raw.file, line: raw.line },
    questions,
    notice: raw.notice,
  };
}

/** Completeness decides which copy of a set wins: more answers, then a header. */
export function better(a: QuestionSet, b: QuestionSet): QuestionSet {
  const diff = answeredCount(b) - answeredCount(a);
  if (diff !== 0) return diff > 0 ? b : a;
  if (a.headerless !== b.headerless) return a.headerless ? b : a;
  return a;
}

/** One dump, parsed and validated: what a reload can reuse when the file did not change. */
export interface ParsedFile {
  sets: QuestionSet[];
  warnings: SeedWarning[];
  boundaries: InferredBoundary[];
}

export function parseFile(dump: DumpFile): ParsedFile {
  const parsed = parseDump(dump);
  const warnings = [...parsed.warnings];
  const sets: QuestionSet[] = [];
  // A dump without a name breaks the schema's rule for the source: its sets get the schema's error.
  const build = dump.file === "" ? toQuestionSet : buildSet;
  for (const raw of parsed.sets) sets.push(build(raw, warnings));
  return { sets, warnings, boundaries: parsed.boundaries };
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
  const boundaries: InferredBoundary[] = [];
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
    for (const b of parsed.boundaries) boundaries.push(b);
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
  // Questions answered together share one answer text: ask about each text once.
  const leads = new Map<string, boolean>();
  const leadsElsewhere = (text: string) => {
    let known = leads.get(text);
    if (known === undefined) leads.set(text, (known = leadingReference(text) !== null));
    return known;
  };
  return {
    ...memoryView(),
    sets,
    warnings,
    boundaries,
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
      referencesUnresolved: questions.filter((q) => q.answer && q.answer.resolvedFrom === null && leadsElsewhere(q.answer.text)).length,
      duplicatesDropped: parsedSets - sets.length,
      headerlessSets: sets.filter((s) => s.headerless).length,
    },
  };
}
