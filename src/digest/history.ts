/**
 * When each set and each answer was first seen. Lives in the state database,
 * not in the corpus store: the store can be rebuilt from the sources at any
 * time, this history cannot.
 */
import type Database from "better-sqlite3";
import type { CorpusView, SetSummary } from "../core/corpus-view.js";

export interface CorpusChanges {
  /** Sets seen for the first time after `since`. */
  newSets: { setId: string; title: string; firstSeen: string }[];
  /** Questions of older sets that got their answer after `since`. */
  newAnswers: { setId: string; numbers: number[]; firstAnswered: string }[];
}

export class CorpusHistory {
  constructor(private readonly db: Database.Database) {}

  baselineAt(): string | null {
    return this.meta("baseline_at");
  }

  private meta(key: string): string | null {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /**
   * Notes sets and answers seen for the first time. The very first call is a
   * silent baseline, so a new install does not announce its archive as new.
   * A corpus that can say what changed since the state recorded last is only
   * asked for that; otherwise every set is looked at.
   */
  record(corpus: CorpusView, now: Date): { baseline: boolean; newSets: number; newAnswers: number } {
    const at = now.toISOString();
    const baseline = this.baselineAt() === null;
    const last = this.meta("corpus_mark");
    const delta = !baseline && last && corpus.changesSince ? corpus.changesSince(last) : null;
    const summaries: Iterable<SetSummary> = delta ?? corpus.summaries();
    const mark = corpus.mark;
    return this.db.transaction(() => {
      const insertSet = this.db.prepare("INSERT OR IGNORE INTO set_history (set_id, title, first_seen, baseline) VALUES (?, ?, ?, ?)");
      const insertAnswer = this.db.prepare("INSERT OR IGNORE INTO answer_history (set_id, number, first_answered, baseline) VALUES (?, ?, ?, ?)");
      let newSets = 0;
      let newAnswers = 0;
      for (const set of summaries) {
        newSets += insertSet.run(set.id, set.title, at, baseline ? 1 : 0).changes;
        for (const n of set.answered) newAnswers += insertAnswer.run(set.id, n, at, baseline ? 1 : 0).changes;
      }
      if (baseline) this.db.prepare("INSERT INTO meta (key, value) VALUES ('baseline_at', ?)").run(at);
      const setMark = this.db.prepare("INSERT INTO meta (key, value) VALUES ('corpus_mark', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      if (mark) setMark.run(mark);
      else this.db.prepare("DELETE FROM meta WHERE key = 'corpus_mark'").run();
      return { baseline, newSets: baseline ? 0 : newSets, newAnswers: baseline ? 0 : newAnswers };
    })();
  }

  /** What appeared after `since` (exclusive) and up to `until` (inclusive); the silent baseline only when asked. */
  changesSince(since: string, until = "9999", includeBaseline = false): CorpusChanges {
    const minBaseline = includeBaseline ? 1 : 0;
    const newSets = this.db
      .prepare("SELECT set_id AS setId, title, first_seen AS firstSeen FROM set_history WHERE baseline <= ? AND first_seen > ? AND first_seen <= ? ORDER BY first_seen, set_id")
      .all(minBaseline, since, until) as CorpusChanges["newSets"];
    const fresh = new Set(newSets.map((s) => s.setId));
    const rows = this.db
      .prepare("SELECT set_id AS setId, number, first_answered AS at FROM answer_history WHERE baseline <= ? AND first_answered > ? AND first_answered <= ? ORDER BY set_id, number")
      .all(minBaseline, since, until) as { setId: string; number: number; at: string }[];
    const bySet = new Map<string, CorpusChanges["newAnswers"][number]>();
    for (const r of rows) {
      if (fresh.has(r.setId)) continue;
      const entry = bySet.get(r.setId) ?? { setId: r.setId, numbers: [], firstAnswered: r.at };
      entry.numbers.push(r.number);
      bySet.set(r.setId, entry);
    }
    return { newSets, newAnswers: [...bySet.values()] };
  }
}
