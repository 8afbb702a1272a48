/**
 * Validation of a question set against `QuestionSetSchema`, fast for the sets
 * the parser builds. A parse validates thousands of sets, and the generic
 * schema walk costs as much as finding the sets in the text. This checks the
 * same rules by hand and copies the value the way the schema does (its keys
 * only, in its order, every object and array new); whatever it does not accept
 * goes through the schema itself, so invalid input fails with the schema's own
 * error and anything unusual gets exactly the schema's result.
 */
import { QuestionSetSchema, type Answer, type AnswerTarget, type Asker, type Question, type QuestionSet } from "./model.js";

const SET_ID = /^[a-z0-9-]+-[0-9a-f]{6}$/;

const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v > 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Thrown inside the fast path only, to hand the input to the schema. */
const NOT_PLAIN = Symbol("not plain");

/** Copies a list, each item checked (and copied) by `item`, which throws NOT_PLAIN on anything else. */
function listOf<T>(v: unknown, item: (x: unknown) => T, min = 0): T[] {
  if (!Array.isArray(v) || v.length < min) throw NOT_PLAIN;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  return out;
}

const count = (n: unknown): number => {
  if (!isCount(n)) throw NOT_PLAIN;
  return n;
};
const counts = (v: unknown, min = 0): number[] => listOf(v, count, min);

// The item checks stand on their own rather than inside the list functions, so
// they are made once and every list of a kind calls the very same function.
const text = (t: unknown): string => {
  if (!isText(t)) throw NOT_PLAIN;
  return t;
};

const asker = (a: unknown): Asker => {
  if (!isObject(a) || !isText(a.name) || !(a.party === null || isText(a.party))) throw NOT_PLAIN;
  return { name: a.name, party: a.party };
};

const target = (t: unknown): AnswerTarget => {
  if (!isObject(t) || !isText(t.text)) throw NOT_PLAIN;
  return { numbers: counts(t.numbers, 1), via: counts(t.via), text: t.text };
};

const texts = (v: unknown): string[] => listOf(v, text);
const askers = (v: unknown): Asker[] => listOf(v, asker);
const targets = (v: unknown): AnswerTarget[] => listOf(v, target);

/** Copies a list of numbers; most are empty, which needs no loop. */
function numbers(v: unknown, min = 0): number[] {
  if (!Array.isArray(v) || v.length < min) throw NOT_PLAIN;
  return v.length === 0 ? [] : counts(v, min);
}

function answer(v: unknown): Answer | null {
  if (v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) throw NOT_PLAIN;
  const { text, kind, resolvedFrom, resolved, targets: shown, group, extra, line } = v as Record<string, unknown>;
  // The checks of `isText` and `isCount` written out: this runs for every answer.
  if (typeof text !== "string" || text.length === 0 || typeof resolved !== "string" || resolved.length === 0) throw NOT_PLAIN;
  if (typeof line !== "number" || !Number.isSafeInteger(line) || line <= 0) throw NOT_PLAIN;
  if (kind !== "direct" && kind !== "reference" && kind !== "leading-reference") throw NOT_PLAIN;
  if (!(resolvedFrom === null || (typeof resolvedFrom === "number" && Number.isSafeInteger(resolvedFrom) && resolvedFrom > 0))) throw NOT_PLAIN;
  if (!(extra === null || typeof extra === "string")) throw NOT_PLAIN;
  if (!Array.isArray(shown)) throw NOT_PLAIN;
  return {
    text,
    kind,
    refersTo: numbers((v as Record<string, unknown>).refersTo),
    resolvedFrom,
    resolved,
    targets: shown.length === 0 ? [] : targets(shown),
    group: group === null ? null : numbers(group),
    extra,
    line,
  };
}

function questions(v: unknown): Question[] {
  if (!Array.isArray(v) || v.length < 1) throw NOT_PLAIN;
  const out: Question[] = [];
  for (let i = 0; i < v.length; i++) {
    const q: unknown = v[i];
    if (typeof q !== "object" || q === null || Array.isArray(q)) throw NOT_PLAIN;
    const { number, text, line } = q as Record<string, unknown>;
    if (typeof number !== "number" || !Number.isSafeInteger(number) || number <= 0) throw NOT_PLAIN;
    if (typeof text !== "string" || text.length === 0) throw NOT_PLAIN;
    if (typeof line !== "number" || !Number.isSafeInteger(line) || line <= 0) throw NOT_PLAIN;
    out.push({ number, text, answer: answer((q as Record<string, unknown>).answer), line });
  }
  return out;
}

function plainSet(v: unknown): QuestionSet {
  // Imported sets carry `official`; they are few, and the schema handles them.
  if (!isObject(v) || "official" in v) throw NOT_PLAIN;
  const { id, title, headerless, source, notice } = v;
  if (typeof id !== "string" || !SET_ID.test(id) || !isText(title) || typeof headerless !== "boolean") throw NOT_PLAIN;
  if (!isObject(source) || !isText(source.file) || !isCount(source.line)) throw NOT_PLAIN;
  if (!(notice === null || typeof notice === "string")) throw NOT_PLAIN;
  return {
    id,
    title,
    headerless,
    askers: askers(v.askers),
    addressees: texts(v.addressees),
    source: { file: source.file, line: source.line },
    questions: questions(v.questions),
    notice,
  };
}

/** `QuestionSetSchema.parse(value)`, without the schema's cost for plain parser output. */
export function validSet(value: unknown): QuestionSet {
  try {
    return plainSet(value);
  } catch (err) {
    if (err !== NOT_PLAIN) throw err;
    return QuestionSetSchema.parse(value);
  }
}
