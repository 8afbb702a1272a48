/**
 * The shape every held-out test half must have, as one suite that each half's test file
 * runs with its own minimums, so that the halves are held to the same rules.
 */
import { describe, expect, it } from "vitest";
import type { EvalCase, Kind } from "./cases.js";
import { malformedCases, seedSets, unknownTargets } from "./case-checks.js";

export interface HeldOutShape {
  cases: number;
  /** Cases other than pasted drafts. */
  searches: number;
  /** Sentence and paraphrase cases together. */
  sentences: number;
  paraphrases: number;
  keywords: number;
  names: number;
  typos: number;
  compounds: number;
  /**
   * When set, sentences must read as typed in chat: lowercase letters, digits and spaces
   * only, and at most this many words.
   */
  chatMaxWords?: number;
}

const SENTENCE_KINDS = new Set<Kind>(["sentence", "paraphrase"]);

/** Lowercase query with runs of whitespace folded, the form in which two queries count as one. */
export const foldQuery = (q: string): string => q.toLowerCase().replace(/\s+/g, " ").trim();

export function describeHeldOutHalf(title: string, cases: EvalCase[], shape: HeldOutShape): void {
  const count = (kind: Kind) => cases.filter((c) => c.kind === kind).length;

  describe(title, () => {
    const sets = seedSets();

    it("points only at sets and questions that exist in the seed", () => {
      expect(unknownTargets(cases, sets)).toEqual([]);
    });

    it("gives every case at least one target, no empty or repeated question lists, no repeated sets", () => {
      expect(malformedCases(cases)).toEqual([]);
    });

    it("has no query twice, even when case and spacing differ", () => {
      const norm = cases.map((c) => foldQuery(c.query));
      const repeated = norm.filter((q, i) => norm.indexOf(q) !== i);
      expect(repeated).toEqual([]);
    });

    it(`has at least ${shape.cases} cases, ${shape.searches} of them search queries`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(shape.cases);
      expect(cases.filter((c) => c.kind !== "draft").length).toBeGreaterThanOrEqual(shape.searches);
    });

    it(`has at least ${shape.sentences} full sentences of four words or more, at least ${shape.paraphrases} of them paraphrases`, () => {
      const sentences = cases.filter((c) => SENTENCE_KINDS.has(c.kind));
      expect(sentences.length).toBeGreaterThanOrEqual(shape.sentences);
      expect(count("paraphrase")).toBeGreaterThanOrEqual(shape.paraphrases);
      for (const c of sentences) expect(c.query.split(/\s+/).length, c.query).toBeGreaterThanOrEqual(4);
    });

    if (shape.chatMaxWords !== undefined) {
      const max = shape.chatMaxWords;
      it(`writes sentences as typed in chat: lowercase, no punctuation, at most ${max} words`, () => {
        const sentences = cases.filter((c) => SENTENCE_KINDS.has(c.kind));
        const unlike = sentences.filter((c) => !/^[a-z0-9]+( [a-z0-9]+)*$/.test(c.query) || c.query.split(" ").length > max);
        expect(unlike.map((c) => c.query)).toEqual([]);
      });
    }

    it("covers keywords, names, typos and compounds in useful numbers", () => {
      expect(count("keyword")).toBeGreaterThanOrEqual(shape.keywords);
      expect(count("name")).toBeGreaterThanOrEqual(shape.names);
      expect(count("typo")).toBeGreaterThanOrEqual(shape.typos);
      expect(count("compound")).toBeGreaterThanOrEqual(shape.compounds);
    });

    it("has exactly 15 pasted drafts of 150 to 1,500 characters, each aimed at specific questions", () => {
      const drafts = cases.filter((c) => c.kind === "draft");
      expect(drafts).toHaveLength(15);
      for (const d of drafts) {
        expect(d.query.length, d.query.slice(0, 60)).toBeGreaterThanOrEqual(150);
        expect(d.query.length, d.query.slice(0, 60)).toBeLessThanOrEqual(1500);
        for (const t of d.targets) expect(t.q, d.query.slice(0, 60)).toBeDefined();
      }
    });

    it("spreads the search queries over every set of the seed", () => {
      const targeted = new Set(cases.filter((c) => c.kind !== "draft").flatMap((c) => c.targets.map((t) => t.set)));
      const missing = sets.map((s) => s.id).filter((id) => !targeted.has(id));
      expect(missing).toEqual([]);
    });
  });
}
