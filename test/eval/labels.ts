/**
 * What /eerder's labels tell a reader: on drafts whose earlier question is
 * known, how often the right one is called "zeer vergelijkbaar" and how often
 * a wrong one is; on drafts that were never asked, how often anything is.
 */
import { rankedLabels } from "../../commands/eerder.js";
import type { SearchEngine, SimilarHit } from "../../src/core/search.js";
import type { EvalCase } from "./cases.js";

const VERY = "zeer vergelijkbaar";
const RELATED = "verwant";

export interface LabelReport {
  drafts: number;
  /** Drafts whose first hit is a right question and is called very alike. */
  firstRightVery: number;
  /** Drafts whose first hit is a right question and is called "verwant" or more alike. */
  firstRightRelated: number;
  /** Drafts for which nothing is shown, though an earlier question exists. */
  draftsNothing: number;
  /** Every hit called very alike, by what it is. */
  very: { right: number; sameSet: number; otherSet: number };
  novel: number;
  /** Never-asked drafts with a hit called very alike, with "verwant" at best, and with no hit shown at all. */
  novelVery: number;
  novelRelated: number;
  novelNothing: number;
}

/** How the labels come about: from a list of hits to one label (or none) per hit. */
export type Labeller = (hits: SimilarHit[]) => (string | null)[];

/** The labels /eerder shows. */
export const shownLabels: Labeller = (hits) => rankedLabels(hits.map((h) => h.likeness));

/**
 * The labels as /eerder gave them from the share of the text a hit covers
 * alone, never higher than a hit above: the baseline for the likeness.
 */
export const shareLabels: Labeller = (hits) => {
  let cap = Infinity;
  return hits.map((h) => {
    cap = Math.min(cap, h.share);
    return cap >= 0.55 ? VERY : cap >= 0.3 ? RELATED : cap >= 0.15 ? "ver verwant" : null;
  });
};

export function labelReport(engine: SearchEngine, drafts: EvalCase[], novel: string[], labeller: Labeller = shownLabels, results = 5): LabelReport {
  const out: LabelReport = { drafts: drafts.length, firstRightVery: 0, firstRightRelated: 0, draftsNothing: 0, very: { right: 0, sameSet: 0, otherSet: 0 }, novel: novel.length, novelVery: 0, novelRelated: 0, novelNothing: 0 };
  for (const c of drafts) {
    const hits = engine.similar(c.query, results);
    const labels = labeller(hits);
    if (labels.every((l) => l === null)) out.draftsNothing++;
    labels.forEach((label, i) => {
      const hit = hits[i]!;
      const target = c.targets.find((t) => t.set === hit.set.id);
      const right = target !== undefined && (!target.q || target.q.includes(hit.question.number));
      if (i === 0 && right && label === VERY) out.firstRightVery++;
      if (i === 0 && right && (label === VERY || label === RELATED)) out.firstRightRelated++;
      if (label !== VERY) return;
      if (right) out.very.right++;
      else if (target) out.very.sameSet++;
      else out.very.otherSet++;
    });
  }
  for (const text of novel) {
    const labels = labeller(engine.similar(text, results));
    if (labels.includes(VERY)) out.novelVery++;
    else if (labels.includes(RELATED)) out.novelRelated++;
    else if (labels.every((l) => l === null)) out.novelNothing++;
  }
  return out;
}

export function formatLabelReport(r: LabelReport): string {
  return (
    `"${VERY}" on ${r.very.right + r.very.sameSet + r.very.otherSet} hits (${r.very.right} right question, ${r.very.sameSet} same set, ${r.very.otherSet} other set); ` +
    `right first hit called so for ${r.firstRightVery}/${r.drafts}, "${RELATED}" or more for ${r.firstRightRelated}; nothing shown for ${r.draftsNothing}; ` +
    `never-asked drafts (${r.novel}): ${r.novelVery} "${VERY}", ${r.novelRelated} "${RELATED}" at best, ${r.novelNothing} nothing shown`
  );
}
