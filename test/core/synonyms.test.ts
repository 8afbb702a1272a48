import { describe, expect, it } from "vitest";
import { stem } from "../../src/core/lunr-nl.js";
import { SYNONYM_GROUPS, synonymStems, synonymWords } from "../../src/core/synonyms.js";
import { SearchEngine } from "../../src/core/search.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import type { Corpus } from "../../src/core/corpus.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const body = (...lines: string[]) => lines.join("\n");

function sqliteEngineFor(corpus: Corpus): SearchEngine {
  const backend = SqliteBackend.open(":memory:");
  backend.sync(corpus);
  return new SearchEngine(corpus, backend.vocabulary, backend);
}

describe("synonym groups", () => {
  it("hold folded words, at least two per group, each word in one group only", () => {
    const seen = new Set<string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.length, group.join(",")).toBeGreaterThanOrEqual(2);
      for (const w of group) {
        expect(w).toMatch(/^[a-z]+( [a-z]+)*$/);
        expect(seen.has(w), w).toBe(false);
        seen.add(w);
      }
    }
  });

  it("work both ways, by stem, so any form of a word finds the others", () => {
    expect(synonymStems("politiemedewerkers")).toContainEqual([stem("agent")]);
    expect(synonymStems("agenten")).toContainEqual([stem("politiemedewerker")]);
    expect(synonymStems("financiering")).toContainEqual([stem("geld")]);
    expect(synonymStems("amerika")).toContainEqual(["verenigd", "stat"]);
    expect(synonymWords("geld")).toContain("budget");
    expect(synonymWords("geld")).not.toContain("geld");
    expect(synonymStems("kwetsbaarheid")).toEqual([]);
  });
});

describe("searching with synonyms", () => {
  const corpus = corpusOf(
    ["a.txt", body(HEADER("Politiemedewerkers op straat"), "Hoeveel politiemedewerkers zijn er in Utrecht?", "Er zijn 900 politiemedewerkers.")],
    ["b.txt", body(HEADER("Financiering van musea"), "Wordt de financiering van musea verhoogd?", "De financiering stijgt met 5%.")],
    ["c.txt", body(HEADER("Geld voor bibliotheken"), "Hoeveel geld krijgen bibliotheken?", "Elke bibliotheek krijgt geld van het Rijk.")],
    ["d.txt", body(HEADER("Capaciteit van de politieopleiding"), "Is er genoeg capaciteit op de politieopleiding?", "Er is plaats voor 3.000 studenten.")],
    ["e.txt", body(HEADER("Rechercheurs"), "Hoeveel rechercheurs werken er bij de recherche?", "Ongeveer 2.000 rechercheurs.")],
    ["f.txt", body(HEADER("Speelruimte"), "Is er genoeg speelruimte in wijken?", "Gemeenten zorgen daarvoor.")],
  );
  const engines: [string, SearchEngine][] = [
    ["lunr", engineFor(corpus)],
    ["sqlite", sqliteEngineFor(corpus)],
  ];
  const top = (e: SearchEngine, q: string) => e.search(q, { limit: 3 }).map((h) => h.set.title);

  it.each(engines)("finds the official word from the everyday one (%s)", (_name, e) => {
    expect(top(e, "hoeveel agenten zijn er in utrecht")[0]).toBe("Politiemedewerkers op straat");
  });

  it.each(engines)("ranks the exact word above its synonym (%s)", (_name, e) => {
    expect(top(e, "geld")).toEqual(["Geld voor bibliotheken", "Financiering van musea"]);
  });

  it.each(engines)("swaps a compound's part for its synonym when the corpus has that compound (%s)", (_name, e) => {
    expect(top(e, "politieschool")[0]).toBe("Capaciteit van de politieopleiding");
  });

  it.each(engines)("reads a word the corpus lacks through its synonym instead of as a typo (%s)", (_name, e) => {
    const q = e.analyze("speurders");
    expect(q.words[0]!.corrections).toEqual([]);
    expect(q.words[0]!.weight).toBeGreaterThan(0);
    expect(top(e, "speurders")[0]).toBe("Rechercheurs");
  });
});
