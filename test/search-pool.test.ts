import { describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { analyzeQuery, type AnalyzedQuery } from "../src/core/analysis.js";
import { FIELD_BOOSTS, wordAlternatives } from "../src/core/search.js";
import { SqliteBackend, type PoolLimits } from "../src/search/sqlite-backend.js";
import { DEV_HALF } from "./eval/queries.js";
import { QUERY_MIX } from "./bench/queries.js";
import { corpusOf, HEADER, seedCorpus } from "./helpers.js";

/**
 * The candidates FTS5 proposes, worked out the plain way: every match counted,
 * and ranked by FTS5's own bm25(), then the last stored first, before the first `pool` are taken.
 */
function plainPool(db: Database.Database, query: AnalyzedQuery, { pool }: PoolLimits): { ids: number[]; path: string } {
  const weights = Object.values(FIELD_BOOSTS).join(", ");
  const ranked = (match: string) => db.prepare(`SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, ${weights}), rowid DESC LIMIT ?`).pluck().all(match, pool) as number[];
  const count = (match: string) => db.prepare("SELECT count(*) FROM fts WHERE fts MATCH ?").pluck().get(match) as number;
  const df = (term: string) => (db.prepare("SELECT sum(doc) FROM fts_col WHERE term = ?").pluck().get(term) as number | null) ?? 0;
  // A light word scores what the other words found; it proposes nothing.
  const live = query.words.filter((w) => !w.light).map(wordAlternatives).filter((g) => g.length > 0);
  const expr = (g: (typeof live)[number]) => `(${g.flatMap((a) => a.terms.map((t) => `"${t}"${a.prefix ? "*" : ""}`)).join(" OR ")})`;
  const perWord = live.map((g) => (g.some((a) => a.prefix) ? Infinity : g.reduce((sum, a) => a.terms.reduce((s, t) => s + df(t), sum), 0)));
  const paths: string[] = [];
  const run = (match: string): number[] => {
    if (count(match) <= pool) {
      paths.push("all");
      return db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC").pluck().all(match) as number[];
    }
    // More than a pool: the documents with the words in a title, a name or a question first, then the rest.
    const top = ranked(`{title people question} : (${match})`);
    if (top.length >= pool) {
      paths.push("titles, names and questions");
      return top;
    }
    paths.push("too few in titles, names and questions");
    return [...top, ...ranked(match).filter((id) => !top.includes(id))].slice(0, pool);
  };
  const ids = run(live.map(expr).join(" AND "));
  if (ids.length < pool && live.length > 1) {
    // Then the documents of each word, the rarest word first, up to a pool more.
    const more = live
      .map((g, i) => ({ g, n: perWord[i]! }))
      .sort((a, b) => a.n - b.n)
      .flatMap(({ g }) => run(expr(g)))
      .filter((id, i, all) => !ids.includes(id) && all.indexOf(id) === i);
    ids.push(...more.slice(0, pool));
  }
  return { ids, path: paths.join("+") };
}

describe("the SQLite backend's candidate pool", () => {
  const limits: PoolLimits = { pool: 12 };
  const backend = SqliteBackend.open(":memory:", undefined, limits);
  backend.sync(seedCorpus());
  const refOf = backend.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
  const queries = [...new Set([...QUERY_MIX, ...DEV_HALF.map((c) => c.query), "politie OR", "vragen minister", "antwoord vraag", "geweld", "slachtoffers van geweld"])];

  it("is exactly what counting every match and ranking with FTS5's bm25 would propose, on every path", () => {
    const paths = new Set<string>();
    for (const q of queries) {
      const analysed = analyzeQuery(q, backend.vocabulary);
      if (analysed.empty) continue;
      const plain = plainPool(backend.db, analysed, limits);
      paths.add(plain.path);
      // With the limit at the pool's size, every candidate that matches a word comes back.
      const found = backend.candidates(analysed, limits.pool).map((id) => refOf.get(id) as string);
      expect(found.sort(), q).toEqual(plain.ids.map((id) => refOf.get(id) as string).sort());
    }
    // Every way of taking the pool was taken, for all words and for each word after: few matches, and more than a pool with enough or too few in names, titles and questions.
    const steps = (at: (parts: string[]) => string[]) => new Set([...paths].flatMap((p) => at(p.split("+"))));
    for (const step of ["all", "titles, names and questions", "too few in titles, names and questions"]) {
      expect([...steps((parts) => parts)], `${step}: ${[...paths].join(" | ")}`).toContain(step);
    }
    for (const step of ["all", "titles, names and questions"]) {
      expect([...steps((parts) => parts.slice(0, 1))], step).toContain(step);
      expect([...steps((parts) => parts.slice(1))], step).toContain(step);
    }
  });

  const narrow: PoolLimits = { pool: 12 };
  /** Twenty sets of one shape, one per region, stored in turn. */
  const regions = (file: string, title: string, question: string, answer: string) =>
    Array.from({ length: 20 }, (_, i): [string, string] => [`${file}${String(i).padStart(2, "0")}.txt`, [HEADER(`${title} ${i + 1}`), question, answer].join("\n")]);
  const backendOf = (...sets: [string, string][]) => {
    const backend = SqliteBackend.open(":memory:", undefined, narrow);
    backend.sync(corpusOf(...sets));
    return backend;
  };

  it("lets in the documents with the rarest word first when the matches of any word overflow the pool", () => {
    // One set about zeppelins, then twenty about the police.
    const zeppelins: [string, string] = ["a.txt", [HEADER("Zeppelins boven Den Haag"), "Wat weet u van zeppelins?", "Niets."].join("\n")];
    const other = backendOf(zeppelins, ...regions("p", "Agenten in regio", "Hoeveel agenten werken bij de politie?", "Genoeg."));
    const zeppelin = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'zeppelins%'").pluck().get() as number;
    const query = analyzeQuery("politie zeppelins", other.vocabulary);
    const found = other.candidates(query, narrow.pool);
    expect(found[0]).toBe(zeppelin);
    expect(found).toHaveLength(narrow.pool);
    // Taken the last stored first, the common word alone would have filled the pool before it.
    const any = query.words.map((w) => `(${wordAlternatives(w).flatMap((a) => a.terms.map((t) => `"${t}"`)).join(" OR ")})`).join(" OR ");
    expect(other.db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?").pluck().all(any, narrow.pool)).not.toContain(zeppelin);
    other.close();
  });

  it("lets in a set that has the word in its question before the sets stored after it that have it only in an answer", () => {
    const agents: [string, string] = ["a.txt", [HEADER("Agenten op straat"), "Hoeveel agenten heeft de politie?", "Genoeg."].join("\n")];
    const other = backendOf(agents, ...regions("b", "Verkeer in regio", "Hoe druk is het op de wegen?", "De politie meldt weinig files."));
    const first = other.db.prepare("SELECT min(id) FROM docs").pluck().get() as number;
    const found = other.candidates(analyzeQuery("politie", other.vocabulary), narrow.pool);
    expect(found).toHaveLength(narrow.pool);
    expect(found[0]).toBe(first);
    other.close();
  });

  it("takes the sets stored last first where more than a pool have the word in a question: in a live archive, the newest", () => {
    const other = backendOf(...regions("c", "Agenten in regio", "Hoeveel agenten heeft de politie?", "Genoeg."));
    const newest = other.db.prepare("SELECT id FROM docs ORDER BY id DESC LIMIT ?").pluck().all(narrow.pool) as number[];
    expect(other.candidates(analyzeQuery("politie", other.vocabulary), narrow.pool).sort((a, b) => a - b)).toEqual(newest.sort((a, b) => a - b));
    other.close();
  });

  it("still fills the pool with documents that match only in an answer when titles, names and questions have too few", () => {
    // A word of answers far more than of questions: more matches than a pool, but fewer than a pool outside the answers.
    const lower: PoolLimits = { pool: 12 };
    const other = SqliteBackend.open(":memory:", undefined, lower);
    other.sync(seedCorpus());
    const analysed = analyzeQuery("heden", other.vocabulary);
    const plain = plainPool(other.db, analysed, lower);
    expect(plain.path).toBe("too few in titles, names and questions");
    expect(other.candidates(analysed, lower.pool)).toEqual(plain.ids);
    other.close();
  });
});
