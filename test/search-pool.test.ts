import { describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { analyzeQuery, type AnalyzedQuery } from "../src/core/analysis.js";
import { FIELD_BOOSTS, wordAlternatives } from "../src/core/search.js";
import { SqliteBackend, type PoolLimits } from "../src/search/sqlite-backend.js";
import { DEV_HALF } from "./eval/queries.js";
import { QUERY_MIX } from "./bench/queries.js";
import { corpusOf, HEADER, seedCorpus } from "./helpers.js";
import { plainChampions } from "./plain-champions.js";

/**
 * The candidates FTS5 proposes, worked out the plain way: every match
 * counted; where they overflow the pool, each word's champions (every
 * document with one of its terms, weighed by BM25 from its stored terms, the
 * best `pool` per term, each term at its own IDF) ranked by what the words would weigh together, and
 * after them the documents with the words in a title, a name or a question,
 * then the rest, the last stored first; where those with all words overflow,
 * they fill three quarters of it. Where any word will do, the three
 * pools' worth that rank highest also count the words they hold off those
 * words' lists, as FTS5 finds them, at the weakest a full list of the word holds.
 * Asked for more candidates than the limits' pool (`limit`), the pool is that
 * large, and the lists stay as long as the limits keep them. `allWords` is
 * every document with all words the pool would take, in its order, before
 * the share cuts it; `share` how many of them come first in `ids`.
 */
function plainPool(db: Database.Database, query: AnalyzedQuery, limits: PoolLimits, limit = limits.pool): { ids: number[]; allWords: number[]; share: number; path: string } {
  type Group = ReturnType<typeof wordAlternatives>;
  const pool = Math.max(limit, limits.pool);
  const plain = plainChampions(db, limits.pool);
  const df = plain.df;
  const newest = (match: string, limit = -1) => db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?").pluck().all(match, limit) as number[];
  const expr = (g: Group) => `(${g.flatMap((a) => a.terms.map((t) => `"${t}"${a.prefix ? "*" : ""}`)).join(" OR ")})`;
  const weigh = (g: Group) => {
    const idfOf = (n: number) => Math.log(1 + Math.abs((plain.docs - n + 0.5) / (n + 0.5)));
    const idf = idfOf(g.some((a) => a.prefix) ? plain.docs : Math.min(plain.docs, g.reduce((sum, a) => a.terms.reduce((s, t) => s + df(t), sum), 0)));
    const listed = new Map<number, number>();
    let unlisted: number = FIELD_BOOSTS.question;
    for (const a of g) {
      for (const t of a.terms) {
        const list = a.prefix ? [] : plain.of(t);
        // A term without a list: its documents as if it stood once in a question of average length.
        const entries = list.length ? list : newest(a.prefix ? `"${t}"*` : `"${t}"`, pool).map((id): [number, number] => [id, FIELD_BOOSTS.question]);
        // Each term at its own IDF; a prefix at the word's.
        const termIdf = a.prefix ? idf : idfOf(df(t));
        for (const [id, w] of entries) listed.set(id, Math.max(listed.get(id) ?? 0, w * a.weight * termIdf));
        if (list.length === limits.pool) unlisted = Math.min(unlisted, list[limits.pool - 1]![1]);
      }
    }
    return { listed, unlisted: unlisted * idf, holders: new Set(newest(expr(g))) };
  };
  // A light word scores what the other words found; it proposes nothing.
  const live = query.words.filter((w) => !w.light).map(wordAlternatives).filter((g) => g.length > 0);
  const paths: string[] = [];
  const overflow = (match: string, groups: Group[], allWords: boolean, refine: boolean): number[] => {
    const weights = groups.map(weigh);
    const estimate = new Map<number, number>();
    for (const w of weights) for (const [id, weight] of w.listed) estimate.set(id, (estimate.get(id) ?? 0) + weight);
    const byEstimate = [...estimate.keys()].sort((a, b) => estimate.get(b)! - estimate.get(a)! || b - a);
    const refined = new Set(refine ? byEstimate.slice(0, 3 * pool) : []);
    const score = (id: number) => (refined.has(id) ? weights.reduce((sum, w) => sum + (w.listed.get(id) ?? (w.holders.has(id) ? w.unlisted : 0)), 0) : estimate.get(id)!);
    const top = allWords
      ? byEstimate.filter((id) => weights.every((w) => w.holders.has(id))).slice(0, pool)
      : byEstimate.sort((a, b) => score(b) - score(a) || b - a).slice(0, pool);
    if (top.length >= pool) {
      paths.push(refined.size ? "champions, with the words they hold" : "champions");
      return top;
    }
    paths.push("champions, then titles, names and questions");
    return [...new Set([...top, ...newest(`{title people question} : (${match})`), ...newest(match)])].slice(0, pool);
  };
  const count = (match: string) => db.prepare("SELECT count(*) FROM fts WHERE fts MATCH ?").pluck().get(match) as number;
  const all = live.map(expr).join(" AND ");
  const allFit = count(all) <= pool;
  const allWords = allFit ? (paths.push("all"), newest(all)) : overflow(all, live, true, false);
  const ids = allFit ? [...allWords] : allWords.slice(0, live.length > 1 ? Math.ceil(pool * 0.75) : pool);
  const share = ids.length;
  if (ids.length < pool && live.length > 1) {
    // Then the documents with any word: all of them where each word's and all together fit the pool, else ranked together,
    // those that rank highest by the words' lists also by the words they hold (of two words, only where not all with both are in).
    const any = live.map(expr).join(" OR ");
    const more = live.every((g) => count(expr(g)) <= pool) && count(any) <= pool ? (paths.push("all"), newest(any)) : overflow(any, live, false, !allFit || live.length > 2);
    ids.push(...more.filter((id) => !ids.includes(id)));
  }
  return { ids, allWords, share, path: paths.join("+") };
}

describe("the SQLite backend's candidate pool", () => {
  const limits: PoolLimits = { pool: 12 };
  const backend = SqliteBackend.open(":memory:", undefined, limits);
  backend.sync(seedCorpus());
  const refOf = backend.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
  const queries = [...new Set([...QUERY_MIX, ...DEV_HALF.map((c) => c.query), "politie OR", "vragen minister", "antwoord vraag", "geweld", "slachtoffers van geweld"])];

  // As typed in autocomplete, the last word still a prefix.
  const typing = ["politie vuurw", "slachtoffers van huiselijk gew", "online oplichting bij de ban", "agenten van de politie op str", "femicide en geweld tegen vro"];
  const asked = [...queries.map((q): [string, boolean] => [q, false]), ...typing.map((q): [string, boolean] => [q, true])];

  it("is exactly what counting every match and weighing each word's documents would propose, on every path", () => {
    const paths = new Set<string>();
    for (const [q, prefixLast] of asked) {
      const analysed = analyzeQuery(q, backend.vocabulary, { prefixLast });
      if (analysed.empty) continue;
      const plain = plainPool(backend.db, analysed, limits);
      paths.add(plain.path);
      // With the limit at the pool's size, every candidate that matches a word comes back.
      const found = backend.candidates(analysed, limits.pool).map((id) => refOf.get(id) as string);
      expect(found.sort(), q).toEqual(plain.ids.map((id) => refOf.get(id) as string).sort());
    }
    // Every way of taking the pool was taken: few matches, and more than a pool filled by the champions alone or with the other matches after them;
    // and for the words one by one after all words, few matches and more than a pool.
    const steps = (at: (parts: string[]) => string[]) => new Set([...paths].flatMap((p) => at(p.split("+"))));
    for (const step of ["all", "champions", "champions, then titles, names and questions"]) {
      expect([...steps((parts) => parts.slice(0, 1))], `${step}: ${[...paths].join(" | ")}`).toContain(step);
    }
    for (const step of ["all", "champions", "champions, with the words they hold"]) expect([...steps((parts) => parts.slice(1))], `${step}: ${[...paths].join(" | ")}`).toContain(step);
  });

  it("takes, where the documents with all words overflow the pool, those the words weigh most in first, the next ones as the pool grows", () => {
    // The share cuts the documents with all words short; a larger pool (more hits asked, or an index with a larger pool) shows the next ones.
    // Each pool's share must be the best of them, in their order, whatever the share leaves out: the prefix typed last as well as whole words,
    // few terms (looked up one by one) and many (every stored term read).
    const more = ["huiselijk gew", "openbaar minis", "krijgt de politie genoeg ge", "hoeveel slachtoffers van online opl", "ambtenaren lekken persoonsgegevens aan crim"];
    let overflowing = 0;
    let beyond = 0;
    for (const size of [4, limits.pool]) {
      const small: PoolLimits = { pool: size };
      const other = size === limits.pool ? backend : SqliteBackend.open(":memory:", undefined, small);
      if (other !== backend) other.sync(seedCorpus());
      const refIn = other.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
      const refs = (ids: number[]) => ids.map((id) => refIn.get(id) as string);
      for (const [q, prefixLast] of [...asked, ...more.map((q): [string, boolean] => [q, true])]) {
        const analysed = analyzeQuery(q, other.vocabulary, { prefixLast });
        if (analysed.empty) continue;
        for (const limit of [size, 2 * size, 4 * size]) {
          const plain = plainPool(other.db, analysed, small, limit);
          if (plain.path.startsWith("all")) continue;
          const share = plain.share;
          overflowing++;
          // Places the pool of the limits' size had no room for.
          if (share > Math.ceil(size * 0.75)) beyond++;
          expect(refs(other.candidates(analysed, limit).slice(0, share)), `${q}, pool ${size}, limit ${limit}`).toEqual(refs(plain.allWords.slice(0, share)));
        }
      }
      if (other !== backend) other.close();
    }
    expect(overflowing).toBeGreaterThan(50);
    expect(beyond).toBeGreaterThan(20);
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

  it("lets in first, where a compound's common part overflows the pool, the document with its rare part", () => {
    // "phishinggevallen" is not in the corpus: it is looked for as its parts, and "gevallen" is in every set.
    const phishing: [string, string] = ["a.txt", [HEADER("Phishing"), "Hoeveel gevallen van phishing zijn er?", "Veel."].join("\n")];
    const other = backendOf(phishing, ...regions("g", "Diefstal in regio", "Hoeveel gevallen van diefstal zijn er?", "Veel."));
    const id = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'phishing%'").pluck().get() as number;
    const query = analyzeQuery("phishinggevallen", other.vocabulary);
    expect(query.words[0]!.parts.length).toBeGreaterThan(0);
    const found = other.candidates(query, narrow.pool);
    expect(found).toHaveLength(narrow.pool);
    // Weighed at the IDF of the word's commonest term, every set would tie, and the last stored would come first.
    expect(found[0]).toBe(id);
    other.close();
  });

  it("lets in first, where the documents with any word overflow the pool, the one that holds two words though it is on only one's list", () => {
    // Each word is common; the set about enforcement has "politie" in its question and "fietsen" only in its answer, below that word's list.
    const enforcement: [string, string] = ["h.txt", [HEADER("Handhaving"), "Wat doet de politie in de stad en in de dorpen daarbuiten?", "Wij tellen de fietsen niet, maar letten op veel andere dingen in de stad en daarbuiten."].join("\n")];
    const other = backendOf(
      ...regions("p", "Verkeer in regio", "Hoe druk is het op de wegen?", "De politie meldt weinig files."),
      ...regions("q", "Drukte in gemeente", "Hoe druk is het op de wegen?", "De politie meldt weinig files."),
      ...regions("f", "Telling", "Hoeveel fietsen staan er?", "Veel."),
      ...regions("d", "Misdaad", "Hoeveel diefstal is er?", "Veel."),
      enforcement,
    );
    const id = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'handhaving%'").pluck().get() as number;
    const found = other.candidates(analyzeQuery("politie fietsen diefstal", other.vocabulary), narrow.pool);
    expect(found).toHaveLength(narrow.pool);
    // By the lists alone it would come after the sets with "fietsen" or "diefstal" in their titles, which fill the pool.
    expect(found[0]).toBe(id);
    other.close();
  });

  it("keeps a quarter of the pool, where the documents with all words overflow it, for one with fewer words that weigh more", () => {
    // Twenty sets hold both words in a long answer; the set about bicycles has one of them in its title and its short question.
    const bicycles: [string, string] = ["a.txt", [HEADER("Fietsen"), "Hoeveel fietsen zijn er?", "Veel."].join("\n")];
    const long = "De politie telt elk jaar in de stad en in de dorpen daarbuiten de fietsen die op straat staan, en meldt wat zij ziet aan de gemeente.";
    const other = backendOf(bicycles, ...regions("r", "Verkeer in regio", "Hoe druk is het op de wegen?", long));
    const id = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'fietsen%'").pluck().get() as number;
    const query = analyzeQuery("politie fietsen", other.vocabulary);
    const both = other.db.prepare("SELECT count(*) FROM fts WHERE fts MATCH ?").pluck().get('"politie" AND "fiets"') as number;
    expect(both).toBeGreaterThan(narrow.pool);
    const found = other.candidates(query, narrow.pool);
    expect(found).toHaveLength(narrow.pool);
    expect(found).toContain(id);
    other.close();
  });

  it("takes every document with all words where they just fill the pool, before any with fewer words that weigh more", () => {
    // As many sets as the pool takes hold both words in a long answer; forty more have one of them in their title and short question.
    const long = "De politie telt elk jaar in de stad en in de dorpen daarbuiten de fietsen die op straat staan, en meldt wat zij ziet aan de gemeente.";
    const both = regions("r", "Verkeer in regio", "Hoe druk is het op de wegen?", long).slice(0, narrow.pool);
    const other = backendOf(...regions("p", "Politie in regio", "Hoeveel agenten heeft de politie?", "Genoeg."), ...regions("f", "Fietsen in gemeente", "Hoeveel fietsen zijn er?", "Veel."), ...both);
    const withBoth = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'verkeer%'").pluck().all() as number[];
    expect(withBoth).toHaveLength(narrow.pool);
    const found = other.candidates(analyzeQuery("politie fietsen", other.vocabulary), narrow.pool);
    expect(found).toHaveLength(narrow.pool);
    expect([...found].sort((a, b) => a - b)).toEqual([...withBoth].sort((a, b) => a - b));
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

  it("proposes the documents a common word weighs most in, whether they were stored first or last", () => {
    // One set with the word in its short title, and twenty that have it in a longer question: more than a pool, all in a question.
    const fillers = regions("b", "Verkeer in regio", "Hoe druk is het op de wegen volgens de politie?", "Genoeg.");
    const strong = (file: string): [string, string] => [file, [HEADER("Politie"), "Hoeveel agenten heeft de politie?", "Genoeg."].join("\n")];
    for (const sets of [[strong("a.txt"), ...fillers], [...fillers, strong("z.txt")]]) {
      const other = backendOf(...sets);
      const best = other.db.prepare("SELECT id FROM docs WHERE ref LIKE 'politie%'").pluck().get() as number;
      const found = other.candidates(analyzeQuery("politie", other.vocabulary), narrow.pool);
      expect(found).toHaveLength(narrow.pool);
      expect(found).toContain(best);
      other.close();
    }
  });
});
