import { describe, expect, it, vi } from "vitest";
import { SqliteBackend } from "../src/search/sqlite-backend.js";
import { SearchEngine } from "../src/core/search.js";
import { corpusOf, HEADER } from "./helpers.js";

const ZEPPELIN = ["a.txt", `${HEADER("Zeppelinhaven boven de Noordzee")}\nWat weet u van de zeppelinhaven bij Den Helder?\nNiets.`] as [string, string];
const DRONES = ["b.txt", `${HEADER("Drones boven gevangenissen")}\nWat doet u tegen drones boven gevangenissen?\nMaatregelen.`] as [string, string];

describe("the SQLite vocabulary's typo candidates", () => {
  it("are asked of the index once per word, and follow the index when it changes", () => {
    const first = corpusOf(ZEPPELIN, DRONES);
    const backend = SqliteBackend.open(":memory:");
    backend.sync(first);
    const engine = new SearchEngine(first, backend.vocabulary, backend);
    const typo = engine.suggestions("zepelinhaven");
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.every((w) => w.startsWith("zeppelin"))).toBe(true);
    const candidates = backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1);
    expect(candidates).toContain(typo[0]);
    // A second ask is answered without the index, and what a caller does to the list does not stick.
    candidates.length = 0;
    const statement = Object.getPrototypeOf(backend.db.prepare("SELECT 1")) as { all: () => unknown[]; get: () => unknown };
    const reads = [vi.spyOn(statement, "all"), vi.spyOn(statement, "get")];
    expect(backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1)).toContain(typo[0]);
    expect(engine.suggestions("zepelinhaven")).toEqual(typo);
    expect(reads.map((r) => r.mock.calls.length)).toEqual([0, 0]);
    for (const r of reads) r.mockRestore();
    // The zeppelin set leaves the corpus: its words are no longer proposed.
    const second = corpusOf(DRONES);
    backend.sync(second);
    expect(new SearchEngine(second, backend.vocabulary, backend).suggestions("zepelinhaven")).toEqual([]);
    expect(backend.vocabulary.nearby(typo[0]!.slice(0, -1), 1)).toEqual([]);
    backend.close();
  });
});
