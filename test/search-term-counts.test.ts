import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, analyzeQuery } from "../src/core/analysis.js";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { corpusOf, HEADER, memoryLogger, seedCorpus } from "./helpers.js";
import { asOlderIndex } from "./older-index.js";
import { tempDir } from "./temp-dir.js";

/** Per term and field, in how many documents FTS5 itself finds it. */
function ftsCounts(backend: SqliteBackend): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const fields = ["title", "people", "question", "answer"];
  for (const { term, col, doc } of backend.db.prepare("SELECT term, col, doc FROM fts_col").all() as { term: string; col: string; doc: number }[]) {
    const counts = out.get(term) ?? [0, 0, 0, 0];
    counts[fields.indexOf(col)] = doc;
    out.set(term, counts);
  }
  return out;
}

function tableCounts(backend: SqliteBackend): Map<string, number[]> {
  const rows = backend.db.prepare("SELECT term, title, people, question, answer FROM terms").raw().all() as [string, ...number[]][];
  return new Map(rows.map(([term, ...counts]) => [term, counts]));
}

describe("the SQLite backend's term counts", () => {
  const corpus = seedCorpus();
  const extra = corpusOf([
    "extra.txt",
    [
      `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen? Drones, drones!\nDe politie treedt op tegen drones.`,
      `${HEADER("Politie en begroting", "Ingrid Michon-Derkzen (VVD)")}\nKrijgt de politie meer geld?\nJa, de politiebegroting groeit.`,
    ].join("\n"),
  ]);
  const merged = { ...corpus, sets: [...corpus.sets, ...extra.sets] };

  it("say per field what FTS5's own vocabulary says, after a build, an addition and a removal", () => {
    const backend = SqliteBackend.open(":memory:");
    backend.sync(corpus);
    const built = tableCounts(backend);
    expect(built.size).toBeGreaterThan(1000);
    expect(built).toEqual(ftsCounts(backend));
    backend.sync(merged);
    expect(tableCounts(backend).get("drones")).toEqual([1, 0, 1, 1]);
    expect(tableCounts(backend)).toEqual(ftsCounts(backend));
    backend.sync(corpus);
    expect(tableCounts(backend).has("drones")).toBe(false);
    expect(tableCounts(backend)).toEqual(built);
    backend.close();
  });

  it("say what FTS5 says after a change of many sets at once, which FTS5 counts afterwards", () => {
    const many = corpusOf([
      "veel.txt",
      Array.from({ length: 520 }, (_, i) => `${HEADER(`Set ${i} over ${["drones", "politie", "begroting"][i % 3]}`)}\nWat doet u aan ${["drones", "wapens", "geweld"][i % 3]} nummer ${i}?\nDe minister doet ${i % 2 ? "veel" : "weinig"}.`).join("\n"),
    ]);
    const backend = SqliteBackend.open(":memory:");
    backend.sync(corpus);
    backend.sync({ sets: [...corpus.sets, ...many.sets] });
    expect(tableCounts(backend).get("drones")).toEqual([174, 0, 174, 0]);
    expect(tableCounts(backend)).toEqual(ftsCounts(backend));
    backend.sync(corpus);
    expect(tableCounts(backend)).toEqual(ftsCounts(backend));
    expect(tableCounts(backend).has("drones")).toBe(false);
    backend.close();
  });

  /** An index as version 5 left it: that version's number, and in the counts table only `leftBehind`. */
  const indexBeforeCounts = (leftBehind: string) => {
    const path = join(tempDir("terms"), "search.sqlite");
    const old = SqliteBackend.open(path);
    old.sync(merged);
    const query = analyzeQuery("drones boven de politie", old.vocabulary);
    const before = old.search(query, 20);
    asOlderIndex(old.db, 5, leftBehind);
    return { path, old, query, before };
  };

  it("are added once to an index made before them, also when an older version left some behind", () => {
    // Counts that no longer fit the index.
    const { path, old, query, before } = indexBeforeCounts("INSERT INTO terms VALUES ('drones', 40, 40, 40, 40), ('verouderd', 1, 1, 1, 1)");
    old.close();
    const log = memoryLogger();
    const reopened = SqliteBackend.open(path, log);
    expect(log.lines.filter((l) => l.includes("opnieuw opgebouwd"))).toEqual([]);
    expect(reopened.sync(merged)).toMatchObject({ added: 0, removed: 0 });
    expect(tableCounts(reopened)).toEqual(ftsCounts(reopened));
    expect(reopened.db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get()).not.toBe(`5/${ANALYSIS_VERSION}`);
    expect(reopened.search(query, 20)).toEqual(before);
    reopened.close();
  });

  it("rank as counting in FTS5 does, while another connection still holds an index made before them", () => {
    const { path, old, query, before } = indexBeforeCounts("");
    // A writer that keeps the index busy: the new connection cannot add the counts now.
    old.db.pragma("busy_timeout = 0");
    old.db.exec("BEGIN IMMEDIATE");
    const log = memoryLogger();
    const waiting = SqliteBackend.open(path, log);
    expect(log.lines.some((l) => l.includes("bezet"))).toBe(true);
    expect(waiting.search(query, 20)).toEqual(before);
    old.db.exec("ROLLBACK");
    old.close();
    waiting.close();
  });
});
