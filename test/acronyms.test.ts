import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, analyzeQuery, Vocabulary } from "../src/core/analysis.js";
import { stem } from "../src/core/lunr-nl.js";
import { AcronymTable } from "../src/core/acronyms.js";
import { analyseSets } from "../src/core/corpus-analysis.js";
import type { Corpus } from "../src/core/corpus.js";
import { highlight, MARK_CLOSE, MARK_OPEN, queryTerms } from "../src/core/highlight.js";
import { decodeIndex, encodeIndex } from "../src/core/index-codec.js";
import { LunrBackend } from "../src/core/lunr-backend.js";
import { SearchEngine } from "../src/core/search.js";
import { dutchLexicon } from "../src/lexicon/dutch.js";
import { INDEX_FILE, INDEX_SCHEMA_VERSION, openLunrIndex } from "../src/index-store.js";
import { memoryIndexSource, SqliteBackend } from "../src/search/sqlite-backend.js";
import { corpusOf, engineFor, HEADER, memoryLogger } from "./helpers.js";
import { asOlderIndex } from "./older-index.js";
import { tempDir } from "./temp-dir.js";

/** Sets that define an acronym, and sets that use only one of its forms. */
const DEFINING: [string, string] = [
  "a.txt",
  [
    `${HEADER("Cyberaanvallen op gemeenten")}`,
    "Welke rol heeft het Nationaal Cyber Security Centrum (NCSC) bij aanvallen op gemeenten?",
    "Het NCSC adviseert gemeenten.",
    "Kent u het Landelijk Meldpunt Internetoplichting (LMIO)?",
    "Ja.",
  ].join("\n"),
];
const LONG_ONLY: [string, string] = [
  "b.txt",
  [`${HEADER("Ransomware in ziekenhuizen")}`, "Heeft het Nationaal Cyber Security Centrum ziekenhuizen gewaarschuwd voor ransomware?", "Ja, in maart."].join("\n"),
];
const ACRONYM_ONLY: [string, string] = [
  "c.txt",
  [`${HEADER("Nepwebwinkels")}`, "Hoeveel meldingen over nepwebwinkels kreeg het LMIO vorig jaar?", "Ruim tweeduizend."].join("\n"),
];
const corpus = corpusOf(DEFINING, LONG_ONLY, ACRONYM_ONLY);

function sqliteEngine(c: Corpus): { backend: SqliteBackend; engine: SearchEngine } {
  const backend = SqliteBackend.open(":memory:");
  backend.sync(c);
  return { backend, engine: new SearchEngine(c, backend.vocabulary, backend, dutchLexicon(), () => backend.definitions()) };
}

const titles = (engine: SearchEngine, q: string) => engine.search(q, { limit: 5 }).map((h) => h.set.title);
const ranking = (engine: SearchEngine, q: string) => engine.search(q, { limit: 10 }).map((h) => `${h.set.id}#${h.question.number}`);

describe("acronyms the corpus defines", () => {
  const lunr = engineFor(corpus);
  const { engine: sqlite } = sqliteEngine(corpus);

  it("let a typed acronym, in any case, find a text that only has its long form", () => {
    for (const q of ["ncsc", "NCSC", "Ncsc"]) {
      const found = titles(lunr, q);
      expect(found[0], q).toBe("Cyberaanvallen op gemeenten");
      expect(found, q).toContain("Ransomware in ziekenhuizen");
    }
    expect(titles(lunr, "ncsc ziekenhuizen")[0]).toBe("Ransomware in ziekenhuizen");
  });

  it("let a typed long form find a text that only has the acronym, also without its first word", () => {
    for (const q of ["landelijk meldpunt internetoplichting", "meldpunt internetoplichting", "Meldpunt Internetoplichting nepwebwinkels"]) {
      expect(titles(lunr, q), q).toContain("Nepwebwinkels");
    }
    expect(titles(lunr, "meldpunt internetoplichting nepwebwinkels")[0]).toBe("Nepwebwinkels");
    // One word of the long form is not the long form.
    expect(titles(lunr, "internetoplichting")).not.toContain("Nepwebwinkels");
  });

  it("find nothing of the kind without the definitions", () => {
    const { vocab, documents } = analyseSets(corpus.sets);
    const without = new SearchEngine(corpus, vocab, LunrBackend.build(documents), dutchLexicon());
    expect(titles(without, "meldpunt internetoplichting nepwebwinkels")[0]).toBe("Cyberaanvallen op gemeenten");
    expect(titles(without, "meldpunt internetoplichting")).not.toContain("Nepwebwinkels");
    expect(titles(without, "ncsc")).not.toContain("Ransomware in ziekenhuizen");
  });

  it("weigh less than the form typed: a text with the typed form comes first", () => {
    const hits = lunr.search("ncsc", { limit: 5 });
    const own = hits.find((h) => h.set.title === "Cyberaanvallen op gemeenten")!;
    const other = hits.find((h) => h.set.title === "Ransomware in ziekenhuizen")!;
    expect(own.score).toBeGreaterThan(other.score);
    expect(other.share).toBeLessThan(1);
  });

  it("rank alike in both backends", () => {
    for (const q of ["ncsc", "NCSC gemeenten", "meldpunt internetoplichting", "landelijk meldpunt internetoplichting nepwebwinkels", "nationaal cyber security centrum", "lmio"]) {
      expect(ranking(sqlite, q), q).toEqual(ranking(lunr, q));
    }
  });

  it("mark the stand-in in bold where it matched", () => {
    const mark = (q: string, text: string) => highlight(text, queryTerms(lunr.analyze(q)), lunr.vocabulary);
    expect(mark("ncsc", "Heeft het Nationaal Cyber Security Centrum ziekenhuizen gewaarschuwd?")).toContain(`${MARK_OPEN}Nationaal${MARK_CLOSE}`);
    // A phrase counts only where a text has all of its words.
    expect(mark("ncsc", "Het nationaal centrum voor ziekenhuizen")).not.toContain(MARK_OPEN);
    expect(mark("meldpunt internetoplichting", "Hoeveel meldingen kreeg het LMIO?")).toContain(`${MARK_OPEN}LMIO${MARK_CLOSE}`);
  });

  it("are left out where the texts disagree on what an acronym stands for", () => {
    const disagreeing = corpusOf(
      ["x.txt", `${HEADER("Toezicht op markten")}\nWat doet de Autoriteit Consument en Markt (ACM)?\nToezicht.`],
      ["y.txt", `${HEADER("Caribische samenwerking")}\nWat doet het Actiecentrum Criminaliteit Midden (ACM)?\nSamenwerken.`],
    );
    const engine = engineFor(disagreeing);
    expect(engine.acronyms.longForm("acm")).toBeNull();
    expect(engine.analyze("acm").words[0]!.defined).toBeUndefined();
  });

  it("read a typed long form whole when one of its words is also the particle of a verb before it", () => {
    const vocab = new Vocabulary([["samenwerken", 3], ["team", 4], ["veilig", 5], ["wonen", 6], ["tsvw", 2]]);
    const acronyms = new AcronymTable([["tsvw", "team samen veilig wonen", 2]]);
    const q = analyzeQuery("werkt het team samen veilig wonen", vocab, { acronyms });
    // "samen" goes to "werkt" ("samenwerken") and is no query word of its own, yet it still joins the long form.
    expect(q.words.map((w) => w.word)).toEqual(["werkt", "team", "veilig", "wonen"]);
    expect(q.words[0]!.separated).toEqual([stem("samenwerken")]);
    expect(q.words.map((w) => w.defined)).toEqual([undefined, ...Array(3).fill([{ terms: ["tsvw"], share: 1 / 3 }])]);
  });
});

describe("acronym definitions kept with the index", () => {
  it("are saved in Lunr's index file and read from it at the next start, not mined again", () => {
    const dir = tempDir("acronyms-lunr");
    const built = openLunrIndex(corpus, "corpus-1", dir, undefined, dutchLexicon());
    expect(built.origin).toBe("built");
    const path = join(dir, INDEX_FILE);
    const saved = decodeIndex(readFileSync(path));
    expect(saved.definitions).toContainEqual(["lmio", "landelijk meldpunt internetoplichting", 1]);
    // What the file says is what a start uses: rewrite it with one definition of its own.
    const { header, index, vocabulary } = saved;
    writeFileSync(path, encodeIndex(header, index, vocabulary, [["nepw", "nepwebwinkels", 1]]));
    const loaded = openLunrIndex(corpus, "corpus-1", dir, undefined, dutchLexicon());
    expect(loaded.origin).toBe("loaded");
    expect(loaded.engine.acronyms.longForm("lmio")).toBeNull();
    expect(loaded.engine.acronyms.longForm("nepw")?.words).toEqual(["nepwebwinkels"]);
  });

  it("make a Lunr index file of the layout before them be rebuilt, saying why", () => {
    const dir = tempDir("acronyms-old-lunr");
    openLunrIndex(corpus, "corpus-1", dir);
    const path = join(dir, INDEX_FILE);
    const { header, index, vocabulary } = decodeIndex(readFileSync(path));
    writeFileSync(path, encodeIndex({ ...header, schemaVersion: INDEX_SCHEMA_VERSION - 1 }, index, vocabulary));
    const reasons: string[] = [];
    const reopened = openLunrIndex(corpus, "corpus-1", dir, (r) => reasons.push(r), dutchLexicon());
    expect(reasons).toEqual([`bestandsversie ${INDEX_SCHEMA_VERSION - 1}, nodig is ${INDEX_SCHEMA_VERSION}`]);
    expect(reopened.engine.acronyms.longForm("lmio")).not.toBeNull();
  });

  it("follow the sets in SQLite: a set that goes takes its definitions along, and they come back with it", () => {
    const { backend } = sqliteEngine(corpus);
    expect(backend.definitions().longForm("lmio")?.words).toEqual(["landelijk", "meldpunt", "internetoplichting"]);
    const rest = corpusOf(LONG_ONLY, ACRONYM_ONLY);
    backend.sync(rest);
    expect(backend.definitions().longForm("lmio")).toBeNull();
    expect(backend.db.prepare("SELECT count(*) FROM definitions").pluck().get()).toBe(0);
    backend.sync(corpus);
    expect(backend.definitions().counts).toEqual(new AcronymTable(analyseSets(corpus.sets).definitions).counts.toSorted((a, b) => (a[0] < b[0] ? -1 : 1)));
    backend.close();
  });

  it("count a definition once per time a text gives it, across sets, in both backends", () => {
    const twice = corpusOf(DEFINING, ["d.txt", `${HEADER("Meer cyber")}\nWat doet het Nationaal Cyber Security Centrum (NCSC) nog meer?\nVeel.`]);
    const { backend } = sqliteEngine(twice);
    const ncsc = (counts: readonly (readonly [string, string, number])[]) => counts.find((c) => c[0] === "ncsc");
    expect(ncsc(backend.definitions().counts)).toEqual(["ncsc", "nationaal cyber security centrum", 2]);
    expect(ncsc(analyseSets(twice.sets).definitions)).toEqual(["ncsc", "nationaal cyber security centrum", 2]);
    backend.close();
  });

  it("are mined once from the sets an index of version 7 already holds, at its next update, without indexing them again", () => {
    const path = join(tempDir("acronyms-sqlite"), "search.sqlite");
    const old = SqliteBackend.open(path);
    old.sync(corpus);
    const fresh = old.definitions().counts;
    asOlderIndex(old.db, 7);
    old.close();
    const log = memoryLogger();
    const reopened = SqliteBackend.open(path, log);
    expect(log.lines.filter((l) => l.includes("opnieuw opgebouwd"))).toEqual([]);
    expect(reopened.db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get()).not.toBe(`7/${ANALYSIS_VERSION}`);
    // Until the update, nothing is known; the update is asked for by forgetting the corpus state.
    expect(reopened.definitions().size).toBe(0);
    expect(reopened.corpusFingerprint()).toBeNull();
    expect(reopened.syncFrom(memoryIndexSource(corpus.sets), "corpus-1")).toMatchObject({ added: 0, removed: 0 });
    expect(reopened.definitions().counts).toEqual(fresh);
    expect(reopened.corpusFingerprint()).toBe("corpus-1");
    reopened.close();
    // Once is enough.
    const again = SqliteBackend.open(path);
    expect(again.corpusFingerprint()).toBe("corpus-1");
    expect(again.definitions().counts).toEqual(fresh);
    again.close();
  });
});
