import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dutchLexicon } from "../src/lexicon/dutch.js";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { SearchEngine } from "../src/core/search.js";
import { buildVocabulary, setWords } from "./reference-analysis.js";
import { loadApp } from "../src/app.js";
import { DEV_HALF } from "./eval/queries.js";
import { evaluate } from "./eval/evaluate.js";
import { corpusOf, HEADER, ROOT, SEED_FILE, seedCorpus, seedEngine } from "./helpers.js";
import { analyzeQuery } from "../src/core/analysis.js";
import { analyseSets } from "../src/core/corpus-analysis.js";
import { LunrBackend } from "../src/core/lunr-backend.js";
import type { BackendHit } from "../src/core/search.js";
import { tempDir } from "./temp-dir.js";

const corpus = seedCorpus();

function sqliteEngine(path = ":memory:") {
  const backend = SqliteBackend.open(path);
  backend.sync(corpus);
  return { backend, engine: new SearchEngine(corpus, backend.vocabulary, backend, dutchLexicon(), () => backend.definitions()) };
}

const refs = (engine: SearchEngine) => (q: string) => engine.search(q, { limit: 10 }).map((h) => ({ setId: h.set.id, number: h.question.number }));

describe("SQLite FTS5 backend", () => {
  it("matches the Lunr backend's quality on the evaluation set", () => {
    const { engine } = sqliteEngine();
    const lunr = evaluate(DEV_HALF, refs(seedEngine()));
    const sqlite = evaluate(DEV_HALF, refs(engine));
    expect(sqlite.hit1).toBeGreaterThanOrEqual(0.9);
    expect(sqlite.hit3).toBeGreaterThanOrEqual(0.95);
    expect(Math.abs(sqlite.hit1 - lunr.hit1)).toBeLessThanOrEqual(0.02);
  });

  it("finds the same compounds of a word as the in-memory vocabulary, in the same order", () => {
    const { backend } = sqliteEngine();
    const words = ["verzekering", "recherche", "visum", "sites", "politie", "wapen", "geweld", "zzzz"];
    const fromSqlite = words.map((w) => backend.vocabulary.compoundsOf(w, 4));
    expect(fromSqlite).toEqual(words.map((w) => seedEngine().vocabulary.compoundsOf(w, 4)));
    expect(fromSqlite.filter((found) => found.length > 0).length).toBeGreaterThanOrEqual(6);
    expect(fromSqlite[0]).toContain("levensverzekering");
  });

  it("ranks every dev query like the Lunr backend, sentences and long pastes included", () => {
    const { engine } = sqliteEngine();
    const top = (e: SearchEngine, q: string) => e.search(q, { limit: 5 }).map((h) => `${h.set.id}#${h.question.number}`);
    const differing = DEV_HALF.filter((c) => top(engine, c.query).join() !== top(seedEngine(), c.query).join()).map((c) => c.query);
    expect(differing).toEqual([]);
  });

  it.each([
    ["curacao", "De aanhoudende problematiek van vuurwapenbezit op Curaçao"],
    ["begroting politie", "De politiebegroting"],
    ["politiebegrotng", "De politiebegroting"],
    ["uitleveing", "De mogelijke uitlevering van een Amerikaanse vrouw"],
    ["hümeyra", "De stand van zaken van de aanpak van femicide"],
  ])("applies the same Dutch analysis: %s", (q, title) => {
    const { engine } = sqliteEngine();
    expect(engine.search(q, { limit: 1 })[0]!.set.title).toBe(title);
  });

  it.each(['"onbalans', "politie:begroting", "* ~ ^ + -", "NEAR(a b)", "a AND OR NOT", "x".repeat(10_000), "de het"])("answers %j with at most 5 real hits, and none when nothing is left to search for", (q) => {
    const { engine } = sqliteEngine();
    const hits = engine.search(q, { limit: 5 });
    expect(hits.length).toBeLessThanOrEqual(5);
    for (const h of hits) expect(h.set.questions).toContain(h.question);
    if (["* ~ ^ + -", "de het"].includes(q)) expect(hits).toEqual([]);
    if (q === "politie:begroting") expect(hits[0]!.set.title).toBe("De politiebegroting");
  });

  it("counts every corpus word as the in-memory vocabulary does, after a build and after adding and removing sets", () => {
    const backend = SqliteBackend.open(":memory:");
    const extra = corpusOf(["extra.txt", `${HEADER("Politie en drones")}\nWat doet de politie tegen drones boven gevangenissen?\nDe politie treedt op.`]);
    const merged = { ...corpus, sets: [...corpus.sets, ...extra.sets], byId: new Map([...corpus.byId, ...extra.byId]) };
    const agree = (sets: typeof corpus.sets) => {
      const memory = buildVocabulary({ all: () => sets });
      const words = new Set(sets.flatMap(setWords));
      for (const w of words) expect(backend.vocabulary.count(w), w).toBe(memory.count(w));
      return words;
    };
    backend.sync(corpus);
    const before = agree(corpus.sets);
    backend.sync(merged);
    agree(merged.sets);
    expect(backend.vocabulary.count("drones")).toBe(2);
    expect(backend.vocabulary.count("politie")).toBe(buildVocabulary({ all: () => corpus.sets }).count("politie") + 3);
    backend.sync(corpus);
    expect(agree(corpus.sets)).toEqual(before);
    expect(backend.vocabulary.count("drones")).toBe(0);
  });

  it("updates incrementally when a dump is added, changed or removed", () => {
    const path = join(tempDir("fts"), "search.sqlite");
    const backend = SqliteBackend.open(path);
    expect(backend.sync(corpus)).toMatchObject({ added: 20, removed: 0 });
    expect(backend.sync(corpus)).toMatchObject({ added: 0, removed: 0, unchanged: 20 });
    const extra = `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?`;
    const bigger = corpusOf(["extra.txt", extra]);
    const merged = { ...corpus, sets: [...corpus.sets, ...bigger.sets], byId: new Map([...corpus.byId, ...bigger.byId]) };
    expect(backend.sync(merged)).toMatchObject({ added: 1, removed: 0, unchanged: 20 });
    const engine = new SearchEngine(merged, backend.vocabulary, backend);
    expect(engine.search("drones gevangenissen", { limit: 1 })[0]!.set.title).toBe("Drones boven gevangenissen");
    expect(backend.sync(corpus)).toMatchObject({ added: 0, removed: 1 });
    expect(new SearchEngine(corpus, backend.vocabulary, backend).search("drones gevangenissen", { limit: 1 })).toEqual([]);
    expect(backend.stats().documents).toBe(213);
    backend.close();
    const reopened = SqliteBackend.open(path);
    expect(reopened.sync(corpus)).toMatchObject({ added: 0, removed: 0 });
    reopened.close();
  });

  it("is chosen with SEARCH_BACKEND=sqlite and kept under DATA_DIR", () => {
    const dir = tempDir("app");
    mkdirSync(join(dir, "seeds"));
    copyFileSync(join(ROOT, "seeds", SEED_FILE), join(dir, "seeds", SEED_FILE));
    const app = loadApp({ seedsDir: join(dir, "seeds"), indexDir: join(dir, "index"), backend: "sqlite", dataDir: join(dir, "data") });
    expect(app.engine.backend.name).toBe("sqlite");
    expect(app.engine.search("politiebegroting", { limit: 1 })[0]!.set.title).toBe("De politiebegroting");
    writeFileSync(join(dir, "seeds", "extra.txt"), `${HEADER("Nieuwe set over drones")}\nWat doet u tegen drones?`);
    const again = loadApp({ seedsDir: join(dir, "seeds"), indexDir: join(dir, "index"), backend: "sqlite", dataDir: join(dir, "data") });
    expect(again.engine.search("drones", { limit: 1 })[0]!.set.title).toBe("Nieuwe set over drones");
  });

  it("scores every candidate as the Lunr backend does, counting whole terms only", () => {
    // Terms that are parts, heads and tails of each other, repeated, at the start and end of a field. Lunr keeps its weights to three decimals.
    const small = corpusOf([
      "kaas.txt",
      [
        `${HEADER("Kaas en kaasboeren")}\nKaas kaas kaasboer?\nDe kaasboer verkoopt boerenkaas, geen kaas.`,
        `${HEADER("Boeren op de markt")}\nVerkoopt de boer kazen op de kaasmarkt?\nBoeren verkopen kaas en kaaskoppen.`,
        `${HEADER("Markten")}\nHoeveel markten hebben een marktmeester?\nElke markt heeft een marktmeester, behalve de kaasmarkt.`,
        `${HEADER("Vragen")}\nHoeveel vragen zijn er?\nVeel.`,
      ].join("\n"),
    ]);
    const { vocab, documents } = analyseSets(small.sets);
    const lunr = LunrBackend.build(documents);
    const backend = SqliteBackend.open(":memory:");
    backend.sync(small);
    const view = (hits: BackendHit[]) => hits.map((h) => ({ ref: h.ref, matched: [...h.matched], coverage: h.coverage, asked: h.asked }));
    for (const q of ["kaas", "boer", "kaasboer", "markt", "kaas markt", "kaasmarkt meester", "boeren kaa", "markt ka"]) {
      const analysed = analyzeQuery(q, vocab, { prefixLast: q.endsWith("ka") || q.endsWith("kaa") });
      const [expected, actual] = [lunr.search(analysed, 50), backend.search(analysed, 50)];
      expect(actual.length, q).toBeGreaterThan(0);
      expect(view(actual), q).toEqual(view(expected));
      actual.forEach((h, i) => expect(h.score, `${q} ${h.ref}`).toBeCloseTo(expected[i]!.score, 2));
    }
    // A question word adds to what a word with content found, in both backends alike, and brings in nothing alone.
    const hoeveel = analyzeQuery("hoeveel markt", vocab);
    expect(hoeveel.words.map((w) => [w.word, w.light ?? false])).toEqual([["markt", false], ["hoeveel", true]]);
    const [expected, actual] = [lunr.search(hoeveel, 50), backend.search(hoeveel, 50)];
    expect(view(actual)).toEqual(view(expected));
    expect(actual.map((h) => [h.ref.replace(/-.*#/, "#"), [...h.matched]])).toEqual([["markten#1", [0, 1]], ["boeren#1", [0]]]);
    // Whatever the order of the words, the question word still only adds to what the word with content found.
    const lightFirst = { ...hoeveel, words: [hoeveel.words[1]!, hoeveel.words[0]!] };
    for (const b of [lunr, backend]) expect(b.search(lightFirst, 50).map((h) => [h.ref.replace(/-.*#/, "#"), [...h.matched]]), b.name).toEqual([["markten#1", [0, 1]], ["boeren#1", [1]]]);
    // Cut to fewer than match, both keep the same best ones.
    const few = analyzeQuery("kaas markt", vocab);
    expect(lunr.search(few, 50).length).toBeGreaterThan(2);
    expect(view(backend.search(few, 2))).toEqual(view(lunr.search(few, 2)));
    backend.close();
  });

  it("sees what another connection changed in the index, also in what it kept from earlier queries", () => {
    const path = join(tempDir("fts"), "search.sqlite");
    const reader = SqliteBackend.open(path);
    reader.sync(corpus);
    const query = analyzeQuery("politie begroting", reader.vocabulary);
    const before = reader.search(query, 20);
    const writer = SqliteBackend.open(path);
    const extra = corpusOf(["extra.txt", `${HEADER("Begroting van de politie in 2026")}\nWat kost de politie?\nDe begroting van de politie groeit.`]);
    writer.sync({ ...corpus, sets: [...corpus.sets, ...extra.sets] });
    const after = reader.search(query, 20);
    const fresh = SqliteBackend.open(path);
    expect(after).toEqual(fresh.search(query, 20));
    expect(after.map((h) => h.ref)).toContain(`${extra.sets[0]!.id}#1`);
    const common = before.find((h) => after.some((a) => a.ref === h.ref))!;
    expect(after.find((a) => a.ref === common.ref)!.score).not.toBe(common.score);
    for (const b of [reader, writer, fresh]) b.close();
  });

  it("scores the documents another connection rewrote by their new text, also where their row ids come back", () => {
    const path = join(tempDir("fts"), "search.sqlite");
    const set = (answer: string) => corpusOf(["extra.txt", `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\n${answer}`]);
    const reader = SqliteBackend.open(path);
    // The set is indexed last, so its documents have the highest row ids, which SQLite hands out again once they are gone.
    reader.sync({ ...corpus, sets: [...corpus.sets, ...set("Niets.").sets] });
    const query = analyzeQuery("drones detectie", reader.vocabulary);
    const ids = () => reader.db.prepare("SELECT id FROM docs WHERE set_id LIKE 'drones%' ORDER BY id").pluck().all();
    const idsBefore = ids();
    const before = reader.search(query, 20);
    const writer = SqliteBackend.open(path);
    writer.sync({ ...corpus, sets: [...corpus.sets, ...set("De detectie van drones boven gevangenissen wordt uitgebreid.").sets] });
    expect(ids()).toEqual(idsBefore);
    const after = reader.search(query, 20);
    const fresh = SqliteBackend.open(path);
    expect(after).toEqual(fresh.search(query, 20));
    expect(after[0]!.score).toBeGreaterThan(before[0]!.score);
    for (const b of [reader, writer, fresh]) b.close();
  });
});
