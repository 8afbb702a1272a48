import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../src/core/analysis.js";
import { CorpusAnalysis, tokeniseSets } from "../../src/core/corpus-analysis.js";
import type { QuestionSet } from "../../src/core/model.js";
import { FIELDS } from "../../src/core/search.js";
import { buildVocabulary, searchDocuments, setDocuments, setWords } from "../reference-analysis.js";
import { corpusOf, HEADER, seedCorpus } from "../helpers.js";

function wordCounts(set: QuestionSet): [string, number][] {
  const m = new Map<string, number>();
  for (const w of setWords(set)) m.set(w, (m.get(w) ?? 0) + 1);
  return [...m].sort((a, b) => a[0].localeCompare(b[0]));
}

const sorted = (xs: [string, number][]) => [...xs].sort((a, b) => a[0].localeCompare(b[0]));

describe("CorpusAnalysis", () => {
  it("gives the seed corpus exactly the vocabulary and documents of setWords and setDocuments", () => {
    const corpus = seedCorpus();
    const analysis = new CorpusAnalysis();
    for (const set of corpus.sets) expect(sorted(analysis.add(set))).toEqual(wordCounts(set));
    const expected = buildVocabulary(corpus);
    expect(analysis.vocabulary()).toEqual(expected.entries());
    const vocab = new Vocabulary(analysis.vocabulary());
    const docs = [...analysis.documents(vocab)];
    expect(docs.map((d) => d.doc)).toEqual([...searchDocuments(corpus, expected)]);
    expect(docs.map((d) => d.setId)).toEqual(corpus.sets.flatMap((s) => s.questions.map(() => s.id)));
    expect(analysis.size).toBe(0);
  });

  it("keeps acronyms, pointing answers, sets without people and unanswered questions apart as setDocuments does", () => {
    const corpus = corpusOf([
      "a.txt",
      [
        HEADER("Het OM en de EU over politiebegroting"),
        "Wat doet het OM aan de politiebegroting?",
        "Het OM werkt aan de begroting van de politie.",
        "Weet u om hoeveel zaken het gaat?",
        "Zie antwoord vraag 1.",
        "Wanneer komt de brief?",
        "",
        "HET OM IN HOOFDLETTERS |",
        "|",
        "|",
        "|",
        "|",
        "|",
        "![]() |",
        "Wat vindt u van het OM?",
      ].join("\n"),
    ]);
    expect(corpus.sets.length).toBeGreaterThan(0);
    const analysis = new CorpusAnalysis();
    for (const set of corpus.sets) expect(sorted(analysis.add(set))).toEqual(wordCounts(set));
    const vocab = new Vocabulary(analysis.vocabulary());
    expect(vocab.entries()).toEqual(buildVocabulary(corpus).entries());
    expect([...analysis.documents(vocab)].map((d) => d.doc)).toEqual(corpus.sets.flatMap((s) => [...setDocuments(s, vocab)]));
  });

  it("analyses against the vocabulary given when the documents are asked for, not the one counted", () => {
    const corpus = corpusOf(["a.txt", [HEADER("Politiebegroting"), "Hoe staat het met de politiebegroting?"].join("\n")]);
    const analysis = new CorpusAnalysis();
    for (const set of corpus.sets) analysis.add(set);
    const wider = new Vocabulary([...analysis.vocabulary(), ["politie", 5], ["begroting", 5]]);
    const [first] = [...analysis.documents(wider)];
    expect(first!.doc.question).toEqual([...setDocuments(corpus.sets[0]!, wider)][0]!.question);
    expect(first!.doc.question).toContain("begrot");
  });
});

describe("CorpusAnalysis rows", () => {
  it("are the documents as an index table stores them: fields joined and counted", () => {
    const corpus = seedCorpus();
    const a = new CorpusAnalysis();
    const b = new CorpusAnalysis();
    for (const set of corpus.sets) {
      a.add(set);
      b.add(set);
    }
    const vocab = new Vocabulary(a.vocabulary());
    const docs = [...a.documents(vocab)];
    const rows = [...b.rows(vocab)];
    expect(rows.length).toBe(docs.length);
    rows.forEach((row, i) => {
      const { setId, doc } = docs[i]!;
      const fields = FIELDS.map((f) => doc[f]);
      expect(row).toEqual({ setId, ref: doc.ref, texts: fields.map((f) => f.join(" ")), lengths: fields.map((f) => f.length) });
    });
  });
});

describe("CorpusAnalysis with sets tokenised elsewhere", () => {
  it("counts and analyses batches tokenised apart (as in worker threads) exactly as sets added here", () => {
    const corpus = seedCorpus();
    const here = new CorpusAnalysis();
    const hereCounts = corpus.sets.map((s) => here.add(s));
    const apart = new CorpusAnalysis();
    const apartCounts: [string, number][][] = [];
    // Each batch has its own table of words, as a worker thread's would.
    for (let i = 0; i < corpus.sets.length; i += 7) apartCounts.push(...apart.addTokenised(tokeniseSets(corpus.sets.slice(i, i + 7))));
    expect(apartCounts).toEqual(hereCounts);
    expect(apart.vocabulary()).toEqual(here.vocabulary());
    // The acronyms the sets define come along, per set and in total.
    expect(apart.definitionCounts()).toEqual(here.definitionCounts());
    expect(here.definitionCounts().length).toBeGreaterThan(25);
    const lmio = corpus.sets.find((s) => here.takeDefinitions(s.id).some((d) => d.acronym === "lmio"))!;
    expect(apart.takeDefinitions(lmio.id)).toContainEqual({ acronym: "lmio", long: "landelijk meldpunt internetoplichting" });
    expect(apart.takeDefinitions(lmio.id)).toEqual([]);
    const vocab = new Vocabulary(here.vocabulary());
    expect([...apart.rows(vocab)]).toEqual([...here.rows(vocab)]);
  });
});
