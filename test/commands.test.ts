import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SearchEngine } from "../src/core/search.js";
import { buildVocabulary, searchDocuments } from "./reference-analysis.js";
import { LunrBackend } from "../src/core/lunr-backend.js";
import { replyText, type ReplyAction } from "../src/core/reply.js";
import { parseCommandText } from "../commands/run.js";
import { commands } from "../commands/index.js";
import type { CommandDeps } from "../commands/types.js";
import { ROOT, seedCorpus, childEnv } from "./helpers.js";
import { consoleCaller, pressAction, runLine } from "./front-end.js";
import { tempDir } from "./temp-dir.js";

const corpus = seedCorpus();
const vocab = buildVocabulary(corpus);
const engine = new SearchEngine(corpus, vocab, LunrBackend.build(searchDocuments(corpus, vocab)));
const deps: CommandDeps = {
  engine,
  corpus,
  info: { loadedAt: new Date("2026-11-28T08:00:00Z"), files: ["seed.txt"] },
  caller: consoleCaller(),
};
const silent = { error: () => {}, warn: () => {}, info: () => {} };

const press = (action: ReplyAction) => pressAction(action, deps, silent);
const run = (text: string) => runLine(text, deps, silent);

describe("/vraag", () => {
  it("answers with the best question, its answer and navigation", async () => {
    const r = await run("/vraag exploitatietekort opgeheven");
    expect(r.title).toBe("De politiebegroting");
    expect(r.subtitle).toBe("Songül Mutluer (PvdA) → David van Weel");
    expect(r.sections[0]!.heading).toBe("Vraag 5");
    expect(r.sections[1]!.body).toMatch(/^De korpschef en ik zijn in gesprek/);
    expect(r.status).toBe("answered");
    expect(r.actions.map((a) => a.label)).toEqual(["Volgende ▶", "Hele set"]);
  });
  it("shows the referenced answer and says so", async () => {
    const r = await run("/vraag Hoeveel bedraagt het tussen 2026 en 2029 oplopend exploitatietekort");
    expect(r.sections[0]!.heading).toBe("Vraag 4");
    expect(r.status).toBe("referenced");
    const text = replyText(r);
    expect(text).toContain("Het antwoord verwijst naar vraag 3");
    expect(text).toContain("Antwoord bij vraag 3");
    // A long answer opens at its best paragraph; the whole answer is one button away.
    const whole = r.actions.find((a) => a.kind === "answer");
    expect(replyText(whole ? await press(whole) : r)).toContain("Taskforce Ombuigingen");
  });
  it("shows the extra words of a leading reference and the referenced answer", async () => {
    const r = await run("/vraag implementatie nieuwe wetboek van Strafvordering ICT");
    expect(r.sections[0]!.heading).toBe("Vraag 6");
    const text = replyText(r);
    expect(text).toContain("Ja, zie het antwoord op vraag 5. Het OM werkt aan nieuwe systemen");
    expect(text).toContain("Antwoord bij vraag 5");
  });
  it("says a question is not answered yet", async () => {
    const r = await run("/vraag noodknop provincies");
    expect(r.status).toBe("unanswered");
    expect(replyText(r)).toContain("nog niet beantwoord");
  });
  it("renders flattened tables as rows", async () => {
    const r = await run("/vraag opleidingscapaciteit Politieacademie structurele tekorten bevestigen");
    const whole = r.actions.find((a) => a.kind === "answer");
    expect(replyText(whole ? await press(whole) : r)).toContain("• Basispolitieopleiding (PO21): 2.194 · 2.093 · 2.102");
  });
  it("pages through hits with #N and the buttons", async () => {
    const first = await run("/vraag femicide");
    const next = first.actions.find((a) => a.kind === "hit")!;
    const second = await press(next);
    expect(second.footer).toContain("resultaat 2");
    expect(second.actions[0]!.label).toBe("◀ Vorige");
    expect((await run("/vraag femicide #2")).footer).toBe(second.footer);
  });
  it.each([
    ["", /Waar wil je naar zoeken/],
    ["de het een", /geen woorden waarop ik kan zoeken/],
    ["xqzvwk", /Geen vragen gevonden/],
  ])("explains an unhelpful query %j", async (q, message) => {
    const r = await run(`/vraag ${q}`);
    expect(replyText(r)).toMatch(message);
    expect(r.sections.length).toBeGreaterThan(0);
  });
  it("calls the nearest question no good match when it covers little of the query, and names the words it lacks", async () => {
    const r = await run("/vraag wat is het weer morgen in utrecht");
    expect(r.sections[0]).toEqual({
      body: "Geen vraag past goed bij «wat is het weer morgen in utrecht»; dit is de vraag die er het dichtst bij komt. Niet gevonden: «morgen», «utrecht».",
    });
    expect(r.sections[1]!.heading).toMatch(/^Vraag \d+$/);
    const list = await run("/zoek weer morgen utrecht");
    expect(list.title).toBe("Geen goede treffer; het dichtst in de buurt van «weer morgen utrecht»");
  });
  it("says nothing of the kind for a good match, in a list or for a pasted draft", async () => {
    expect(replyText(await run("/vraag exploitatietekort opgeheven"))).not.toContain("Geen vraag past goed");
    expect((await run("/zoek femicide")).title).toBe("Resultaten voor «femicide»");
    // A draft of several questions is judged by /eerder's labels, not by how much of it one question covers.
    const draft = "Hoe staat het met de wachttijden in de jeugdzorg? Wat doet u aan het tekort aan leraren in het basisonderwijs?";
    expect(replyText(await run(`/vraag ${draft}`))).not.toContain("Geen vraag past goed");
  });
  it("names the questions that score nearly as well under the best one, with a button for the one after next", async () => {
    const r = await run("/vraag welke gegevens zijn bij de hack van het om gestolen");
    const close = r.sections.at(-1)!;
    expect(close.heading).toBe("Past ook bijna even goed");
    expect(close.body.split("\n")).toEqual([
      expect.stringMatching(/^2\. Vraag 16 van deze set: Is de Autoriteit Persoonsgegevens betrokken/),
      expect.stringMatching(/^3\. Vraag 3 van deze set: Bent u op de hoogte van het soort gegevens dat mogelijk is ingezien/),
    ]);
    // Result 2 is one press of "Volgende" away; result 3 gets its own button, which opens it.
    expect(r.actions.map((a) => a.label)).toEqual(["Volgende ▶", "Hele set", "Bekijk 3"]);
    const third = await pressAction(r.actions[2]!, deps);
    expect(third.sections[0]).toEqual({ heading: "Vraag 3", body: expect.stringContaining("Bent u op de hoogte van het soort") });
    expect(third.footer).toMatch(/resultaat 3$/);
  });
  it("lists no near ties for a clear best hit, for a later result or for a pasted draft", async () => {
    const text = async (q: string) => replyText(await run(q));
    expect(await text("/vraag exploitatietekort opgeheven")).not.toContain("Past ook bijna even goed");
    const first = await run("/vraag welke gegevens zijn bij de hack van het om gestolen");
    const second = await pressAction(first.actions.find((a) => a.label === "Volgende ▶")!, deps);
    expect(second.footer).toMatch(/resultaat 2$/);
    expect(replyText(second)).not.toContain("Past ook bijna even goed");
    const draft = "Zijn er gegevens gestolen bij de hack van het OM? Welke gegevens van medewerkers zijn buitgemaakt bij de hack?";
    expect(await text(`/vraag ${draft}`)).not.toContain("Past ook bijna even goed");
  });
  it("suggests nearby words when nothing matches", async () => {
    expect(replyText(await run("/vraag politiebegrotingzzz"))).toMatch(/Bedoelde je|Onderwerpen/);
  });
  it("echoes odd input safely and briefly", async () => {
    const r = await run(`/vraag ${"@everyone ".repeat(2000)}`);
    expect(replyText(r).length).toBeLessThan(1500);
  });
});

describe("other commands", () => {
  it("/zoek lists numbered results with snippets", async () => {
    const r = await run("/zoek femicide");
    expect(r.sections).toHaveLength(5);
    expect(r.sections[0]!.heading).toMatch(/^1\. .+ — vraag \d+$/);
    expect(r.actions.map((a) => a.label)).toEqual(["1", "2", "3", "4", "5", "Meer ▶"]);
  });
  it("/set shows a set by id or title, paged", async () => {
    const byTitle = await run("/set politiebegroting");
    expect(byTitle.title).toBe("De politiebegroting");
    expect(byTitle.sections).toHaveLength(8);
    expect(byTitle.sections[3]!.body).toContain("zie vraag 3");
    const big = corpus.sets.find((s) => s.questions.length === 19)!;
    const p1 = await run(`/set ${big.id}`);
    expect(p1.footer).toContain("pagina 1 van 3");
    const p3 = await run(`/set ${big.id} #3`);
    expect(p3.sections.map((s) => s.heading)).toEqual(["Vraag 17", "Vraag 18", "Vraag 19"]);
  });
  it("/wie finds sets by person, party and addressee", async () => {
    expect(replyText(await run("/wie Van Nispen"))).toContain("De verantwoordelijkheid voor het politieonderwijs");
    expect((await run("/wie sp")).title).toBe("sp: 1 set gesteld, 0 gericht aan");
    expect((await run("/wie Struycken")).title).toBe("Struycken: 0 sets gesteld, 3 gericht aan");
    expect(replyText(await run("/wie niemand-bekend"))).toMatch(/Niemand gevonden/);
  });
  it("/onbeantwoord lists sets without answers, optionally per party", async () => {
    const all = await run("/onbeantwoord");
    expect(all.title).toBe("Onbeantwoorde sets (7)");
    const vvd = await run("/onbeantwoord VVD");
    expect(vvd.title).toBe("Onbeantwoorde sets van «VVD» (2)");
  });
  it("/help lists every command and /over tells what the corpus holds", async () => {
    const help = replyText(await run("/help"));
    for (const c of commands) expect(help).toContain(`/${c.name}`);
    expect(replyText(await run("/over"))).toContain("20 sets met 213 vragen");
  });
  it("reads /vraag@botnaam and rejects unknown commands", () => {
    const inv = parseCommandText("/vraag@kamervragen_bot politiebegroting");
    expect(inv && "command" in inv && inv.input).toEqual({ zoekterm: "politiebegroting" });
    expect(parseCommandText("/bestaatniet x")).toEqual({ unknown: "bestaatniet" });
  });
});

describe("command-line interface", () => {
  const dataDir = tempDir("cli");
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: childEnv({ DATA_DIR: dataDir, INDEX_DIR: join(dataDir, "index") }),
    });

  it("prints sets as JSON in the documented shape", () => {
    const sets = JSON.parse(cli("sets", "--json"));
    expect(sets).toHaveLength(20);
    const politie = sets.find((s: { title: string }) => s.title === "De politiebegroting");
    expect(Object.keys(politie)).toEqual(expect.arrayContaining(["id", "title", "headerless", "askers", "addressees", "source", "questions"]));
    expect(politie.questions[3].answer).toMatchObject({ text: "Zie antwoord vraag 3.", refersTo: [3], resolvedFrom: 3, group: null });
  });
  it("prints search hits as JSON, best first", () => {
    const out = JSON.parse(cli("search", "--json", "--limit", "3", "begroting politie"));
    expect(out.query).toBe("begroting politie");
    expect(out.hits).toHaveLength(3);
    expect(out.hits[0]).toMatchObject({ setTitle: "De politiebegroting", share: 1, goodMatch: true, missing: [] });
    expect(out.hits[0].score).toBeGreaterThanOrEqual(out.hits[1].score);
    const weak = JSON.parse(cli("search", "--json", "--limit", "1", "weer morgen utrecht"));
    expect(weak.hits[0]).toMatchObject({ goodMatch: false, missing: ["morgen", "utrecht"] });
    expect(weak.hits[0].share).toBeLessThan(0.3);
  });
  it.each(["", ":*~^+-", "<b>html</b>", "@everyone", "🚓"])("answers %j in Dutch with exit code 0", (q) => {
    expect(cli("vraag", q)).toMatch(/zoek|gevonden|Vraag|woorden/i);
  });
  it("previews the digest without sending: a highlight on a fresh install, everything since a date", () => {
    const quiet = cli("digest", "--preview");
    expect(quiet).toMatch(/^== Kamervragen-digest /);
    expect(quiet).toContain("Uitgelicht");
    const since = cli("digest", "--preview", "--since", "2020-01-01", "--query", "femicide");
    expect(since).toContain("Nieuwe sets (4)");
  });

  it("check reports broken dumps with file and line and still loads the rest", () => {
    const dir = tempDir("bad");
    writeFileSync(join(dir, "a-leeg.txt"), "");
    writeFileSync(join(dir, "b-binair.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, "c-goed.txt"), "Een set |\n|\nSongül Mutluer (PvdA) |\n|\nDavid van Weel |\n|\n![]() |\r\nWat is dit?\r\nDit.");
    const out = cli("check", "--seeds", dir);
    expect(out).toMatch(/Sets:\s+1 /);
    expect(out).toContain("a-leeg.txt:1: leeg bestand");
    expect(out).toMatch(/b-binair\.txt:1: binair bestand/);
    const empty = tempDir("none");
    expect(() => cli("check", "--seeds", empty)).toThrow();
  });

  it("reports the seed cleanly with check", () => {
    const out = cli("check");
    expect(out).toMatch(/Sets:\s+20/);
    expect(out).toMatch(/Waarschuwingen:\s+0/);
  });
});

describe("console", () => {
  it("picks actions by key and explains a key that is not on offer", async () => {
    const { handleConsoleLine, choicesOf } = await import("../src/adapters/console.js");
    const first = (await handleConsoleLine("politiebegroting", [], deps, silent))!;
    expect(first.title).toBe("De politiebegroting");
    const wrong = (await handleConsoleLine("7", choicesOf(first), deps, silent))!;
    expect(replyText(wrong)).toBe("«7» staat niet bij de keuzes. Kies [n], [s], of typ een commando.");
    const set = (await handleConsoleLine("s", choicesOf(first), deps, silent))!;
    expect(set.footer).toMatch(/8 vragen, 8 beantwoord/);
  });
});
