/**
 * The answers of one parsed set: each question gets the text of its answer
 * block, how that answer reads and every answer it leads to.
 */
import type { RawSet } from "./parse.js";
import type { Answer, SeedWarning } from "./model.js";
import { mentionedQuestions, resolveReferences } from "./references.js";

export function buildAnswers(raw: RawSet, warnings: SeedWarning[]): (Answer | null)[] {
  const blockText = raw.answerBlocks.map((b) => b.paragraphs.join("\n"));
  const mentioned = blockText.map(mentionedQuestions);
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
