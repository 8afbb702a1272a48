import { describe, expect, it } from "vitest";
import { eerder, EERDER_MAX_CHARS, rankedLabels, setDate, similarityLabel } from "../../commands/eerder.js";
import { actionInvocation, executeCommand } from "../../commands/run.js";
import { handleConsoleLine, renderPlain } from "../../src/adapters/console.js";
import { discordCommandJson, validateDiscordCommand } from "../../src/adapters/discord-commands.js";
import { replyText, type Reply } from "../../src/core/reply.js";
import { memoryLogger, seedDeps } from "../helpers.js";
import { consoleCaller } from "../front-end.js";

const deps = seedDeps(consoleCaller());
const log = memoryLogger();
const run = (tekst: string): Promise<Reply> => executeCommand(eerder, { tekst }, deps, log);

const NOODKNOP_DRAFT =
  "Heeft de staatssecretaris kennisgenomen van berichten dat slachtoffers van partnergeweld in sommige provincies geen noodknop krijgen? Is hij bereid ervoor te zorgen dat de noodknop overal beschikbaar is, ook als het slachtoffer nog een relatie heeft met de dader?";

describe("/eerder", () => {
  it("finds the earlier question a pasted draft repeats, with a label, the set and an answer summary", async () => {
    const r = await run(NOODKNOP_DRAFT);
    expect(r.title).toBe("Eerder gevraagd?");
    const first = r.sections[0]!;
    expect(first.heading).toMatch(/^1\. (zeer vergelijkbaar|verwant) — De bescherming van slachtoffers van huiselijk geweld en stalking, vraag (7|8)$/);
    expect(first.body).toContain("noodknop");
    expect(first.body).toContain("nog niet beantwoord");
    expect(first.body).toContain("Set bescherming-slachtoffers-ca18cf · datum genoemd in de set: 20 augustus 2025");
    expect(first.body!.split("\n")).toHaveLength(3);
    expect(r.status).toBe("info");
    expect(r.subtitle).toBe("Gezocht op «Heeft de staatssecretaris kennisgenomen van berichten dat slachtoffers van…»");
    expect(r.footer).toBe("Open een vraag met de knoppen hieronder.");
    expect(r.actions.map((a) => a.label)).toEqual(r.sections.map((_, i) => `Open ${i + 1}`));
  });

  it("calls the earlier question a draft repeats in other words very alike", async () => {
    expect((await run(NOODKNOP_DRAFT)).sections[0]!.heading).toMatch(/^1\. zeer vergelijkbaar — /);
  });

  it("names no date for a set that names none", async () => {
    const r = await run("Hoe wordt het exploitatietekort van de politie opgeheven, en hoe groot is het tussen 2026 en 2029?");
    const begroting = r.sections.find((s) => s.body!.includes("Set politiebegroting-7ef24d"))!;
    expect(begroting.body!.split("\n").pop()).toBe("Set politiebegroting-7ef24d");
  });

  it("opens exactly the question behind each button, whatever the pasted text", async () => {
    const r = await run(NOODKNOP_DRAFT);
    expect(r.actions.length).toBe(r.sections.length);
    const invocation = actionInvocation(r.actions[0]!)!;
    const opened = await executeCommand(invocation.command, invocation.input, deps, log);
    expect(opened.title).toBe("De bescherming van slachtoffers van huiselijk geweld en stalking");
    expect(r.sections[0]!.heading).toContain(`vraag ${/Vraag (\d+)/.exec(opened.sections[0]!.heading!)![1]}`);
  });

  it("finds an earlier question for each question of a draft with several", async () => {
    const r = await run(
      "1. Hoe staat het met de ontwikkeling van de nationale femicide-monitor?\n2. Welke overheidsorganisaties gebruiken nog meer Citrix-software met dezelfde kwetsbaarheid?",
    );
    const headings = r.sections.map((s) => s.heading ?? "").join("\n");
    expect(headings).toContain("De uitvoering van maatregelen om femicide in Nederland aan te pakken, vraag 14");
    expect(headings).toContain("Digitale werkomgeving OM inderdaad gehackt");
  });

  it("says when nothing like it was asked before", async () => {
    const r = await run("Hoeveel windmolens staan er in de Noordzee en wat betekent dat voor de kabeljauwvangst van Urker vissers?");
    expect(r.status).toBe("empty");
    expect(r.actions).toEqual([]);
    expect(replyText(r)).toContain(
      "Ik vond geen eerdere vragen die lijken op «Hoeveel windmolens staan er in de Noordzee en wat betekent…». Er is dus waarschijnlijk nog niet eerder zo gevraagd (binnen deze verzameling).",
    );
  });

  it("explains itself when no text was given and survives odd input", async () => {
    expect(replyText(await run("   "))).toContain("Plak de vraag");
    for (const odd of ["@everyone <b>hoi</b>", ":*~^+-", "🚓".repeat(800), "x".repeat(10_000)]) {
      const r = await run(odd);
      expect(["info", "empty"]).toContain(r.status);
    }
  });

  it("reads at most 1,500 characters", async () => {
    const long = `${NOODKNOP_DRAFT} ${"woord ".repeat(400)}`;
    expect(long.length).toBeGreaterThan(EERDER_MAX_CHARS);
    const parsed = eerder.schema.parse({ tekst: long });
    expect(parsed.tekst.length).toBe(EERDER_MAX_CHARS);
  });

  it("labels similarity in words people understand, each from its own step up", () => {
    expect(similarityLabel(0.9)).toBe("zeer vergelijkbaar");
    expect(similarityLabel(0.22)).toBe("zeer vergelijkbaar");
    expect(similarityLabel(0.2199)).toBe("verwant");
    expect(similarityLabel(0.15)).toBe("verwant");
    expect(similarityLabel(0.1499)).toBe("ver verwant");
    expect(similarityLabel(0.1)).toBe("ver verwant");
    expect(similarityLabel(0.0999)).toBeNull();
    expect(similarityLabel(0)).toBeNull();
  });

  it("never labels a hit more alike than one listed above it", () => {
    expect(rankedLabels([0.2, 0.9, 0.12, 0.05])).toEqual(["verwant", "verwant", "ver verwant", null]);
    expect(rankedLabels([0.9, 0.05, 0.8])).toEqual(["zeer vergelijkbaar", null, null]);
    expect(rankedLabels([0.9, 0.2, 0.12])).toEqual(["zeer vergelijkbaar", "verwant", "ver verwant"]);
    expect(rankedLabels([0.09, 0.05])).toEqual([null, null]);
    expect(rankedLabels([])).toEqual([]);
  });

  it("lists its hits from most to least alike, whatever the draft", async () => {
    const order = ["zeer vergelijkbaar", "verwant", "ver verwant"];
    for (const draft of [NOODKNOP_DRAFT, "1. Hoe staat het met de ontwikkeling van de nationale femicide-monitor?\n2. Welke overheidsorganisaties gebruiken nog meer Citrix-software met dezelfde kwetsbaarheid?"]) {
      const steps = (await run(draft)).sections.map((s) => order.findIndex((l) => s.heading!.includes(`. ${l} — `)));
      expect(steps.every((step) => step >= 0)).toBe(true);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it("gives the date a set names, where it names one", () => {
    const sedney = deps.corpus.get("nu-nl-5-augustus-2025-waarin-3dca62")!;
    expect(setDate(sedney)).toBe("5 augustus 2025");
    expect(setDate(deps.corpus.get("politiebegroting-7ef24d")!)).toBeNull();
  });

  it("takes up to 1,500 characters as a Discord option", () => {
    const json = discordCommandJson(eerder);
    expect(json.options![0]).toMatchObject({ name: "tekst", max_length: EERDER_MAX_CHARS, required: true });
    expect(validateDiscordCommand(json)).toEqual([]);
  });

  it("works in the console", async () => {
    const r = (await handleConsoleLine(`/eerder ${NOODKNOP_DRAFT}`, [], deps, log))!;
    expect(renderPlain(r)).toContain("== Eerder gevraagd? ==");
    expect(renderPlain(r)).toMatch(/noodknop/);
  });
});
