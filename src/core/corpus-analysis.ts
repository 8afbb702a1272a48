/**
 * Analysing many sets for an index in one reading of their text. Documents
 * need the finished vocabulary (compound splitting asks it), and the
 * vocabulary needs every text: so each text is tokenised once, its words kept
 * as small integers, and the documents are made from those once every set was
 * seen. The result is exactly what `setWords` and `setDocuments` give.
 */
import { acronymKey, tokens, wordTerms, type WordIndex } from "./analysis.js";
import type { QuestionSet } from "./model.js";
import { documentRef, type SearchDocument } from "./search.js";

/** A set waiting for the vocabulary: its refs and the token codes of every field, in document order. */
interface PendingSet {
  id: string;
  refs: string[];
  /** Title, people, then question and answer of each document. */
  codes: Int32Array;
  /** Where each of those fields ends in `codes`. */
  ends: Int32Array;
}

/** A document of an analysed set, with the set it belongs to. */
export interface AnalysedDocument {
  setId: string;
  doc: SearchDocument;
}

export class CorpusAnalysis {
  /** Every distinct folded word gets an id; a token is coded as id * 2, plus 1 when written as an acronym. */
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private counts = new Int32Array(1024);
  /** Token codes in the order they first counted, so the vocabulary keeps the order `setWords` gives. */
  private readonly counted: number[] = [];
  private readonly pending: PendingSet[] = [];
  private scratch = new Int32Array(4096);

  /** How many sets are waiting for `documents`. */
  get size(): number {
    return this.pending.length;
  }

  private code(word: string, acronym: boolean): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id * 2 + (acronym ? 1 : 0);
  }

  /** Token codes of a text, appended to `out` from `at`; returns the new end. */
  private encode(text: string, at: number): number {
    for (const t of tokens(text)) {
      if (at === this.scratch.length) {
        const grown = new Int32Array(this.scratch.length * 2);
        grown.set(this.scratch);
        this.scratch = grown;
      }
      this.scratch[at++] = this.code(t.word, t.acronym);
    }
    return at;
  }

  private count(codes: Int32Array, from: number, to: number, perSet: Map<number, number>): void {
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      if (c >= this.counts.length) {
        const grown = new Int32Array(Math.max(c + 1, this.counts.length * 2));
        grown.set(this.counts);
        this.counts = grown;
      }
      const before = this.counts[c]!;
      if (before === 0) this.counted.push(c);
      this.counts[c] = before + 1;
      perSet.set(c, (perSet.get(c) ?? 0) + 1);
    }
  }

  private key(code: number): string {
    const word = this.words[code >> 1]!;
    return code & 1 ? acronymKey(word) : word;
  }

  /**
   * Tokenises a set once: counts the words `setWords` gives and keeps the
   * codes its documents need. Returns the set's own word counts.
   */
  add(set: QuestionSet): [string, number][] {
    const perSet = new Map<number, number>();
    const names = [...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees];
    const people = names.join(" ");
    // The vocabulary reads title and people as one text: acronyms are judged over all of it.
    let end = this.encode([set.title, ...names].join(" "), 0);
    this.count(this.scratch, 0, end, perSet);
    end = 0;
    const ends: number[] = [];
    end = this.encode(set.title, end);
    ends.push(end);
    end = this.encode(people, end);
    ends.push(end);
    for (const q of set.questions) {
      const start = end;
      end = this.encode(q.text, end);
      ends.push(end);
      this.count(this.scratch, start, end, perSet);
      const answer = q.answer;
      if (answer && answer.kind === "direct") {
        const aStart = end;
        end = this.encode(answer.text, end);
        this.count(this.scratch, aStart, end, perSet);
        // What search reads is nearly always the published text itself: no second tokenising then.
        if (answer.resolved !== answer.text) end = this.encode(answer.resolved, aStart);
      } else if (answer) end = this.encode(answer.resolved, end);
      ends.push(end);
    }
    this.pending.push({ id: set.id, refs: set.questions.map((q) => documentRef(set, q)), codes: this.scratch.slice(0, end), ends: Int32Array.from(ends) });
    return [...perSet].map(([c, n]) => [this.key(c), n]);
  }

  /** The words of every set added, with their counts: what `setWords` over all of them counts. */
  vocabulary(): [string, number][] {
    return this.counted.map((c) => [this.key(c), this.counts[c]!]);
  }

  /** Hands each waiting set to `make` in order and lets it go; a token's terms are prepared once. */
  private *drain<T, R>(vocab: WordIndex, prepare: (terms: string[]) => T, make: (set: PendingSet, terms: (code: number) => T) => Iterable<R>): Generator<R> {
    const memo: (T | undefined)[] = [];
    const termsOf = (code: number): T => {
      let t = memo[code];
      if (t === undefined) memo[code] = t = prepare(code & 1 ? [this.words[code >> 1]!] : wordTerms(this.words[code >> 1]!, vocab));
      return t;
    };
    for (let s = 0; s < this.pending.length; s++) {
      const set = this.pending[s]!;
      this.pending[s] = null as unknown as PendingSet;
      yield* make(set, termsOf);
    }
    this.pending.length = 0;
  }

  /**
   * The documents of every set added, in order, analysed against `vocab`
   * (which must by now know every word); each set is let go once yielded.
   */
  documents(vocab: WordIndex): Generator<AnalysedDocument> {
    return this.drain(vocab, (terms) => terms, function* ({ id, refs, codes, ends }, termsOf) {
      const field = (from: number, to: number): string[] => {
        const out: string[] = [];
        for (let i = from; i < to; i++) for (const t of termsOf(codes[i]!)) out.push(t);
        return out;
      };
      const title = field(0, ends[0]!);
      const people = field(ends[0]!, ends[1]!);
      for (let d = 0; d < refs.length; d++) {
        const q = 2 + d * 2;
        yield { setId: id, doc: { ref: refs[d]!, title, people, question: field(ends[q - 1]!, ends[q]!), answer: field(ends[q]!, ends[q + 1]!) } };
      }
    });
  }

  /**
   * As `documents`, already in the form an index table stores: per field the
   * terms joined by spaces and as JSON, made from pieces prepared once per
   * word instead of per occurrence.
   */
  rows(vocab: WordIndex): Generator<AnalysedRow> {
    const prepare = (terms: string[]): TermPiece => ({ text: terms.join(" "), json: terms.map((t) => JSON.stringify(t)).join(","), n: terms.length });
    return this.drain(vocab, prepare, function* ({ id, refs, codes, ends }, termsOf) {
      const field = (from: number, to: number): TermPiece => {
        const text: string[] = [];
        const json: string[] = [];
        let n = 0;
        for (let i = from; i < to; i++) {
          const p = termsOf(codes[i]!);
          if (p.n === 0) continue;
          text.push(p.text);
          json.push(p.json);
          n += p.n;
        }
        return { text: text.join(" "), json: json.join(","), n };
      };
      const title = field(0, ends[0]!);
      const people = field(ends[0]!, ends[1]!);
      for (let d = 0; d < refs.length; d++) {
        const q = 2 + d * 2;
        const fields = [title, people, field(ends[q - 1]!, ends[q]!), field(ends[q]!, ends[q + 1]!)];
        yield { setId: id, ref: refs[d]!, texts: fields.map((f) => f.text), json: `[${fields.map((f) => `[${f.json}]`).join(",")}]`, lengths: fields.map((f) => f.n) };
      }
    });
  }
}

/** The terms of one word or field: joined by spaces, as JSON array items, and how many. */
interface TermPiece {
  text: string;
  json: string;
  n: number;
}

/** One document as an index table stores it: fields in the order title, people, question, answer. */
export interface AnalysedRow {
  setId: string;
  ref: string;
  /** Each field's terms joined by spaces. */
  texts: string[];
  /** All fields' terms as a JSON array of arrays. */
  json: string;
  /** How many terms each field has. */
  lengths: number[];
}
