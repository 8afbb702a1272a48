/**
 * Analysing many sets for an index in one reading of their text. Documents
 * need the finished vocabulary (compound splitting asks it), and the
 * vocabulary needs every text: so each text is tokenised once, its words kept
 * as small integers, and the documents are made from those once every set was
 * seen. The result is exactly what the plain, set-by-set analysis in
 * test/reference-analysis.ts gives.
 */
import { acronymKey, indexTokens, tokenTerms, Vocabulary, type WordIndex } from "./analysis.js";
import type { QuestionSet } from "./model.js";
import { DefinitionCounts, setDefinitions, type Definition, type DefinitionCount } from "./acronym-miner.js";
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

/** A set's tokens as codes into a table of words: what a worker thread hands back. */
export interface EncodedSet {
  id: string;
  refs: string[];
  /** The codes the vocabulary counts, in the order `setWords` gives them. */
  vocab: Int32Array;
  /** Title, people, then question and answer of each document. */
  codes: Int32Array;
  /** Where each of those fields ends in `codes`. */
  ends: Int32Array;
  /** The acronyms the set's texts define (see acronym-miner.ts). */
  definitions: Definition[];
}

/** Sets tokenised apart from the analysis that counts them: codes refer to `words`. */
export interface TokenBatch {
  words: string[];
  sets: EncodedSet[];
}

/** The vocabulary of sets, their documents and the acronyms they define, for an index built in one go. */
export function analyseSets(sets: Iterable<QuestionSet>): { vocab: Vocabulary; documents: Generator<SearchDocument>; definitions: DefinitionCount[] } {
  const analysis = new CorpusAnalysis();
  for (const set of sets) {
    analysis.add(set);
    analysis.takeDefinitions(set.id);
  }
  const vocab = new Vocabulary(analysis.vocabulary());
  function* documents(): Generator<SearchDocument> {
    for (const { doc } of analysis.documents(vocab)) yield doc;
  }
  return { vocab, documents: documents(), definitions: analysis.definitionCounts() };
}

/** A growable list of token codes, reused from set to set. */
class Codes {
  buf = new Int32Array(4096);
  length = 0;
  push(code: number): void {
    if (this.length === this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = code;
  }
  take(): Int32Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/** Tokenises sets into codes; on a thread of its own, with a table of its own. */
export function tokeniseSets(sets: Iterable<QuestionSet>): TokenBatch {
  const analysis = new CorpusAnalysis();
  const encoded = [...sets].map((s) => analysis.encode(s));
  return { words: analysis.words, sets: encoded };
}

export class CorpusAnalysis {
  /** Every distinct folded word gets an id; a token is coded as id * 4, plus 1 when written as an acronym, plus 2 when a hyphened compound joined. */
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  private counts = new Int32Array(1024);
  /** Token codes in the order they first counted, so the vocabulary keeps the order `setWords` gives. */
  private readonly counted: number[] = [];
  private readonly pending: PendingSet[] = [];
  private readonly vocabCodes = new Codes();
  private readonly docCodes = new Codes();
  /** The acronym definitions of every set added, counted. */
  private readonly definitions = new DefinitionCounts();
  /** Each added set's own definitions, until taken (see `takeDefinitions`). */
  private readonly definitionsBySet = new Map<string, Definition[]>();

  /** How many sets are waiting for `documents`. */
  get size(): number {
    return this.pending.length;
  }

  private id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Appends the token codes of a text. */
  private tokenise(text: string, out: Codes): void {
    for (const t of indexTokens(text)) out.push(this.id(t.word) * 4 + (t.acronym ? 1 : 0) + (t.hyphened ? 2 : 0));
  }

  private key(code: number): string {
    const word = this.words[code >> 2]!;
    return code & 1 ? acronymKey(word) : word;
  }

  /** Tokenises a set once, into the codes of the words `setWords` gives and the codes its documents need. */
  encode(set: QuestionSet): EncodedSet {
    const vocab = this.vocabCodes;
    const docs = this.docCodes;
    const names = [...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees];
    // The vocabulary reads title and people as one text: acronyms are judged over all of it.
    this.tokenise([set.title, ...names].join(" "), vocab);
    const ends: number[] = [];
    this.tokenise(set.title, docs);
    ends.push(docs.length);
    this.tokenise(names.join(" "), docs);
    ends.push(docs.length);
    for (const q of set.questions) {
      const start = docs.length;
      this.tokenise(q.text, docs);
      ends.push(docs.length);
      for (let i = start; i < docs.length; i++) vocab.push(docs.buf[i]!);
      const answer = q.answer;
      if (answer && answer.kind === "direct") {
        const aStart = docs.length;
        this.tokenise(answer.text, docs);
        for (let i = aStart; i < docs.length; i++) vocab.push(docs.buf[i]!);
        // What search reads is nearly always the published text itself: no second tokenising then.
        if (answer.resolved !== answer.text) {
          docs.length = aStart;
          this.tokenise(answer.resolved, docs);
        }
      } else if (answer) this.tokenise(answer.resolved, docs);
      ends.push(docs.length);
    }
    return { id: set.id, refs: set.questions.map((q) => documentRef(set, q)), vocab: vocab.take(), codes: docs.take(), ends: Int32Array.from(ends), definitions: setDefinitions(set) };
  }

  /**
   * Counts an encoded set's words and keeps it for the documents; `table`
   * maps its codes' word ids to this analysis's. Returns the set's own word counts.
   */
  private keep(set: EncodedSet, table: Int32Array | null): [string, number][] {
    if (table) {
      for (const codes of [set.vocab, set.codes]) for (let i = 0; i < codes.length; i++) codes[i] = table[codes[i]! >> 2]! * 4 + (codes[i]! & 3);
    }
    const perSet = new Map<number, number>();
    for (let i = 0; i < set.vocab.length; i++) {
      // A hyphened compound counts as the same word written joined ("WhatsApp-groep", "Whatsappgroep").
      const c = set.vocab[i]! & ~2;
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
    this.pending.push({ id: set.id, refs: set.refs, codes: set.codes, ends: set.ends });
    if (set.definitions.length) {
      this.definitions.add(set.definitions);
      this.definitionsBySet.set(set.id, set.definitions);
    }
    return [...perSet].map(([c, n]) => [this.key(c), n]);
  }

  /** The acronym definitions an added set gave, once: an index that keeps them per set takes them as it writes the set. */
  takeDefinitions(id: string): Definition[] {
    const out = this.definitionsBySet.get(id) ?? [];
    this.definitionsBySet.delete(id);
    return out;
  }

  /** The acronym definitions of every set added, with how often each was given. */
  definitionCounts(): DefinitionCount[] {
    return this.definitions.entries();
  }

  /**
   * Tokenises a set once: counts the words `setWords` gives and keeps the
   * codes its documents need. Returns the set's own word counts.
   */
  add(set: QuestionSet): [string, number][] {
    return this.keep(this.encode(set), null);
  }

  /** As `add` for sets another analysis tokenised (`tokeniseSets`, in a worker thread); in the same order. */
  addTokenised(batch: TokenBatch): [string, number][][] {
    const table = Int32Array.from(batch.words, (w) => this.id(w));
    return batch.sets.map((s) => this.keep(s, table));
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
      if (t === undefined) memo[code] = t = prepare(tokenTerms({ word: this.words[code >> 2]!, acronym: (code & 1) === 1, ...(code & 2 ? { hyphened: true as const } : {}) }, vocab));
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
   * terms joined by spaces, made from pieces prepared once per word instead
   * of per occurrence.
   */
  rows(vocab: WordIndex): Generator<AnalysedRow> {
    const prepare = (terms: string[]): TermPiece => ({ text: terms.join(" "), n: terms.length });
    return this.drain(vocab, prepare, function* ({ id, refs, codes, ends }, termsOf) {
      const field = (from: number, to: number): TermPiece => {
        const text: string[] = [];
        let n = 0;
        for (let i = from; i < to; i++) {
          const p = termsOf(codes[i]!);
          if (p.n === 0) continue;
          text.push(p.text);
          n += p.n;
        }
        return { text: text.join(" "), n };
      };
      const title = field(0, ends[0]!);
      const people = field(ends[0]!, ends[1]!);
      for (let d = 0; d < refs.length; d++) {
        const q = 2 + d * 2;
        const fields = [title, people, field(ends[q - 1]!, ends[q]!), field(ends[q]!, ends[q + 1]!)];
        yield { setId: id, ref: refs[d]!, texts: fields.map((f) => f.text), lengths: fields.map((f) => f.n) };
      }
    });
  }
}

/** The terms of one word or field: joined by spaces, and how many. */
interface TermPiece {
  text: string;
  n: number;
}

/** One document as an index table stores it: fields in the order title, people, question, answer. */
export interface AnalysedRow {
  setId: string;
  ref: string;
  /** Each field's terms joined by spaces. */
  texts: string[];
  /** How many terms each field has. */
  lengths: number[];
}
