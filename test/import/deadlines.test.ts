import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/core/corpus.js";
import { parseImportedFile, type CaseFile } from "../../src/import/case-file.js";
import { parsePublication } from "../../src/import/xml.js";
import { renderPlain } from "../../src/adapters/console.js";
import { renderTelegram } from "../../src/adapters/telegram-html.js";
import { renderDiscord } from "../../src/adapters/discord.js";
import type { CommandDeps } from "../../commands/types.js";
import { engineFor, HEADER } from "../helpers.js";
import { consoleCaller, runLine } from "../front-end.js";

/** A minimal open case: `n` questions submitted on `submitted`, optionally postponed. */
function openCase(number: string, subject: string, submitted: string, minister: string, party: string, postponed?: string): { file: string; content: string } {
  const xml = `<officiele-publicatie><kamervragen><kamervraagomschrijving type="vraag">Vragen van het lid X (${party}) aan de minister van Y over <kamervraagonderwerp>${subject}</kamervraagonderwerp> (ingezonden <datum isodatum="${submitted}">.</datum>).</kamervraagomschrijving><vraag><nr>Vraag 1</nr><al>Wat weet u over ${subject}?</al></vraag></kamervragen></officiele-publicatie>`;
  const notice = `<officiele-publicatie><kamervragen><kamervraagopmerking><al>De beantwoording van de vragen over ${subject} wordt uitgesteld.</al></kamervraagopmerking></kamervragen></officiele-publicatie>`;
  const file: CaseFile = {
    version: 1,
    case: { id: `id-${number}`, number, subject: null, year: "2025-2026", started: null },
    askers: [{ name: "A. Lid", party }],
    addressees: [minister],
    documents: [
      { kind: "questions", documentNumber: `${number}-q`, date: submitted, changed: "x", url: `https://zoek.officielebekendmakingen.nl/kv-tk-${number}.html`, publication: parsePublication(`kv-tk-${number}`, xml) },
      ...(postponed ? [{ kind: "postponement" as const, documentNumber: `${number}-m`, date: postponed, changed: "x", url: `https://zoek.officielebekendmakingen.nl/ah-tk-${number}.html`, publication: parsePublication(`ah-tk-${number}`, notice) }] : []),
    ],
  };
  return { file: `imported/${number}.json`, content: JSON.stringify(file) };
}

const NOW = new Date("2026-03-02T09:00:00Z");
const files = [
  openCase("2026Z00001", "dijkversterking", "2026-01-05", "D.M. van Weel", "VVD"), // 56 days: overdue
  openCase("2026Z00002", "wachttijden ggz", "2026-01-20", "V.P.G. Karremans", "CDA", "2026-02-09"), // 41 days, postponed: within 6 weeks
  openCase("2026Z00003", "politie-inzet", "2026-02-02", "D.M. van Weel", "SP"), // 28 days: overdue
  openCase("2026Z00004", "stikstofregels", "2026-02-20", "F.M. Wiersma", "BBB"), // 10 days
  { file: "000.txt", content: `${HEADER("Een dump zonder data")}\nWaarom is dit zo?` },
];
// The corpus parses dumps itself; imported files are handed over already parsed, as the store does.
const modified = new Date(0);
const parsed = new Map(files.filter((f) => f.file.startsWith("imported/")).map((f) => [`${f.file}|0|${f.content.length}`, parseImportedFile(f)]));
const corpus = buildCorpus(files.map((f) => ({ ...f, modified })), parsed);
const engine = engineFor(corpus);
const deps: CommandDeps = {
  engine,
  corpus,
  info: { loadedAt: NOW, files: [] },
  caller: consoleCaller(),
  timeZone: "Europe/Amsterdam",
  now: () => NOW,
};

const run = (text: string) => runLine(text, deps);

describe("deadlines", () => {
  it("/onbeantwoord shows how long each open set waits, oldest first, and marks what is overdue", async () => {
    const reply = await run("/onbeantwoord");
    expect(reply.sections.map((s) => s.heading)).toEqual(["Dijkversterking", "Wachttijden ggz", "Politie-inzet", "Stikstofregels", "Een dump zonder data"]);
    const bodies = reply.sections.map((s) => s.body);
    expect(bodies[0]).toMatch(/⚠ wacht 56 dagen: 35 dagen over de termijn \(3 weken\)/);
    expect(bodies[1]).toMatch(/wacht 41 dagen \(termijn 6 weken, na uitstel\)/);
    expect(bodies[1]).not.toMatch(/⚠/);
    expect(bodies[2]).toMatch(/⚠ wacht 28 dagen: 7 dagen over/);
    expect(bodies[3]).toMatch(/wacht 10 dagen \(termijn 3 weken\)/);
    expect(bodies[4]).not.toMatch(/wacht/);
    expect(reply.subtitle).toBe("2 over de termijn: zie /termijn");
  });

  it("/termijn lists overdue sets per minister, oldest first, or for one name or party", async () => {
    const all = await run("/termijn");
    expect(all.title).toBe("Over de termijn (2)");
    expect(all.sections).toHaveLength(1);
    expect(all.sections[0]!.heading).toBe("D.M. van Weel (2)");
    expect(all.sections[0]!.body.split("\n").map((l) => l.replace(/ —.*/, ""))).toEqual(["• Dijkversterking", "• Politie-inzet"]);
    expect(all.sections[0]!.body).toContain("ingezonden 5 januari 2026, 35 dagen te laat");

    const sp = await run("/termijn SP");
    expect(sp.title).toBe("Over de termijn voor «SP» (1)");
    expect(sp.sections[0]!.body).toMatch(/^• Politie-inzet/);
    const nobody = await run("/termijn Karremans");
    expect(nobody.status).toBe("empty");
    // Counted among Karremans' sets only: the two overdue sets of others are not "within the term".
    expect(nobody.sections[0]!.body).toMatch(/geen sets over de termijn voor «Karremans»\. 1 open set wacht nog binnen de termijn\.$/);
  });

  it("a set reply shows the dates and links to the publication on every front end", async () => {
    const reply = await run("/set dijkversterking");
    expect(reply.subtitle).toBe("A. Lid (VVD) → D.M. van Weel · ingezonden 5 januari 2026");
    expect(reply.url).toBe("https://zoek.officielebekendmakingen.nl/kv-tk-2026Z00001.html");
    expect(renderPlain(reply)).toContain("Officiële publicatie: https://zoek.officielebekendmakingen.nl/kv-tk-2026Z00001.html");
    expect(renderTelegram(reply).join("\n")).toContain('<a href="https://zoek.officielebekendmakingen.nl/kv-tk-2026Z00001.html">Officiële publicatie</a>');
    expect(renderDiscord(reply).embeds[0]!.url).toBe("https://zoek.officielebekendmakingen.nl/kv-tk-2026Z00001.html");

    const dump = await run("/set een dump zonder data");
    expect(dump.url).toBeUndefined();
    expect(dump.subtitle).not.toMatch(/ingezonden/);
    expect(renderDiscord(dump).embeds[0]!.url).toBeUndefined();
  });

  it("a postponed set's reply names the postponement", async () => {
    const reply = await run("/set wachttijden ggz");
    expect(reply.subtitle).toContain("ingezonden 20 januari 2026 · uitgesteld 9 februari 2026");
    expect(parseImportedFile(files[1]!).sets[0]!.notice).toMatch(/uitgesteld/);
  });
});
