/**
 * The acronyms a corpus defines (see acronym-miner.ts), for reading queries:
 * an acronym typed stands for its long form as a whole phrase ("ncsc" finds
 * "Nationaal Cyber Security Centrum"), and a long form typed stands for its
 * acronym ("meldpunt internetoplichting" finds "LMIO"). Mined once per index
 * and kept with it; the tables here are made at the first search.
 */
import { resolveDefinitions, type DefinitionCount } from "./acronym-miner.js";
import { isStopWord, stem } from "./lunr-nl.js";

/** A long form as a query meets it: the stems of its words of substance, and the term and vocabulary key of its acronym. */
export interface LongForm {
  acronym: string;
  /** The acronym as the index holds it: its stem, or the word itself for one that is a stop word in lower case ("om"). */
  term: string;
  /** Where the vocabulary counts the acronym. */
  key: string;
  words: string[];
  stems: string[];
}

/** Where a typed long form was found among a query's words of substance, and what it stands for. */
export interface LongFormMatch {
  /** Positions in the words given, from and to (exclusive). */
  from: number;
  to: number;
  form: LongForm;
}

/** A long form of at least this many words of substance is also recognised without its first ("meldpunt internetoplichting"). */
const MIN_WORDS_WITHOUT_FIRST = 3;

interface Tables {
  byAcronym: Map<string, LongForm>;
  /** Long forms by the first stem they are recognised by: their own first, or their second when the first may go. */
  byStart: Map<string, LongForm[]>;
  /** The first letters of every long-form stem (see `mayBelong`). */
  heads: Set<string>;
}

/** Stemming never touches a word's first three letters, so they tell which words cannot be part of a long form. */
const HEAD = 3;

/** The acronym definitions of one corpus, resolved, with lookups for query analysis. */
export class AcronymTable {
  private built: Tables | null = null;

  /** `counts`: each definition with how often the corpus gives it (see `DefinitionCounts`). */
  constructor(readonly counts: readonly DefinitionCount[]) {}

  get size(): number {
    return this.tables().byAcronym.size;
  }

  /** Built at the first search: stemming every long form is what costs time, and a start need not wait for it. */
  private tables(): Tables {
    if (this.built) return this.built;
    const byAcronym = new Map<string, LongForm>();
    const byStart = new Map<string, LongForm[]>();
    const heads = new Set<string>();
    const stems = new Map<string, string>();
    const stemOnce = (w: string) => {
      let s = stems.get(w);
      if (s === undefined) stems.set(w, (s = stem(w)));
      return s;
    };
    for (const { acronym, long } of resolveDefinitions(this.counts)) {
      const words = long.split(" ").filter((w) => !isStopWord(w));
      if (!words.length) continue;
      const stop = isStopWord(acronym);
      const form: LongForm = { acronym, term: stop ? acronym : stemOnce(acronym), key: stop ? acronym.toUpperCase() : acronym, words, stems: words.map(stemOnce) };
      byAcronym.set(acronym, form);
      for (const s of form.stems) heads.add(s.slice(0, HEAD));
      const starts = words.length >= MIN_WORDS_WITHOUT_FIRST ? [form.stems[0]!, form.stems[1]!] : [form.stems[0]!];
      for (const s of starts) byStart.set(s, [...(byStart.get(s) ?? []), form]);
    }
    return (this.built = { byAcronym, byStart, heads });
  }

  /** The long form a folded acronym stands for, if the corpus defines it. */
  longForm(acronym: string): LongForm | null {
    return this.tables().byAcronym.get(acronym) ?? null;
  }

  /** Whether a folded word may be part of a long form: its stem is then worth working out. */
  mayBelong(word: string): boolean {
    return this.tables().heads.has(word.slice(0, HEAD));
  }

  /**
   * The long forms typed among a query's words of substance (as stems, in
   * order): all of a form's words one after the other, or all but the first
   * for a form of three words or more. The longest match at each position.
   */
  longFormsIn(stems: readonly string[]): LongFormMatch[] {
    const { byStart } = this.tables();
    if (byStart.size === 0) return [];
    const out: LongFormMatch[] = [];
    for (let i = 0; i < stems.length; i++) {
      let best: LongFormMatch | null = null;
      for (const form of byStart.get(stems[i]!) ?? []) {
        for (const skip of form.stems.length >= MIN_WORDS_WITHOUT_FIRST ? [0, 1] : [0]) {
          const want = form.stems.slice(skip);
          if (want[0] !== stems[i] || !want.every((s, k) => stems[i + k] === s)) continue;
          if (!best || want.length > best.to - best.from) best = { from: i, to: i + want.length, form };
        }
      }
      if (best) {
        out.push(best);
        i = best.to - 1;
      }
    }
    return out;
  }
}

export const NO_ACRONYMS = new AcronymTable([]);
