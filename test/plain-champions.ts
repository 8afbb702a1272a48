/**
 * Champion lists worked out the plain way, from the documents' stored terms
 * and nothing the index keeps for them: every term in more documents' fields
 * than a pool (as FTS5's own vocabulary counts them), its documents weighed
 * with Lunr's BM25 (k1 1.2, b 0.75) per field, boosted and summed, the best
 * `pool` of them, of two equal the last stored first.
 */
import type Database from "better-sqlite3";
import { FIELD_BOOSTS } from "../src/core/search.js";

export interface PlainChampions {
  /** How many documents the index holds. */
  docs: number;
  /** In how many documents' fields a term occurs, as FTS5 counts it. */
  df(term: string): number;
  /** A term's list, best first; empty for a term in no more documents' fields than a pool. */
  of(term: string): [doc: number, impact: number][];
  /** Every term that has a list. */
  terms(): string[];
}

export function plainChampions(db: Database.Database, pool: number): PlainChampions {
  const boosts = Object.values(FIELD_BOOSTS);
  const rows = db.prepare("SELECT id, terms, n_title, n_people, n_question, n_answer FROM docs").raw().all() as [number, string, ...number[]][];
  const avg = boosts.map((_, f) => rows.reduce((sum, r) => sum + (r[2 + f] as number), 0) / rows.length);
  const docs = rows.map(([id, text, ...lengths]) => ({ id, fields: text.split("\n").map((f) => (f ? f.split(" ") : [])), lengths }));
  const impact = ({ fields, lengths }: (typeof docs)[number], term: string) =>
    fields.reduce((sum, words, f) => {
      const tf = words.filter((w) => w === term).length;
      return tf ? sum + (boosts[f]! * 2.2 * tf) / (1.2 * (0.25 + (0.75 * lengths[f]!) / avg[f]!) + tf) : sum;
    }, 0);
  const df = (term: string) => (db.prepare("SELECT sum(doc) FROM fts_col WHERE term = ?").pluck().get(term) as number | null) ?? 0;
  const of = (term: string): [number, number][] =>
    df(term) <= pool
      ? []
      : docs
          .filter((d) => d.fields.some((words) => words.includes(term)))
          .map((d): [number, number] => [d.id, impact(d, term)])
          .sort((a, b) => b[1] - a[1] || b[0] - a[0])
          .slice(0, pool);
  const terms = () => (db.prepare("SELECT term FROM fts_col GROUP BY term HAVING sum(doc) > ?").pluck().all(pool) as string[]).sort();
  return { docs: rows.length, df, of, terms };
}
