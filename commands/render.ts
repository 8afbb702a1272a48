/** Reply builders shared by several commands. */
import type { AnswerTarget, Question, QuestionSet } from "../src/core/model.js";
import type { Reply, ReplyAction, ReplySection } from "../src/core/reply.js";
import { formatParagraphs, formatPeople, joinNumbers, snippet } from "../src/core/format.js";
import { datesLine } from "../src/core/deadline.js";

/** Who asked whom, and for imported sets when it was submitted, postponed and answered. */
export function setSubtitle(set: QuestionSet): string {
  const dates = datesLine(set);
  return dates ? `${formatPeople(set)} · ${dates}` : formatPeople(set);
}

/** The link to the official publication, for replies about one set. */
export function setUrl(set: QuestionSet): { url?: string } {
  return set.official?.url ? { url: set.official.url } : {};
}

export interface HitContext {
  query: string;
  index: number;
  hasNext: boolean;
}

/** "vraag 3", "vragen 3 en 4". */
function questionLabel(numbers: number[]): string {
  return `${numbers.length === 1 ? "vraag" : "vragen"} ${joinNumbers(numbers)}`;
}

/** "Antwoord bij vraag 1", with the pointing answers passed on the way ("via vraag 2"). */
function targetHeading(t: AnswerTarget): string {
  const via = t.via.length ? ` (via ${questionLabel(t.via)})` : "";
  return `Antwoord bij ${questionLabel(t.numbers)}${via}`;
}

function answerSections(set: QuestionSet, q: Question): { sections: ReplySection[]; status: Reply["status"] } {
  const a = q.answer;
  if (!a) {
    const body = set.notice
      ? `Deze vraag is nog niet beantwoord. ${snippet(set.notice, 300)}`
      : "Deze vraag is nog niet beantwoord.";
    return { sections: [{ heading: "Antwoord", body }], status: "unanswered" };
  }
  const sections: ReplySection[] = [];
  if (a.group) sections.push({ body: `Vragen ${joinNumbers(a.group)} zijn samen beantwoord.` });
  if (a.kind === "reference") sections.push({ body: `Het antwoord verwijst naar ${questionLabel(a.refersTo)}: «${snippet(a.text, 120)}»` });
  else sections.push({ heading: "Antwoord", body: formatParagraphs(a.text) });
  for (const t of a.targets) sections.push({ heading: targetHeading(t), body: formatParagraphs(t.text) });
  return { sections, status: a.kind === "direct" ? "answered" : "referenced" };
}

/** One question with its answer, as /vraag shows it. */
export function questionReply(set: QuestionSet, q: Question, hit?: HitContext): Reply {
  const { sections, status } = answerSections(set, q);
  const actions: ReplyAction[] = [];
  if (hit && hit.index > 0) actions.push({ kind: "hit", label: "◀ Vorige", query: hit.query, index: hit.index - 1 });
  if (hit?.hasNext) actions.push({ kind: "hit", label: "Volgende ▶", query: hit.query, index: hit.index + 1 });
  actions.push({ kind: "set", label: "Hele set", id: set.id, page: 0 });
  const position = hit ? ` · resultaat ${hit.index + 1}` : "";
  return {
    title: set.title,
    subtitle: setSubtitle(set),
    ...setUrl(set),
    sections: [{ heading: `Vraag ${q.number}`, body: q.text }, ...sections],
    footer: `Set ${set.id} · vraag ${q.number} van ${set.questions.length}${position}`,
    status,
    actions,
    ...(hit ? { self: { kind: "hit" as const, label: "", query: hit.query, index: hit.index } } : {}),
  };
}

/**
 * The hits nearly as good as the one shown, each a line ("2. Vraag 5 van deze
 * set: …") and, beyond the next result, a button. `first` is the result number
 * of the first of them.
 */
export function closeHitsSection(shown: QuestionSet, hits: readonly { set: QuestionSet; question: Question }[], query: string, first: number): { section: ReplySection; actions: ReplyAction[] } {
  const lines = hits.map(({ set, question }, i) => {
    const where = set.id === shown.id ? "van deze set" : `van «${snippet(set.title, 60)}»`;
    return `${first + i}. Vraag ${question.number} ${where}: ${snippet(question.text, 140)}`;
  });
  return {
    section: { heading: "Past ook bijna even goed", body: lines.join("\n") },
    // The next result already has its button ("Volgende").
    actions: hits.flatMap((_, i) => (first + i > 2 ? [{ kind: "hit" as const, label: `Bekijk ${first + i}`, query, index: first + i - 1 }] : [])),
  };
}

/** A short status line for lists: answered, referenced or open. */
export function answerSummary(q: Question, max = 160): string {
  const a = q.answer;
  if (!a) return "nog niet beantwoord";
  if (a.kind === "reference") return `zie ${questionLabel(a.targets.flatMap((t) => t.numbers))}: ${snippet(a.resolved, max)}`;
  return snippet(formatParagraphs(a.text).replace(/\n/g, " "), max);
}
