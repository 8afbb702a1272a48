/**
 * `tsx test/bench/commands.ts --dir DIR [--root CHECKOUT] [--bot] [--drafts]`: how
 * long the list commands (/wie, /onbeantwoord, /termijn) and a pasted draft
 * (/eerder, /vraag; only these with --drafts) take on a ~50,000-set archive
 * with the SQLite backend, and what they cost in memory. The archive (dumps,
 * plus official open cases with submission dates under DATA_DIR/imported) is
 * generated once into DIR and reused; each checkout gets its own store and
 * index under DIR/work-<name>. Every command runs in a fresh process, so its
 * peak RSS is its own. With --bot, also the real bot (`npm start`) taking in a
 * new dump while these commands keep coming. Timings are reported, never asserted.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDumps } from "./generate.js";
import { bot, cli, type Target } from "./whole.js";

const HERE = fileURLToPath(import.meta.url);
const ROOT = join(HERE, "..", "..", "..");
const SEED = join(ROOT, "seeds", "000_0520b6fab4578ef8.txt");
/** Only the draft commands: they are what a change to search moves. */
const DRAFTS_ONLY = process.argv.includes("--drafts");
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** Commands that read many sets on a large archive, and a few that do not, for comparison. */
export const LIST_COMMANDS = ["/wie PvdA", "/wie PvdA #40", "/wie Mutluer", "/onbeantwoord PvdA", "/onbeantwoord", "/termijn", "/termijn PvdA", "/set politiebegroting"];

/** A pasted draft of several questions, as a member's staff would check it before sending. */
export const DRAFT = `Vragen van het lid Mutluer (PvdA) aan de minister van Justitie en Veiligheid over het tekort aan agenten

1. Bent u bekend met het bericht dat de politie de komende jaren structureel geld tekortkomt en dat er te weinig agenten zijn?
2. Hoeveel agenten zijn er op dit moment in opleiding, en hoeveel vacatures staan er open bij de Nationale Politie?
3. Hoe voorkomt u dat het tekort leidt tot minder wijkagenten en langere aanrijtijden bij spoedmeldingen?
4. Bent u bereid de Kamer voor de begrotingsbehandeling te informeren over de maatregelen om het tekort op te lossen?
5. Kunt u deze vragen afzonderlijk en binnen drie weken beantwoorden?`;

/** Commands that search with a whole pasted draft: one search per question, fused; shown by their label. */
export const DRAFT_COMMANDS: [label: string, command: string][] = [
  ["/eerder <concept>", `/eerder ${DRAFT}`],
  ["/vraag <concept>", `/vraag ${DRAFT}`],
];

/** Official open cases, every one with a submission date; most are past their deadline on TODAY. */
export const TODAY = "2026-03-02";
function importedCases(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const parties = ["PvdA", "VVD", "SP", "CDA", "D66", "BBB"];
  const ministers = ["D.M. van Weel", "V.P.G. Karremans", "F.M. Wiersma", "E. Heinen", "R. Tieman", "M.L.J. Paul", "H.M. Brekelmans", "C.A. Jansen", "J.A. Vijlbrief", "E. van Marum"];
  for (let i = 0; i < count; i++) {
    const number = `2025Z${String(i).padStart(5, "0")}`;
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 420) * 86_400_000).toISOString().slice(0, 10);
    const subject = `onderwerp ${i} van de bank`;
    const publication = {
      id: `kv-tk-${number}`,
      title: null,
      subject,
      addressedTo: null,
      submitted: day,
      received: null,
      caseNumber: number,
      publicationName: null,
      questions: [{ label: "Vraag 1", paragraphs: [`Wat weet u over ${subject}?`] }],
      answers: [],
      notices: [],
      warnings: [],
    };
    const file = {
      version: 1,
      case: { id: `id-${number}`, number, subject, year: "2024-2025", started: null },
      askers: [{ name: `A. Lid ${i % 50}`, party: parties[i % parties.length] }],
      addressees: [ministers[i % ministers.length]],
      documents: [{ kind: "questions", documentNumber: `${number}-q`, date: day, changed: "x", url: `https://zoek.officielebekendmakingen.nl/kv-tk-${number}.html`, publication }],
    };
    writeFileSync(join(dir, `${number}.json`), JSON.stringify(file));
  }
}

/** Generates the archive once; later runs reuse it. */
function archive(dir: string): { seeds: string; imported: string } {
  const seeds = join(dir, "seeds");
  const imported = join(dir, "imported");
  if (!existsSync(join(dir, "ready"))) {
    rmSync(dir, { recursive: true, force: true });
    const gen = generateDumps(SEED, seeds, 49_980, 42, 2000);
    importedCases(imported, 2000);
    writeFileSync(join(dir, "ready"), String(gen.sets));
  }
  return { seeds, imported };
}

interface Figures {
  command: string;
  /** The first run, on a fresh process: nothing cached. */
  firstMs: number;
  /** The quickest of three more runs. */
  againMs: number;
  /** Peak RSS of the process after opening the store, and after the command. */
  openRssMb: number;
  peakRssMb: number;
  title: string;
}

/** One command in this (fresh) process against `root`'s code. */
async function measure(root: string, t: Target, command: string): Promise<Figures> {
  const load = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { loadApp } = await load("src/app.ts");
  const { executeCommand, parseCommandText } = await load("commands/run.ts");
  const app = loadApp({ seedsDir: t.seeds, indexDir: join(t.work, "index"), dataDir: join(t.work, "data"), backend: "sqlite" });
  const peak = () => process.resourceUsage().maxRSS / 1024;
  const openRssMb = peak();
  const deps = {
    engine: app.engine,
    corpus: app.corpus,
    info: app.info,
    caller: { platform: "console", target: { platform: "console", id: "bench" }, userId: "bench", isPrivate: true, canManage: async () => true },
    timeZone: "Europe/Amsterdam",
    now: () => new Date(`${TODAY}T09:00:00Z`),
  };
  const inv = parseCommandText(command);
  const once = async () => {
    const t0 = performance.now();
    const reply = await executeCommand(inv.command, inv.input, deps);
    return { ms: performance.now() - t0, reply };
  };
  const first = await once();
  let againMs = Infinity;
  for (let i = 0; i < 3; i++) againMs = Math.min(againMs, (await once()).ms);
  return { command, firstMs: first.ms, againMs, openRssMb, peakRssMb: peak(), title: String(first.reply.title ?? first.reply.sections?.[0]?.body ?? "").slice(0, 90) };
}

const fmt = (v: number, d = 0) => v.toFixed(d);

async function main(): Promise<void> {
  const dir = resolve(arg("dir") ?? join(ROOT, "..", "kv-bench-50k"));
  const root = resolve(arg("root") ?? ROOT);
  const name = arg("name") ?? basename(root);
  const command = arg("command");
  const { seeds, imported } = archive(dir);
  const t: Target = { root, seeds, work: join(dir, `work-${name}`), backend: "sqlite" };
  if (command) {
    process.stdout.write(`${JSON.stringify(await measure(root, t, command))}\n`);
    return;
  }
  if (!existsSync(join(t.work, "data", "search.sqlite"))) {
    mkdirSync(join(t.work, "data"), { recursive: true });
    cpSync(imported, join(t.work, "data", "imported"), { recursive: true });
    const build = cli(t, ["index"]);
    if (!build.ok) throw new Error(`index bouwen mislukt:\n${build.stderr.slice(-2000)}`);
    process.stdout.write(`${name}: store en index gebouwd in ${fmt(build.ms / 1000, 1)} s (piek ${fmt(build.rssMb)} MB)\n`);
  }
  // Opening once brings a store from an older schema up to date, outside the figures.
  await measureFresh(root, name, dir, "/over");
  process.stdout.write(`${name}, ~50.000 sets (sqlite), elk commando in een vers proces:\n`);
  for (const [label, c] of [...(DRAFTS_ONLY ? [] : LIST_COMMANDS.map((c) => [c, c])), ...DRAFT_COMMANDS]) {
    const f = await measureFresh(root, name, dir, c!);
    process.stdout.write(
      `  ${label!.padEnd(22)} eerste ${fmt(f.firstMs).padStart(6)} ms  daarna ${fmt(f.againMs).padStart(6)} ms  RSS na openen ${fmt(f.openRssMb)} MB, piek ${fmt(f.peakRssMb)} MB  «${f.title}»\n`,
    );
  }
  if (process.argv.includes("--bot")) {
    const fresh = join(dir, "nieuw");
    rmSync(fresh, { recursive: true, force: true });
    generateDumps(SEED, fresh, 780, 7);
    const file = join(fresh, "100-synthetic.txt");
    writeFileSync(file, "\nZeppelinhaven boven de Noordzee |\n|\nSongül Mutluer (PvdA) |\n|\nDavid van Weel (minister ) |\n|\n![]() |\nWat weet u van de zeppelinhaven?\nNiets.", { flag: "a" });
    try {
      const r = await bot(t, file, { commands: [...LIST_COMMANDS, "/vraag zeppelinhaven"] });
      process.stdout.write(
        `  bot: klaar ${fmt(r.readyMs / 1000, 1)} s; nieuwe dump vindbaar na ${fmt(r.searchableMs / 1000, 1)} s; ${r.commands} commando's, langste wachttijd ${fmt(r.maxWaitMs)} ms (mediaan ${fmt(r.p50WaitMs)} ms); piek-RSS ${fmt(r.peakRssMb)} MB\n`,
      );
    } finally {
      rmSync(join(seeds, "200-nieuw.txt"), { force: true });
    }
  }
}

function measureFresh(root: string, name: string, dir: string, command: string): Figures {
  const out = execFileSync(process.execPath, ["--import", "tsx", HERE, `--dir=${dir}`, `--root=${root}`, `--name=${name}`, `--command=${command}`], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DOTENV_CONFIG_PATH: "none", LOG_LEVEL: "warn" },
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Figures;
}

await main();
