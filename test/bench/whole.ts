/**
 * Whole-process measurements through the real entry points: `src/cli.ts`
 * (first build with `index`, one-shot `search`) and `src/main.ts` (the bot in
 * console mode, driven over stdin). Every figure comes from a fresh process.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
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

/** Runs `src/cli.ts …` under /usr/bin/time: wall time and the process's peak RSS. */
export function cli(t: Target, args: string[], timeoutMs = 30 * 60_000): { ms: number; rssMb: number; stdout: string; ok: boolean } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "BENCH_RSS_KB=%M", process.execPath, "--import", "tsx", join(t.root, "src", "cli.ts"), ...args], {
    cwd: t.root,
    env: envOf(t),
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
  });
  const ms = performance.now() - t0;
  const kb = /BENCH_RSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, rssMb: kb ? Number(kb[1]) / 1024 : NaN, stdout: r.stdout ?? "", ok: r.status === 0 };
}

/** Deletes the saved index and corpus store, then builds them once. */
export function firstBuild(t: Target): { ms: number; rssMb: number } {
  rmSync(join(t.work, "index"), { recursive: true, force: true });
  rmSync(join(t.work, "data"), { recursive: true, force: true });
  mkdirSync(t.work, { recursive: true });
  const r = cli(t, ["index"]);
  if (!r.ok) throw new Error(`index bouwen mislukt in ${t.root}`);
  return { ms: r.ms, rssMb: r.rssMb };
}

/** The quickest of `runs` one-shot searches, each a fresh process. */
export function oneShot(t: Target, runs: number, query = "begroting politie"): { ms: number; rssMb: number } {
  let best = { ms: Infinity, rssMb: NaN };
  for (let i = 0; i < runs; i++) {
    const r = cli(t, ["search", "--json", "--limit", "5", query]);
    if (!r.ok || !(JSON.parse(r.stdout) as { hits: unknown[] }).hits.length) throw new Error(`zoeken mislukt in ${t.root}`);
    if (r.ms < best.ms) best = { ms: r.ms, rssMb: r.rssMb };
  }
  return best;
}

export interface BotFigures {
  readyMs: number;
  /** From the moment the new dump landed until a command found it; NaN without a new dump. */
  searchableMs: number;
  /** The longest and the median wait of a command while the new dump was taken in. */
  maxWaitMs: number;
  p50WaitMs: number;
  commands: number;
  peakRssMb: number;
}

const COMMANDS = ["/vraag politiebegroting", "/zoek begroting politie", "/set politiebegroting", "/wie Mutluer", "/onbeantwoord PvdA", "/over", "/vraag zeppelinhaven"];
const PROMPT = "kamervragen> ";

function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Starts the bot (console mode, as `npm start` without tokens), waits for its
 * ready line, then keeps sending commands. With `newDump`, that file is moved
 * into the seeds folder while commands keep coming, until a command finds its
 * marker set ("zeppelinhaven").
 */
export async function bot(t: Target, newDump: string | null, timeoutMs = 20 * 60_000): Promise<BotFigures> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", join(t.root, "src", "main.ts")], { cwd: t.root, env: envOf(t), stdio: ["pipe", "pipe", "pipe"] });
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
  const until = async (test: () => boolean) => {
    while (!test()) {
      if (performance.now() > deadline || child.exitCode !== null) throw new Error(`bot gaf geen antwoord:\n${stderr.slice(-2000)}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  };
  try {
    await until(() => readyAt > 0 && prompts >= 1);
    const readyMs = readyAt - t0;
    const send = async (line: string) => {
      const before = prompts;
      const s0 = performance.now();
      child.stdin.write(`${line}\n`);
      await until(() => prompts > before);
      return performance.now() - s0;
    };
    for (const c of COMMANDS) await send(c);
    if (!newDump) return { readyMs, searchableMs: NaN, maxWaitMs: NaN, p50WaitMs: NaN, commands: COMMANDS.length, peakRssMb: peakRssMb(child.pid!) };
    const waits: number[] = [];
    const landed = performance.now();
    renameSync(newDump, join(t.seeds, "200-nieuw.txt"));
    let searchableMs = NaN;
    for (let i = 0; Number.isNaN(searchableMs); i++) {
      const c = COMMANDS[i % COMMANDS.length]!;
      waits.push(await send(c));
      if (c === "/vraag zeppelinhaven" && reply.includes("Zeppelinhaven")) searchableMs = performance.now() - landed;
      if (performance.now() > deadline) throw new Error("nieuwe dump werd niet vindbaar");
      await new Promise((r) => setTimeout(r, 20));
    }
    // A little longer: the swap itself may come right after the first hit.
    const settle = performance.now() + 2000;
    for (let i = 0; performance.now() < settle; i++) waits.push(await send(COMMANDS[i % COMMANDS.length]!));
    const sorted = [...waits].sort((a, b) => a - b);
    return {
      readyMs,
      searchableMs,
      maxWaitMs: sorted[sorted.length - 1]!,
      p50WaitMs: sorted[Math.floor(sorted.length / 2)]!,
      commands: waits.length,
      peakRssMb: peakRssMb(child.pid!),
    };
  } finally {
    child.stdin.end();
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
  }
}
