/**
 * Worker threads that parse sources while this thread writes the store. The
 * store is written synchronously, so the writer hands out files ahead and
 * blocks only when it needs a result that is not there yet (Atomics.wait on
 * a shared counter the workers bump, then reading their ports directly).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type WorkerOptions } from "node:worker_threads";
import type { SourceRows } from "./corpus-store.js";

export interface ParseJob {
  id: number;
  file: string;
  content: Uint8Array;
}

export type ParseReply = { id: number; ok: true; rows: SourceRows | null } | { id: number; ok: false; message: string };

/** A source a worker could not parse; the caller still has the file and can parse it itself. */
export class ParseWorkerError extends Error {
  override readonly name = "ParseWorkerError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** How a worker thread is started, given what it must receive: its port and the shared signal. */
export type WorkerStart = (options: WorkerOptions) => Worker;

/** The bundled worker next to the bundled entry point (see launch.mjs), else the TypeScript source through tsx. */
export function parseWorkerStart(): WorkerStart | null {
  const entry = process.argv[1] ?? "";
  const bundled = join(dirname(entry), "parse-worker.mjs");
  if (entry.endsWith(".mjs") && existsSync(bundled)) return (options) => new Worker(bundled, options);
  const source = new URL("./parse-worker.ts", import.meta.url);
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

export class ParsePool {
  private readonly results = new Map<number, ParseReply>();
  private readonly owner = new Map<number, { slot: Slot; file: string; bytes: number }>();
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
  static start(options: PoolOptions = {}): ParsePool | null {
    const { size = Math.min(2, availableParallelism()), start = parseWorkerStart(), startMs = 30_000, jobMs = 60_000, msPerMb = 2_000 } = options;
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
    const pool = new ParsePool(slots, signal, jobMs, msPerMb);
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

  /** Hands a file to the least busy worker; returns the ticket to take its rows with, or null when no worker is left. */
  submit(file: string, content: Uint8Array): number | null {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return null;
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    this.owner.set(id, { slot, file, bytes: content.byteLength });
    slot.port.postMessage({ id, file, content } satisfies ParseJob);
    return id;
  }

  /** The rows of a submitted file, waiting for them if needed; throws ParseWorkerError when the worker failed. */
  take(ticket: number): SourceRows {
    const job = this.owner.get(ticket);
    if (!job) throw new Error(`onbekend werkthreadnummer ${ticket}`);
    const reply = this.await(ticket, job.slot, performance.now() + this.jobMs + (job.bytes / 1e6) * this.msPerMb);
    this.owner.delete(ticket);
    job.slot.busy--;
    if (reply === null) {
      job.slot.dead = true;
      throw new ParseWorkerError(job.file, "de werkthread antwoordt niet");
    }
    if (!reply.ok) throw new ParseWorkerError(job.file, reply.message);
    return reply.rows!;
  }

  /** Blocks until `id` was answered by `slot`, or the deadline passed (null). */
  private await(id: number, slot: Slot, deadline: number): ParseReply | null {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) this.results.set((m.message as ParseReply).id, m.message as ParseReply);
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
