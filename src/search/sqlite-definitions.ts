/**
 * The acronyms a corpus defines, kept in the SQLite search index: each set's
 * own definitions, so a set that changes or goes takes its own back, and
 * their counts over the whole index, which a search reads once per change.
 */
import type Database from "better-sqlite3";
import { DefinitionCounts, setDefinitions, type Definition, type DefinitionCount } from "../core/acronym-miner.js";
import { AcronymTable, NO_ACRONYMS } from "../core/acronyms.js";
import type { QuestionSet } from "../core/model.js";

export const DEFINITION_TABLES = `
  CREATE TABLE IF NOT EXISTS set_definitions (set_id TEXT PRIMARY KEY, pairs TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS definitions (acronym TEXT NOT NULL, long TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (acronym, long)) WITHOUT ROWID;
`;
export const DROP_DEFINITION_TABLES = "DROP TABLE IF EXISTS set_definitions; DROP TABLE IF EXISTS definitions;";

/** The meta entry of an index whose sets were written before definitions were kept: they are mined at the next update. */
const PENDING = "definitions";

/** Marks an index of an older layout: its sets' definitions are mined at its next update, from the corpus store. */
export function markDefinitionsPending(db: Database.Database): void {
  db.exec("DELETE FROM set_definitions; DELETE FROM definitions");
  db.prepare("INSERT INTO meta (key, value) VALUES (?, 'pending') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(PENDING);
}

type Pairs = [acronym: string, long: string][];

/** Changes to the definitions of an index, gathered while sets are removed and added, written once. */
export class DefinitionChanges {
  private delta = new DefinitionCounts();
  private readonly pairsOf;
  private readonly insertSet;
  private readonly deleteSet;

  constructor(private readonly db: Database.Database) {
    this.pairsOf = db.prepare("SELECT pairs FROM set_definitions WHERE set_id = ?").pluck();
    this.insertSet = db.prepare("INSERT OR REPLACE INTO set_definitions (set_id, pairs) VALUES (?, ?)");
    this.deleteSet = db.prepare("DELETE FROM set_definitions WHERE set_id = ?");
  }

  /** Whether the index still has to mine the sets it already holds (see `markDefinitionsPending`). */
  pending(): boolean {
    return this.db.prepare("SELECT 1 FROM meta WHERE key = ?").pluck().get(PENDING) === 1;
  }

  remove(setId: string): void {
    const stored = this.pairsOf.get(setId) as string | undefined;
    if (stored === undefined) return;
    this.delta.add((JSON.parse(stored) as Pairs).map(([acronym, long]) => ({ acronym, long })), -1);
    this.deleteSet.run(setId);
  }

  add(setId: string, definitions: Definition[]): void {
    if (!definitions.length) return;
    this.delta.add(definitions);
    this.insertSet.run(setId, JSON.stringify(definitions.map((d): Pairs[number] => [d.acronym, d.long])));
  }

  /** Mines sets the index holds but whose definitions it lacks (an index of an older layout), `batch` at a time. */
  mine(ids: string[], getMany: (ids: string[]) => QuestionSet[], batch: number): void {
    for (let i = 0; i < ids.length; i += batch) for (const set of getMany(ids.slice(i, i + batch))) this.add(set.id, setDefinitions(set));
    this.db.prepare("DELETE FROM meta WHERE key = ?").run(PENDING);
  }

  write(): void {
    const upsert = this.db.prepare(
      "INSERT INTO definitions (acronym, long, count) VALUES (?, ?, ?) ON CONFLICT (acronym, long) DO UPDATE SET count = count + excluded.count",
    );
    let dropped = false;
    for (const [acronym, long, n] of this.delta.entries()) {
      upsert.run(acronym, long, n);
      dropped ||= n < 0;
    }
    if (dropped) this.db.exec("DELETE FROM definitions WHERE count <= 0");
    this.delta = new DefinitionCounts();
  }
}

/** Reads the definitions' counts once per change of the index; none from an index that does not keep them (`db` null). */
export class StoredDefinitions {
  private table: AcronymTable | null = null;
  private readonly all;

  constructor(db: Database.Database | null) {
    this.all = db?.prepare("SELECT acronym, long, count FROM definitions ORDER BY acronym, long").raw() ?? null;
  }

  get(): AcronymTable {
    if (!this.all) return NO_ACRONYMS;
    return (this.table ??= new AcronymTable(this.all.all() as DefinitionCount[]));
  }

  forget(): void {
    this.table = null;
  }
}
