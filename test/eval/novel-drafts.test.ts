import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foldQuery } from "./held-out-shape.js";
import { NOVEL_DRAFTS_DEV, NOVEL_DRAFTS_TEST } from "./novel-drafts.js";
import { DEV_HALF } from "./dev-half.js";

const ALL = [...NOVEL_DRAFTS_DEV, ...NOVEL_DRAFTS_TEST];

/** Lowercased words without punctuation or footnote digits glued to them, for comparing runs of text. */
const words = (text: string): string[] =>
  text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** Every run of `n` consecutive words, joined, so that shared runs can be looked up. */
const runs = (text: string, n: number): string[] => {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(" "));
  return out;
};

// The stock formulas that question sets share run to ten words ("Hoe staat het met de
// uitvoering van de toezegging om"); a copied sentence is longer than that.
const COPIED_RUN = 11;

describe.each([
  ["NOVEL_DRAFTS_DEV", NOVEL_DRAFTS_DEV],
  ["NOVEL_DRAFTS_TEST", NOVEL_DRAFTS_TEST],
])("%s", (_name, drafts) => {
  it("holds 40 drafts", () => {
    expect(drafts).toHaveLength(40);
  });

  it("has drafts of 150 to 1,500 characters, the length of a pasted set of questions", () => {
    const outside = drafts.filter((d) => d.length < 150 || d.length > 1500);
    expect(outside).toEqual([]);
  });

  it("has a question mark in every draft", () => {
    expect(drafts.filter((d) => !d.includes("?"))).toEqual([]);
  });
});

describe("the novel drafts together", () => {
  it("repeat no draft within or across the two lists", () => {
    const folded = ALL.map(foldQuery);
    expect(folded.filter((d, i) => folded.indexOf(d) !== i)).toEqual([]);
  });

  // A near draft is meant to share the seed's keywords and names ("Bonaire", "NCSC"), so only
  // queries of four words or more count as contained; equality counts for every query.
  it("neither equal a query of the evaluation halves, whose subjects the seed does answer, nor contain one of four words or more", () => {
    const queries = DEV_HALF.map((c) => foldQuery(c.query));
    expect(queries.length).toBeGreaterThan(0);
    const clashes = ALL.map(foldQuery).flatMap((d) =>
      queries
        .filter((q) => d === q || (q.split(" ").length >= 4 && d.includes(q)))
        .map((q) => ({ draft: d.slice(0, 60), query: q })),
    );
    expect(clashes).toEqual([]);
  });

  it("copy no sentence of the seed dump", () => {
    const seedDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
    const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith(".txt"));
    expect(seedFiles.length).toBeGreaterThan(0);
    const seedRuns = new Set(seedFiles.flatMap((f) => runs(readFileSync(seedDir + f, "utf8"), COPIED_RUN)));
    const copied = ALL.flatMap((d) => runs(d, COPIED_RUN).filter((r) => seedRuns.has(r)));
    expect(copied).toEqual([]);
  });

  it("are no near copies of each other", () => {
    const owner = new Map<string, number>();
    const shared: string[] = [];
    ALL.forEach((d, i) => {
      for (const r of new Set(runs(d, COPIED_RUN))) {
        const first = owner.get(r);
        if (first === undefined) owner.set(r, i);
        else if (first !== i) shared.push(r);
      }
    });
    expect(shared).toEqual([]);
  });
});
