/**
 * The SQLite FTS5 backend for large archives: analysed terms in a contentless
 * FTS5 table ranked with bm25, the vocabulary in SQLite too, so opening is
 * instant and nothing has to be loaded into memory. New or changed sets are
 * applied incrementally, by set hash.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ANALYSIS_VERSION, editDistance, type AnalyzedQuery, type WordIndex } from "../core/analysis.js";
import type { Corpus } from "../core/corpus.js";
import type { QuestionSet } from "../core/model.js";
import { FIELD_BOOSTS, setDocuments, setWords, type BackendHit, type SearchBackend } from "../core/search.js";
import { shortHash } from "../core/text.js";

const SCHEMA_VERSION = 1;
const WEIGHT = { exact: 1, part: 0.6, correction: 0.5, prefix: 0.3 } as const;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS sets (set_id TEXT PRIMARY KEY, hash TEXT NOT NULL, words TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, set_id TEXT NOT NULL, terms TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS docs_set ON docs (set_id);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, people, question, answer, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
  CREATE TABLE IF NOT EXISTS vocab (word TEXT PRIMARY KEY, count INTEGER NOT NULL, first TEXT NOT NULL, len INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS vocab_near ON vocab (first, len);
`;

/** A set's fingerprint: any change to its text or answers re-indexes it. */
function setHash(set: QuestionSet): string {
  return shortHash(JSON.stringify([set.title, set.askers, set.addressees, set.questions.map((q) => [q.text, q.answer?.resolved ?? null])]));
}

/** The vocabulary, read from SQLite on demand. */
class SqliteWordIndex implements WordIndex {
  private readonly hasStmt;
  private readonly nearStmt;
  private readonly cache = new Map<string, number>();

  constructor(db: Database.Database) {
    this.hasStmt = db.prepare("SELECT count FROM vocab WHERE word = ?").pluck();
    this.nearStmt = db.prepare("SELECT word, count FROM vocab WHERE first = ? AND len BETWEEN ? AND ?");
  }

  count(word: string): number {
    let c = this.cache.get(word);
    if (c === undefined) {
      c = (this.hasStmt.get(word) as number | undefined) ?? 0;
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(word, c);
    }
    return c;
  }

  has(word: string): boolean {
    return this.count(word) > 0;
  }

  forget(): void {
    this.cache.clear();
  }

  /** Candidates share the first letter: typos there are rare and it keeps the scan small. */
  nearby(word: string, maxDistance: number, limit = 3): string[] {
    const rows = this.nearStmt.all(word[0] ?? "", word.length - maxDistance, word.length + maxDistance) as { word: string; count: number }[];
    return rows
      .map((r) => ({ ...r, d: r.word === word ? 99 : editDistance(word, r.word, maxDistance) }))
      .filter((r) => r.d <= maxDistance)
      .sort((a, b) => a.d - b.d || b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, limit)
      .map((r) => r.word);
  }
}

export interface SyncResult {
  added: number;
  removed: number;
  unchanged: number;
  ms: number;
}

export class SqliteBackend implements SearchBackend {
  readonly name = "sqlite";
  readonly vocabulary: SqliteWordIndex;
  private readonly searchStmt;

  private constructor(readonly db: Database.Database) {
    this.vocabulary = new SqliteWordIndex(db);
    const weights = Object.values(FIELD_BOOSTS).join(", ");
    // Rank inside FTS5 first and join only the top rows: joining every match before sorting is the slow part.
    this.searchStmt = db.prepare(
      `SELECT docs.ref AS ref, docs.terms AS terms, top.score AS score
       FROM (SELECT rowid, -bm25(fts, ${weights}) AS score FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, ${weights}) LIMIT ?) AS top
       JOIN docs ON docs.id = top.rowid ORDER BY top.score DESC`,
    );
  }

  /** Opens or creates the database; an index from another analysis version is emptied first. */
  static open(path: string): SqliteBackend {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.exec(SCHEMA);
    const version = db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
    const wanted = `${SCHEMA_VERSION}/${ANALYSIS_VERSION}`;
    if (version !== wanted) {
      db.exec("DELETE FROM sets; DELETE FROM docs; DELETE FROM fts; DELETE FROM vocab;");
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?)").run(wanted);
    }
    return new SqliteBackend(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Brings the index in line with the corpus: removes sets that are gone or
   * changed, adds new and changed ones; untouched sets cost one hash each.
   */
  sync(corpus: Corpus): SyncResult {
    const t0 = performance.now();
    const stored = new Map((this.db.prepare("SELECT set_id, hash FROM sets").all() as { set_id: string; hash: string }[]).map((r) => [r.set_id, r.hash]));
    const wanted = new Map(corpus.sets.map((s) => [s.id, s]));
    const toRemove = [...stored.keys()].filter((id) => !wanted.has(id) || stored.get(id) !== setHash(wanted.get(id)!));
    const toAdd = corpus.sets.filter((s) => stored.get(s.id) !== setHash(s));
    const upsertWord = this.db.prepare(
      "INSERT INTO vocab (word, count, first, len) VALUES (?, ?, substr(?, 1, 1), length(?)) ON CONFLICT (word) DO UPDATE SET count = count + excluded.count",
    );
    const dropWord = this.db.prepare("UPDATE vocab SET count = count - ? WHERE word = ?");
    const insertDoc = this.db.prepare("INSERT INTO docs (ref, set_id, terms) VALUES (?, ?, ?)");
    const insertFts = this.db.prepare("INSERT INTO fts (rowid, title, people, question, answer) VALUES (?, ?, ?, ?, ?)");
    const deleteFts = this.db.prepare("DELETE FROM fts WHERE rowid = ?");
    const docsOf = this.db.prepare("SELECT id FROM docs WHERE set_id = ?").pluck();

    this.db.transaction(() => {
      for (const id of toRemove) {
        const words = JSON.parse(this.db.prepare("SELECT words FROM sets WHERE set_id = ?").pluck().get(id) as string) as [string, number][];
        for (const [w, c] of words) dropWord.run(c, w);
        for (const rowid of docsOf.all(id) as number[]) deleteFts.run(rowid);
        this.db.prepare("DELETE FROM docs WHERE set_id = ?").run(id);
        this.db.prepare("DELETE FROM sets WHERE set_id = ?").run(id);
      }
      this.db.exec("DELETE FROM vocab WHERE count <= 0");
      // Words first, so compound splitting of the new documents sees the whole vocabulary.
      const perSet = toAdd.map((set) => {
        const counts = new Map<string, number>();
        for (const w of setWords(set)) counts.set(w, (counts.get(w) ?? 0) + 1);
        for (const [w, c] of counts) upsertWord.run(w, c, w, w);
        return [set, counts] as const;
      });
      this.vocabulary.forget();
      const insertSet = this.db.prepare("INSERT INTO sets (set_id, hash, words) VALUES (?, ?, ?)");
      for (const [set, counts] of perSet) {
        insertSet.run(set.id, setHash(set), JSON.stringify([...counts]));
        for (const doc of setDocuments(set, this.vocabulary)) {
          const terms = [...new Set([...doc.title, ...doc.people, ...doc.question, ...doc.answer])].join(" ");
          const rowid = insertDoc.run(doc.ref, set.id, terms).lastInsertRowid;
          insertFts.run(rowid, doc.title.join(" "), doc.people.join(" "), doc.question.join(" "), doc.answer.join(" "));
        }
      }
    })();
    this.vocabulary.forget();
    return { added: toAdd.length, removed: toRemove.length, unchanged: corpus.sets.length - toAdd.length, ms: performance.now() - t0 };
  }

  stats(): { documents: number } {
    return { documents: this.db.prepare("SELECT count(*) FROM docs").pluck().get() as number };
  }

  /**
   * All words required first (few rows to rank); when that finds too little,
   * any word. bm25 cannot weigh corrections lower, so the score is scaled by
   * how each word was matched.
   */
  search(query: AnalyzedQuery, limit: number): BackendHit[] {
    const groups = query.words.map((w) => {
      const terms: { term: string; weight: number; prefix: boolean }[] = [];
      if (w.exact) terms.push({ term: w.exact, weight: WEIGHT.exact, prefix: false });
      for (const p of w.parts) terms.push({ term: p, weight: WEIGHT.part, prefix: false });
      for (const c of w.corrections) terms.push({ term: c, weight: WEIGHT.correction, prefix: false });
      if (w.prefix) terms.push({ term: w.prefix, weight: WEIGHT.prefix, prefix: true });
      return terms;
    });
    const live = groups.filter((g) => g.length > 0);
    if (live.length === 0) return [];
    const expr = (g: (typeof groups)[number]) => `(${g.map((t) => `"${t.term}"${t.prefix ? "*" : ""}`).join(" OR ")})`;
    const run = (match: string) => this.searchStmt.all(match, limit) as { ref: string; terms: string; score: number }[];
    let rows = run(live.map(expr).join(" AND "));
    if (rows.length < limit && live.length > 1) {
      const seen = new Set(rows.map((r) => r.ref));
      rows = [...rows, ...run(live.map(expr).join(" OR ")).filter((r) => !seen.has(r.ref))].slice(0, limit);
    }
    return rows.map((r) => {
      const terms = new Set(r.terms.split(" "));
      const matched = new Set<number>();
      let weight = 0;
      groups.forEach((g, i) => {
        let best = 0;
        for (const t of g) {
          const hit = t.prefix ? [...terms].some((x) => x.startsWith(t.term)) : terms.has(t.term);
          if (hit) best = Math.max(best, t.weight);
        }
        if (best > 0) {
          matched.add(i);
          weight += best;
        }
      });
      return { ref: r.ref, score: r.score * (matched.size ? weight / matched.size : 0), matched };
    });
  }
}
