import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dutchLexicon, lexiconPath } from "../src/lexicon/dutch.js";
import { memoryLogger, seedEngine } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

describe("the Dutch word list from the OpenTaal dictionary", () => {
  const dir = tempDir("lexicon");
  const path = join(dir, "made", "lexicon.txt");
  const log = memoryLogger();
  const lexicon = dutchLexicon(log, path);
  beforeAll(() => {
    expect(log.lines).toEqual([]);
    // The first question made the list.
    expect(lexicon.has("kopen")).toBe(true);
  });

  it("is made when missing, with one log line, and read from then on", () => {
    expect(log.lines).toEqual(["info Nederlandse woordenlijst wordt eenmalig opgebouwd (enkele seconden)"]);
    expect(lexicon.has("meteen")).toBe(true);
    expect(dutchLexicon(log, path).has("straat")).toBe(true);
    expect(log.lines).toHaveLength(1);
  });

  it("holds the dictionary's inflected forms, folded like query words and sorted for searching in place", () => {
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(200_000);
    expect(lines.every((w, i) => /^[a-z]+$/.test(w) && (i === 0 || lines[i - 1]! < w))).toBe(true);
    // Strong and weak verb forms, plurals, participles, adverbs; "ĳ" and "ë" folded.
    for (const w of ["kopen", "kocht", "werkten", "afgesloten", "verborgen", "meteen", "straat", "aanranding", "bedreigd", "vrijheid", "financiele"]) {
      expect(lexicon.has(w), w).toBe(true);
    }
    for (const w of ["femicdie", "politiebegrotnig", "wachtljist", "uitleveing"]) expect(lexicon.knows(w), w).toBe(false);
    expect(lexicon.knows("wapenwet")).toBe(true);
  });

  it("is made again, with one log line, when the file was cut short", () => {
    const cut = join(dir, "cut", "lexicon.txt");
    mkdirSync(join(dir, "cut"));
    const whole = readFileSync(path, "utf8");
    writeFileSync(cut, whole.slice(0, 100_003));
    expect(whole[100_002]).not.toBe("\n");
    const log = memoryLogger();
    expect(dutchLexicon(log, cut).has("zwijgen")).toBe(true);
    expect(readFileSync(cut, "utf8")).toBe(whole);
    expect(log.lines).toEqual(["info Nederlandse woordenlijst wordt eenmalig opgebouwd (enkele seconden); de oude was onvolledig"]);
  });

  it("knows no word, and says so once, when the list can be neither read nor made", () => {
    const log = memoryLogger();
    const blocked = join(dir, "blocked");
    mkdirSync(join(blocked, "lexicon.txt"), { recursive: true });
    const lexicon = dutchLexicon(log, join(blocked, "lexicon.txt"));
    expect(lexicon.has("kopen")).toBe(false);
    expect(lexicon.knows("kopen")).toBe(false);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^warn Nederlandse woordenlijst niet beschikbaar \(.+\); elk onbekend woord wordt als tikfout behandeld$/);
  });

  it("lives next to the installed dictionary, where the engines of the bot read it", () => {
    const words = seedEngine().analyze("wie kopen er meteen").words;
    expect(words.map((w) => [w.word, w.corrections])).toEqual([
      ["kopen", []],
      ["meteen", []],
    ]);
    expect(readFileSync(lexiconPath(), "utf8")).toBe(readFileSync(path, "utf8"));
    // Nor does "nothing found" ask whether a Dutch word was meant as another.
    expect(seedEngine().suggestions("kopen")).toEqual([]);
    expect(seedEngine().suggestions("femicdie")).toEqual(["femicide"]);
  });
});
