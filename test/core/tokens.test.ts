import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexTokens, tokens } from "../../src/core/analysis.js";
import { isStopWord } from "../../src/core/lunr-nl.js";
import { normalizeTypography } from "../../src/core/text.js";
import { mulberry32 } from "../bench/generate.js";
import { ROOT } from "../helpers.js";

/** The plain definition: normalise, decompose, drop marks, join digit groups, take ASCII letter and digit runs. */
function reference(text: string) {
  const cased = normalizeTypography(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/(\d)[.,](?=\d)/g, "$1");
  const raws = [...cased.matchAll(/[A-Za-z0-9]+/g)].map((m) => m[0]);
  const casingTells = /[a-z]/.test(cased) || raws.length === 1;
  return raws
    .filter((raw) => raw.length >= 2 || /\d/.test(raw))
    .map((raw) => ({ word: raw.toLowerCase(), acronym: casingTells && raw.length <= 4 && /^[A-Z]+$/.test(raw) && isStopWord(raw.toLowerCase()) }));
}

describe("tokens", () => {
  it("reads every line of the seed as the plain definition does", () => {
    const lines = readFileSync(join(ROOT, "seeds", "000_0520b6fab4578ef8.txt"), "utf8").split("\n");
    for (const line of lines) expect(tokens(line), line).toEqual(reference(line));
  });

  it("agrees with the plain definition on random text with accents, marks, typography, digits and capitals", () => {
    const rand = mulberry32(7);
    const alphabet = ["a", "B", "z", "OM", "om", "EU", "é", "ë", "ç", "Ö", "e\u0301", "ﬁ", "’", "–", "\u00a0", "\u00ad", " ", ".", ",", "1", "9", "2.194", "3,5", "-", "😀", "|", "\n", "Ω"];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      expect(tokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it("keeps accents apart from letters, numbers whole and acronyms marked", () => {
    expect(tokens("Zoë en het OM: 2.194 zaken op Curaçao")).toEqual([
      { word: "zoe", acronym: false },
      { word: "en", acronym: false },
      { word: "het", acronym: false },
      { word: "om", acronym: true },
      { word: "2194", acronym: false },
      { word: "zaken", acronym: false },
      { word: "op", acronym: false },
      { word: "curacao", acronym: false },
    ]);
  });
});

describe("index tokens", () => {
  const joined = (text: string) => indexTokens(text).filter((t) => t.hyphened).map((t) => t.word);

  it("are the tokens, with a compound written with hyphens also as one word after its parts", () => {
    expect(indexTokens("de femicide-monitor komt")).toEqual([
      { word: "de", acronym: false },
      { word: "femicide", acronym: false },
      { word: "monitor", acronym: false },
      { word: "femicidemonitor", acronym: false, hyphened: true },
      { word: "komt", acronym: false },
    ]);
    expect(tokens("de femicide-monitor komt").map((t) => t.word)).toEqual(["de", "femicide", "monitor", "komt"]);
  });

  it("are the tokens, with a separable verb written apart around 'te' also as one word after its infinitive", () => {
    expect(indexTokens("mee te nemen en om te voorkomen").map((t) => t.word)).toEqual(["mee", "te", "nemen", "meenemen", "en", "om", "te", "voorkomen"]);
    expect(indexTokens("mee te nemen")[3]).toEqual({ word: "meenemen", acronym: false });
    expect(tokens("mee te nemen").map((t) => t.word)).toEqual(["mee", "te", "nemen"]);
  });

  it("join the letters as written: acronyms, one-letter parts and runs of three parts", () => {
    expect(joined("OM-medewerkers met ICT-problemen en e-mailadressen")).toEqual(["ommedewerkers", "ictproblemen", "emailadressen"]);
    expect(joined("een Noord-Hollands-Utrechtse regeling")).toEqual(["noordhollandsutrechtse"]);
    expect(indexTokens("OM-medewerkers")[0]).toEqual({ word: "om", acronym: true });
  });

  it("join no numbers, no dashes between spaces, no longer runs and nothing across other marks", () => {
    expect(joined("15- tot 25-jarigen, COVID-19 en 2024-2025")).toEqual([]);
    expect(joined("lobbygroep - die - in en groep – die")).toEqual([]);
    expect(joined("een nog-niet-af-gemaakt plan")).toEqual([]);
    expect(joined("(ex-)partner, x--y, a-/b-groep")).toEqual(["bgroep"]);
  });

  it("are every token of a text, in order, with the joined words added", () => {
    const text = "Het OM kampt met ICT-problemen bij de femicide-monitor en 25-jarigen.";
    expect(indexTokens(text).filter((t) => !t.hyphened)).toEqual(tokens(text));
  });
});

describe("acronyms in capitals", () => {
  it("are stop words of at most four capitals in mixed text; longer capitals are shouting", () => {
    expect(isStopWord("zijn") && isStopWord("worden")).toBe(true);
    expect(tokens("Wat doet ZIJN met WORDEN?").filter((t) => t.acronym).map((t) => t.word)).toEqual(["zijn"]);
  });
});
