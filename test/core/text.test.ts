import { describe, expect, it } from "vitest";
import { fold, foldWhole, footnoteNumbers, SHORT_HASH_SEED, shortHashStep, shortHashStepFolded, slugify, stripFootnotes, truncate } from "../../src/core/text.js";

describe("stripFootnotes", () => {
  it.each([
    ["Kent u het bericht «X»?1", "Kent u het bericht «X»?"],
    ["Bent u bekend met berichten over Curaçao?1 2", "Bent u bekend met berichten over Curaçao?"],
    ["Klopt dat? 1)", "Klopt dat?"],
    ["het bericht van 13 mei jl.1, waarin", "het bericht van 13 mei jl., waarin"],
    ["onderzoek uitgevoerd.2 Tot op heden", "onderzoek uitgevoerd. Tot op heden"],
    ["lhbtiq+ personen.2, 3 Er zijn", "lhbtiq+ personen. Er zijn"],
    ["ATH-BOA (basis BOA)1", "ATH-BOA (basis BOA)"],
    ["gegeven aan motie-Mutluer2 waarbij", "gegeven aan motie-Mutluer waarbij"],
    ["Wtmo8 bevat de bevoegdheid", "Wtmo bevat de bevoegdheid"],
    ["politie van 12 juni 20253 is", "politie van 12 juni 2025 is"],
    ["zie voetnoot[1] hier", "zie voetnoot hier"],
    // Numbers that are words must survive.
    ["Basispolitieopleiding (PO21)", "Basispolitieopleiding (PO21)"],
    ["in totaal 2.194 studenten", "in totaal 2.194 studenten"],
    ["Kamerstuk 29 279, nr. 890", "Kamerstuk 29 279, nr. 890"],
  ])("%s", (input, expected) => {
    expect(stripFootnotes(input)).toBe(expected);
  });
});

describe("footnoteNumbers", () => {
  it("reads markers after question marks and quotes", () => {
    expect(footnoteNumbers("«A»1 en «B»?2")).toEqual([2, 1]);
    expect(footnoteNumbers("over Curaçao?1 2")).toEqual([1, 2]);
    expect(footnoteNumbers("geen voetnoot?")).toEqual([]);
  });
});

describe("fold", () => {
  it.each([
    ["Curaçao", "curacao"],
    ["Zoë", "zoe"],
    ["Hümeyra", "humeyra"],
    ["Clare’s", "clare's"],
    ["a\u00a0b – c", "a b - c"],
  ])("%s → %s", (input, expected) => expect(fold(input)).toBe(expected));

  // `fold` works code unit by code unit where it can; `foldWhole` is the definition.
  const latinAndPunctuation = [...Array(0x370).keys(), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)];

  it("folds every Latin and punctuation character as its definition does, alone and next to each other", () => {
    for (const a of latinAndPunctuation) {
      const alone = String.fromCharCode(a);
      expect(fold(alone), a.toString(16)).toBe(foldWhole(alone));
      for (const b of [0x41, 0x69, 0xe9, 0x130, 0x301, 0x345, 0x2019]) {
        const pair = String.fromCharCode(a, b);
        expect(fold(pair), pair).toBe(foldWhole(pair));
      }
    }
  });

  it("folds mixed text as its definition does, including characters that depend on their neighbours", () => {
    // Greek capital sigma lowers by its neighbours; surrogate pairs and Hangul lie outside the table.
    const others = [0x3a3, 0x3c3, 0x391, 0xd83d, 0xde00, 0xac00, 0xfb01, 0x2160, 0x212a, 0x1e9e];
    const units = [...latinAndPunctuation, ...others];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => String.fromCharCode(units[Math.floor(next() * units.length)]!)).join("");
      expect(fold(text), JSON.stringify(text)).toBe(foldWhole(text));
    }
  });
});

describe("slugify and truncate", () => {
  it("keeps meaningful title words", () => {
    expect(slugify("De politiebegroting")).toBe("politiebegroting");
    expect(slugify("De aanhoudende problematiek van vuurwapenbezit op Curaçao")).toBe("aanhoudende-problematiek");
  });
  it("cuts at a word boundary", () => {
    expect(truncate("een twee drie vier", 12)).toBe("een twee…");
    expect(truncate("kort", 12)).toBe("kort");
  });
});

describe("hashing folded text", () => {
  // What set ids hash per question: the folded text with each run of whitespace as one space.
  const byDefinition = (state: number, text: string) => shortHashStep(state, foldWhole(text).replace(/\s+/g, " "));

  it("hashes as the folded, whitespace-collapsed text would, whatever the characters", () => {
    const pieces = ["Kent u", " het ", "BERICHT", "«Zoë»", "’s", "\u00a0", "\u00ad", "\t", "\n", "  ", "\u2028", "\u2002", "ﬁ", "Σ", "😀", "e\u0301", "`", "Ⅳ", "\u3000", "?1", "İ"];
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]!).join("");
      const state = n % 2 === 0 ? SHORT_HASH_SEED : Math.floor(next() * 2 ** 32);
      expect(shortHashStepFolded(state, text), JSON.stringify(text)).toBe(byDefinition(state, text));
    }
  });
});
