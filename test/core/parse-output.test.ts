/**
 * The parser's output, set by set, for the seed and a generated archive: ids,
 * lines, counts and a hash of everything else. The expected file was written
 * by an earlier, slower parser; speed work must not change a single set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/corpus.js";
import { shortHash } from "../../src/core/text.js";
import { generateDumps } from "../bench/generate.js";
import { ROOT, SEED_FILE } from "../helpers.js";
import { tempDir } from "../temp-dir.js";

function summary(name: string, content: string): string[] {
  const r = parseFile({ file: `${name}.txt`, content });
  const lines = r.sets.map(
    (s) =>
      `${name} ${s.id} line ${s.source.line} questions ${s.questions.length} answered ${s.questions.filter((q) => q.answer).length} content ${shortHash(JSON.stringify(s))}`,
  );
  lines.push(`${name} warnings ${r.warnings.length} ${shortHash(JSON.stringify(r.warnings))} boundaries ${r.boundaries.length} ${shortHash(JSON.stringify(r.boundaries))}`);
  return lines;
}

describe("parser output", () => {
  it("is unchanged for the seed and a generated archive of 280 sets", () => {
    const seedPath = join(ROOT, "seeds", SEED_FILE);
    const dir = tempDir("parse-out");
    generateDumps(seedPath, dir, 280);
    const got = [...summary("seed", readFileSync(seedPath, "utf8")), ...summary("gen280", readFileSync(join(dir, "100-synthetic.txt"), "utf8"))];
    const expected = readFileSync(join(ROOT, "test", "core", "__snapshots__", "parse-output.txt"), "utf8").trimEnd().split("\n");
    expect(got).toEqual(expected);
  });
});
