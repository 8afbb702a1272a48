/**
 * Which sets a person asked or was asked, read from the store once per person
 * and kept until the store changes. A party can have tens of thousands of
 * sets: joining them by id again for every count, page and name would cost a
 * query per step, while these lists answer all three at once. Only the people
 * someone asked about are read.
 */
import type Database from "better-sqlite3";
import type { PersonRole } from "../core/corpus-view.js";

/** One set of a person, where it stands in corpus order, and what lists of open sets are sorted by. */
export interface PersonSet {
  id: string;
  pos: number;
  open: boolean;
  submitted: string | null;
  /** The person's row in the store: within a set, people were written in the order the set names them. */
  row: number;
}

export class PeopleIndex {
  private readonly people = new Map<string, PersonSet[]>();
  private readonly query: Database.Statement;

  constructor(db: Database.Database) {
    this.query = db.prepare(
      `SELECT s.set_id AS id, s.pos, s.answered = 0 AS open, s.submitted, p.rowid AS row
       FROM people p JOIN sets s ON s.set_id = p.set_id WHERE p.role = ? AND p.who = ? ORDER BY s.pos`,
    );
  }

  /** A person's sets in corpus order. */
  setsOf(role: PersonRole, who: string): PersonSet[] {
    const key = `${role}\n${who}`;
    let sets = this.people.get(key);
    if (!sets) {
      sets = (this.query.all(role, who) as (Omit<PersonSet, "open"> & { open: number })[]).map((r) => ({ ...r, open: r.open === 1 }));
      this.people.set(key, sets);
    }
    return sets;
  }

  /** The sets of any of these people in corpus order, each once; optionally only open ones. */
  select(role: PersonRole, who: readonly string[], openOnly: boolean): PersonSet[] {
    const all = who.flatMap((w) => this.setsOf(role, w)).filter((s) => !openOnly || s.open);
    if (who.length > 1) all.sort((a, b) => a.pos - b.pos);
    return all.filter((s, i) => i === 0 || s.pos !== all[i - 1]!.pos);
  }

  /** A person's first set among the open sets or all; null when there is none. */
  first(role: PersonRole, who: string, openOnly: boolean): PersonSet | null {
    return this.setsOf(role, who).find((s) => !openOnly || s.open) ?? null;
  }
}
