import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/core/corpus.js";
import { replyText, type Reply } from "../src/core/reply.js";
import { consoleCaller, pressButton, runLine } from "./front-end.js";
import type { CommandDeps } from "../commands/types.js";
import { engineFor, HEADER, memoryLogger, seedDeps } from "./helpers.js";

const caller = consoleCaller("c");
const deps = seedDeps(caller);
const log = memoryLogger();

const run = (text: string, d: CommandDeps = deps) => runLine(text, d, log);
const press = (reply: Reply, label: string) => pressButton(reply, label, deps, log);

describe("/wie", () => {
  it("says what was matched in the header", async () => {
    const r = await run("/wie D66");
    expect(r.title).toBe("D66: 3 sets gesteld, 0 gericht aan");
    expect(r.subtitle).toBe("Gevonden: Hanneke van der Werf (D66)");
  });

  it("pages the list so every set can be opened", async () => {
    const first = await run("/wie Mutluer");
    const total = Number(/(\d+) sets gesteld/.exec(first.title!)![1]);
    expect(total).toBeGreaterThan(5);
    const opened = new Set<string>();
    let page: Reply | null = first;
    for (let guard = 0; page && guard < 10; guard++) {
      for (const a of page.actions) if (a.kind === "set") opened.add(a.id);
      page = page.actions.some((a) => a.label === "Volgende ▶") ? await press(page, "Volgende ▶") : null;
    }
    expect(opened.size).toBe(total);
    expect(replyText(first)).not.toMatch(/en nog \d+/);
    const second = await press(first, "Volgende ▶");
    expect(second.footer).toMatch(/^Pagina 2 van \d \(verder: \/wie Mutluer #3\)/);
    expect((await press(second, "◀ Vorige")).sections).toEqual(first.sections);
  });

  it("finds people despite a typo, as search does, and says it is approximate", async () => {
    const r = await run("/wie Mutleur");
    expect(r.subtitle).toBe("Bij benadering gevonden: Songül Mutluer (PvdA)");
    expect(r.title).toBe((await run("/wie Mutluer")).title!.replace("Mutluer", "Mutleur"));
  });

  it("prefers exact matches and does not stretch short words", async () => {
    expect((await run("/wie VVD")).subtitle).not.toMatch(/benadering/);
    expect((await run("/wie XYZ")).status).toBe("empty");
  });
});

describe("sets with the same title", () => {
  it("are told apart by who asked, how many questions, answered or not, and id", async () => {
    const r = await run("/set Burgers die de grens menen te moeten bewaken");
    expect(r.title).toMatch(/^Welke set bedoel je/);
    const bodies = r.sections.map((s) => s.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).not.toBe(bodies[1]);
    for (const b of bodies) expect(b).toMatch(/^Kati Piri \(PvdA\)( e\.a\.)? · \d+ vragen, (beantwoord|nog niet beantwoord|\d+ beantwoord) · burgers-grens-/);
  });
});

describe("/set with a word that fits several sets", () => {
  it("lists them to choose from", async () => {
    const r = await run("/set femicide");
    expect(r.title).toBe("Welke set bedoel je met «femicide»?");
    expect(r.sections.map((s) => s.heading)).toEqual([
      "1. Erfrecht, levensverzekeringen en femicide",
      "2. De uitvoering van maatregelen om femicide in Nederland aan te pakken",
      "3. De stand van zaken van de aanpak van femicide",
    ]);
    const chosen = await press(r, "Set 3");
    expect(chosen.title).toBe("De stand van zaken van de aanpak van femicide");
  });
  it("opens a set directly when the word fits one", async () => {
    expect((await run("/set politiebegroting")).title).toBe("De politiebegroting");
    expect((await run("/set politiebegroting-7ef24d")).title).toBe("De politiebegroting");
  });
});

describe("/over", () => {
  it("counts files read and files skipped, with times in the digest's zone", async () => {
    const r = await run(
      "/over",
      seedDeps(caller, {
        timeZone: "Europe/Amsterdam",
        info: { loadedAt: new Date("2026-11-28T08:00:00Z"), updatedAt: new Date("2026-11-27T23:30:00Z"), files: ["a.txt", "b.txt", "c.txt"], skippedFiles: 2 },
      }),
    );
    const text = replyText(r);
    expect(text).toContain("uit 1 bestand.");
    expect(text).toContain("2 bestanden overgeslagen");
    expect(text).toContain("Nieuwste dump: 28 november 2026 om 00:30; ingelezen 28 november 2026 om 09:00 (tijden in Europe/Amsterdam).");
  });
});

describe("without any dumps", () => {
  const empty = buildCorpus([]);
  const none: CommandDeps = { ...deps, corpus: empty, engine: engineFor(empty), info: { loadedAt: new Date(), files: [], seedsDir: "/tmp/leeg", skippedFiles: 0 } };
  it.each(["/wie Mutluer", "/onbeantwoord", "/vraag politie", "/zoek politie", "/set politiebegroting", "/over"])("%s says no dumps are loaded and where to put them", async (line) => {
    expect(replyText(await run(line, none))).toContain("Er zijn nog geen dumps ingelezen. Zet exportbestanden (*.txt) in de map «/tmp/leeg» (SEEDS_DIR).");
  });
  it("says when files were there but none could be read", async () => {
    const r = await run("/wie Mutluer", { ...none, info: { ...none.info, skippedFiles: 3 } });
    expect(replyText(r)).toMatch(/^Er zijn geen sets ingelezen: 3 bestanden zijn overgeslagen/);
  });
});

describe("sets without a header", () => {
  it("show only what is known in /onbeantwoord", async () => {
    const corpus = buildCorpus([
      { file: "a.txt", content: `${HEADER("Met kop")}\nWat is er?\n` },
      { file: "b.txt", content: "Wat gebeurt er zonder kop?\nEn daarna?\n" },
    ]);
    const r = await run("/onbeantwoord", { ...deps, corpus, engine: engineFor(corpus) });
    const text = replyText(r);
    expect(text).not.toMatch(/onbekend/);
    expect(text).toMatch(/Songül Mutluer \(PvdA\) → David van Weel · 1 vragen/);
    const headerless = r.sections.find((s) => s.heading === "Wat gebeurt er zonder kop")!;
    expect(headerless.body).toMatch(/^2 vragen · wat-gebeurt-/);
  });
});

describe("buttons for every listed item", () => {
  it("Discord gets every list button, five to a row, and /zoek a button per hit", async () => {
    const { renderDiscord } = await import("../src/adapters/discord.js");
    const page2 = await press(await run("/wie Mutluer"), "Volgende ▶");
    const rows = renderDiscord(page2).components.map((r) => r.toJSON().components.map((c) => (c as { label?: string }).label));
    expect(rows).toEqual([["Set 1", "Set 2", "Set 3", "Set 4", "Set 5"], ["◀ Vorige", "Volgende ▶"]]);
    const zoek = await run("/zoek politie #10");
    expect(zoek.sections).toHaveLength(10);
    expect(zoek.actions.map((a) => a.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Meer ▶"]);
  });
  it("/zoek tells apart hits from different sets with the same title", async () => {
    const r = await run("/zoek burgers grens bewaken");
    // The list spreads over sets, so other sets follow the two twins.
    const ids = new Set(r.sections.map((s) => /Set: .* · (burgers-grens-\S+)$/.exec(s.body)?.[1]).filter(Boolean));
    expect(ids).toEqual(new Set(["burgers-grens-menen-moeten-e18b29", "burgers-grens-menen-moeten-fda52d"]));
  });
});

describe("/zoek when one set is all that matches", () => {
  it("says so and points to the whole set, instead of promising other sets", async () => {
    const one = await run("/zoek hack");
    expect(new Set(one.sections.map((s) => (s.heading ?? "").replace(/^\d+\. | — vraag \d+$/g, "")))).toHaveProperty("size", 1);
    expect(one.footer).toContain("Alleen deze set past");
    expect(one.footer).toContain("/set digitale-werkomgeving-om-7e1003");
    const many = await run("/zoek femicide");
    expect(many.footer).toContain("per set eerst hoogstens twee");
  });
});

describe("/zoek pages past the first", () => {
  it("go on through the same spread list, and a page of one set's hits does not claim that only that set matches", async () => {
    let page = await run("/zoek OM #5");
    const pages: Reply[] = [page];
    while (page.actions.some((a) => a.label === "Meer ▶")) pages.push((page = await press(page, "Meer ▶")));
    const setOf = (s: { heading?: string }) => (s.heading ?? "").replace(/^\d+\. | — vraag \d+$/g, "");
    const titles = pages.flatMap((p) => p.sections.map(setOf));
    expect(new Set(titles).size).toBeGreaterThan(1);
    const numbers = pages.flatMap((p) => p.sections.map((s) => Number(/^(\d+)\./.exec(s.heading ?? "")?.[1])));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const lone = pages.filter((p) => p.sections.length > 2 && new Set(p.sections.map(setOf)).size === 1);
    expect(lone.length).toBeGreaterThan(0);
    for (const p of lone) expect(p.footer).toContain("per set eerst hoogstens twee");
  });
});
