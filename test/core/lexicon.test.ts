import { beforeEach, describe, expect, it } from "vitest";
import { analyzeQuery, Vocabulary } from "../../src/core/analysis.js";
import { knownPart } from "../../src/core/compounds.js";
import { NO_LEXICON, WordList } from "../../src/core/lexicon.js";
import { stem } from "../../src/core/lunr-nl.js";

const list = (...forms: string[]) => new WordList(`${[...forms].sort().join("\n")}\n`);

describe("WordList", () => {
  it("finds every form of a sorted list and nothing else, with or without a final newline", () => {
    const forms = Array.from({ length: 500 }, (_, i) => `w${(i * 7919).toString(36)}`).sort();
    for (const text of [`${forms.join("\n")}\n`, forms.join("\n")]) {
      const words = new WordList(text);
      expect(words.size).toBe(500);
      expect(forms.every((f) => words.has(f))).toBe(true);
      const listed = new Set(forms);
      const others = forms.flatMap((f) => [`${f}x`, f.slice(0, -1), `${f.slice(0, -1)}~`]).filter((f) => !listed.has(f));
      expect(others.filter((f) => words.has(f))).toEqual([]);
    }
    expect(new WordList("").has("a")).toBe(false);
  });

  it("knows compounds of its forms, with a linking s, up to three parts of at least three letters", () => {
    const words = list("geld", "gat", "veiligheid", "risico", "druk", "lucht", "pistolen", "ik", "pen");
    expect(words.knows("geldgat")).toBe(true);
    expect(words.knows("veiligheidsrisico")).toBe(true);
    expect(words.knows("drukluchtpistolen")).toBe(true);
    expect(words.has("geldgat")).toBe(false);
    // Parts of one or two letters are too easily found inside a slip.
    expect(words.knows("ikpen")).toBe(false);
    expect(words.knows("geldgatgeldgat")).toBe(false);
    expect(words.knows("geldgta")).toBe(false);
    expect(words.knows("penik")).toBe(false);
    // Only an s links: "geldx|gat" is no compound, nor "ik|s|pen" with its two-letter head.
    expect(words.knows("geldxgat")).toBe(false);
    expect(words.knows("ikspen")).toBe(false);
    // A third part needs a first part as long as "druk"; a fourth never comes.
    expect(words.knows("gatgelddruk")).toBe(false);
    expect(words.knows("geldgelddrukdruk")).toBe(false);
    expect(words.knows("drukgelddruk")).toBe(true);
  });

  it("counts its lines whether or not the text ends with a newline", () => {
    expect(new WordList("a\nb\nc").size).toBe(3);
    expect(new WordList("a\nb\nc\n").size).toBe(3);
    expect(new WordList("a").size).toBe(1);
    expect(new WordList("").size).toBe(0);
    const last = new WordList("a\nb\nc");
    expect(["a", "b", "c"].map((w) => last.has(w))).toEqual([true, true, true]);
  });
});

describe("NO_LEXICON", () => {
  it("knows no word at all, so that every unknown word may be a slip", () => {
    expect(NO_LEXICON.has("huis")).toBe(false);
    expect(NO_LEXICON.knows("huis")).toBe(false);
    expect(NO_LEXICON.knows("huisdeur")).toBe(false);
  });
});

describe("typo correction with a Dutch word list", () => {
  const vocab = new Vocabulary([["komen", 40], ["meten", 2], ["noodknop", 3], ["wapen", 9], ["officieren", 4], ["moord", 6], ["politie", 50]]);
  // Made before each test, not while the file loads: a word list that cannot be made then fails tests instead of the file.
  let dutch: WordList;
  beforeEach(() => {
    dutch = list("kopen", "meteen", "noot", "knop", "wapen", "wet", "moord", "officier", "sites", "gat");
  });

  it("leaves a word that Dutch spells alone, however close a corpus word is", () => {
    const q = analyzeQuery("kopen meteen", vocab, { lexicon: dutch });
    expect(q.words.map((w) => w.corrections)).toEqual([[], []]);
    // Without the list they read as slips for corpus words.
    const blind = analyzeQuery("kopen meteen", vocab, { lexicon: NO_LEXICON });
    expect(blind.words.map((w) => w.corrections)).toEqual([[stem("komen")], [stem("meten")]]);
  });

  it("still corrects a slip that is no Dutch word, and a compound of Dutch words one edit off", () => {
    expect(analyzeQuery("koemn", vocab, { lexicon: dutch }).words[0]!.corrections).toEqual([stem("komen")]);
    expect(analyzeQuery("nootknop", vocab, { lexicon: dutch }).words[0]!.corrections).toEqual([stem("noodknop")]);
  });

  it("stands in the known part of a compound the corpus lacks, where Dutch splits it", () => {
    const wapenwet = analyzeQuery("wapenwet", vocab, { lexicon: dutch }).words[0]!;
    expect(wapenwet.knownPart).toBe(stem("wapen"));
    expect(wapenwet.weight).toBeGreaterThan(0);
    expect(analyzeQuery("moordsites", vocab, { lexicon: dutch }).words[0]!.knownPart).toBe(stem("moord"));
    // Too short a piece is no evidence: "gat" alone never stands in.
    expect(analyzeQuery("geldgat", new Vocabulary([["gat", 3]]), { lexicon: list("geld", "gat") }).words[0]!.knownPart).toBeNull();
  });

  it("reads the linking s of a compound on either side of where it splits one for its known part", () => {
    const moordszaak = list("moord", "zaak");
    expect(moordszaak.knows("moordszaak")).toBe(true);
    // "moord|szaak": the s before the rest links, "zaak" is Dutch.
    expect(analyzeQuery("moordszaak", vocab, { lexicon: moordszaak }).words[0]!.knownPart).toBe(stem("moord"));
    expect(knownPart("moordszaak", vocab, moordszaak)).toBe("moord");
    // "moords|politie": the s after the head links; the longer known side wins.
    expect(knownPart("moordspolitie", vocab, list("moord", "politie"))).toBe("politie");
  });

  it("stands in the corpus compounds that begin or end with a Dutch word the corpus lacks, the most frequent first", () => {
    const v = new Vocabulary([["levensverzekering", 5], ["overlijdensverzekering", 2], ["verzekeringsfraude", 3], ["verzekeraar", 9], ["zorgverzekeringen", 1], ["nverzekering", 4]]);
    const words = list("verzekering", "zorg");
    const w = analyzeQuery("verzekering", v, { lexicon: words }).words[0]!;
    expect(w.members).toEqual([stem("levensverzekering"), stem("verzekeringsfraude"), stem("overlijdensverzekering")]);
    expect(w.weight).toBeCloseTo(analyzeQuery("levensverzekering", v).words[0]!.weight);
    // Not for a word the corpus has, nor for one Dutch does not spell.
    expect(analyzeQuery("verzekering", new Vocabulary([["verzekering", 1], ["levensverzekering", 5]]), { lexicon: words }).words[0]!.members).toEqual([]);
    expect(analyzeQuery("verzekering", v).words[0]!.members).toEqual([]);
    expect(v.compoundsOf("verzekering", 2)).toEqual(["levensverzekering", "verzekeringsfraude"]);
  });

  it("weighs a word the corpus has only in another form of the same stem as that form", () => {
    const officier = analyzeQuery("officier", vocab, { lexicon: dutch }).words[0]!;
    expect(officier.exact).toBe(stem("officieren"));
    expect(officier.weight).toBeCloseTo(analyzeQuery("officieren", vocab).words[0]!.weight);
    // An infinitive shares its stem with the deed, spelled in a closed syllable or with -ing.
    const deeds = new Vocabulary([["verkoop", 5], ["handhaving", 3], ["pak", 2]]);
    for (const [typed, has] of [["verkopen", "verkoop"], ["handhaven", "handhaving"], ["pakken", "pak"]] as const) {
      const w = analyzeQuery(typed, deeds).words[0]!;
      expect(w.exact).toBe(stem(has));
      expect(w.weight).toBeCloseTo(analyzeQuery(has, deeds).words[0]!.weight);
    }
  });
});
