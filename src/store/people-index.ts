/**
 * Which sets each person asked or was asked, as numbers in corpus order, with
 * what lists of open sets are sorted by. A party can have tens of thousands of
 * sets; selecting them through SQL means joining as many text keys for every
 * count and every page, while these arrays answer counts, pages and names at
 * once. Read from the store in two passes (a few MB for ~50,000 sets) and kept
 * until the store changes.
 */
import type Database from "better-sqlite3";
import type { PersonRole } from "../core/corpus-view.js";

interface PersonSets {
  /** Set numbers, ascending. */
  numbers: Int32Array;
  /** Where the person stands among the people of each of those sets (askers before addressees). */
  places: Int32Array;
}

const keyOf = (role: PersonRole, who: string) => `${role}\n${who}`;

export class PeopleIndex {
  private constructor(
    /** Set number → id; numbers follow corpus order. */
    private readonly ids: string[],
    private readonly open: Uint8Array,
    private readonly submitted: (string | null)[],
    private readonly people: Map<string, PersonSets>,
  ) {}

  static read(db: Database.Database): PeopleIndex {
    const ids: string[] = [];
    const open: number[] = [];
    const submitted: (string | null)[] = [];
    const numberOf = new Map<string, number>();
    for (const [id, isOpen, date] of db.prepare("SELECT set_id, answered = 0, submitted FROM sets ORDER BY pos").raw().iterate() as Iterable<[string, number, string | null]>) {
      numberOf.set(id, ids.length);
      ids.push(id);
      open.push(isOpen);
      submitted.push(date);
    }
    const found = new Map<string, { numbers: number[]; places: number[] }>();
    let last = "";
    let place = 0;
    // A set's people in the order they were written: askers as named, then addressees.
    for (const [setId, role, who] of db.prepare("SELECT set_id, role, who FROM people ORDER BY set_id, rowid").raw().iterate() as Iterable<[string, PersonRole, string]>) {
      place = setId === last ? place + 1 : 0;
      last = setId;
      const n = numberOf.get(setId);
      if (n === undefined) continue;
      const key = keyOf(role, who);
      let sets = found.get(key);
      if (!sets) found.set(key, (sets = { numbers: [], places: [] }));
      sets.numbers.push(n);
      sets.places.push(place);
    }
    const people = new Map<string, PersonSets>();
    for (const [key, { numbers, places }] of found) {
      const order = numbers.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
      people.set(key, { numbers: Int32Array.from(order, (i) => numbers[i]!), places: Int32Array.from(order, (i) => places[i]!) });
    }
    return new PeopleIndex(ids, Uint8Array.from(open), submitted, people);
  }

  /** The sets of any of these people, ascending, each once; optionally only open ones. */
  select(role: PersonRole, who: readonly string[], openOnly: boolean): Int32Array {
    const lists = who.flatMap((w) => this.people.get(keyOf(role, w))?.numbers ?? []);
    const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of lists) {
      all.set(l, at);
      at += l.length;
    }
    all.sort();
    let kept = 0;
    for (let i = 0; i < all.length; i++) {
      const n = all[i]!;
      if ((i > 0 && n === all[i - 1]) || (openOnly && !this.open[n])) continue;
      all[kept++] = n;
    }
    return all.subarray(0, kept);
  }

  /** The same sets longest waiting first: by submission date, sets without one after, ties in corpus order. */
  byWaiting(numbers: Int32Array): Int32Array {
    const at = (n: number) => this.submitted[n] ?? null;
    return Int32Array.from([...numbers].sort((a, b) => {
      const x = at(a);
      const y = at(b);
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }));
  }

  /** A person's first set (and their place in it) among the open sets or all; null when there is none. */
  first(role: PersonRole, who: string, openOnly: boolean): { number: number; place: number } | null {
    const sets = this.people.get(keyOf(role, who));
    if (!sets) return null;
    for (let i = 0; i < sets.numbers.length; i++) {
      const n = sets.numbers[i]!;
      if (!openOnly || this.open[n]) return { number: n, place: sets.places[i]! };
    }
    return null;
  }

  idsOf(numbers: ArrayLike<number>): string[] {
    return Array.from(numbers, (n) => this.ids[n]!);
  }
}
