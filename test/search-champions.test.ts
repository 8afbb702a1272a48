import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, analyzeQuery } from "../src/core/analysis.js";
import { SqliteBackend, type PoolLimits } from "../src/search/sqlite-backend.js";
import { unpack } from "../src/search/sqlite-champions.js";
import { corpusOf, HEADER, memoryLogger, seedCorpus } from "./helpers.js";
import { asOlderIndex } from "./older-index.js";
import { plainChampions } from "./plain-champions.js";
import { tempDir } from "./temp-dir.js";

const limits: PoolLimits = { pool: 12 };

/** Each term's list as the index keeps it: the documents' refs, best first. */
function storedLists(backend: SqliteBackend): Map<string, string[]> {
  const refOf = backend.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
  const rows = backend.db.prepare("SELECT term, list FROM champions ORDER BY term").raw().all() as [string, Buffer][];
  return new Map(rows.map(([term, list]) => [term, unpack(list).map(([doc]) => (refOf.get(doc) as string | undefined) ?? `gone ${doc}`)]));
}

/** The lists worked out the plain way (see plain-champions.ts), in the same form. */
function plainLists(backend: SqliteBackend): Map<string, string[]> {
  const plain = plainChampions(backend.db, limits.pool);
  const refOf = backend.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
  return new Map(plain.terms().map((term) => [term, plain.of(term).map(([doc]) => refOf.get(doc) as string)]));
}

/**
 * Sets whose fields are all equally long, so that the average lengths, and
 * with them what a term weighs, stay the same however many are stored: the
 * lists an index brings up to date then equal those made at once.
 */
const even = (name: string, i: number, question: string): [string, string] => [
  `${name}${String(i).padStart(2, "0")}.txt`,
  [HEADER(`Verkeer in regio ${i + 1}`), question, "Genoeg."].join("\n"),
];
const roads = Array.from({ length: 14 }, (_, i) => even("a", i, "Zijn bruggen en wegen hier veilig?"));
// Six with the word once, fourteen with it twice, then two with it once again: those last two come too late to outweigh the others.
const twice = (i: number) => i >= 6 && i < 20;
const zeppelins = Array.from({ length: 22 }, (_, i) => even("z", i, twice(i) ? "Zijn zeppelins en zeppelins hier veilig?" : "Zijn zeppelins en wegen hier veilig?"));

/** Entries whose document the index no longer holds. */
const dangling = (backend: SqliteBackend) => [...storedLists(backend).values()].flat().filter((ref) => ref.startsWith("gone ")).length;

describe("the SQLite backend's champion lists", () => {
  it("keep, per term in more documents' fields than a pool, the documents it weighs most in", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    backend.sync(seedCorpus());
    const stored = storedLists(backend);
    expect(stored.size).toBeGreaterThan(100);
    // A term counted in more fields than a pool can be in fewer documents: its list holds them all.
    expect([...stored.values()].every((list) => list.length <= limits.pool)).toBe(true);
    expect([...stored.values()].filter((list) => list.length === limits.pool).length).toBeGreaterThan(100);
    expect(stored).toEqual(plainLists(backend));
    backend.close();
  });

  it("are brought up to date as sets come one at a time, as if made at once, also for a word that becomes common", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    backend.sync(corpusOf(...roads));
    const lengths = backend.db.prepare("SELECT DISTINCT n_title, n_people, n_question, n_answer FROM docs").raw().all();
    expect(lengths).toHaveLength(1);
    expect(storedLists(backend).has("weg")).toBe(true);
    const refOf = backend.db.prepare("SELECT ref FROM docs WHERE id = ?").pluck();
    for (let n = 1; n <= zeppelins.length; n++) {
      backend.sync(corpusOf(...roads, ...zeppelins.slice(0, n)));
      const lists = storedLists(backend);
      expect(lists, `${n} sets`).toEqual(plainLists(backend));
      // The pool reads the lists as they are now, not as an earlier query found them.
      const pool = backend.candidates(analyzeQuery("zeppelins", backend.vocabulary), limits.pool).map((id) => refOf.get(id) as string);
      if (lists.has("zeppelin")) expect(pool.sort(), `${n} sets`).toEqual([...lists.get("zeppelin")!].sort());
    }
    expect(backend.db.prepare("SELECT DISTINCT n_title, n_people, n_question, n_answer FROM docs").raw().all()).toEqual(lengths);
    // The twelve newest of the fourteen with the word twice; the two with it once that came last stay out.
    const setOf = (i: number) => corpusOf(zeppelins[i]!).sets[0]!.id;
    const sets = storedLists(backend).get("zeppelin")!.map((ref) => ref.slice(0, ref.lastIndexOf("#")));
    expect(sets.sort()).toEqual(Array.from({ length: 12 }, (_, k) => setOf(8 + k)).sort());
    backend.close();
  });

  it("lose the documents of a set that goes, and keep all others", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    backend.sync(corpusOf(...roads, ...zeppelins));
    const before = storedLists(backend);
    const gone = zeppelins[3]!;
    const goneRefs = backend.db.prepare("SELECT ref FROM docs WHERE set_id = ?").pluck().all(corpusOf(gone).sets[0]!.id) as string[];
    expect(goneRefs.length).toBeGreaterThan(0);
    expect([...before.values()].flat().some((ref) => goneRefs.includes(ref))).toBe(true);
    backend.sync(corpusOf(...roads, ...zeppelins.filter((z) => z !== gone)));
    const after = storedLists(backend);
    for (const [term, list] of before) expect(after.get(term) ?? [], term).toEqual(list.filter((ref) => !goneRefs.includes(ref)));
    expect(dangling(backend)).toBe(0);
    backend.close();
  });

  it("follow a set that changes: its old documents leave the lists, its new ones are weighed", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    backend.sync(corpusOf(...roads, ...zeppelins));
    // An answer of the same length with other words: the set's documents are stored anew.
    const changed = zeppelins.map(([file, text], i): [string, string] => [file, i === 10 ? text.replace("Genoeg.", "Voldoende.") : text]);
    backend.sync(corpusOf(...roads, ...changed));
    expect(dangling(backend)).toBe(0);
    // What is on a list belongs there; a list the old document left may wait for the next rebuild to be full again.
    const plain = plainLists(backend);
    const stored = storedLists(backend);
    expect([...stored.keys()].sort()).toEqual([...plain.keys()].sort());
    for (const [term, list] of stored) expect(list.filter((ref) => !plain.get(term)!.includes(ref)), term).toEqual([]);
    const newDoc = backend.db.prepare("SELECT ref FROM docs WHERE set_id = ?").pluck().get(corpusOf(changed[10]!).sets[0]!.id) as string;
    expect(stored.get("zeppelin")).toContain(newDoc);
    expect(stored.get("genoeg")!.length).toBe(limits.pool - 1);
    // Now with the word once instead of twice: below the list's weakest, where sets that are not on it rank before it.
    const weaker = changed.map(([file, text], i): [string, string] => [file, i === 12 ? text.replace("zeppelins en zeppelins", "zeppelins en wegen") : text]);
    backend.sync(corpusOf(...roads, ...weaker));
    const weakDoc = backend.db.prepare("SELECT ref FROM docs WHERE set_id = ?").pluck().get(corpusOf(weaker[12]!).sets[0]!.id) as string;
    expect(storedLists(backend).get("zeppelin")).not.toContain(weakDoc);
    expect(storedLists(backend).get("zeppelin")).toHaveLength(limits.pool - 1);
    backend.close();
  });

  it("are made anew once more than a tenth of the sets went or changed since they were", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    let sets = [...roads, ...zeppelins];
    backend.sync(corpusOf(...sets));
    // The newest with the word twice go, one sync at a time: 36 sets, so the fourth makes more than a tenth.
    for (let gone = 1; gone <= 4; gone++) {
      sets = sets.filter((set) => set !== zeppelins[20 - gone]);
      backend.sync(corpusOf(...sets));
      const list = storedLists(backend).get("zeppelin")!;
      expect(list, `${gone} gone`).toHaveLength(gone < 4 ? limits.pool - gone : limits.pool);
    }
    expect(storedLists(backend)).toEqual(plainLists(backend));
    expect(dangling(backend)).toBe(0);
    backend.close();
  });

  it("are made anew when a sync more than doubles the index, without what the sets that went left", () => {
    const backend = SqliteBackend.open(":memory:", undefined, limits);
    backend.sync(corpusOf(...roads));
    expect(storedLists(backend).has("weg")).toBe(true);
    backend.sync(corpusOf(...zeppelins));
    expect(dangling(backend)).toBe(0);
    expect(storedLists(backend)).toEqual(plainLists(backend));
    backend.close();
  });

  it("are made once for an index made before them, from the documents it holds", () => {
    const path = join(tempDir("champions"), "search.sqlite");
    const old = SqliteBackend.open(path, undefined, limits);
    old.sync(seedCorpus());
    const built = storedLists(old);
    asOlderIndex(old.db, 8);
    expect(storedLists.bind(null, old)).toThrow(/champions/);
    old.close();
    const log = memoryLogger();
    const reopened = SqliteBackend.open(path, log, limits);
    expect(log.lines.filter((l) => l.includes("opnieuw opgebouwd"))).toEqual([]);
    expect(reopened.db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get()).not.toBe(`8/${ANALYSIS_VERSION}`);
    expect(reopened.sync(seedCorpus())).toMatchObject({ added: 0, removed: 0 });
    expect(storedLists(reopened)).toEqual(built);
    reopened.close();
  });

  it("leave the pool as it was while another connection holds an index made before them, and are made at a later start", () => {
    // One set with the word in its short title, stored first, and twenty with it in a longer question.
    const fillers = Array.from({ length: 20 }, (_, i) => even("b", i, "Hoe druk is het op de wegen volgens de politie?"));
    const strong: [string, string] = ["a.txt", [HEADER("Politie"), "Hoeveel agenten heeft de politie?", "Genoeg."].join("\n")];
    const path = join(tempDir("champions"), "search.sqlite");
    const old = SqliteBackend.open(path, undefined, limits);
    old.sync(corpusOf(strong, ...fillers));
    const best = old.db.prepare("SELECT id FROM docs WHERE ref LIKE 'politie%'").pluck().get() as number;
    const newest = old.db.prepare("SELECT id FROM docs ORDER BY id DESC LIMIT ?").pluck().all(limits.pool) as number[];
    asOlderIndex(old.db, 8);
    old.db.pragma("busy_timeout = 0");
    old.db.exec("BEGIN IMMEDIATE");
    const log = memoryLogger();
    const waiting = SqliteBackend.open(path, log, limits);
    expect(log.lines.some((l) => l.includes("bezet"))).toBe(true);
    // Without lists, the newest with the word in a question fill the pool.
    const query = (b: SqliteBackend) => b.candidates(analyzeQuery("politie", b.vocabulary), limits.pool);
    expect(query(waiting).sort((a, b) => a - b)).toEqual([...newest].sort((a, b) => a - b));
    expect(query(waiting)).not.toContain(best);
    // Two words no document has both of: the rare word's one document, then the common word's newest.
    const two = waiting.candidates(analyzeQuery("agenten wegen", waiting.vocabulary), limits.pool);
    expect(two.sort((a, b) => a - b)).toEqual([best, ...newest.slice(0, limits.pool - 1)].sort((a, b) => a - b));
    old.db.exec("ROLLBACK");
    old.close();
    waiting.close();
    const later = SqliteBackend.open(path, undefined, limits);
    expect(query(later)).toContain(best);
    later.close();
  });
});
