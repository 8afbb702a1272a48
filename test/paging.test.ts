import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { buildCorpus, type Corpus, type ParsedFile } from "../src/core/corpus.js";
import type { CorpusView, PeopleFilter } from "../src/core/corpus-view.js";
import { decodeAction, encodeAction } from "../src/core/actions.js";
import type { Reply } from "../src/core/reply.js";
import { parseImportedFile, type CaseFile } from "../src/import/case-file.js";
import { parsePublication } from "../src/import/xml.js";
import { CorpusStore } from "../src/store/corpus-store.js";
import { registerSourceParser, sourceDirs } from "../src/store/sources.js";
import type { StoreView } from "../src/store/store-view.js";
import { actionInvocation, parseCommandText } from "../commands/run.js";
import type { CommandDeps } from "../commands/types.js";
import { setsByPerson } from "../commands/wie.js";
import { listPager, MAX_LIST_PAGE } from "../commands/common.js";
import { engineFor, HEADER, memoryLogger } from "./helpers.js";
import { tempDir } from "./temp-dir.js";
import { consoleCaller, pressButton, runLine } from "./front-end.js";

const NOW = new Date("2026-03-02T09:00:00Z");
const TODAY = "2026-03-02";

/** One set in the dump format; with `answered`, every question gets an answer. */
function dumpSet(title: string, askers: string, to: string, answered = false): string {
  return `${HEADER(title, askers, `${to} (minister )`)}\nWat weet u over ${title.toLowerCase()}?\nWat gaat u eraan doen?${answered ? "\nVeel.\nGenoeg." : ""}`;
}

/** An official case with a submission date, open unless `answered`; optionally postponed. */
function officialCase(n: number, subject: string, submitted: string, asker: [string, string], minister: string, extra: { postponed?: string; answered?: string } = {}) {
  const number = `2026Z${String(n).padStart(5, "0")}`;
  const xml = `<officiele-publicatie><kamervragen><kamervraagomschrijving type="vraag">Vragen van het lid X aan de minister over <kamervraagonderwerp>${subject}</kamervraagonderwerp> (ingezonden <datum isodatum="${submitted}">.</datum>).</kamervraagomschrijving><vraag><nr>Vraag 1</nr><al>Wat weet u over ${subject}?</al></vraag></kamervragen></officiele-publicatie>`;
  const notice = `<officiele-publicatie><kamervragen><kamervraagopmerking><al>De beantwoording van de vragen over ${subject} wordt uitgesteld.</al></kamervraagopmerking></kamervragen></officiele-publicatie>`;
  const answer = `<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>Wat weet u over ${subject}?</al></vraag><antwoord><nr>Antwoord 1</nr><al>Alles over ${subject}.</al></antwoord></kamervragen></officiele-publicatie>`;
  const doc = (kind: "questions" | "postponement" | "answer", date: string, id: string, body: string) => ({
    kind,
    documentNumber: `${number}-${kind}`,
    date,
    changed: "x",
    url: `https://zoek.officielebekendmakingen.nl/${id}.html`,
    publication: parsePublication(id, body),
  });
  const file: CaseFile = {
    version: 1,
    case: { id: `id-${number}`, number, subject: null, year: "2025-2026", started: null },
    askers: [{ name: asker[0], party: asker[1] }],
    addressees: [minister],
    documents: [
      doc("questions", submitted, `kv-tk-${number}`, xml),
      ...(extra.postponed ? [doc("postponement", extra.postponed, `ah-tk-${number}`, notice)] : []),
      ...(extra.answered ? [doc("answer", extra.answered, `ah-tk-${number}-a`, answer)] : []),
    ],
  };
  return { file: `${number}.json`, content: JSON.stringify(file) };
}

/**
 * A corpus where the people overlap: Jansens who ask and Jansens who are
 * asked, several to a set, answered and open sets, and official cases with
 * dates (overdue, within the term, postponed, answered) for several ministers.
 * Karin Jansen is asked first, but Jan Jansen's open set comes before hers.
 */
function files(): { file: string; content: string }[] {
  const dump: string[] = [
    dumpSet("Dijken in het noorden", "Ali Bakker (VVD)", "Karin Jansen", true),
    dumpSet("Zorg op het platteland", "Ali Bakker (VVD), Piet Jansen (CDA), Els Jansen (D66)", "Jan Jansen"),
    ...Array.from({ length: 9 }, (_, i) => dumpSet(`Wegen deel ${i + 1}`, "Piet Jansen (CDA)", "Hugo de Wit", i % 3 === 0)),
    ...Array.from({ length: 4 }, (_, i) => dumpSet(`Havens deel ${i + 1}`, "Ali Bakker (VVD)", "Karin Jansen", i === 1)),
    dumpSet("Bruggen", "Sanne Mulder (SP)", "Hugo de Wit", true),
  ];
  return [
    { file: "0-vragen.txt", content: dump.join("\n") },
    officialCase(1, "dijkversterking", "2026-01-05", ["Piet Jansen", "CDA"], "D.M. van Weel"),
    officialCase(2, "wachttijden ggz", "2026-01-20", ["Els Jansen", "D66"], "V.P.G. Karremans", { postponed: "2026-02-09" }),
    officialCase(3, "politie-inzet", "2026-02-02", ["Sanne Mulder", "SP"], "D.M. van Weel"),
    officialCase(4, "stikstofregels", "2026-02-20", ["Ali Bakker", "VVD"], "F.M. Wiersma"),
    officialCase(5, "grensbewaking", "2025-12-01", ["Els Jansen", "D66"], "Karin Jansen"),
    officialCase(6, "visserij", "2025-12-01", ["Ali Bakker", "VVD"], "F.M. Wiersma", { answered: "2026-01-10" }),
    officialCase(7, "bodemdaling", "2025-11-20", ["Piet Jansen", "CDA"], "V.P.G. Karremans", { postponed: "2025-12-10" }),
    // Its term ends today: not overdue yet.
    officialCase(8, "asielopvang", "2026-02-09", ["Sanne Mulder", "SP"], "D.M. van Weel"),
  ];
}

const caller = consoleCaller("p");

function depsFor(corpus: CorpusView, engineCorpus: Corpus): CommandDeps {
  return { engine: engineFor(engineCorpus), corpus, info: { loadedAt: NOW, files: [] }, caller, timeZone: "Europe/Amsterdam", now: () => NOW };
}

const run = (line: string, deps: CommandDeps) => runLine(line, deps, memoryLogger());
const press = (reply: Reply, label: string, deps: CommandDeps) => pressButton(reply, label, deps, memoryLogger());

/** Every page of a list, by its "Volgende" button. */
async function allPages(first: Reply, deps: CommandDeps): Promise<Reply[]> {
  const pages = [first];
  while (pages.length < 50 && pages.at(-1)!.actions.some((a) => a.label === "Volgende ▶")) pages.push(await press(pages.at(-1)!, "Volgende ▶", deps));
  return pages;
}

/** Everything a view tells about deadlines: counts, pages, and the overdue sets per first addressee. */
function deadlineShape(corpus: CorpusView, today: string, filter?: PeopleFilter) {
  const d = corpus.deadlines(today, filter);
  const addressees = d.addressees();
  return {
    overdue: d.overdue,
    withinTerm: d.withinTerm,
    pages: [0, 1, 3].map((offset) => d.late(offset, 2)),
    all: d.late(0, 1000),
    addressees,
    perAddressee: [...addressees.map((a) => a.addressee), "niemand"].map((a) => [d.late(0, 1000, a), d.late(1, 1, a)]),
    unaddressed: d.late(0, 1000, null),
  };
}

const setButtons = (r: Reply) => r.actions.flatMap((a) => (a.kind === "set" ? [a.id] : []));

/** With `first`, those sources are read in an earlier sync: their people are then older in the store. */
function storeOf(sources: { file: string; content: string }[], first: string[] = []): { view: StoreView; store: CorpusStore } {
  registerSourceParser("imported", (file, content) => parseImportedFile({ file, content }));
  const dir = tempDir("paging");
  const seeds = join(dir, "seeds");
  const data = join(dir, "data");
  const store = CorpusStore.open(join(data, "corpus.sqlite"), memoryLogger());
  for (const batch of [sources.filter((f) => first.includes(f.file)), sources.filter((f) => !first.includes(f.file))]) {
    for (const f of batch) {
      const path = f.file.endsWith(".json") ? join(data, "imported", f.file) : join(seeds, f.file);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, f.content);
    }
    store.sync(sourceDirs(seeds, data));
  }
  return { view: store.view(), store };
}

/** The same sources parsed in memory; imported files are handed over parsed, as the store does (dump names sort first). */
function memoryOf(sources: { file: string; content: string }[]): Corpus {
  const modified = new Date(0);
  const parsed = new Map<string, ParsedFile>(
    sources.filter((f) => f.file.endsWith(".json")).map((f) => [`${f.file}|0|${f.content.length}`, parseImportedFile(f)]),
  );
  return buildCorpus(
    sources.map((f) => ({ ...f, modified })),
    parsed,
  );
}

afterEach(() => registerSourceParser("imported", () => ({ sets: [], warnings: [], boundaries: [] })));

describe("lists over people and deadlines, on both backends", () => {
  const sources = files();
  const memory = memoryOf(sources);
  // Els is known to the store before Piet, though Piet is named before her in the set where both first appear.
  const { view, store } = storeOf(sources, ["2026Z00002.json"]);
  afterAll(() => store.close());
  const onMemory = depsFor(memory, memory);
  const onStore = depsFor(view, memory);

  it("hold the same sets in the same order", () => {
    expect([...view.all()]).toEqual(memory.sets);
    expect(memory.sets.length).toBe(24);
  });

  it("count, name and page the sets of people identically", () => {
    for (const who of ["Jansen", "Piet Jansen", "VVD", "cda", "Karin", "Jansne", "Mulder", "Karremans", "niemand", "van"]) {
      for (const unansweredOnly of [false, true]) {
        const a = setsByPerson(memory, who, { unansweredOnly })!;
        const b = setsByPerson(view, who, { unansweredOnly })!;
        const shape = (m: typeof a) => ({
          asked: m.sets.asked,
          addressed: m.sets.addressed,
          names: m.sets.names,
          approximate: m.approximate,
          pages: (["asker", "addressee"] as const).flatMap((role) =>
            (["corpus", "waiting"] as const).flatMap((order) => [0, 1, 4, 7].map((offset) => m.sets.ids(role, offset, 3, order))),
          ),
        });
        expect(shape(b), `${who}, ${unansweredOnly}`).toEqual(shape(a));
      }
    }
    for (const offset of [0, 3, 10, 20]) expect(view.openSets(offset, 4)).toEqual(memory.openSets(offset, 4));
    for (const today of ["2025-12-01", TODAY, "2027-01-01"]) {
      expect(deadlineShape(view, today)).toEqual(deadlineShape(memory, today));
      for (const who of ["Jansen", "VVD", "Karremans"]) {
        const filter = setsByPerson(memory, who, { unansweredOnly: true })!.filter;
        expect(deadlineShape(view, today, filter), `${today} ${who}`).toEqual(deadlineShape(memory, today, filter));
      }
    }
    expect(deadlineShape(memory, TODAY)).toMatchObject({ overdue: 4, withinTerm: 3 });
  });

  it.each([
    "/wie Jansen",
    "/wie Jansen #2",
    "/wie Jansen #3",
    "/wie Jansne",
    "/wie niemand",
    "/onbeantwoord",
    "/onbeantwoord #2",
    "/onbeantwoord Jansen",
    "/onbeantwoord VVD",
    "/onbeantwoord niemand",
    "/termijn",
    "/termijn Jansen",
    "/termijn Karremans",
    "/termijn Wiersma",
  ])("%s gives the same reply", async (line) => {
    expect(await run(line, onStore)).toEqual(await run(line, onMemory));
  });

  it("/wie names whom it matched, askers first, each in the order of their first set", async () => {
    const r = await run("/wie Jansen", onStore);
    // Piet before Els: both first appear in the same set, Piet named first there (Els's last set comes before Piet's).
    expect(r.subtitle).toBe("Gevonden: Piet Jansen (CDA), Els Jansen (D66), Karin Jansen, Jan Jansen");
    expect((await run("/wie Jansne", onStore)).subtitle).toBe("Bij benadering gevonden: Piet Jansen (CDA), Els Jansen (D66), Karin Jansen, Jan Jansen");
    // Among open sets only, Jan's comes first.
    expect(setsByPerson(view, "Jansen", { unansweredOnly: true })!.sets.names).toEqual(["Piet Jansen (CDA)", "Els Jansen (D66)", "Jan Jansen", "Karin Jansen"]);
    expect((await run("/wie Els", onStore)).subtitle).toBe("Gevonden: Els Jansen (D66)");
  });

  it("/wie pages on from the asked sets into the addressed ones, each marked", async () => {
    const first = await run("/wie Jansen", onStore);
    // Piet or Els asked the care set, the nine road sets and four official cases; Karin was asked six times, Jan once.
    expect(first.title).toBe("Jansen: 14 sets gesteld, 7 gericht aan");
    const pages = await allPages(first, onStore);
    expect(pages).toHaveLength(5);
    const notes = pages.flatMap((p) => p.sections.map((s) => s.body.split(" · ")[0]));
    expect(notes).toEqual([...Array(14).fill("gesteld"), ...Array(7).fill("gericht aan")]);
    expect(pages[2]!.sections.map((s) => s.heading)).toEqual(["1. Dijkversterking", "2. Wachttijden ggz", "3. Grensbewaking", "4. Bodemdaling", "5. Dijken in het noorden"]);
    expect(pages[3]!.sections.map((s) => s.heading)).toEqual(["1. Zorg op het platteland", "2. Havens deel 1", "3. Havens deel 2", "4. Havens deel 3", "5. Havens deel 4"]);
    expect(pages[4]!.sections.map((s) => s.heading)).toEqual(["1. Grensbewaking"]);
    expect(pages[2]!.footer).toBe("Pagina 3 van 5 (verder: /wie Jansen #4) · Open een set met de knoppen of met /set <id>.");
    expect(pages[4]!.footer).toBe("Pagina 5 van 5 · Open een set met de knoppen of met /set <id>.");
    // Every entry has its button; care and border control are listed twice: a Jansen asked them of a Jansen.
    expect(pages.flatMap(setButtons)).toHaveLength(21);
    expect(new Set(pages.flatMap(setButtons)).size).toBe(19);
    expect((await run("/wie Jansen #9", onStore)).sections).toEqual(pages[4]!.sections);
  });

  it("/onbeantwoord lists the longest waiting first over the whole list, and pages", async () => {
    const first = await run("/onbeantwoord", onStore);
    expect(first.title).toBe("Onbeantwoorde sets (17)");
    expect(first.subtitle).toBe("4 over de termijn: zie /termijn");
    // Dated sets by submission date, then dump sets in corpus order.
    expect(first.sections.slice(0, 9).map((s) => s.heading)).toEqual([
      "Bodemdaling",
      "Grensbewaking",
      "Dijkversterking",
      "Wachttijden ggz",
      "Politie-inzet",
      "Asielopvang",
      "Stikstofregels",
      "Zorg op het platteland",
      "Wegen deel 2",
    ]);
    expect(first.sections).toHaveLength(15);
    expect(first.footer).toBe("Pagina 1 van 2 (verder: /onbeantwoord #2) · Open een set met de knoppen of met /set <id>.");
    expect(setButtons(first)).toHaveLength(15);
    const second = await press(first, "Volgende ▶", onStore);
    expect(second.sections.map((s) => s.heading)).toEqual(["Havens deel 3", "Havens deel 4"]);
    expect(second.footer).toBe("Pagina 2 van 2 · Open een set met de knoppen of met /set <id>.");
    expect(await run("/onbeantwoord #2", onStore)).toEqual(second);
    expect((await press(second, "◀ Vorige", onStore)).sections).toEqual(first.sections);
  });

  it("/onbeantwoord for a party counts only what its members asked, and what of that is overdue", async () => {
    const r = await run("/onbeantwoord Jansen", onStore);
    expect(r.title).toBe("Onbeantwoorde sets van «Jansen» (11)");
    // Dijkversterking, grensbewaking and bodemdaling (postponed, still overdue); not politie-inzet of the SP.
    expect(r.subtitle).toBe("3 over de termijn: zie /termijn");
    expect(r.sections[0]!.body).toMatch(/^Piet Jansen \(CDA\) → V\.P\.G\. Karremans · 1 vragen · bodemdaling-\w+ · ⚠ wacht 102 dagen: 60 dagen over de termijn \(6 weken, na uitstel\)$/);
    const vvd = await run("/onbeantwoord VVD", onStore);
    expect(vvd.title).toBe("Onbeantwoorde sets van «VVD» (5)");
    expect(vvd.subtitle).toBeUndefined();
  });

  it("/termijn reads deadlines from dates alone, grouped by minister, for one person or all", async () => {
    const all = await run("/termijn", onStore);
    expect(all.title).toBe("Over de termijn (4)");
    expect(all.sections.map((s) => s.heading)).toEqual(["V.P.G. Karremans (1)", "Karin Jansen (1)", "D.M. van Weel (2)"]);
    expect(all.sections[2]!.body.split("\n").map((l) => l.replace(/ —.*/, ""))).toEqual(["• Dijkversterking", "• Politie-inzet"]);
    expect(all.sections[0]!.body).toMatch(/^• Bodemdaling — ingezonden 20 november 2025, 60 dagen te laat, na uitstel · \/set bodemdaling-\w+$/);
    // Asked by a Jansen or asked of one.
    const jansen = await run("/termijn Jansen", onStore);
    expect(jansen.title).toBe("Over de termijn voor «Jansen» (3)");
    expect(jansen.sections[0]!.body.split("\n").map((l) => l.replace(/ —.*/, ""))).toEqual(["• Bodemdaling", "• Grensbewaking", "• Dijkversterking"]);
    const wiersma = await run("/termijn Wiersma", onStore);
    expect(wiersma.status).toBe("empty");
    expect(wiersma.sections[0]!.body).toBe("Er zijn geen sets over de termijn voor «Wiersma». 1 open set wacht nog binnen de termijn.");
    const mulder = await run("/termijn Mulder", onStore);
    expect(mulder.title).toBe("Over de termijn voor «Mulder» (1)");
    expect(mulder.sections[0]!.body).toMatch(/^• Politie-inzet — ingezonden 2 februari 2026, 7 dagen te laat · \/set politie-inzet-\w+$/);
  });
});

describe("a long list", () => {
  it("pages no further than a button can carry, and says how far the list goes", () => {
    const source = { command: "wie", query: "VVD" };
    const last = listPager(10_000, 5, 5000, source);
    expect(last).toMatchObject({ page: MAX_LIST_PAGE, pages: 2000, offset: (MAX_LIST_PAGE - 1) * 5, where: `Pagina ${MAX_LIST_PAGE} van 2000 · ` });
    expect(last.nav.map((a) => a.label)).toEqual(["◀ Vorige"]);
    const before = listPager(10_000, 5, MAX_LIST_PAGE - 1, source);
    expect(before.nav.map((a) => a.label)).toEqual(["◀ Vorige", "Volgende ▶"]);
    expect(before.where).toBe(`Pagina ${MAX_LIST_PAGE - 1} van 2000 (verder: /wie VVD #${MAX_LIST_PAGE}) · `);
    const next = before.nav[1]!;
    expect(actionInvocation(decodeAction(encodeAction(next, 64))!)!.input).toEqual({ naam: "VVD", pagina: MAX_LIST_PAGE });
    expect(parseCommandText(`/wie VVD #${MAX_LIST_PAGE}`)).toMatchObject({ input: { naam: "VVD", pagina: MAX_LIST_PAGE } });
    expect(listPager(0, 5, 3, source)).toMatchObject({ page: 1, pages: 1, offset: 0, nav: [], where: "" });
  });
});

describe("a person with thousands of sets in the store", () => {
  const COUNT = 3000;
  const dump = [
    ...Array.from({ length: COUNT }, (_, i) => dumpSet(`Onderwerp ${i + 1}`, "Henk Groot (XYZ)", "Hugo de Wit", i % 2 === 1)),
    dumpSet("Iets anders", "Sanne Mulder (SP)", "Henk Groot"),
  ].join("\n");
  const { view, store } = storeOf([{ file: "groot.txt", content: dump }]);
  afterAll(() => store.close());
  const deps = depsFor(view, buildCorpus([]));

  /** Runs a command and counts the sets it read from the store (each read is one parsed set body). */
  async function reading(line: string): Promise<{ reply: Reply; read: number }> {
    const spy = vi.spyOn(JSON, "parse");
    try {
      const reply = await run(line, deps);
      const read = spy.mock.calls.filter(([text]) => typeof text === "string" && text.startsWith('{"id":')).length;
      return { reply, read };
    } finally {
      spy.mockRestore();
    }
  }

  it("/wie reads only the page it shows, and still counts them all", async () => {
    const { reply, read } = await reading("/wie Groot #7");
    expect(reply.title).toBe(`Groot: ${COUNT} sets gesteld, 1 gericht aan`);
    expect(reply.sections.map((s) => s.heading)).toEqual(["1. Onderwerp 31", "2. Onderwerp 32", "3. Onderwerp 33", "4. Onderwerp 34", "5. Onderwerp 35"]);
    expect(reply.footer).toMatch(/^Pagina 7 van 601 \(verder: \/wie Groot #8\)/);
    expect(read).toBe(5);
    const last = await reading("/wie Groot #601");
    expect(last.reply.sections.map((s) => s.heading)).toEqual(["1. Iets anders"]);
    expect(last.read).toBe(1);
  });

  it("/onbeantwoord reads only its page of the person's open sets", async () => {
    const { reply, read } = await reading("/onbeantwoord XYZ #3");
    expect(reply.title).toBe(`Onbeantwoorde sets van «XYZ» (${COUNT / 2})`);
    expect(reply.sections[0]!.heading).toBe("Onderwerp 61");
    expect(reply.sections).toHaveLength(15);
    expect(read).toBe(15);
  });

  it("/termijn reads no set at all", async () => {
    const { reply, read } = await reading("/termijn Groot");
    expect(reply.sections[0]!.body).toMatch(/^Er zijn geen sets over de termijn voor «Groot»\. Alleen sets uit de officiële import/);
    expect(read).toBe(0);
  });
});

describe("an archive with many overdue sets in the store", () => {
  const MINISTERS = ["D.M. van Weel", "V.P.G. Karremans", "F.M. Wiersma", "E. Heinen", "R. Tieman", "M.L.J. Paul", "H.M. Brekelmans", "C.A. Jansen", "J.A. Vijlbrief", "E. van Marum", "M. Keijzer"];
  const PARTIES = ["PvdA", "VVD", "SP"];
  const COUNT = 900;
  // Submitted over most of a year, several a day, so dates tie and the id decides; all are overdue on TODAY.
  const sources = Array.from({ length: COUNT }, (_, i) => {
    const submitted = new Date(Date.UTC(2025, 0, 1) + ((i * 7) % 300) * 86_400_000).toISOString().slice(0, 10);
    return officialCase(i + 1, `onderwerp ${i + 1}`, submitted, [`A. Lid ${i % 40}`, PARTIES[i % 3]!], MINISTERS[(i * 5) % MINISTERS.length]!);
  });
  const { view, store } = storeOf(sources);
  afterAll(() => store.close());
  const memory = memoryOf(sources);
  const onStore = depsFor(view, memory);
  const onMemory = depsFor(memory, memory);

  /** Runs a command and counts what it read from the store: overdue rows (they carry a due date) and set bodies. */
  async function reading(line: string): Promise<{ reply: Reply; rows: number; sets: number }> {
    let rows = 0;
    const prepare = store.db.prepare.bind(store.db);
    const spy = vi.spyOn(store.db, "prepare").mockImplementation(((sql: string) => {
      const stmt = prepare(sql);
      const all = stmt.all.bind(stmt);
      stmt.all = ((...args: unknown[]) => {
        const out = all(...(args as []));
        rows += out.filter((r) => typeof r === "object" && r !== null && "due" in r).length;
        return out;
      }) as typeof stmt.all;
      return stmt;
    }) as typeof store.db.prepare);
    const parse = vi.spyOn(JSON, "parse");
    try {
      // A view made now prepares its statements through the spy.
      const deps = { ...onStore, corpus: store.view() };
      const reply = await run(line, deps);
      const sets = parse.mock.calls.filter(([text]) => typeof text === "string" && text.startsWith('{"id":')).length;
      return { reply, rows, sets };
    } finally {
      spy.mockRestore();
      parse.mockRestore();
    }
  }

  it("/termijn counts every overdue set and ministers, and reads only the rows of the ministers it shows", async () => {
    const first = await reading("/termijn");
    expect(first.reply.title).toBe(`Over de termijn (${COUNT})`);
    expect(first.reply.sections.map((s) => s.heading)).toHaveLength(9);
    expect(first.reply.sections.slice(0, 8).every((s) => s.body.split("\n").length === 7 && s.body.endsWith(`… en nog ${Number(/\((\d+)\)$/.exec(s.heading!)![1]) - 6}`))).toBe(true);
    expect(first.reply.sections[8]!.body).toBe("… en nog 3 ministers. Kies er één met /termijn <naam>.");
    expect(first.reply.footer).toBe("Pagina 1 van 2 (verder: /termijn #2) · Open een set met de knoppen of met /set <id>.");
    expect(first.rows).toBe(8 * 6);
    expect(first.sets).toBe(0);
    const second = await press(first.reply, "Volgende ▶", onStore);
    expect(second.sections).toHaveLength(3);
    const headings = [...first.reply.sections.slice(0, 8), ...second.sections].map((s) => s.heading!.replace(/ \(\d+\)$/, ""));
    expect(new Set(headings)).toEqual(new Set(MINISTERS));
    const counted = [...first.reply.sections.slice(0, 8), ...second.sections].map((s) => Number(/\((\d+)\)$/.exec(s.heading!)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(COUNT);
    // The buttons open the longest waiting sets shown.
    expect(setButtons(first.reply)).toEqual(memory.deadlines(TODAY).late(0, 5).map((s) => s.id));
  });

  it("/termijn for a party pages through its overdue sets, longest waiting first, reading only the page", async () => {
    const first = await reading("/termijn VVD");
    expect(first.reply.title).toBe(`Over de termijn voor «VVD» (${COUNT / 3})`);
    const lines = (r: Reply) => r.sections[0]!.body.split("\n");
    expect(lines(first.reply)).toHaveLength(15);
    expect(first.rows).toBe(15);
    expect(first.sets).toBe(0);
    expect(first.reply.footer).toBe(`Pagina 1 van ${COUNT / 3 / 15} (verder: /termijn VVD #2) · Open een set met de knoppen of met /set <id>.`);
    const third = await reading("/termijn VVD #3");
    expect(third.rows).toBe(15);
    // Every page has a button per set; together they are every overdue VVD set once, in order of waiting.
    const pages = await allPages(first.reply, onStore);
    expect(pages).toHaveLength(COUNT / 3 / 15);
    expect(pages[2]).toEqual(third.reply);
    const ids = pages.flatMap(setButtons);
    const vvd = memory.sets.filter((s) => s.askers[0]!.party === "VVD");
    const order = [...vvd].sort((a, b) => (a.official!.submitted! !== b.official!.submitted! ? (a.official!.submitted! < b.official!.submitted! ? -1 : 1) : a.id < b.id ? -1 : 1));
    expect(ids).toEqual(order.map((s) => s.id));
    expect(pages.flatMap(lines).map((l) => l.split(" · /set ")[1])).toEqual(ids);
  });

  it.each(["/termijn", "/termijn #2", "/termijn #9", "/termijn VVD", "/termijn VVD #7", "/termijn Wiersma", "/termijn Lid 3 #2", "/onbeantwoord SP"])(
    "%s gives the same reply on both backends",
    async (line) => {
      expect(await run(line, onStore)).toEqual(await run(line, onMemory));
    },
  );
});
