/**
 * A worker thread that parses dumps and prepares their rows, so the thread
 * writing the store never waits on the parser. Every answer is posted on the
 * port it was given and counted in the shared signal, which the writer
 * waits on.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { parseFile } from "../core/corpus.js";
import { sourceRows } from "./corpus-store.js";
import type { ParseJob, ParseReply } from "./parse-pool.js";

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function reply(message: ParseReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on("message", (job: ParseJob) => {
  try {
    reply({ id: job.id, ok: true, rows: sourceRows(parseFile({ file: job.file, content: Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength) })) });
  } catch (err) {
    reply({ id: job.id, ok: false, message: (err as Error).message });
  }
});
reply({ id: -1, ok: true, rows: null });
parentPort?.unref();
