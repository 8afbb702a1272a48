/**
 * Synthetic dumps in the seed format, built from the seed's own vocabulary and
 * structure: headers, askers, question openers, answers, references and tables.
 * Deterministic for a given size and seed, so runs compare.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCorpus } from "../../src/core/corpus.js";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDumps {
  dir: string;
  sets: number;
  bytes: number;
}

/**
 * Writes the seed plus `extraSets` synthetic sets into `dir`: one file
 * `100-synthetic.txt`, or with `setsPerFile` a series `100-synthetic-0001.txt`, …
 */
export function generateDumps(seedFile: string, dir: string, extraSets: number, seed = 42, setsPerFile = Infinity): GeneratedDumps {
  mkdirSync(dir, { recursive: true });
  copyFileSync(seedFile, join(dir, "000-seed.txt"));
  const seedText = readFileSync(seedFile, "utf8");
  const corpus = buildCorpus([{ file: "seed.txt", content: seedText }]);
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const counts = new Map<string, number>();
  for (const w of seedText.split(/[^\p{L}]+/u)) if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  // Common words keep the seed's texture; rare words become new pseudo-words, so
  // a large archive does not repeat the seed's distinctive words thousands of times.
  const common = ranked.slice(0, 400);
  const rare = ranked.slice(400).filter((w) => w.length >= 5);
  const pseudo = () => {
    const a = pick(rare);
    const b = pick(rare);
    return (a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2))).toLowerCase();
  };
  const lexicon = Array.from({ length: 40_000 }, pseudo);
  /** Zipf-like: mostly common seed words, sometimes one of many rarer pseudo-words. */
  const word = () => (rand() < 0.8 ? common[Math.floor(common.length * rand() * rand())]! : lexicon[Math.floor(lexicon.length * rand() * rand())]!);
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    return Array.from({ length: n }, word).join(" ");
  };
  const openers = [...new Set(corpus.sets.flatMap((s) => s.questions.map((q) => q.text.split(" ").slice(0, 2).join(" "))))];
  const askers = [...new Set(corpus.sets.flatMap((s) => s.askers.map((a) => (a.party ? `${a.name} (${a.party})` : a.name))))];
  const addressees = [...new Set(corpus.sets.flatMap((s) => s.addressees))];
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  // Lengths follow the seed's, so length normalisation treats seed and synthetic text alike.
  const questionLengths = corpus.sets.flatMap((s) => s.questions.map((q) => q.text.split(" ").length));
  const answerLengths = corpus.sets.flatMap((s) =>
    s.questions.filter((q) => q.answer?.kind === "direct").map((q) => q.answer!.text.split(/\s+/).length),
  );
  const question = () => {
    const n = Math.max(4, pick(questionLengths) - 2);
    return `${pick(openers)} ${sentence(n, n + 1)}?`;
  };
  const answerText = () => {
    const n = pick(answerLengths);
    return `${cap(sentence(n, n + 1))}.`;
  };

  let out: string[] = [];
  let bytes = seedText.length;
  let part = 0;
  const flush = () => {
    const text = out.join("\n");
    writeFileSync(join(dir, Number.isFinite(setsPerFile) ? `100-synthetic-${String(++part).padStart(4, "0")}.txt` : "100-synthetic.txt"), text);
    bytes += text.length;
    out = [];
  };
  for (let i = 0; i < extraSets; i++) {
    if (i > 0 && i % setsPerFile === 0) flush();
    const nAskers = 1 + Math.floor(rand() * 2);
    out.push(`${cap(sentence(3, 8))} ${i} |`, "|", `${Array.from({ length: nAskers }, () => pick(askers)).join(", ")} |`, "|", `${pick(addressees)} (minister ) |`, "|", `${"![]() ".repeat(nAskers).trim()} |`);
    const n = 3 + Math.floor(rand() * 4);
    const answered = rand() < 0.7;
    for (let q = 1; q <= n; q++) {
      out.push(question());
      if (!answered) continue;
      if (q > 1 && rand() < 0.15) out.push(`Zie antwoord vraag ${1 + Math.floor(rand() * (q - 1))}.`);
      else {
        out.push(answerText());
        if (rand() < 0.05) out.push(cap(word()), String(Math.floor(rand() * 3000)), String(Math.floor(rand() * 3000)));
      }
    }
  }
  flush();
  return { dir, sets: corpus.stats.sets + extraSets, bytes };
}
