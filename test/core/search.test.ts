import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeQuery, editDistance, splitCompound, Vocabulary, words } from "../../src/core/analysis.js";
import { buildVocabulary, searchDocuments, SearchEngine } from "../../src/core/search.js";
import { LunrBackend } from "../../src/core/lunr-backend.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import { openLunrIndex } from "../../src/index-store.js";
import { loadApp } from "../../src/app.js";
import { EVAL_SET } from "../eval/queries.js";
import { evaluate } from "../eval/evaluate.js";
import { corpusOf, HEADER, ROOT, SEED_FILE, seedCorpus } from "../helpers.js";

const corpus = seedCorpus();
const vocab = buildVocabulary(corpus);
const engine = new SearchEngine(corpus, vocab, LunrBackend.build(searchDocuments(corpus, vocab)));
const sqlite = SqliteBackend.open(":memory:");
sqlite.sync(corpus);
const sqliteEngine = new SearchEngine(corpus, sqlite.vocabulary, sqlite);

describe("analysis", () => {
  it("folds case, diacritics, quotes and numbers", () => {
    expect(words("Curaçao Zoë HÜMEYRA Clare’s 2.194")).toEqual(["curacao", "zoe", "humeyra", "clare", "2194"]);
  });
  it("splits compounds into corpus words, with a linking s", () => {
    const v = new Vocabulary([["politie", 5], ["begroting", 3], ["veiligheid", 2], ["beleid", 2]]);
    expect(splitCompound("politiebegroting", v)).toEqual(["politie", "begroting"]);
    expect(splitCompound("veiligheidsbeleid", v)).toEqual(["veiligheid", "beleid"]);
    expect(splitCompound("politie", v)).toBeNull();
  });
  it("corrects typos against the corpus words only when the word is unknown", () => {
    expect(editDistance("uitleveing", "uitlevering", 2)).toBe(1);
    expect(editDistance("femicdie", "femicide", 2)).toBe(1);
    const q = analyzeQuery("uitleveing politie", vocab);
    expect(q.words[0]!.corrections).toContain("uitlever");
    expect(q.words[1]!.corrections).toEqual([]);
  });
});

describe.each([
  ["lunr", engine],
  ["sqlite", sqliteEngine],
])("search on the seed (%s backend)", (_name, engine) => {
  const top = (q: string) => engine.search(q, { limit: 3 }).map((h) => `${h.set.title}#${h.question.number}`);
  it.each([
    ["curacao", "De aanhoudende problematiek van vuurwapenbezit op Curaçao"],
    ["CURAÇAO", "De aanhoudende problematiek van vuurwapenbezit op Curaçao"],
    ["zoe sedney", "Het bericht op NU.nl"],
    ["humeyra", "De stand van zaken van de aanpak van femicide"],
    ["Hümeyra", "De stand van zaken van de aanpak van femicide"],
    ["clare's", "De uitvoering van maatregelen om femicide"],
    ["Clare’s", "De uitvoering van maatregelen om femicide"],
    ["begroting politie", "De politiebegroting"],
    ["politiebegroting", "De politiebegroting"],
    ["politiebegrotng", "De politiebegroting"],
    ["uitleveing", "De mogelijke uitlevering van een Amerikaanse vrouw"],
  ])("%s finds %s", (query, title) => {
    expect(top(query)[0]).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  it("ranks exact matches above typo corrections", () => {
    const exact = engine.search("vuurwapens", { limit: 1 })[0]!;
    expect(exact.question.text.toLowerCase()).toContain("vuurwapen");
  });

  it("finds words that only occur in answers, also through a reference", () => {
    const hits = engine.search("Taskforce Ombuigingen", { limit: 5 });
    expect(hits[0]!.set.title).toBe("De politiebegroting");
    expect(hits.map((h) => h.question.number)).toContain(4);
  });

  it.each(["politie:begroting", "*", "~2", "^", "+femicide -stalking", '"unbalanced', ":*~^+-", "<b>html</b>", "@everyone", "🚓🚓", "\u0000\u0007", "x".repeat(10_000), "de het een"])(
    "never throws on %j",
    (q) => {
      expect(() => engine.search(q, { limit: 5 })).not.toThrow();
    },
  );
  it("searches Lunr syntax as words", () => {
    const hit = engine.search("+femicide -stalking", { limit: 1 })[0]!;
    expect(`${hit.set.title} ${hit.question.text}`).toMatch(/femicide|stalking/i);
    expect(top("politie:begroting")[0]).toMatch(/^De politiebegroting/);
  });
  it("returns nothing for only stop words", () => {
    expect(engine.search("de het een", { limit: 5 })).toEqual([]);
    expect(engine.analyze("de het een").empty).toBe(true);
  });
  it("shows a question once even when several sets repeat it", () => {
    const hits = engine.search("grenscontroles Ter Apel", { limit: 10 });
    const texts = hits.map((h) => h.question.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("evaluation set", () => {
  it("has at least 50 realistic queries and meets the quality bar", () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(50);
    const r = evaluate(EVAL_SET, (q) => engine.search(q, { limit: 10 }).map((h) => ({ setId: h.set.id, number: h.question.number })));
    expect(r.hit1).toBeGreaterThanOrEqual(0.95);
    expect(r.hit3).toBeGreaterThanOrEqual(0.98);
  });
});

describe("saved index", () => {
  it("is built when missing, loaded when fresh and rebuilt when a dump changes", () => {
    const seeds = mkdtempSync(join(tmpdir(), "kv-seeds-"));
    const index = mkdtempSync(join(tmpdir(), "kv-index-"));
    copyFileSync(join(ROOT, "seeds", SEED_FILE), join(seeds, SEED_FILE));
    const first = loadApp({ seedsDir: seeds, indexDir: index });
    expect(first.indexOrigin).toBe("built");
    const second = loadApp({ seedsDir: seeds, indexDir: index });
    expect(second.indexOrigin).toBe("loaded");
    const q = (app: typeof first) => app.engine.search("politiebegroting", { limit: 3 }).map((h) => h.set.id + h.question.number);
    expect(q(second)).toEqual(q(first));
    writeFileSync(join(seeds, "extra.txt"), `${HEADER("Nieuwe set over drones")}\nWat doet u tegen drones boven gevangenissen?\n`);
    const third = loadApp({ seedsDir: seeds, indexDir: index });
    expect(third.indexOrigin).toBe("built");
    expect(third.engine.search("drones gevangenissen", { limit: 1 })[0]!.set.title).toBe("Nieuwe set over drones");
  });
  it("rebuilds a corrupt or old-version file instead of failing", () => {
    const index = mkdtempSync(join(tmpdir(), "kv-index-"));
    mkdirSync(index, { recursive: true });
    const c = corpusOf(["a.txt", `${HEADER("Set")}\nWat is dit?`]);
    const dumps = [{ file: "a.txt", content: "x" }];
    writeFileSync(join(index, "search-index.bin"), "{ niet af");
    expect(openLunrIndex(c, dumps, index).origin).toBe("built");
    expect(openLunrIndex(c, dumps, index).origin).toBe("loaded");
    const saved = readFileSync(join(index, "search-index.bin"));
    writeFileSync(join(index, "search-index.bin"), saved.subarray(0, saved.length - 3));
    expect(openLunrIndex(c, dumps, index).origin).toBe("built");
    expect(openLunrIndex(c, dumps, index).origin).toBe("loaded");
    writeFileSync(join(index, "search-index.bin"), Buffer.from(saved.toString("latin1").replace(/"schemaVersion":\d+/, '"schemaVersion":0'), "latin1"));
    expect(openLunrIndex(c, dumps, index).origin).toBe("built");
  });
});

describe("index file", () => {
  it("round-trips the compact index and answers identically after loading", async () => {
    const { encodeIndex, decodeIndex, decodeHeader } = await import("../../src/core/index-codec.js");
    const built = LunrBackend.build(searchDocuments(corpus, vocab));
    const header = { schemaVersion: 9, analysisVersion: 9, fingerprint: "abc", builtAt: "2026-11-28T00:00:00.000Z" };
    const buf = encodeIndex(header, built.data, vocab.entries());
    expect(decodeHeader(buf)).toEqual(header);
    const decoded = decodeIndex(buf);
    expect(decoded.index.terms).toEqual(built.data.terms);
    expect([...decoded.index.weights]).toEqual([...built.data.weights]);
    const loaded = new SearchEngine(corpus, new Vocabulary(decoded.vocabulary), LunrBackend.fromCompact(decoded.index));
    for (const q of ["politiebegroting", "begroting politie", "uitleveing", "Mutluer PvdA", "femi"]) {
      expect(loaded.search(q, { limit: 5, prefixLast: true })).toEqual(engine.search(q, { limit: 5, prefixLast: true }));
    }
  });
});
