import { describe, expect, it } from "vitest";
import { likeness, reachedShare } from "../../src/core/likeness.js";
import { corpusOf, engineFor, HEADER } from "../helpers.js";

const body = (...lines: string[]) => lines.join("\n");

describe("how alike a pasted text and an earlier question are", () => {
  const corpus = corpusOf(
    [
      "a.txt",
      body(
        HEADER("Drones"),
        "Hoeveel drones zijn er boven gevangenissen waargenomen sinds de invoering van het vliegverbod?",
        "Veertig.",
        "Wat is uw reactie op de uitspraak van de Raad van State over het vliegverbod boven gevangenissen en de handhaving daarvan door de marechaussee?",
        "Wij bestuderen de uitspraak.",
      ),
    ],
    ["b.txt", body(HEADER("Jeugdzorg"), "Hoe lang zijn de wachtlijsten in de jeugdzorg?", "Lang.", "Is de wachtlijstbemiddeling gehackt?", "Nee.", "Zijn de systemen hersteld na de hack door de hackers?", "Ja.")],
  );
  const engine = engineFor(corpus);
  const analyzed = (text: string) => engine.analyze(text);
  const drones = corpus.sets.find((s) => s.title === "Drones")!;
  const earlier = (n: number) => analyzed(`${drones.title}. ${drones.questions[n - 1]!.text}`);

  it("reads how much of one text's weight the words of another reach", () => {
    const q = earlier(1);
    expect(reachedShare(q, q)).toBe(1);
    expect(reachedShare(analyzed("Hoe lang zijn de wachtlijsten bij de tandarts?"), q)).toBe(0);
    const some = reachedShare(analyzed("Hoeveel drones zijn er gezien?"), q);
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(1);
    // A rare word says more than a common one: "vliegverbod" is in two questions, "waargenomen" in one.
    expect(reachedShare(analyzed("waargenomen"), q)).toBeGreaterThan(reachedShare(analyzed("vliegverbod"), q));
  });

  it("counts a word in another form: the singular of a plural, the noun of a participle", () => {
    const q = analyzed("Hoeveel gevangenissen en drones?");
    expect(reachedShare(analyzed("gevangenis drone"), q)).toBe(1);
    // "hacker" reaches "gehackt" only through the form they share, "hack".
    expect(analyzed("hacker").words[0]!.variants).toEqual(["hack"]);
    expect(reachedShare(analyzed("hacker"), analyzed("gehackt"))).toBe(1);
    expect(reachedShare(analyzed("gehackt"), analyzed("hacker"))).toBe(1);
  });

  it("joins two words typed apart into the compound the other text has, either way round", () => {
    const joined = analyzed("wachtlijstbemiddeling");
    const apart = analyzed("wachtlijst bemiddeling");
    expect(reachedShare(apart, joined)).toBe(1);
    expect(reachedShare(joined, apart)).toBe(1);
    expect(reachedShare(analyzed("wachtlijst"), joined)).toBe(0);
  });

  it("lets a compound the corpus lacks reach the part it knows", () => {
    expect(analyzed("dronesverbod").words[0]!.knownPart).not.toBeNull();
    expect(reachedShare(analyzed("dronesverbod"), analyzed("drones"))).toBe(1);
  });

  it("counts words the corpus lacks in the text they stand in, so that a few common words in common are not enough", () => {
    const known = analyzed("Hoeveel drones zijn er?");
    const unknown = analyzed("Hoeveel drones en zeppelins en luchtballonnen zijn er?");
    expect(unknown.words.filter((w) => w.weight === 0).length).toBe(2);
    const q = earlier(1);
    expect(reachedShare(q, known)).toBe(1);
    expect(reachedShare(q, unknown)).toBeCloseTo(known.words[0]!.weight / (known.words[0]!.weight + 2 * 0.5), 10);
  });

  it("is zero for a text without a word that weighs", () => {
    expect(reachedShare(analyzed("drones"), analyzed("de het een"))).toBe(0);
    expect(likeness(analyzed("de het een"), earlier(1))).toBe(0);
  });

  it("needs both ways: a short formula that a long question covers whole is not close to it", () => {
    const formula = analyzed("Wat is uw reactie op de uitspraak van de Raad van State?");
    const long = earlier(2);
    expect(reachedShare(long, formula)).toBe(1);
    expect(reachedShare(formula, long)).toBeLessThan(0.6);
    expect(likeness(formula, long)).toBeCloseTo(Math.sqrt(reachedShare(formula, long)), 10);
  });

  it("is one for the earlier question pasted again, and what /eerder shows for each hit", () => {
    const text = drones.questions[0]!.text;
    const hits = engine.similar(text, 5);
    expect(hits[0]!.question.text).toBe(text);
    for (const hit of hits) {
      expect(hit.likeness).toBeCloseTo(likeness(analyzed(text), analyzed(`${hit.set.title}. ${hit.question.text}`)), 10);
    }
    expect(hits[0]!.likeness).toBeGreaterThan(0.9);
    for (const other of hits.slice(1)) expect(other.likeness).toBeLessThan(hits[0]!.likeness);
  });
});
