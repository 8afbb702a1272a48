import { describe, expect, it } from "vitest";
import type { wordAlternatives } from "../src/core/search.js";
import { WordFinder } from "../src/search/stored-terms.js";

type Group = ReturnType<typeof wordAlternatives>;
const word = (...terms: string[]): Group => terms.map((t) => ({ terms: [t], weight: 1, prefix: false, quality: 1 }));
const prefix = (p: string): Group => [{ terms: [p], weight: 1, prefix: true, quality: 1 }];
const held = (groups: Group[], text: string) => {
  const out = new Uint8Array(groups.length);
  new WordFinder(groups).find(text, out);
  return [...out];
};
/** Terms no document here has: with them a query has more terms than are looked up one by one, and the finder reads the document's terms instead. */
const absent = word(...Array.from({ length: 20 }, (_, i) => `ontbreekt${i}`));

describe("finding a query's words in a document's stored terms", () => {
  // Title, people, question and answer, the people field empty.
  const text = "politie agenten\n\nfiets gestolen\nslot";
  const groups = [word("politie"), word("fiets"), word("slot"), prefix("agen"), word("agent"), word("stol", "gestolen"), word("kluis")];

  it("holds whole terms at the start, at field boundaries and at the end, and a prefix, but not a term that only starts another", () => {
    expect(held(groups, text)).toEqual([1, 1, 1, 1, 0, 1, 0]);
    expect(held([...groups, absent], text)).toEqual([1, 1, 1, 1, 0, 1, 0, 0]);
  });

  it("reads a document of one field, or with a term in several of the query's words, the same either way", () => {
    const shared = [word("politie", "agenten"), word("agenten"), word("agent")];
    expect(held(shared, "politie agenten")).toEqual([1, 1, 0]);
    expect(held([...shared, absent], "politie agenten")).toEqual([1, 1, 0, 0]);
    expect(held([...shared, absent], "agenten")).toEqual([1, 1, 0, 0]);
    // A term as long as the shape allows and longer: still found whole, not by its first part.
    const long = "a".repeat(300);
    expect(held([word(long), word("a".repeat(299)), absent], `x ${long}`)).toEqual([1, 0, 0]);
  });

  it("holds the last term of a field that more fields follow, and the first term after empty fields, looking terms up or reading them all", () => {
    const bounds = [word("agenten"), word("fiets"), word("gestolen"), word("slot")];
    for (const extra of [[], [absent]]) {
      const none = extra.map(() => 0);
      // "agenten" ends the title, with terms in the fields after it; "fiets" follows an empty field.
      expect(held([...bounds, ...extra], text), `${extra.length} more`).toEqual([1, 1, 1, 1, ...none]);
      // No title and no people: the question's first term opens the terms after two separators.
      expect(held([...bounds, ...extra], "\n\nfiets gestolen\nslot"), `${extra.length} more`).toEqual([0, 1, 1, 1, ...none]);
    }
  });

  it("holds nothing of an empty document", () => {
    expect(held([...groups, absent], "")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(held([...groups, absent], "\n\n\n")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
