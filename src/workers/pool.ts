/**
 * Worker threads that parse sources and tokenise sets while this thread
 * writes the store and the index. Both are written synchronously, so the
 * writer hands out work ahead and blocks only when it needs a result that is
 * not there yet (Atomics.wait on a shared counter the workers bump, then
 * reading their ports directly).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type WorkerOptions } from "node:worker_threads";
import { ReasonedError } from "../core/errors.js";
/** Parse a dump (its rows for the store), or tokenise sets given as their stored JSON. */
export type WorkerJob = { kind: "parse"; file: string; content: Uint8Array } | { kind: "tokens"; bodies: string[] };

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** Work a worker could not do; the caller still has the input and can do it itself. */
export class WorkerJobError extends ReasonedError {
  override readonly name = "WorkerJobError";
  constructor(
    /** What the work was about: a file name, or a range of sets. */
    readonly subject: string,
    reason: string,
  ) {
    super(subject, reason);
  }
}

/** How a worker thread is started, given what it must receive: its port and the shared signal. */
export type WorkerStart = (options: WorkerOptions) => Worker;

/** The bundled worker next to the bundled entry point (see launch.mjs), else the TypeScript source through tsx. */
export function workerStart(): WorkerStart | null {
  const entry = process.argv[1] ?? "";
  const bundled = join(dirname(entry), "worker.mjs");
  if (entry.endsWith(".mjs") && existsSync(bundled)) return (options) => new Worker(bundled, options);
  const source = new URL("./worker.ts", import.meta.url);
  if (!existsSync(fileURLToPath(source))) return null;
  const script = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return (options) => new Worker(script, { ...options, eval: true });
}

export interface PoolOptions {
  size?: number;
  start?: WorkerStart | null;
  /** Time for a worker to load its modules before the sources are parsed here instead. */
  startMs?: number;
  /** A worker that does not answer within this, plus `msPerMb` per megabyte of the file, is taken for dead. */
  jobMs?: number;
  msPerMb?: number;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  /** Jobs handed to this worker and not yet answered. */
  busy: number;
  /** It stopped answering once: it gets no more files. */
  dead: boolean;
}

export class WorkerPool {
  private readonly results = new Map<number, WorkerReply>();
  private readonly owner = new Map<number, { slot: Slot; subject: string; bytes: number }>();
  private nextId = 0;

  private constructor(
    private readonly slots: Slot[],
    private readonly signal: Int32Array,
    private readonly jobMs: number,
    private readonly msPerMb: number,
  ) {}

  /**
   * Starts `size` workers and waits until each has loaded; null when none
   * can start here (no worker code found, or it fails to load), so the
   * caller parses itself.
   */
  static start(options: PoolOptions = {}): WorkerPool | null {
    const { size = Math.min(2, availableParallelism()), start = workerStart(), startMs = 30_000, jobMs = 60_000, msPerMb = 2_000 } = options;
    if (!start || size < 1) return null;
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const slots: Slot[] = [];
    try {
      for (let i = 0; i < size; i++) {
        const { port1, port2 } = new MessageChannel();
        const worker = start({ workerData: { port: port2, signal }, transferList: [port2] });
        // A worker that failed to load reports through the handshake timing out, not as an unhandled error.
        worker.on("error", () => {});
        worker.unref();
        slots.push({ worker, port: port1, busy: 0, dead: false });
      }
    } catch {
      for (const s of slots) void s.worker.terminate();
      return null;
    }
    const pool = new WorkerPool(slots, signal, jobMs, msPerMb);
    const deadline = performance.now() + startMs;
    for (const slot of slots) {
      if (pool.await(-1, slot, deadline) === null) {
        pool.close();
        return null;
      }
    }
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Hands work to the least busy worker; returns the ticket to take its result with, or null when no worker is left. */
  submit(job: WorkerJob, subject: string): number | null {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return null;
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    const bytes = job.kind === "parse" ? job.content.byteLength : job.bodies.reduce((sum, b) => sum + b.length, 0);
    this.owner.set(id, { slot, subject, bytes });
    slot.port.postMessage({ id, job });
    return id;
  }

  /** The result of submitted work, waiting for it if needed; throws WorkerJobError when the worker failed. */
  take<T>(ticket: number): T {
    const job = this.owner.get(ticket);
    if (!job) throw new Error(`onbekend werkthreadnummer ${ticket}`);
    const reply = this.await(ticket, job.slot, performance.now() + this.jobMs + (job.bytes / 1e6) * this.msPerMb);
    this.owner.delete(ticket);
    job.slot.busy--;
    if (reply === null) {
      job.slot.dead = true;
      throw new WorkerJobError(job.subject, "de werkthread antwoordt niet");
    }
    if (!reply.ok) throw new WorkerJobError(job.subject, reply.message);
    return reply.result as T;
  }

  /** Blocks until `id` was answered by `slot`, or the deadline passed (null). */
  private await(id: number, slot: Slot, deadline: number): WorkerReply | null {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) this.results.set((m.message as WorkerReply).id, m.message as WorkerReply);
      const reply = this.results.get(id);
      if (reply) {
        this.results.delete(id);
        return reply;
      }
      const left = deadline - performance.now();
      // A worker that stopped answering once will not answer the files queued behind.
      if (left <= 0 || slot.dead) return null;
      Atomics.wait(this.signal, 0, seen, Math.min(left, 1000));
    }
  }

  close(): void {
    for (const s of this.slots) {
      s.port.close();
      void s.worker.terminate();
    }
  }
}
