/**
 * The corpus as the running bot sees it, answered from the store with indexed
 * queries. Only small things are cached (statistics, the list of people, the
 * sets asked for most recently, who asked which sets); they are dropped whenever the store changes,
 * also when another process (the indexer) wrote it.
 */
import type {
  CorpusStats,
  CorpusView,
  DatedOpenSet,
  Deadlines,
  PeopleFilter,
  PeopleSets,
  PersonRole,
  SetSummary,
} from "../core/corpus-view.js";
import { byWaiting } from "../core/corpus-view.js";
import { formatAsker } from "../core/format.js";
import type { InferredBoundary } from "../core/boundary.js";
import type { QuestionSet, SeedWarning } from "../core/model.js";
import { fold } from "../core/text.js";
import { personKey, type CorpusStore } from "./corpus-store.js";
import { PeopleIndex, type PersonSet } from "./people-index.js";

const CACHED_SETS = 512;
const BATCH = 500;

const SERVED = "FROM sets s JOIN parsed p ON p.source = s.source AND p.ord = s.ord";

/** Open sets with a submission date. */
const DATED = "answered = 0 AND submitted IS NOT NULL";
/** Limited to the ids in `:among` (a JSON array) unless that is null. */
const AMONG = "(:among IS NULL OR set_id IN (SELECT value FROM json_each(:among)))";
/** Overdue on `:today`. */
const LATE = `${DATED} AND due < :today AND ${AMONG}`;
/** A set's first addressee as stored (see personKey). */
const ADDRESSEE = "(SELECT p.who FROM people p WHERE p.set_id = sets.set_id AND p.role = 'addressee' ORDER BY p.rowid LIMIT 1)";

export class StoreView implements CorpusView {
  private version = "";
  private cachedStats: CorpusStats | null = null;
  private cachedWarnings: SeedWarning[] | null = null;
  private cachedBoundaries: InferredBoundary[] | null = null;
  private cachedPeople: { role: string; who: string; name: string; party: string | null }[] | null = null;
  private cachedIndex: PeopleIndex | null = null;
  private readonly sets = new Map<string, QuestionSet | null>();
  private readonly stmt;

  constructor(
    private readonly store: CorpusStore,
    private readonly folderWarnings: SeedWarning[],
  ) {
    const db = store.db;
    this.stmt = {
      get: db.prepare(`SELECT p.body ${SERVED} WHERE s.set_id = ?`).pluck(),
      page: db.prepare(`SELECT p.body ${SERVED} ORDER BY s.pos LIMIT ? OFFSET ?`).pluck(),
      after: db.prepare(`SELECT s.pos, p.body ${SERVED} WHERE s.pos > ? ORDER BY s.pos LIMIT ?`),
      titledIs: db.prepare("SELECT set_id FROM sets WHERE title_fold = ? ORDER BY pos LIMIT ?").pluck(),
      titledHas: db.prepare("SELECT set_id FROM sets WHERE instr(title_fold, ?) > 0 ORDER BY pos LIMIT ?").pluck(),
      titleIs: db.prepare("SELECT set_id FROM sets WHERE title_fold = ? ORDER BY pos LIMIT 1").pluck(),
      titleHas: db.prepare("SELECT set_id FROM sets WHERE instr(title_fold, ?) > 0 ORDER BY pos LIMIT 1").pluck(),
      titles: db.prepare("SELECT title FROM sets ORDER BY pos LIMIT ?").pluck(),
      people: db.prepare("SELECT role, who FROM people GROUP BY role, who ORDER BY min(rowid)"),
      askers: db.prepare("SELECT p.who FROM sets s JOIN people p ON p.set_id = s.set_id AND p.role = 'asker' ORDER BY s.pos, p.rowid LIMIT ?").pluck(),
      openCount: db.prepare("SELECT count(*) FROM sets WHERE answered = 0").pluck(),
      datedCount: db.prepare(`SELECT count(*) FROM sets WHERE ${DATED}`).pluck(),
      dated: db.prepare(`SELECT set_id FROM sets WHERE ${DATED} ORDER BY submitted, pos LIMIT ? OFFSET ?`).pluck(),
      undated: db.prepare("SELECT set_id FROM sets WHERE answered = 0 AND submitted IS NULL ORDER BY pos LIMIT ? OFFSET ?").pluck(),
      overdueCount: db.prepare(`SELECT count(*) FROM sets WHERE ${LATE}`).pluck(),
      withinTerm: db.prepare(`SELECT count(*) FROM sets WHERE ${DATED} AND due >= :today AND ${AMONG}`).pluck(),
      late: db.prepare(`SELECT set_id AS id, title, submitted, due, ${ADDRESSEE} AS addressee FROM sets WHERE ${LATE} ORDER BY submitted, set_id LIMIT :limit OFFSET :offset`),
      lateTo: db.prepare(
        `SELECT set_id AS id, title, submitted, due, ${ADDRESSEE} AS addressee FROM sets
         WHERE ${LATE} AND ${ADDRESSEE} IS :addressee ORDER BY submitted, set_id LIMIT :limit OFFSET :offset`,
      ),
      // The longest wait of a group is its first set in (submitted, id) order; dates are all ten characters.
      lateAddressees: db.prepare(
        `SELECT addressee, count(*) AS overdue FROM (SELECT ${ADDRESSEE} AS addressee, submitted || ' ' || set_id AS wait FROM sets WHERE ${LATE})
         GROUP BY addressee ORDER BY min(wait)`,
      ),
      highlights: db.prepare("SELECT pos, set_id, highlights FROM sets WHERE pos > ? AND highlights <> '[]' ORDER BY pos LIMIT ?"),
      summaries: db.prepare("SELECT pos, set_id, title, answered_numbers FROM sets WHERE pos > ? ORDER BY pos LIMIT ?"),
      changed: db.prepare("SELECT set_id, title, answered_numbers FROM sets WHERE changed > ? ORDER BY pos"),
      stats: db.prepare(
        `SELECT count(*) AS sets, coalesce(sum(questions), 0) AS questions, coalesce(sum(answered), 0) AS answered,
           coalesce(sum(answered > 0), 0) AS answeredSets, coalesce(sum(refs_resolved), 0) AS referencesResolved,
           coalesce(sum(refs_unresolved), 0) AS referencesUnresolved, coalesce(sum(headerless), 0) AS headerlessSets FROM sets`,
      ),
      parsedCount: db.prepare("SELECT count(*) FROM parsed").pluck(),
      files: db.prepare("SELECT count(*) AS files, coalesce(sum(sets > 0), 0) AS loaded FROM sources"),
      warnings: db.prepare("SELECT warnings FROM sources ORDER BY rank").pluck(),
      boundaries: db.prepare("SELECT boundaries FROM sources ORDER BY rank").pluck(),
      hashes: db.prepare("SELECT set_id, index_hash FROM sets"),
      dataVersion: db.prepare("PRAGMA data_version").pluck(),
    };
  }

  /** Drops the caches when anyone wrote the store since they were filled. */
  private fresh(): void {
    const version = `${this.stmt.dataVersion.get() as number}:${this.store.localWrites}`;
    if (version === this.version) return;
    this.version = version;
    this.cachedStats = null;
    this.cachedWarnings = null;
    this.cachedBoundaries = null;
    this.cachedPeople = null;
    this.cachedIndex = null;
    this.sets.clear();
  }

  get stats(): CorpusStats {
    this.fresh();
    if (!this.cachedStats) {
      const s = this.stmt.stats.get() as Omit<CorpusStats, "files" | "filesLoaded" | "unanswered" | "unansweredSets" | "duplicatesDropped">;
      const f = this.stmt.files.get() as { files: number; loaded: number };
      this.cachedStats = {
        files: f.files,
        filesLoaded: f.loaded,
        sets: s.sets,
        questions: s.questions,
        answered: s.answered,
        unanswered: s.questions - s.answered,
        answeredSets: s.answeredSets,
        unansweredSets: s.sets - s.answeredSets,
        referencesResolved: s.referencesResolved,
        referencesUnresolved: s.referencesUnresolved,
        duplicatesDropped: (this.stmt.parsedCount.get() as number) - s.sets,
        headerlessSets: s.headerlessSets,
      };
    }
    return this.cachedStats;
  }

  get warnings(): readonly SeedWarning[] {
    this.fresh();
    this.cachedWarnings ??= [...this.folderWarnings, ...(this.stmt.warnings.all() as string[]).flatMap((w) => JSON.parse(w) as SeedWarning[])];
    return this.cachedWarnings;
  }

  get boundaries(): readonly InferredBoundary[] {
    this.fresh();
    this.cachedBoundaries ??= (this.stmt.boundaries.all() as string[]).flatMap((b) => JSON.parse(b) as InferredBoundary[]);
    return this.cachedBoundaries;
  }

  get mark(): string {
    return this.store.mark();
  }

  get(id: string): QuestionSet | null {
    this.fresh();
    if (this.sets.has(id)) {
      const hit = this.sets.get(id)!;
      this.sets.delete(id);
      this.sets.set(id, hit);
      return hit;
    }
    const body = this.stmt.get.get(id) as string | undefined;
    const set = body ? (JSON.parse(body) as QuestionSet) : null;
    if (this.sets.size >= CACHED_SETS) this.sets.delete(this.sets.keys().next().value!);
    this.sets.set(id, set);
    return set;
  }

  list(offset: number, limit: number): QuestionSet[] {
    return (this.stmt.page.all(limit, offset) as string[]).map((b) => JSON.parse(b) as QuestionSet);
  }

  /** In batches by position, so the connection is free between batches and memory stays flat. */
  *all(): Iterable<QuestionSet> {
    let pos = -1;
    for (;;) {
      const rows = this.stmt.after.all(pos, BATCH) as { pos: number; body: string }[];
      for (const r of rows) yield JSON.parse(r.body) as QuestionSet;
      if (rows.length < BATCH) return;
      pos = rows[rows.length - 1]!.pos;
    }
  }

  /** Sets by id, past the cache (the index reads every set this way); ids that are gone are skipped. */
  getMany(ids: readonly string[]): QuestionSet[] {
    return ids.map((id) => this.stmt.get.get(id) as string | undefined).flatMap((b) => (b ? [JSON.parse(b) as QuestionSet] : []));
  }

  /** Every served set with its index hash: what the SQLite index compares against. */
  indexHashes(): [string, string][] {
    return (this.stmt.hashes.all() as { set_id: string; index_hash: string }[]).map((r) => [r.set_id, r.index_hash]);
  }

  findByTitle(title: string): QuestionSet | null {
    const folded = fold(title).trim();
    const id = (this.stmt.titleIs.get(folded) ?? this.stmt.titleHas.get(folded)) as string | undefined;
    return id ? this.get(id) : null;
  }

  /** Titles repeat rarely, so a few rows more than asked for are enough. */
  setsTitled(folded: string, mode: "equals" | "contains", limit: number): QuestionSet[] {
    const ids = (mode === "equals" ? this.stmt.titledIs : this.stmt.titledHas).all(folded, limit) as string[];
    return this.getMany(ids);
  }

  titles(limit: number): string[] {
    return [...new Set(this.stmt.titles.all(limit * 20) as string[])].slice(0, limit);
  }

  askerNames(limit: number): string[] {
    const names = new Set<string>();
    for (const who of this.stmt.askers.all(limit * 20) as string[]) {
      if (names.size >= limit) break;
      names.add((JSON.parse(who) as [string, string | null])[0]);
    }
    return [...names];
  }

  /** Every distinct person once; a few thousand at most, so matching happens here. */
  private everyone() {
    this.fresh();
    this.cachedPeople ??= (this.stmt.people.all() as { role: string; who: string }[]).map((r) => {
      const [name, party] = JSON.parse(r.who) as [string, string | null];
      return { ...r, name, party };
    });
    return this.cachedPeople;
  }

  /** Stored keys of the people a filter accepts, per role. */
  private matched(filter: PeopleFilter): Record<PersonRole, string[]> {
    const everyone = this.everyone();
    const keys = (role: PersonRole, test: ((p: (typeof everyone)[number]) => boolean) | null) =>
      test ? everyone.filter((p) => p.role === role && test(p)).map((p) => p.who) : [];
    return {
      asker: keys("asker", filter.asker && ((p) => filter.asker!(p.name, p.party))),
      addressee: keys("addressee", filter.addressee && ((p) => filter.addressee!(p.name))),
    };
  }

  private peopleIndex(): PeopleIndex {
    this.fresh();
    this.cachedIndex ??= new PeopleIndex(this.store.db);
    return this.cachedIndex;
  }

  people(filter: PeopleFilter): PeopleSets {
    const index = this.peopleIndex();
    const who = this.matched(filter);
    const openOnly = filter.unansweredOnly ?? false;
    const selected = { asker: index.select("asker", who.asker, openOnly), addressee: index.select("addressee", who.addressee, openOnly) };
    const waiting: Partial<Record<PersonRole, PersonSet[]>> = {};
    let names: string[] | null = null;
    return {
      asked: selected.asker.length,
      addressed: selected.addressee.length,
      // Each person by the first set they appear in, and their place in it, as reading the sets in order would find them.
      get names() {
        names ??= [
          ...new Set(
            (["asker", "addressee"] as const).flatMap((role) =>
              who[role]
                .flatMap((w) => {
                  const first = index.first(role, w, openOnly);
                  return first ? [{ w, ...first }] : [];
                })
                .sort((a, b) => a.pos - b.pos || a.row - b.row)
                .map(({ w }) => {
                  const [name, party] = JSON.parse(w) as [string, string | null];
                  return role === "asker" ? formatAsker({ name, party }) : name;
                }),
            ),
          ),
        ];
        return names;
      },
      ids(role, offset, limit, order = "corpus") {
        const list = order === "corpus" ? selected[role] : (waiting[role] ??= byWaiting(selected[role], (s) => s.submitted));
        return list.slice(offset, offset + limit).map((s) => s.id);
      },
    };
  }

  /** Dated sets first, then the others, each read through its own index. */
  openSets(offset: number, limit: number): { total: number; ids: string[] } {
    const total = this.stmt.openCount.get() as number;
    const dated = this.stmt.datedCount.get() as number;
    const ids = offset < dated ? (this.stmt.dated.all(limit, offset) as string[]) : [];
    if (ids.length < limit) ids.push(...(this.stmt.undated.all(limit - ids.length, Math.max(0, offset - dated)) as string[]));
    return { total, ids };
  }

  /** Counted in SQLite; only the rows asked for are read. */
  deadlines(today: string, filter?: PeopleFilter): Deadlines {
    let among: string | null = null;
    if (filter) {
      const index = this.peopleIndex();
      const who = this.matched(filter);
      among = JSON.stringify([...new Set([...index.select("asker", who.asker, true), ...index.select("addressee", who.addressee, true)].map((s) => s.id))]);
    }
    const at = { today, among };
    const name = (who: string | null) => (who === null ? null : (JSON.parse(who) as [string, null])[0]);
    const read = (rows: unknown[]) => (rows as (Omit<DatedOpenSet, "addressee"> & { addressee: string | null })[]).map((r) => ({ ...r, addressee: name(r.addressee) }));
    return {
      overdue: this.stmt.overdueCount.get(at) as number,
      withinTerm: this.stmt.withinTerm.get(at) as number,
      late: (offset, limit, addressee) =>
        read(
          addressee === undefined
            ? this.stmt.late.all({ ...at, offset, limit })
            : this.stmt.lateTo.all({ ...at, offset, limit, addressee: addressee === null ? null : personKey(addressee, null) }),
        ),
      addressees: () => (this.stmt.lateAddressees.all(at) as { addressee: string | null; overdue: number }[]).map((r) => ({ addressee: name(r.addressee), overdue: r.overdue })),
    };
  }

  *highlightCandidates(): Iterable<{ setId: string; number: number }> {
    let pos = -1;
    for (;;) {
      const rows = this.stmt.highlights.all(pos, BATCH * 10) as { pos: number; set_id: string; highlights: string }[];
      for (const r of rows) for (const number of JSON.parse(r.highlights) as number[]) yield { setId: r.set_id, number };
      if (rows.length < BATCH * 10) return;
      pos = rows[rows.length - 1]!.pos;
    }
  }

  *summaries(): Iterable<SetSummary> {
    let pos = -1;
    for (;;) {
      const rows = this.stmt.summaries.all(pos, BATCH * 10) as { pos: number; set_id: string; title: string; answered_numbers: string }[];
      for (const r of rows) yield { id: r.set_id, title: r.title, answered: JSON.parse(r.answered_numbers) as number[] };
      if (rows.length < BATCH * 10) return;
      pos = rows[rows.length - 1]!.pos;
    }
  }

  /** What changed after an earlier mark of this same store; null for a mark it cannot vouch for. */
  changesSince(mark: string): Iterable<SetSummary> | null {
    const [storeId, gen] = mark.split(":");
    const generation = Number(gen);
    if (storeId !== this.store.meta("store_id") || !Number.isInteger(generation) || generation > this.store.generation()) return null;
    return (this.stmt.changed.all(generation) as { set_id: string; title: string; answered_numbers: string }[]).map((r) => ({
      id: r.set_id,
      title: r.title,
      answered: JSON.parse(r.answered_numbers) as number[],
    }));
  }
}
