import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, analyzeQuery } from "../src/core/analysis.js";
import { analyseSets } from "../src/core/corpus-analysis.js";
import type { QuestionSet } from "../src/core/model.js";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { reversed } from "../src/search/sqlite-word-index.js";
import { corpusOf, HEADER, memoryLogger, seedCorpus } from "./helpers.js";
import { asOlderIndex } from "./older-index.js";
import { tempDir } from "./temp-dir.js";

/** Words whose compounds the seed has at the front, at the back, both, or not at all. */
const WORDS = ["verzekering", "recherche", "visum", "sites", "politie", "wapen", "geweld", "drones", "zzzz"];

const compounds = (backend: SqliteBackend) => WORDS.map((w) => backend.vocabulary.compoundsOf(w, 4));
const inMemory = (sets: QuestionSet[]) => {
  const { vocab } = analyseSets(sets);
  return WORDS.map((w) => vocab.compoundsOf(w, 4));
};

/** Vocabulary rows whose reversed word is not the word reversed. */
const misreversed = (backend: SqliteBackend) =>
  (backend.db.prepare("SELECT word, rev FROM vocab").raw().all() as [string, string][]).filter(([word, rev]) => rev !== reversed(word));

const versionOf = (backend: SqliteBackend) => backend.db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get();

const vocabLayout = (backend: SqliteBackend) => backend.db.prepare("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'vocab' ORDER BY name").raw().all();

describe("the SQLite backend's reversed words", () => {
  const corpus = seedCorpus();
  const extra = corpusOf([
    "extra.txt",
    [
      `${HEADER("Reisverzekering bij drones")}\nDekt de reisverzekering schade door antidrones?\nNee, de ziektekostenverzekering ook niet.`,
      `${HEADER("Dronesbestrijding")}\nWat kost de dronesbestrijding?\nVeel.`,
    ].join("\n"),
  ]);
  const merged = { ...corpus, sets: [...corpus.sets, ...extra.sets] };
  const one = corpusOf(["een.txt", `${HEADER("Autoverzekering")}\nStijgt de autoverzekering?\nJa.`]);
  const fresh = SqliteBackend.open(":memory:");
  const freshLayout = vocabLayout(fresh);
  fresh.close();

  it("find the compounds the in-memory vocabulary finds, after a build, an addition and a removal", () => {
    const backend = SqliteBackend.open(":memory:");
    backend.sync(corpus);
    expect(compounds(backend)).toEqual(inMemory(corpus.sets));
    backend.sync(merged);
    const found = compounds(backend);
    expect(found).toEqual(inMemory(merged.sets));
    expect(found[0]).toEqual(expect.arrayContaining(["reisverzekering", "ziektekostenverzekering", "levensverzekering"]));
    expect(found[WORDS.indexOf("drones")]).toEqual(["dronesbestrijding", "antidrones"]);
    expect(misreversed(backend)).toEqual([]);
    backend.sync(corpus);
    expect(compounds(backend)).toEqual(inMemory(corpus.sets));
    backend.close();
  });

  /** An index at `path` as `version` left it, with what it found before. */
  const olderIndex = (version: 5 | 6) => {
    const path = join(tempDir("reversed"), "search.sqlite");
    const old = SqliteBackend.open(path);
    old.sync(merged);
    const query = analyzeQuery("reisverzekering drones politie", old.vocabulary);
    const before = { hits: old.search(query, 20), compounds: compounds(old) };
    asOlderIndex(old.db, version);
    return { path, old, query, before };
  };

  it.each([6, 5] as const)("are added once to an index made by version %i, which then finds and ranks as before", (version) => {
    const { path, old, query, before } = olderIndex(version);
    old.close();
    const log = memoryLogger();
    const reopened = SqliteBackend.open(path, log);
    expect(log.lines.filter((l) => l.includes("opnieuw opgebouwd") || l.includes("bezet"))).toEqual([]);
    expect(versionOf(reopened)).not.toBe(`${version}/${ANALYSIS_VERSION}`);
    expect(vocabLayout(reopened)).toEqual(freshLayout);
    expect(misreversed(reopened)).toEqual([]);
    expect(reopened.sync(merged)).toMatchObject({ added: 0, removed: 0 });
    expect(compounds(reopened)).toEqual(before.compounds);
    expect(compounds(reopened)).toEqual(inMemory(merged.sets));
    expect(reopened.search(query, 20)).toEqual(before.hits);
    reopened.close();
    // Once is enough: the next start finds the index up to date.
    const again = memoryLogger();
    SqliteBackend.open(path, again).close();
    expect(again.lines).toEqual([]);
  });

  it("are looked up by a scan while another connection holds an index made before them, and added at a later start", () => {
    const { path, old, query, before } = olderIndex(6);
    // A writer that keeps the index busy: the new connection cannot add the reversed words now.
    old.db.pragma("busy_timeout = 0");
    old.db.exec("BEGIN IMMEDIATE");
    const log = memoryLogger();
    const waiting = SqliteBackend.open(path, log);
    expect(log.lines.some((l) => l.includes("bezet"))).toBe(true);
    expect(versionOf(waiting)).toBe(`6/${ANALYSIS_VERSION}`);
    expect(compounds(waiting)).toEqual(before.compounds);
    expect(waiting.search(query, 20)).toEqual(before.hits);
    old.db.exec("ROLLBACK");
    old.close();
    // It can still take in new sets, in the layout it found.
    const more = [...merged.sets, ...one.sets];
    expect(waiting.sync({ sets: more })).toMatchObject({ added: 1, removed: 0 });
    expect(waiting.vocabulary.compoundsOf("verzekering", 10)).toContain("autoverzekering");
    waiting.close();
    const later = SqliteBackend.open(path, memoryLogger());
    expect(versionOf(later)).not.toBe(`6/${ANALYSIS_VERSION}`);
    expect(misreversed(later)).toEqual([]);
    expect(compounds(later)).toEqual(inMemory(more));
    expect(later.vocabulary.compoundsOf("verzekering", 10)).toEqual(analyseSets(more).vocab.compoundsOf("verzekering", 10));
    later.close();
  });
});
