/** What a digest or a watch notification says; pure, rendered like any reply. */
import type { CorpusView } from "./corpus-view.js";
import type { QuestionSet } from "./model.js";
import type { Reply, ReplySection } from "./reply.js";
import type { SearchEngine } from "./search.js";
import { formatParagraphs, joinNumbers, snippet } from "./format.js";
import { shortHash } from "./text.js";

export interface DigestChanges {
  newSets: { setId: string }[];
  newAnswers: { setId: string; numbers: number[] }[];
}

export interface Highlight {
  setId: string;
  number: number;
}

export interface DigestInput {
  corpus: CorpusView;
  engine: SearchEngine;
  changes: DigestChanges;
  /** Only sets matching this search; empty for everything. */
  query: string;
  /** "28 november 2026". */
  dateLabel: string;
  /** Highlights this target was shown before ("set#number"). */
  shown: Set<string>;
  /** Seed for the highlight rotation, e.g. the target key. */
  rotationKey: string;
}

const MAX_LINES = 25;

/** Set ids that match a digest or watch query; null means "no filter". */
export function matchingSetIds(engine: SearchEngine, query: string): Set<string> | null {
  if (!query.trim()) return null;
  return new Set(engine.search(query, { limit: 100 }).map((h) => h.set.id));
}

function setLine(set: QuestionSet, extra: string): string {
  return `• ${set.title} — ${extra} · /set ${set.id}`;
}

function listSection(heading: string, lines: string[]): ReplySection {
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length > MAX_LINES ? `\n… en nog ${lines.length - MAX_LINES}` : "";
  return { heading: `${heading} (${lines.length})`, body: shown.join("\n") + more };
}

/** Picks one answered question the target has not seen, in a stable per-target order. */
export function pickHighlight(corpus: CorpusView, allowed: Set<string> | null, shown: Set<string>, rotationKey: string): Highlight | null {
  const candidates: (Highlight & { key: string })[] = [];
  for (const { setId, number } of corpus.highlightCandidates()) {
    if (allowed && !allowed.has(setId)) continue;
    candidates.push({ setId, number, key: shortHash(`${rotationKey}|${setId}#${number}`) });
  }
  candidates.sort((a, b) => a.key.localeCompare(b.key));
  const fresh = candidates.find((c) => !shown.has(`${c.setId}#${c.number}`));
  const pick = fresh ?? candidates[0];
  return pick ? { setId: pick.setId, number: pick.number } : null;
}

/** The digest reply and, on a quiet day, the highlight it shows. */
export function composeDigest(input: DigestInput): { reply: Reply; highlight: Highlight | null } {
  const { corpus, changes } = input;
  const allowed = matchingSetIds(input.engine, input.query);
  const found = (id: string) => (!allowed || allowed.has(id) ? corpus.get(id) : null);
  const newSets = changes.newSets.map((s) => found(s.setId)).filter((s): s is QuestionSet => s !== null);
  const answered = changes.newAnswers.flatMap((a) => {
    const set = found(a.setId);
    return set ? [{ ...a, set }] : [];
  });
  const filter = input.query.trim() ? ` · filter «${snippet(input.query, 40)}»` : "";
  const title = `Kamervragen-digest ${input.dateLabel}`;

  if (newSets.length || answered.length) {
    const sections: ReplySection[] = [];
    if (newSets.length) {
      sections.push(
        listSection(
          "Nieuwe sets",
          newSets.map((s) => {
            const n = s.questions.filter((q) => q.answer).length;
            return setLine(s, `${s.questions.length} vragen${n ? `, ${n} beantwoord` : ""}`);
          }),
        ),
      );
    }
    if (answered.length) {
      sections.push(
        listSection(
          "Nieuw beantwoord",
          answered.map((a) => setLine(a.set, `${a.numbers.length === 1 ? "vraag" : "vragen"} ${joinNumbers(a.numbers)}`)),
        ),
      );
    }
    return { reply: { title, sections, footer: `Open een set met /set <id>${filter}`, status: "info", actions: [] }, highlight: null };
  }

  const highlight = pickHighlight(corpus, allowed, input.shown, input.rotationKey);
  if (!highlight) {
    return { reply: { title, sections: [{ body: "Niets nieuws vandaag." }], status: "empty", actions: [] }, highlight: null };
  }
  const set = corpus.get(highlight.setId)!;
  const q = set.questions.find((x) => x.number === highlight.number)!;
  return {
    reply: {
      title,
      sections: [
        { body: "Niets nieuws sinds de vorige digest. Uitgelicht:" },
        { heading: `${set.title} — vraag ${q.number}`, body: q.text },
        { heading: "Antwoord", body: snippet(formatParagraphs(q.answer!.text), 1500) },
      ],
      footer: `Hele set: /set ${set.id}${filter}`,
      status: "answered",
      actions: [],
    },
    highlight,
  };
}

/** A watch notification: a followed set got answers, or a matching set appeared. */
export function composeWatchNotice(corpus: CorpusView, events: { kind: "new" | "answered"; setId: string; numbers: number[] }[], what: string): Reply {
  const lines = events.flatMap((e) => {
    const set = corpus.get(e.setId);
    if (!set) return [];
    return e.kind === "new" ? setLine(set, "nieuwe set") : setLine(set, `${e.numbers.length === 1 ? "vraag" : "vragen"} ${joinNumbers(e.numbers)} beantwoord`);
  });
  return {
    title: "Nieuws over wat je volgt",
    sections: [{ heading: `Je volgt ${what}`, body: lines.join("\n") }],
    footer: "Stoppen met volgen: /ontvolg",
    status: "info",
    actions: [],
  };
}
