/**
 * The answers of one parsed set: each question gets the text of its answer
 * block, how that answer reads and every answer it leads to.
 */
import type { RawSet } from "./parse.js";
import type { Answer, AnswerTarget, SeedWarning } from "./model.js";
import { leadingReference, mentionedQuestions, resolveReferences, type LeadingReference } from "./references.js";

/*
 * Plain loops throughout: a parse runs this for every set, and the optimising
 * compiler spends more on callbacks, spreads and sets than they save here.
 */

export function buildAnswers(raw: RawSet, warnings: SeedWarning[]): (Answer | null)[] {
  const blockText: string[] = [];
  const mentioned: number[][] = [];
  const leads: (LeadingReference | null)[] = [];
  // Stryker disable next-line BooleanLiteral: a shortcut only; `true` only sends more sets to the full resolution
  let refers = false;
  for (const block of raw.answerBlocks) {
    const text = block.paragraphs.join("\n");
    const mentions = mentionedQuestions(text);
    const lead = leadingReference(text);
    blockText.push(text);
    mentioned.push(mentions);
    leads.push(lead);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only; `true` or `>= 0` only sends more sets to the full resolution
    if (mentions.length > 0 || lead !== null) refers = true;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut only; every set also gets its answers from the resolution below
  if (!refers) return directAnswers(raw, blockText);
  const blockOf: (number | null)[] = [];
  for (const q of raw.questions) blockOf.push(q.block);
  const refs = resolveReferences(blockText, blockOf, mentioned, leads);
  for (const p of refs.problems) warnings.push({ file: raw.file, line: raw.answerBlocks[p.block]!.line, message: p.message });

  // What depends on the block only is worked out once per block, so a long run
  // of questions answered together does not repeat work on the answer text.
  const extras: (string | null)[] = [];
  const resolvedTexts: string[] = [];
  for (let b = 0; b < blockText.length; b++) {
    const { lead, pointing, targets } = refs.blocks[b]!;
    // Stryker disable next-line OptionalChaining: an answer only points when it has a lead
    const extra = pointing && lead?.rest ? lead.rest : null;
    extras.push(extra);
    resolvedTexts.push(pointing ? pointedText(extra, targets) : blockText[b]!);
  }

  const answers: (Answer | null)[] = [];
  for (let index = 0; index < raw.questions.length; index++) {
    const b = raw.questions[index]!.block;
    if (b === null) {
      answers.push(null);
      continue;
    }
    const block = raw.answerBlocks[b]!;
    const { lead, pointing, targets } = refs.blocks[b]!;
    const extra = extras[b]!;
    answers.push({
      text: blockText[b]!,
      kind: pointing ? (extra ? "leading-reference" : "reference") : "direct",
      refersTo: refersTo(lead, mentioned[b]!, index + 1),
      resolvedFrom: pointing ? targets[0]!.numbers[0]! : null,
      resolved: resolvedTexts[b]!,
      targets,
      group: groupOf(block.questionIndexes),
      extra,
      line: block.line,
    });
  }
  return answers;
}

/** What search reads of a pointing answer: its extra words, then every answer it leads to. */
function pointedText(extra: string | null, targets: AnswerTarget[]): string {
  const parts: string[] = [];
  if (extra) parts.push(extra);
  // Stryker disable next-line ConditionalExpression: a target is an answer block, whose text is never empty
  for (const t of targets) if (t.text) parts.push(t.text);
  return parts.join("\n\n");
}

/** Every question number an answer names, pointing or in passing, but not its own question in passing; sorted. */
function refersTo(lead: LeadingReference | null, mentioned: number[], number: number): number[] {
  // Stryker disable next-line ConditionalExpression: a shortcut only; without a lead or a mention the list below is empty too
  if (!lead && mentioned.length === 0) return [];
  // A pointer's numbers are distinct already.
  const numbers = lead ? lead.targets.slice() : [];
  for (const n of mentioned) if (n !== number && !numbers.includes(n)) numbers.push(n);
  return numbers.sort((a, b) => a - b);
}

/** The question numbers one block answers together, or null for a block of one question. */
function groupOf(questionIndexes: number[]): number[] | null {
  if (questionIndexes.length <= 1) return null;
  const numbers: number[] = [];
  for (const i of questionIndexes) numbers.push(i + 1);
  return numbers;
}

/**
 * The answers of a set in which no answer points to or mentions another, as
 * resolving its references would give them, without the work: most sets are like that.
 */
function directAnswers(raw: RawSet, blockText: string[]): (Answer | null)[] {
  const answers: (Answer | null)[] = [];
  for (const q of raw.questions) {
    if (q.block === null) {
      answers.push(null);
      continue;
    }
    const block = raw.answerBlocks[q.block]!;
    const text = blockText[q.block]!;
    answers.push({ text, kind: "direct", refersTo: [], resolvedFrom: null, resolved: text, targets: [], group: groupOf(block.questionIndexes), extra: null, line: block.line });
  }
  return answers;
}
