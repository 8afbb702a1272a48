/**
 * Champion lists: per common term, the documents it weighs most in, kept in
 * the SQLite search index. Where more documents match a query than the
 * candidate pool takes, FTS5 cannot say which of them score best (it cannot
 * rank the contentless table), so without these lists the pool would depend
 * on the order in which sets were stored. A term is common when its documents
 * could overflow the pool by themselves; a rarer term's documents are all
 * proposed anyway. A list that loses documents is not filled up again from
 * all the term's documents (for a common word, that is reading a good part
 * of the index): it holds the best of those it has, and all lists are made
 * anew once enough sets went or changed (see `SqliteBackend.syncFrom`).
 */
import type Database from "better-sqlite3";
import { FIELD_BOOSTS, FIELDS } from "../core/search.js";
import { allTerms, fieldTerms } from "./stored-terms.js";

/** Lunr's BM25 parameters, so both backends weigh a match the same way. */
export const K1 = 1.2;
export const B = 0.75;
const BOOSTS = Object.values(FIELD_BOOSTS);

/** Lunr's IDF of a term in `df` of `docs` documents. */
export function idfOf(docs: number, df: number): number {
  return Math.log(1 + Math.abs((docs - df + 0.5) / (df + 0.5)));
}

/** One row per common term: its list, packed (see `pack`). */
export const CHAMPION_TABLE = "CREATE TABLE IF NOT EXISTS champions (term TEXT PRIMARY KEY, list BLOB NOT NULL)";
export const DROP_CHAMPION_TABLE = "DROP TABLE IF EXISTS champions;";

/** Documents and their average field lengths, in terms. */
export interface FieldStats {
  docs: number;
  avg: number[];
}

/** A document's terms as the index stores them (see stored-terms.ts), with its field lengths. */
export type StoredDoc = [id: number, terms: string, ...lengths: number[]];

/**
 * What a term weighs in one document before its IDF: Lunr's BM25 per field,
 * boosted and summed, from how often it occurs in each field (`counts`, from
 * `at` on) and each field's length against the average.
 */
function impactOf(counts: ArrayLike<number>, lengths: ArrayLike<number>, stats: FieldStats, at = 0): number {
  let sum = 0;
  for (let f = 0; f < BOOSTS.length; f++) {
    const tf = counts[at + f]!;
    if (!tf) continue;
    const norm = 1 - B + B * (lengths[f]! / (stats.avg[f] || 1));
    sum = sum + BOOSTS[f]! * (((K1 + 1) * tf) / (K1 * norm + tf));
  }
  return sum;
}

/** An entry of a list: a document and what the term weighs in it. */
export type Champion = [doc: number, impact: number];

/** Best first; of two equal, the document stored last (in a live archive, the newest). */
const better = (a: Champion, b: Champion) => b[1] - a[1] || b[0] - a[0];

/** A list as the table keeps it: document and impact after each other, as 64-bit floats. */
function pack(list: Champion[]): Buffer {
  const out = new Float64Array(list.length * 2);
  list.forEach(([doc, impact], i) => {
    out[2 * i] = doc;
    out[2 * i + 1] = impact;
  });
  return Buffer.from(out.buffer);
}

/** A list as `pack` wrote it. */
export function unpack(blob: Buffer): Champion[] {
  // Copied: a blob from SQLite need not be aligned for a Float64Array.
  const floats = new Float64Array(new Uint8Array(blob).buffer);
  const out: Champion[] = [];
  for (let i = 0; i + 1 < floats.length; i += 2) out.push([floats[i]!, floats[i + 1]!]);
  return out;
}

/**
 * Counts, per document, how often each of a set of terms occurs in each
 * field, and hands each term's impact on; terms are numbered by `index`.
 */
class FieldCounter {
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];

  constructor(private readonly index: Map<string, number>) {
    this.counts = new Int32Array(index.size * FIELDS.length);
  }

  each([, text, ...lengths]: StoredDoc, stats: FieldStats, visit: (term: number, impact: number) => void): void {
    const F = FIELDS.length;
    const fields = fieldTerms(text);
    for (let f = 0; f < fields.length && f < F; f++) {
      for (const word of fields[f]!) {
        const t = this.index.get(word);
        if (t === undefined) continue;
        const at = t * F;
        let seen = false;
        for (let i = 0; i < F; i++) if (this.counts[at + i]) seen = true;
        if (!seen) this.touched.push(t);
        this.counts[at + f]!++;
      }
    }
    for (const t of this.touched) {
      visit(t, impactOf(this.counts, lengths, stats, t * F));
      this.counts.fill(0, t * F, t * F + F);
    }
    this.touched.length = 0;
  }
}

/** The best `size` of the champions offered, kept in bounded memory. */
class TopList {
  private entries: Champion[] = [];
  /** Below this, an entry cannot get in any more. */
  private floor = -Infinity;

  constructor(private readonly size: number) {}

  offer(doc: number, impact: number): void {
    if (impact < this.floor) return;
    this.entries.push([doc, impact]);
    // Trimmed now and then rather than on every entry: sorting is the costly part.
    if (this.entries.length >= 4 * this.size) this.trim();
  }

  best(): Champion[] {
    this.trim();
    return this.entries;
  }

  private trim(): void {
    this.entries.sort(better);
    if (this.entries.length >= this.size) {
      this.entries.length = this.size;
      this.floor = this.entries[this.size - 1]![1];
    }
  }
}

export class ChampionLists {
  private readonly getStmt;
  private readonly putStmt;
  private readonly dropStmt;
  private readonly cache = new Map<string, Champion[]>();
  /** Documents removed since the last `add`, by term: taken out of the lists there. */
  private readonly removed = new Map<string, Set<number>>();

  constructor(
    private readonly db: Database.Database,
    /** How many documents a list keeps: as many as the candidate pool takes. */
    readonly size: number,
  ) {
    this.getStmt = db.prepare("SELECT list FROM champions WHERE term = ?").pluck();
    this.putStmt = db.prepare("INSERT OR REPLACE INTO champions (term, list) VALUES (?, ?)");
    this.dropStmt = db.prepare("DELETE FROM champions WHERE term = ?");
  }

  /** A term's list, best first; empty when the term has none (it is in few documents). */
  top(term: string): Champion[] {
    let list = this.cache.get(term);
    if (!list) this.cache.set(term, (list = this.stored(term)?.slice(0, this.size) ?? []));
    return list;
  }

  forget(): void {
    this.cache.clear();
  }

  private stored(term: string): Champion[] | null {
    const blob = this.getStmt.get(term) as Buffer | undefined;
    return blob ? unpack(blob) : null;
  }

  /** Replaces every list, from all documents in one pass: after a large build. */
  rebuild(common: Iterable<string>, docs: Iterable<StoredDoc>, stats: FieldStats): void {
    const terms = [...common];
    const lists = terms.map(() => new TopList(this.size));
    const counter = new FieldCounter(new Map(terms.map((t, i) => [t, i])));
    for (const doc of docs) counter.each(doc, stats, (t, impact) => lists[t]!.offer(doc[0], impact));
    this.db.exec("DELETE FROM champions");
    terms.forEach((term, t) => this.putStmt.run(term, pack(lists[t]!.best())));
    this.removed.clear();
    this.forget();
  }

  /** Notes a removed document (with its stored terms): `add` takes it out of the lists it is on. */
  remove(doc: number, terms: string): void {
    for (const term of allTerms(terms)) {
      let docs = this.removed.get(term);
      if (!docs) this.removed.set(term, (docs = new Set()));
      docs.add(doc);
    }
  }

  /**
   * Takes the removed documents out of their lists and offers the documents
   * added to the lists of the terms that are common now (`isCommon`); a term
   * that has just become common gets its list from all its documents
   * (`docsWith`). One read and one write per list.
   */
  add(added: StoredDoc[], isCommon: (term: string) => boolean, docsWith: (term: string) => StoredDoc[], stats: FieldStats): void {
    const terms = new Map<string, number>();
    for (const [, text] of added) {
      for (const term of allTerms(text)) if (!terms.has(term) && isCommon(term)) terms.set(term, terms.size);
    }
    const names = [...terms.keys()];
    const offered: Champion[][] = names.map(() => []);
    const counter = new FieldCounter(terms);
    for (const doc of added) counter.each(doc, stats, (t, impact) => offered[t]!.push([doc[0], impact]));
    for (const [term, docs] of this.removed) {
      if (terms.has(term)) continue;
      const list = this.stored(term);
      if (!list) continue;
      const left = list.filter(([doc]) => !docs.has(doc));
      if (left.length === list.length) continue;
      if (left.length) this.putStmt.run(term, pack(left));
      else this.dropStmt.run(term);
    }
    names.forEach((term, t) => {
      const gone = this.removed.get(term);
      const stored = this.stored(term);
      const list = stored?.filter(([doc]) => !gone?.has(doc));
      if (stored && list?.length) {
        // Below a full list's weakest, a document may be behind others that are not on it (they were pushed off): it waits for the next rebuild.
        const floor = stored.length >= this.size ? stored[stored.length - 1]! : null;
        const entering = offered[t]!.filter((c) => !floor || better(c, floor) <= 0);
        this.putStmt.run(term, pack([...list, ...entering].sort(better).slice(0, this.size)));
        return;
      }
      // New among the common terms (or every document of its list is gone): its list is made from all its documents.
      const fresh = new TopList(this.size);
      const one = new FieldCounter(new Map([[term, 0]]));
      for (const doc of docsWith(term)) one.each(doc, stats, (_, impact) => fresh.offer(doc[0], impact));
      this.putStmt.run(term, pack(fresh.best()));
    });
    this.removed.clear();
    this.forget();
  }
}
