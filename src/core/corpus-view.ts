/**
 * What commands, search and the digest ask of a corpus. An in-memory corpus
 * answers from arrays; the persisted store answers the same questions with
 * indexed queries, so a large archive never has to sit in memory.
 */
import type { InferredBoundary } from "./boundary.js";
import { answeredCount, type Question, type QuestionSet, type SeedWarning } from "./model.js";
import { fold } from "./text.js";

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

/** A count with the first few sets, in corpus order. */
export interface SetPage {
  total: number;
  sets: QuestionSet[];
}

/** What the corpus history needs to know of a set. */
export interface SetSummary {
  id: string;
  title: string;
  /** Numbers of the questions that have an answer. */
  answered: number[];
}

export interface CorpusView {
  readonly stats: CorpusStats;
  readonly warnings: readonly SeedWarning[];
  /** Places where a set without a header was (or was nearly) split off, for `check`. */
  readonly boundaries: readonly InferredBoundary[];
  get(id: string): QuestionSet | null;
  /** Sets in corpus order (dumps by file name, then position in the file). */
  list(offset: number, limit: number): QuestionSet[];
  all(): Iterable<QuestionSet>;
  /** The first set whose folded title equals the folded text, else the first that contains it. */
  findByTitle(title: string): QuestionSet | null;
  /** Sets whose folded title equals (or contains) the already folded text, in corpus order. */
  setsTitled(folded: string, mode: "equals" | "contains", limit: number): QuestionSet[];
  /**
   * Every set with an asker, and every set with an addressee, that the tests
   * accept (a test left out matches nobody); optionally only unanswered sets.
   */
  byPeople(
    asker: ((name: string, party: string | null) => boolean) | null,
    addressee: ((name: string) => boolean) | null,
    options?: { unansweredOnly?: boolean },
  ): { asked: QuestionSet[]; addressed: QuestionSet[] };
  /** Distinct titles, in corpus order. */
  titles(limit: number): string[];
  /** Distinct names of askers, in corpus order. */
  askerNames(limit: number): string[];
  /** Sets asked by (name or party) and addressed to (name) a person. */
  byPerson(who: string, limit: number): { asked: SetPage; addressed: SetPage };
  /** Sets without any answer, optionally only those asked by a person or party. */
  unanswered(limit: number, who?: string): SetPage;
  /** Answered questions worth showing on a quiet day. */
  highlightCandidates(): Iterable<{ setId: string; number: number }>;
  summaries(): Iterable<SetSummary>;
  /**
   * A mark for this state of the corpus and what changed after an earlier mark;
   * null when the earlier mark is unknown (then everything counts).
   */
  readonly mark?: string;
  changesSince?(mark: string): Iterable<SetSummary> | null;
}

/** A direct answer long enough to stand on its own. */
export function isHighlight(q: Question): boolean {
  return q.answer?.kind === "direct" && q.answer.text.length >= 150;
}

export function summaryOf(set: QuestionSet): SetSummary {
  return { id: set.id, title: set.title, answered: set.questions.filter((q) => q.answer).map((q) => q.number) };
}

/**
 * A test for one person: every word of `who` occurs in the name (or the party),
 * a word of four letters or more also as the start of a word. Null for no words.
 */
export function personMatcher(who: string): ((name: string, party: string | null) => boolean) | null {
  const needle = fold(who).split(/[^a-z0-9+-]+/).filter(Boolean);
  if (needle.length === 0) return null;
  const matches = (text: string) => {
    const hay = fold(text).split(/[^a-z0-9+-]+/);
    return needle.every((w) => hay.some((h) => h === w || (w.length >= 4 && h.startsWith(w))));
  };
  return (name, party) => matches(name) || (party !== null && matches(party));
}

function page(sets: QuestionSet[], limit: number): SetPage {
  return { total: sets.length, sets: sets.slice(0, limit) };
}

function distinct(values: Iterable<string>, limit: number): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (out.size >= limit) break;
    out.add(v);
  }
  return [...out];
}

interface Held {
  sets: QuestionSet[];
  byId: Map<string, QuestionSet>;
}

function asked(who: string, from: QuestionSet[]): QuestionSet[] {
  const match = personMatcher(who);
  return match ? from.filter((s) => s.askers.some((a) => match(a.name, a.party))) : [];
}

/**
 * The view over sets held in memory. The methods read `sets` and `byId` of
 * the object they are called on, so a copy with other sets answers for those.
 */
export function memoryView(): Omit<CorpusView, "stats" | "warnings" | "boundaries"> & ThisType<Held> {
  return {
    get(this: Held, id: string) {
      return this.byId.get(id) ?? null;
    },
    list(this: Held, offset: number, limit: number) {
      return this.sets.slice(offset, offset + limit);
    },
    all(this: Held) {
      return this.sets;
    },
    findByTitle(this: Held, title: string) {
      const folded = fold(title).trim();
      return this.sets.find((s) => fold(s.title) === folded) ?? this.sets.find((s) => fold(s.title).includes(folded)) ?? null;
    },
    setsTitled(this: Held, folded: string, mode: "equals" | "contains", limit: number) {
      return this.sets.filter((s) => (mode === "equals" ? fold(s.title) === folded : fold(s.title).includes(folded))).slice(0, limit);
    },
    byPeople(
      this: Held,
      asker: ((name: string, party: string | null) => boolean) | null,
      addressee: ((name: string) => boolean) | null,
      options: { unansweredOnly?: boolean } = {},
    ) {
      const from = options.unansweredOnly ? this.sets.filter((s) => answeredCount(s) === 0) : this.sets;
      return {
        asked: asker ? from.filter((s) => s.askers.some((a) => asker(a.name, a.party))) : [],
        addressed: addressee ? from.filter((s) => s.addressees.some((a) => addressee(a))) : [],
      };
    },
    titles(this: Held, limit: number) {
      return distinct(this.sets.map((s) => s.title), limit);
    },
    askerNames(this: Held, limit: number) {
      return distinct(this.sets.flatMap((s) => s.askers.map((a) => a.name)), limit);
    },
    byPerson(this: Held, who: string, limit: number) {
      const match = personMatcher(who);
      const addressed = match ? this.sets.filter((s) => s.addressees.some((a) => match(a, null))) : [];
      return { asked: page(asked(who, this.sets), limit), addressed: page(addressed, limit) };
    },
    unanswered(this: Held, limit: number, who?: string) {
      const open = this.sets.filter((s) => answeredCount(s) === 0);
      return page(who?.trim() ? asked(who, open) : open, limit);
    },
    *highlightCandidates(this: Held) {
      for (const s of this.sets) for (const q of s.questions) if (isHighlight(q)) yield { setId: s.id, number: q.number };
    },
    *summaries(this: Held) {
      for (const s of this.sets) yield summaryOf(s);
    },
  };
}
