/**
 * The search analysis spelled out plainly, set by set and text by text: what
 * the one-pass analysis in src/core/corpus-analysis.ts must give, and a second
 * way to build an index for tests that compare the two.
 */
import { acronymKey, indexTerms, indexTokens, Vocabulary, type WordIndex } from "../src/core/analysis.js";
import type { CorpusView } from "../src/core/corpus-view.js";
import type { QuestionSet } from "../src/core/model.js";
import { documentRef, type SearchDocument } from "../src/core/search.js";

/** The words a set contributes to the vocabulary; pointing answers add nothing new. */
export function setWords(set: QuestionSet): string[] {
  const out: string[] = [];
  const setText = [set.title, ...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees].join(" ");
  // Acronyms that look like stop words ("OM") are counted under their own key, apart from the word; a hyphened compound also joined.
  const add = (text: string) => {
    for (const t of indexTokens(text)) out.push(t.acronym ? acronymKey(t.word) : t.word);
  };
  add(setText);
  for (const q of set.questions) {
    add(q.text);
    if (q.answer && q.answer.kind === "direct") add(q.answer.text);
  }
  return out;
}

/** Builds the vocabulary that compound splitting and typo correction lean on. */
export function buildVocabulary(corpus: Pick<CorpusView, "all">): Vocabulary {
  const vocab = new Vocabulary();
  for (const set of corpus.all()) for (const w of setWords(set)) vocab.add(w);
  return vocab;
}

/** The analysed documents of one set, one per question. */
export function* setDocuments(set: QuestionSet, vocab: WordIndex): Generator<SearchDocument> {
  const title = indexTerms(set.title, vocab);
  const people = indexTerms([...set.askers.map((a) => `${a.name} ${a.party ?? ""}`), ...set.addressees].join(" "), vocab);
  for (const q of set.questions) {
    yield {
      ref: documentRef(set, q),
      title,
      people,
      question: indexTerms(q.text, vocab),
      answer: q.answer ? indexTerms(q.answer.resolved, vocab) : [],
    };
  }
}

/** The documents for every question of the corpus, analysed. */
export function* searchDocuments(corpus: Pick<CorpusView, "all">, vocab: WordIndex): Generator<SearchDocument> {
  for (const set of corpus.all()) yield* setDocuments(set, vocab);
}
