/**
 * Answers that point to other answers: "Zie antwoord vraag 3.", "Nee, zie
 * antwoord 6.", "Zie ook mijn antwoord op vraag 4 over ...". All reference
 * resolution happens here; renderers show what it returns.
 */
import type { AnswerTarget } from "./model.js";

const NUMBER_LIST = String.raw`(\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*)`;

/** A leading pointer: optional "Ja,"/"Nee," then "zie (het|mijn) antwoord (op) (vraag) N". */
const LEADING = new RegExp(
  String.raw`^(?:(?:ja|nee|neen)\s*[,.;]?\s*)?(?:zie|verwijs ik (?:u )?naar|ik verwijs (?:u )?naar)\s+(?:het\s+|mijn\s+|de\s+)?(?:antwoord(?:en)?|beantwoording)\s+(?:op\s+|bij\s+|van\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)?` +
    NUMBER_LIST +
    String.raw`\s*[.;:]?`,
  "i",
);

/** Any mention of another answer inside running text. */
const PASSING = new RegExp(
  String.raw`(?:antwoord(?:en)?|beantwoording)\s+(?:op\s+|bij\s+|van\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)` + NUMBER_LIST,
  "gi",
);
const MENTIONS_ANSWER = /ntwoord/i;
const BARE_ANSWER = new RegExp(String.raw`\bzie\s+(?:het\s+|mijn\s+)?antwoord\s+` + NUMBER_LIST, "gi");

export interface LeadingReference {
  targets: number[];
  /** Words after the pointer, or "" when the answer only points. */
  rest: string;
}

const SEPARATOR = /\s*(,|en|t\/m|tot en met|-|–)\s*/;
const RANGE = new Set(["-", "–", "t/m", "tot en met"]);
/** A range longer than this is more likely two separate numbers than a real range. */
const MAX_RANGE = 50;

/** Expands "3 en 4", "4-7", "1, 2 en 5" to the question numbers they name. */
export function expandNumbers(list: string): number[] {
  const out: number[] = [];
  // Stryker disable next-line BooleanLiteral: a range mark before any number has nothing to start from either way
  let rangeNext = false;
  for (const token of list.trim().split(SEPARATOR)) {
    if (RANGE.has(token)) {
      rangeNext = true;
      continue;
    }
    if (!/^\d+$/.test(token)) continue;
    const n = Number(token);
    // Questions are numbered from 1; "vraag 0" is no reference.
    if (n === 0) continue;
    const prev = out[out.length - 1];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: without a previous number, or with "3-3", every branch gives the same numbers
    if (rangeNext && prev !== undefined && n > prev && n - prev < MAX_RANGE) {
      for (let i = prev + 1; i <= n; i++) out.push(i);
    } else out.push(n);
    rangeNext = false;
  }
  return [...new Set(out)];
}

/** The pointer an answer opens with, or null when it opens otherwise. */
export function leadingReference(answerText: string): LeadingReference | null {
  // An imported answer may open with an empty paragraph; the pointer is in the first words all the same.
  const text = answerText.trimStart();
  const newline = text.indexOf("\n");
  // Stryker disable next-line EqualityOperator: trimmed text never starts with a line break, so `<= 0` reads the same
  const firstParagraph = newline < 0 ? text : text.slice(0, newline);
  const m = LEADING.exec(firstParagraph);
  if (!m) return null;
  const targets = expandNumbers(m[1]!);
  if (targets.length === 0) return null;
  const restOfLine = firstParagraph.slice(m[0].length).trim();
  // Stryker disable next-line EqualityOperator: trimmed text never starts with a line break, so `<= 0` reads the same
  const otherParagraphs = newline < 0 ? "" : text.slice(newline + 1).trim();
  const rest = [restOfLine, otherParagraphs].filter(Boolean).join("\n");
  return { targets, rest };
}

/** Every question number an answer mentions, in the order the text first names them. */
export function mentionedQuestions(answerText: string): number[] {
  // Both patterns name an "antwoord" or a "beantwoording" and a number: most answers lack one or the other.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,Regex: shortcuts only; without "ntwoord" and a digit neither pattern below can match
  if (!MENTIONS_ANSWER.test(answerText) || !/\d/.test(answerText)) return [];
  const found: { at: number; numbers: number[] }[] = [];
  for (const re of [PASSING, BARE_ANSWER]) {
    re.lastIndex = 0;
    for (let m = re.exec(answerText); m; m = re.exec(answerText)) found.push({ at: m.index, numbers: expandNumbers(m[1]!) });
  }
  // Stryker disable next-line ConditionalExpression: a shortcut only; sorting and merging no mentions gives none as well
  if (found.length === 0) return [];
  // One mention, the common case, is already in order and without repeats.
  // Stryker disable next-line ConditionalExpression: a shortcut only; one mention's numbers are already distinct and in order
  if (found.length === 1) return found[0]!.numbers;
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.flatMap((f) => f.numbers))];
}

/** What one answer block points to or mentions, resolved through chains. */
export interface BlockReferences {
  /** The pointer the block opens with, when it opens with one. */
  lead: LeadingReference | null;
  /** True when the block opens with a pointer and at least one of its targets was found. */
  pointing: boolean;
  /** Every answer shown with this one, in order: pointer targets first, then answers mentioned in passing. */
  targets: AnswerTarget[];
}

export interface ReferenceProblem {
  /** Index of the answer block whose pointer has the problem. */
  block: number;
  message: string;
}

/** A target as found, with the block it is, so that merging can see two routes to one block. */
type Found = AnswerTarget & { block: number };

/**
 * Resolves the references of every answer block of one set. `blocks` holds the
 * text of each answer block; `blockOf[i]` is the block answering question
 * i + 1, or null when that question has no answer. Problems are reported once,
 * on the block whose own pointer has them; chains are followed through
 * pointing answers only, never through passing mentions.
 */
export function resolveReferences(
  blocks: string[],
  blockOf: (number | null)[],
  /** `mentionedQuestions` of each block, when the caller has them already. */
  mentioned: number[][] = blocks.map(mentionedQuestions),
  /** `leadingReference` of each block, when the caller has them already. */
  leads: (LeadingReference | null)[] = blocks.map(leadingReference),
): { blocks: BlockReferences[]; problems: ReferenceProblem[] } {
  // Plain loops and one recursive function: this runs for only some sets, and
  // closures and spreads cost more to optimise than the resolving itself.
  const chains = new Chains(blocks, blockOf, leads);
  const problems: ReferenceProblem[] = [];
  const resolved: BlockReferences[] = [];
  for (let block = 0; block < blocks.length; block++) {
    const lead = leads[block]!;
    const mentions = mentioned[block]!;
    // Most answers neither point nor mention another: nothing to follow.
    // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut only; without a lead or a mention the code below also finds no targets
    if (!lead && mentions.length === 0) {
      resolved.push({ lead, pointing: false, targets: [] });
      continue;
    }
    const found: Found[] = [];
    if (lead) {
      for (const n of lead.targets) {
        if (n > blockOf.length) problems.push({ block, message: `antwoord verwijst naar vraag ${n}, maar die bestaat niet in deze set` });
        else if (blockOf[n - 1] === null) problems.push({ block, message: `antwoord verwijst naar vraag ${n}, maar die vraag heeft geen antwoord` });
        else {
          const cycle = chains.follow(n, [block], [], found);
          if (cycle) problems.push({ block, message: `kringverwijzing tussen antwoorden (${cycle.join(" → ")})` });
        }
      }
    }
    const pointing = found.length > 0;
    // Mentions of the pointer's own targets lead where the pointer led, so merging drops them.
    for (const n of mentions) chains.follow(n, [block], [], found);
    resolved.push({ lead, pointing, targets: mergeTargets(found) });
  }
  return { blocks: resolved, problems };
}

/** Where the questions of one set lead, through pointing answers. */
class Chains {
  constructor(
    private readonly blocks: string[],
    private readonly blockOf: (number | null)[],
    private readonly leads: (LeadingReference | null)[],
  ) {}

  /**
   * Adds to `found` where question `n` leads, with `path` the blocks already on
   * the way (the first is the one being resolved) and `via` the questions
   * passed. Returns the first cycle met, as question numbers, or null.
   */
  follow(n: number, path: number[], via: number[], found: Found[]): number[] | null {
    const block = this.blockOf[n - 1];
    if (block === undefined || block === null) return null;
    if (path.includes(block)) return [this.blockOf.indexOf(path[0]!) + 1, ...via, n];
    const lead = this.leads[block]!;
    if (!lead || lead.rest) found.push({ numbers: [n], via, text: this.blocks[block]!, block });
    if (!lead) return null;
    const nextPath = [...path, block];
    const nextVia = [...via, n];
    let cycle: number[] | null = null;
    for (const t of lead.targets) {
      const further = this.follow(t, nextPath, nextVia, found);
      cycle ??= further;
    }
    return cycle;
  }
}

/** Shows an answer block once even when several numbers or routes lead to it. */
function mergeTargets(found: (AnswerTarget & { block: number })[]): AnswerTarget[] {
  const byBlock = new Map<number, AnswerTarget>();
  for (const t of found) {
    const seen = byBlock.get(t.block);
    // Written out rather than as `{ block, ...t }`: object rest is a runtime call per target.
    if (!seen) byBlock.set(t.block, { numbers: [...t.numbers], via: t.via, text: t.text });
    else for (const n of t.numbers) if (!seen.numbers.includes(n)) seen.numbers.push(n);
  }
  return [...byBlock.values()];
}
