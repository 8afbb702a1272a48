/**
 * The answers of one parsed set: each question gets the text of its answer
 * block, how that answer reads and every answer it leads to.
 */
import type { RawSet } from "./parse.js";
import type { Answer, SeedWarning } from "./model.js";
import { leadingReference, mentionedQuestions, resolveReferences } from "./references.js";

export function buildAnswers(raw: RawSet, warnings: SeedWarning[]): (Answer | null)[] {
  const blockText = raw.answerBlocks.map((b) => b.paragraphs.join("\n"));
  const mentioned = blockText.map(mentionedQuestions);
  // Stryker disable next-line ConditionalExpression: a shortcut only; every set also gets its answers from the resolution below
  if (!pointsOrMentions(blockText, mentioned)) return directAnswers(raw, blockText);
  const refs = resolveReferences(blockText, raw.questions.map((q) => q.block), mentioned);
  for (const p of refs.problems) warnings.push({ file: raw.file, line: raw.answerBlocks[p.block]!.line, message: p.message });

  // What depends on the block only is built once per block, so a long run of
  // questions answered together does not repeat work on the answer text.
  const perBlock = raw.answerBlocks.map((block, b) => {
    const { lead, pointing, targets } = refs.blocks[b]!;
    // Stryker disable next-line OptionalChaining: an answer only points when it has a lead
    const extra = pointing && lead?.rest ? lead.rest : null;
    return {
      mentioned: mentioned[b]!,
      extra,
      resolved: pointing ? [extra, ...targets.map((t) => t.text)].filter(Boolean).join("\n\n") : blockText[b]!,
      group: block.questionIndexes.length > 1 ? block.questionIndexes.map((i) => i + 1) : null,
    };
  });

  return raw.questions.map((q, index): Answer | null => {
    if (q.block === null) return null;
    const block = raw.answerBlocks[q.block]!;
    const text = blockText[q.block]!;
    const { lead, pointing, targets } = refs.blocks[q.block]!;
    const { mentioned, extra, resolved, group } = perBlock[q.block]!;
    const number = index + 1;
    const refersTo =
      // Stryker disable next-line ConditionalExpression: a shortcut only; without a lead or a mention the list below is empty too
      !lead && mentioned.length === 0 ? [] : [...new Set([...(lead?.targets ?? []), ...mentioned.filter((n) => n !== number)])].sort((a, b) => a - b);
    return {
      text,
      kind: pointing ? (extra ? "leading-reference" : "reference") : "direct",
      refersTo,
      resolvedFrom: pointing ? targets[0]!.numbers[0]! : null,
      resolved,
      targets,
      group,
      extra,
      line: block.line,
    };
  });
}

/** Whether any answer block opens with a pointer or mentions another answer. */
function pointsOrMentions(blockText: string[], mentioned: number[][]): boolean {
  for (let b = 0; b < blockText.length; b++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only; `true` or `>= 0` only sends more sets to the full resolution
    if (mentioned[b]!.length > 0) return true;
    // Stryker disable next-line ConditionalExpression: a shortcut only; `true` only sends more sets to the full resolution
    if (leadingReference(blockText[b]!) !== null) return true;
  }
  // Stryker disable next-line BooleanLiteral: a shortcut only; `true` only sends more sets to the full resolution
  return false;
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
    const group = block.questionIndexes.length > 1 ? block.questionIndexes.map((i) => i + 1) : null;
    answers.push({ text, kind: "direct", refersTo: [], resolvedFrom: null, resolved: text, targets: [], group, extra: null, line: block.line });
  }
  return answers;
}
