import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStopWord } from "../../src/core/lunr-nl.js";
import { PLACE_GROUPS, placeForms } from "../../src/core/place-names.js";
import { SearchEngine } from "../../src/core/search.js";
import { highlight, queryTerms } from "../../src/core/highlight.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const body = (...lines: string[]) => lines.join("\n");

describe("places and the words derived from them (placeForms)", () => {
  it.each([
    ["duitsland", ["duits", "duitse", "duitser", "duitsers"]],
    ["duitse", ["duitsland", "duits", "duitser", "duitsers"]],
    ["belgie", ["belgisch", "belgische", "belg", "belgen"]],
    ["amerikanen", ["amerika", "amerikaans", "amerikaanse", "amerikaan"]],
    ["curacaose", ["curacao", "curacaos", "curacaoenaar", "curacaoenaars"]],
  ])("%s → %j", (word, forms) => {
    expect(placeForms(word)).toEqual(forms);
  });

  it.each(["pool", "ier", "fries", "politie", "", "duitslands"])("%j stands for no place", (word) => {
    expect(placeForms(word)).toEqual([]);
  });

  it("hold folded words, no stop words, each word in one group only", () => {
    const all = PLACE_GROUPS.flat();
    expect(all.filter((w) => !/^[a-z]+$/.test(w) || isStopWord(w))).toEqual([]);
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
    expect(PLACE_GROUPS.filter((g) => g.length < 2)).toEqual([]);
  });
});

describe("searching a place by its adjective and back", () => {
  const engines = {} as Record<"lunr" | "sqlite", SearchEngine>;
  let backend: SqliteBackend | undefined;
  beforeAll(() => {
    const corpus = corpusOf(
      ["a.txt", body(HEADER("Grenscontroles"), "Wat vindt u van de Duitse grenscontroles?", "Die zijn tijdelijk.", "Hoeveel reizigers worden gecontroleerd?", "Dat weten wij niet.")],
      ["b.txt", body(HEADER("Phishing"), "Kent u het Belgische phishingschild?", "Ja.", "Komt er zo'n schild in Nederland?", "Dat wordt onderzocht.")],
      ["c.txt", body(HEADER("Reizen naar Duitsland"), "Hoeveel Nederlanders reizen naar Duitsland?", "Ruim een miljoen.")],
    );
    backend = SqliteBackend.open(":memory:");
    backend.sync(corpus);
    engines.lunr = engineFor(corpus);
    engines.sqlite = new SearchEngine(corpus, backend.vocabulary, backend);
  });
  afterAll(() => backend?.close());
  const top = (e: SearchEngine, q: string) => e.search(q, { limit: 3 }).map((h) => `${h.set.title}#${h.question.number}`);

  it.each(["lunr", "sqlite"] as const)("finds the adjective from the country, the country from the people, and still ranks the word itself first (%s)", (name) => {
    const e = engines[name];
    expect(top(e, "grenscontroles duitsland")[0]).toBe("Grenscontroles#1");
    expect(top(e, "phishingschild belgie")[0]).toBe("Phishing#1");
    expect(top(e, "duitsers")[0]).toBe("Reizen naar Duitsland#1");
    expect(top(e, "duitsland")).toEqual(["Reizen naar Duitsland#1", "Grenscontroles#1"]);
  });

  it("marks the derived word in the text", () => {
    const e = engines.lunr;
    const marked = highlight("Wat vindt u van de Duitse grenscontroles?", queryTerms(e.analyze("grenscontroles duitsland")), e.vocabulary);
    expect([...marked.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1])).toEqual(["Duitse", "grenscontroles"]);
  });
});
