/**
 * Whole-process measurements through the real entry points: `npm run cli`
 * (first build with `index`, one-shot `search`) and `npm start` (the bot in
 * console mode, driven over stdin). Every figure comes from a fresh process.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

export interface Target {
  /** The checkout whose code runs: this one, or a baseline revision. */
  root: string;
  seeds: string;
  /** INDEX_DIR and DATA_DIR go under here. */
  work: string;
  backend: "lunr" | "sqlite";
}

const envOf = (t: Target): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  SEEDS_DIR: t.seeds,
  INDEX_DIR: join(t.work, "index"),
  DATA_DIR: join(t.work, "data"),
  SEARCH_BACKEND: t.backend,
  LOG_LEVEL: "info",
});

/** Runs `npm run cli -- …` under /usr/bin/time: wall time and the peak RSS of its largest process. */
export function cli(t: Target, args: string[], timeoutMs = 30 * 60_000): { ms: number; rssMb: number; cpuMs: number; stdout: string; stderr: string; ok: boolean } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "BENCH_RSS_KB=%M BENCH_CPU_S=%U+%S", "npm", "run", "--silent", "cli", "--", ...args], {
    cwd: t.root,
    env: envOf(t),
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
  });
  const ms = performance.now() - t0;
  const kb = /BENCH_RSS_KB=(\d+)/.exec(r.stderr ?? "");
  const cpu = /BENCH_CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? "");
  return {
    ms,
    rssMb: kb ? Number(kb[1]) / 1024 : NaN,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN,
    stdout: r.stdout ?? "",
    stderr: (r.stderr ?? "").replace(/BENCH_RSS_KB=\d+ BENCH_CPU_S=\S+\s*/, ""),
    ok: r.status === 0,
  };
}

/** Deletes the saved index and corpus store, then builds them once; with the CPU time it took and the machine's load before it. */
export function firstBuild(t: Target): { ms: number; rssMb: number; cpuMs: number; load: string } {
  rmSync(join(t.work, "index"), { recursive: true, force: true });
  rmSync(join(t.work, "data"), { recursive: true, force: true });
  mkdirSync(t.work, { recursive: true });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const r = cli(t, ["index"]);
  if (!r.ok) throw new Error(`index bouwen mislukt in ${t.root}:\n${r.stderr.slice(-2000)}`);
  return { ms: r.ms, rssMb: r.rssMb, cpuMs: r.cpuMs, load };
}

/** The quickest of `runs` one-shot searches, each a fresh process. */
export function oneShot(t: Target, runs: number, query = "begroting politie"): { ms: number; rssMb: number } {
  let best = { ms: Infinity, rssMb: NaN };
  for (let i = 0; i < runs; i++) {
    const r = cli(t, ["search", "--json", "--limit", "5", query]);
    if (!r.ok || !(JSON.parse(r.stdout) as { hits: unknown[] }).hits.length) throw new Error(`zoeken mislukt in ${t.root} (${r.ok ? "geen treffers" : "afgebroken"}):\n${r.stderr.slice(-2000)}`);
    if (r.ms < best.ms) best = { ms: r.ms, rssMb: r.rssMb };
  }
  return best;
}

export interface BotFigures {
  readyMs: number;
  /** The first command, sent a little after the ready line, as a first user would. */
  firstAnswerMs: number;
  /** From the moment the new dump landed until a command found it; NaN without a new dump. */
  searchableMs: number;
  /** The longest and the median wait of a command while the new dump was taken in. */
  maxWaitMs: number;
  p50WaitMs: number;
  commands: number;
  /** Without a new dump, measured before any typed queries (their memory is `typedPeakRssMb`). */
  peakRssMb: number;
  /** Each typed query's wait, in order; NaN where the reply was an error; null when the bot stopped answering them. */
  typedWaitsMs: number[] | null;
  /** Peak RSS after the typed queries. */
  typedPeakRssMb: number;
}

export interface BotOptions {
  timeoutMs?: number;
  /** Sent first, in turn; with a new dump they keep coming until "/vraag zeppelinhaven" finds it. */
  commands?: string[];
  /** Whole command lines (see typed-queries.ts), each sent once after the commands. */
  typed?: string[];
}

const COMMANDS = ["/vraag politiebegroting", "/zoek begroting politie", "/set politiebegroting", "/wie Mutluer", "/onbeantwoord PvdA", "/over", "/vraag zeppelinhaven"];
const PROMPT = "kamervragen> ";
/** Nobody types the moment a bot has started: the first command comes this long after the ready line. */
const FIRST_COMMAND_AFTER_MS = 2000;
/** A typed query the bot has not answered in this long counts as not answered, and so do the ones after it. */
const TYPED_TIMEOUT_MS = 2 * 60_000;
/** The replies of a command that failed or was not understood (commands/run.ts). */
const FAILED = /Er ging iets mis|Dat begrijp ik niet helemaal/;

/** The processes under `root`, found through /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may hold spaces; the parent pid comes right after it.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Peak RSS of the bot's own Node process under `npm start` (not npm, not a reindexing child). */
function peakRssMb(npmPid: number): number {
  let peak = NaN;
  for (const pid of descendants(npmPid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!/launch\.mjs\0main|src\/main\.ts/.test(cmd)) continue;
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(m[1]) / 1024);
    } catch {
      // Gone meanwhile.
    }
  }
  return peak;
}

/**
 * Starts the bot with `npm start` (console mode: no tokens), waits for its
 * ready line, then keeps sending commands. With `newDump`, that file is moved
 * into the seeds folder while commands keep coming, until a command finds its
 * marker set ("zeppelinhaven"); `commands` must include "/vraag zeppelinhaven".
 * Each of `typed` (whole command lines, see typed-queries.ts) is sent once
 * after the commands and before any new dump, and its wait recorded.
 */
export async function bot(t: Target, newDump: string | null, { timeoutMs = 20 * 60_000, commands = COMMANDS, typed = [] }: BotOptions = {}): Promise<BotFigures> {
  const t0 = performance.now();
  // Its own process group, so the bot under npm stops with it.
  const child = spawn("npm", ["start", "--silent"], { cwd: t.root, env: envOf(t), stdio: ["pipe", "pipe", "pipe"], detached: true });
  let stdout = "";
  let stderr = "";
  let readyAt = 0;
  let prompts = 0;
  /** What the bot printed before its latest prompt: the reply to the last command. */
  let reply = "";
  const waiters: (() => void)[] = [];
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString("utf8");
    let i: number;
    while ((i = stdout.indexOf(PROMPT)) >= 0) {
      prompts++;
      reply = stdout.slice(0, i);
      stdout = stdout.slice(i + PROMPT.length);
      waiters.splice(0).forEach((w) => w());
    }
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
    if (!readyAt && /klaar na \d+ ms/.test(stderr)) readyAt = performance.now();
  });
  const deadline = t0 + timeoutMs;
  const until = async (test: () => boolean, by = deadline) => {
    while (!test()) {
      if (performance.now() > by || child.exitCode !== null) throw new Error(`bot gaf geen antwoord:\n${stderr.slice(-2000)}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  };
  try {
    await until(() => readyAt > 0 && prompts >= 1);
    const readyMs = readyAt - t0;
    const send = async (line: string, by = deadline) => {
      const before = prompts;
      const s0 = performance.now();
      child.stdin.write(`${line}\n`);
      await until(() => prompts > before, by);
      return performance.now() - s0;
    };
    await new Promise((r) => setTimeout(r, FIRST_COMMAND_AFTER_MS));
    const firstAnswerMs = await send(commands[0]!);
    for (const c of commands.slice(1)) await send(c);
    const idlePeakRssMb = peakRssMb(child.pid!);
    let typedWaitsMs: number[] | null = [];
    try {
      for (const line of typed) {
        const wait = await send(line, Math.min(deadline, performance.now() + TYPED_TIMEOUT_MS));
        typedWaitsMs.push(FAILED.test(reply) ? NaN : wait);
      }
    } catch (err) {
      // A bot that cannot answer them (an older revision) is reported without these figures.
      if (newDump) throw err;
      typedWaitsMs = null;
    }
    const typedPeakRssMb = typed.length ? peakRssMb(child.pid!) : NaN;
    if (!newDump) return { readyMs, firstAnswerMs, searchableMs: NaN, maxWaitMs: NaN, p50WaitMs: NaN, commands: commands.length, peakRssMb: idlePeakRssMb, typedWaitsMs, typedPeakRssMb };
    const waits: number[] = [];
    const landed = performance.now();
    renameSync(newDump, join(t.seeds, "200-nieuw.txt"));
    let searchableMs = NaN;
    for (let i = 0; Number.isNaN(searchableMs); i++) {
      const c = commands[i % commands.length]!;
      waits.push(await send(c));
      if (c === "/vraag zeppelinhaven" && reply.includes("Zeppelinhaven")) searchableMs = performance.now() - landed;
      if (performance.now() > deadline) throw new Error("nieuwe dump werd niet vindbaar");
      await new Promise((r) => setTimeout(r, 20));
    }
    // A little longer: the swap itself may come right after the first hit.
    const settle = performance.now() + 2000;
    for (let i = 0; performance.now() < settle; i++) waits.push(await send(commands[i % commands.length]!));
    const sorted = [...waits].sort((a, b) => a - b);
    return {
      readyMs,
      firstAnswerMs,
      searchableMs,
      maxWaitMs: sorted[sorted.length - 1]!,
      p50WaitMs: sorted[Math.floor(sorted.length / 2)]!,
      commands: waits.length,
      peakRssMb: peakRssMb(child.pid!),
      typedWaitsMs,
      typedPeakRssMb,
    };
  } finally {
    child.stdin.end();
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
  }
}
