/** `cli check` lists every inferred set boundary with file, line and signals, for review. */
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED_FILE } from "./helpers.js";
import { HUURWONINGEN, STIKSTOF, headerLines } from "./core/fixtures/kamervragen.js";
import { tempDir } from "./temp-dir.js";

function check(seeds: string): string {
  const data = tempDir("check");
  return execFileSync(process.execPath, ["--import", "tsx", "src/cli.ts", "check", "--seeds", seeds], {
    cwd: ROOT,
    encoding: "utf8",
    // An explicit environment: nothing from the developer's shell or .env decides the outcome.
    env: { PATH: process.env.PATH, TMPDIR: tmpdir(), DATA_DIR: data, INDEX_DIR: join(data, "index"), SEARCH_BACKEND: "lunr", LOG_LEVEL: "error" },
  });
}

describe("cli check", () => {
  it("keeps the seed's counts and lists its two glued sets with their signals", () => {
    const out = check(join(ROOT, "seeds"));
    expect(out).toMatch(/Sets:\s+20 /);
    expect(out).toMatch(/Vragen:\s+213\n\s+beantwoord:\s+125/);
    expect(out).toMatch(/Verwijzingen:\s+21 opgelost/);
    expect(out).toMatch(/Sets zonder kop:\s+2 gevonden/);
    expect(out).toMatch(/Grenzen zonder kop:\s+3 afgeleid .*0 niet gesplitst/);
    const listed = out.split("\n").filter((l) => l.startsWith(`  ${SEED_FILE}:`));
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatch(new RegExp(`^  ${SEED_FILE}:39: nieuwe set «Digitale werkomgeving OM inderdaad gehackt.*»: voetnoten beginnen opnieuw bij 1, opent met een nieuwsbericht, ander onderwerp \\(overlap 0,\\d\\d\\)$`));
    expect(listed[1]).toMatch(new RegExp(`^  ${SEED_FILE}:131: nieuwe set «Het bericht op NU\\.nl .*»: opent met een nieuwsbericht, ander onderwerp`));
    expect(listed[2]).toMatch(new RegExp(`^  ${SEED_FILE}:179: nieuwe set «Digitale werkomgeving OM.*»: na de slotvraag .*, voetnoten beginnen opnieuw bij 1, opent met een nieuwsbericht`));
  });

  it("lists a candidate it did not split, with the one signal it had", () => {
    const dir = tempDir("glued");
    const lines = [
      ...headerLines(HUURWONINGEN.title),
      ...HUURWONINGEN.paragraphs.map((p) => p.text),
      ...STIKSTOF.paragraphs.map((p) => p.text),
      ...headerLines("Politie in Rotterdam"),
      "Bent u bekend met het artikel «Agenten in Rotterdam draaien dubbele diensten»? 1)",
      "Bent u bekend met de berichten dat de politie in Rotterdam agenten uit andere eenheden inzet?",
    ];
    writeFileSync(join(dir, "g.txt"), lines.join("\n"));
    const out = check(dir);
    const glued = lines.indexOf(STIKSTOF.paragraphs[0]!.text) + 1;
    const second = lines.length;
    expect(out).toMatch(/Sets:\s+3 /);
    expect(out).toContain(`  g.txt:${glued}: nieuwe set «Boeren rond de Veluwe wachten al jaren op een vergunning»: voetnoten beginnen opnieuw bij 1, opent met een nieuwsbericht`);
    expect(out).toContain(`  g.txt:${second}: niet gesplitst: opent met een nieuwsbericht (overlap niet te meten)`);
  });
});
