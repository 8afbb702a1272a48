/**
 * A worker thread for the heavy, pure parts of building the store and the
 * search index: parsing dumps (with the rows the store writes) and
 * tokenising sets. Every answer is posted on the port it was given and
 * counted in the shared signal, which the writing thread waits on.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { parseFile } from "../core/corpus.js";
import { tokeniseSets } from "../core/corpus-analysis.js";
import type { QuestionSet } from "../core/model.js";
import { sourceRows } from "../store/corpus-store.js";
import type { WorkerJob, WorkerReply } from "./pool.js";

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function reply(message: WorkerReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function run(job: WorkerJob): unknown {
  if (job.kind === "parse") return sourceRows(parseFile({ file: job.file, content: Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength) }));
  return tokeniseSets(job.bodies.map((b) => JSON.parse(b) as QuestionSet));
}

port.on("message", (message: { id: number; job: WorkerJob }) => {
  try {
    reply({ id: message.id, ok: true, result: run(message.job) });
  } catch (err) {
    reply({ id: message.id, ok: false, message: (err as Error).message });
  }
});
reply({ id: -1, ok: true, result: null });
parentPort?.unref();
