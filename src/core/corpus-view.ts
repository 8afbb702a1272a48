/**
 * What commands, search and the digest ask of a corpus. An in-memory corpus
 * answers from arrays; the persisted store answers the same questions with
 * indexed queries, so a large archive never has to sit in memory.
 */
import type { InferredBoundary } from "./boundary.js";
import { dueDate } from "./deadline.js";
import { formatAsker } from "./format.js";
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

/** Who a query about people looks for: a test per role; a test left out matches nobody. */
export interface PeopleFilter {
  asker: ((name: string, party: string | null) => boolean) | null;
  addressee: ((name: string) => boolean) | null;
  /** Only sets without any answer. */
  unansweredOnly?: boolean;
}

export type PersonRole = "asker" | "addressee";

/**
 * Corpus order, or open sets longest waiting first: by submission date
 * (oldest first), sets without one (dump sets) after them, ties in corpus order.
 */
export type SetOrder = "corpus" | "waiting";

/** The sets of the people a filter matched: counted at once, read by id a page at a time. */
export interface PeopleSets {
  /** How many sets a matched asker asked, and how many went to a matched addressee. */
  asked: number;
  addressed: number;
  /**
   * The matched people with a set in the selection, as readers see them
   * ("Naam (Partij)", addressees by name): askers first, each group in the
   * order of their first set.
   */
  names: string[];
  /** Ids of one role's sets, `offset` sets in. */
  ids(role: PersonRole, offset: number, limit: number, order?: SetOrder): string[];
}

/** An open set with a submission date, known without reading its questions. */
export interface DatedOpenSet {
  id: string;
  title: string;
  /** The first addressee, or null. */
  addressee: string | null;
  submitted: string;
  /** The last day of its answer term (see dueDate). */
  due: string;
}

/** Overdue sets are counted at once and read a page at a time: an archive can hold thousands. */
export interface Deadlines {
  /** How many are past their term on the given day. */
  overdue: number;
  /** Open sets with a submission date still within their term. */
  withinTerm: number;
  /**
   * Overdue sets, longest waiting first, then by id, `offset` sets in; with
   * `addressee`, only those whose first addressee that is (null: those without one).
   */
  late(offset: number, limit: number, addressee?: string | null): DatedOpenSet[];
  /** The first addressees of the overdue sets with how many each, in the order of their longest wait. */
  addressees(): { addressee: string | null; overdue: number }[];
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
  /** The sets that exist of these ids, in the order asked for. */
  getMany(ids: readonly string[]): QuestionSet[];
  /** The sets of every person the filter accepts (askers with their party). */
  people(filter: PeopleFilter): PeopleSets;
  /** Distinct titles, in corpus order. */
  titles(limit: number): string[];
  /** Distinct names of askers, in corpus order. */
  askerNames(limit: number): string[];
  /** Sets without any answer, longest waiting first, `offset` sets in; with how many there are. */
  openSets(offset: number, limit: number): { total: number; ids: string[] };
  /**
   * Open sets with a submission date, overdue or not on `today` (YYYY-MM-DD);
   * with a filter, only those a matched person asked or was asked.
   */
  deadlines(today: string, filter?: PeopleFilter): Deadlines;
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

/** The submission date an open set's wait counts from; null when no term can be counted (dump sets). */
export function countedSubmission(set: QuestionSet): string | null {
  return dueDate(set) === null ? null : set.official!.submitted!;
}

/** Longest waiting first: by submission date, sets without one after; the sort is stable, so ties keep their order. */
export function byWaiting<T>(rows: T[], submitted: (row: T) => string | null): T[] {
  const keyed = rows.map((row) => ({ row, at: submitted(row) }));
  keyed.sort((a, b) => (a.at === b.at ? 0 : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1));
  return keyed.map((k) => k.row);
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

/** The sets a filter selects, per role, in corpus order; with the names of the people matched in them. */
function selectPeople(sets: readonly QuestionSet[], filter: PeopleFilter): { asked: QuestionSet[]; addressed: QuestionSet[]; names: string[] } {
  const from = filter.unansweredOnly ? sets.filter((s) => answeredCount(s) === 0) : sets;
  const askerNames = new Set<string>();
  const addresseeNames = new Set<string>();
  const asked = filter.asker
    ? from.filter((s) => {
        const hits = s.askers.filter((a) => filter.asker!(a.name, a.party));
        for (const a of hits) askerNames.add(formatAsker(a));
        return hits.length > 0;
      })
    : [];
  const addressed = filter.addressee
    ? from.filter((s) => {
        const hits = s.addressees.filter((a) => filter.addressee!(a));
        for (const a of hits) addresseeNames.add(a);
        return hits.length > 0;
      })
    : [];
  return { asked, addressed, names: [...new Set([...askerNames, ...addresseeNames])] };
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
    getMany(this: Held, ids: readonly string[]) {
      return ids.flatMap((id) => this.byId.get(id) ?? []);
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
    people(this: Held, filter: PeopleFilter): PeopleSets {
      const found = selectPeople(this.sets, filter);
      const ordered = { corpus: found, waiting: null as { asked: QuestionSet[]; addressed: QuestionSet[] } | null };
      return {
        asked: found.asked.length,
        addressed: found.addressed.length,
        names: found.names,
        ids(role: PersonRole, offset: number, limit: number, order: SetOrder = "corpus") {
          let sets = order === "corpus" ? found : ordered.waiting;
          sets ??= ordered.waiting = { asked: byWaiting(found.asked, countedSubmission), addressed: byWaiting(found.addressed, countedSubmission) };
          return (role === "asker" ? sets.asked : sets.addressed).slice(offset, offset + limit).map((s) => s.id);
        },
      };
    },
    titles(this: Held, limit: number) {
      return distinct(this.sets.map((s) => s.title), limit);
    },
    askerNames(this: Held, limit: number) {
      return distinct(this.sets.flatMap((s) => s.askers.map((a) => a.name)), limit);
    },
    openSets(this: Held, offset: number, limit: number) {
      const open = byWaiting(this.sets.filter((s) => answeredCount(s) === 0), countedSubmission);
      return { total: open.length, ids: open.slice(offset, offset + limit).map((s) => s.id) };
    },
    deadlines(this: Held, today: string, filter?: PeopleFilter): Deadlines {
      let from: QuestionSet[] = this.sets;
      if (filter) {
        const found = selectPeople(this.sets, { ...filter, unansweredOnly: true });
        const ids = new Set([...found.asked, ...found.addressed].map((s) => s.id));
        from = this.sets.filter((s) => ids.has(s.id));
      }
      const overdue: DatedOpenSet[] = [];
      let withinTerm = 0;
      for (const s of from) {
        const due = dueDate(s);
        if (due === null || answeredCount(s) > 0) continue;
        if (due < today) overdue.push({ id: s.id, title: s.title, addressee: s.addressees[0] ?? null, submitted: s.official!.submitted!, due });
        else withinTerm++;
      }
      overdue.sort((a, b) => (a.submitted !== b.submitted ? (a.submitted < b.submitted ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const counts = new Map<string | null, number>();
      for (const o of overdue) counts.set(o.addressee, (counts.get(o.addressee) ?? 0) + 1);
      return {
        overdue: overdue.length,
        withinTerm,
        late: (offset, limit, addressee) => (addressee === undefined ? overdue : overdue.filter((o) => o.addressee === addressee)).slice(offset, offset + limit),
        addressees: () => [...counts].map(([addressee, n]) => ({ addressee, overdue: n })),
      };
    },
    *highlightCandidates(this: Held) {
      for (const s of this.sets) for (const q of s.questions) if (isHighlight(q)) yield { setId: s.id, number: q.number };
    },
    *summaries(this: Held) {
      for (const s of this.sets) yield summaryOf(s);
    },
  };
}
