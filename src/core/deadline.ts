/**
 * Answer deadlines of written questions: three weeks after submission, six
 * weeks when the minister sent a postponement notice. Only sets with an
 * official submission date have a deadline; dump sets carry no dates.
 */
import type { QuestionSet } from "./model.js";

export const ANSWER_DAYS = 21;
export const POSTPONED_DAYS = 42;

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2024-11-08" → "8 november 2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface Waiting {
  set: QuestionSet;
  submitted: string;
  /** Days since submission. */
  days: number;
  postponed: boolean;
  /** 21, or 42 after a postponement. */
  allowedDays: number;
  /** Days past the deadline; 0 or less when not overdue. */
  overdueDays: number;
}

/** How long an open set has waited on `today`; null when answered or without a submission date. */
export function waitingOf(set: QuestionSet, today: string): Waiting | null {
  const submitted = set.official?.submitted;
  if (!submitted || set.questions.some((q) => q.answer !== null)) return null;
  const days = Math.max(0, daysBetween(submitted, today));
  const postponed = Boolean(set.official?.postponed) || set.notice !== null;
  const allowedDays = postponed ? POSTPONED_DAYS : ANSWER_DAYS;
  return { set, submitted, days, postponed, allowedDays, overdueDays: days - allowedDays };
}

/**
 * The last day of an open set's answer term (submission plus 21 or 42 days),
 * whether answered or not; null without a usable submission date. A set is
 * overdue on every day after it, so stores can find overdue sets by comparing
 * dates alone.
 */
export function dueDate(set: QuestionSet): string | null {
  const submitted = set.official?.submitted;
  const start = submitted ? Date.parse(`${submitted}T00:00:00Z`) : NaN;
  if (!Number.isFinite(start)) return null;
  const postponed = Boolean(set.official?.postponed) || set.notice !== null;
  return new Date(start + (postponed ? POSTPONED_DAYS : ANSWER_DAYS) * 86_400_000).toISOString().slice(0, 10);
}

/** How long an open set has waited on `today`, known only by its submission date and the end of its term. */
export function waitingByDates(submitted: string, due: string, today: string): Omit<Waiting, "set"> {
  const days = Math.max(0, daysBetween(submitted, today));
  const allowedDays = daysBetween(submitted, due);
  return { submitted, days, postponed: allowedDays === POSTPONED_DAYS, allowedDays, overdueDays: days - allowedDays };
}

/** "wacht 30 dagen (9 dagen over de termijn van 3 weken)". */
export function waitingText(w: Waiting): string {
  const term = w.postponed ? "6 weken, na uitstel" : "3 weken";
  const days = `${w.days} ${w.days === 1 ? "dag" : "dagen"}`;
  if (w.overdueDays > 0) return `⚠ wacht ${days}: ${w.overdueDays} ${w.overdueDays === 1 ? "dag" : "dagen"} over de termijn (${term})`;
  return `wacht ${days} (termijn ${term})`;
}

/** "ingezonden 8 november 2024 · uitgesteld 28 november 2024 · beantwoord 19 december 2024", or "" for dump sets. */
export function datesLine(set: QuestionSet): string {
  const o = set.official;
  if (!o) return "";
  return [
    o.submitted ? `ingezonden ${formatDate(o.submitted)}` : "",
    o.postponed ? `uitgesteld ${formatDate(o.postponed)}` : "",
    o.answered ? `beantwoord ${formatDate(o.answered)}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
