/**
 * One benchmark measurement in a fresh process, so peak RSS belongs to it
 * alone. Prints one JSON object on stdout.
 *   build  <backend> <seeds> <work>   parse dumps, build and save the index
 *   query  <backend> <seeds> <work>   open the saved index, run the query mix and the evaluation set
 *   update <backend> <seeds> <work>   add a dump and bring the saved index up to date
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCorpus } from "../../src/core/corpus.js";
import { analyzeQuery, Vocabulary, type WordIndex } from "../../src/core/analysis.js";
import { LunrBackend } from "../../src/core/lunr-backend.js";
import { AcronymTable, NO_ACRONYMS } from "../../src/core/acronyms.js";
import { decodeIndex, encodeIndex } from "../../src/core/index-codec.js";
import { analyseSets } from "../../src/core/corpus-analysis.js";
import { candidateCount, rankBackendHits, WARM_UP_QUERY, type SearchBackend } from "../../src/core/search.js";
import { SqliteBackend } from "../../src/search/sqlite-backend.js";
import { readSeedFolder } from "../../src/seeds.js";
import { DEV_HALF } from "../eval/queries.js";
import { evaluate } from "../eval/evaluate.js";
import { QUERY_MIX } from "./queries.js";
import { percentile } from "./percentile.js";

const [phase, backendName, seedsDir, work] = process.argv.slice(2) as [string, "lunr" | "sqlite", string, string];
const lunrPath = join(work, "search-index.bin");
const sqlitePath = join(work, "search.sqlite");
const ms = (t0: number) => performance.now() - t0;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

function parse() {
  const t0 = performance.now();
  const corpus = buildCorpus(readSeedFolder(seedsDir).dumps);
  return { corpus, parseMs: ms(t0) };
}

/** The acronyms the opened index defines, as the bot's search engine reads them. */
let acronyms: () => AcronymTable = () => NO_ACRONYMS;

function open(): { backend: SearchBackend; vocab: WordIndex; loadMs: number } {
  const t0 = performance.now();
  if (backendName === "lunr") {
    const { index, vocabulary, definitions } = decodeIndex(readFileSync(lunrPath));
    const table = new AcronymTable(definitions);
    acronyms = () => table;
    return { backend: LunrBackend.fromCompact(index), vocab: new Vocabulary(vocabulary), loadMs: ms(t0) };
  }
  const backend = SqliteBackend.open(sqlitePath);
  acronyms = () => backend.definitions();
  return { backend, vocab: backend.vocabulary, loadMs: ms(t0) };
}

function search(backend: SearchBackend, vocab: WordIndex, q: string, limit = 10) {
  const analyzed = analyzeQuery(q, vocab, { acronyms: acronyms() });
  if (analyzed.empty) return [];
  return rankBackendHits(backend.search(analyzed, candidateCount(limit)), analyzed)
    .slice(0, limit)
    .map(({ hit }) => {
      const i = hit.ref.lastIndexOf("#");
      return { setId: hit.ref.slice(0, i), number: Number(hit.ref.slice(i + 1)) };
    });
}

let result: Record<string, number | string> = {};
if (phase === "build") {
  const { corpus, parseMs } = parse();
  const t0 = performance.now();
  if (backendName === "lunr") {
    const { vocab, documents, definitions } = analyseSets(corpus.sets);
    const backend = LunrBackend.build(documents);
    const header = { schemaVersion: 0, analysisVersion: 0, fingerprint: "bench", builtAt: new Date().toISOString() };
    writeFileSync(lunrPath, encodeIndex(header, backend.data, vocab.entries(), definitions));
  } else {
    const backend = SqliteBackend.open(sqlitePath);
    backend.sync(corpus);
    backend.db.pragma("wal_checkpoint(TRUNCATE)");
    backend.close();
  }
  const buildMs = ms(t0);
  const path = backendName === "lunr" ? lunrPath : sqlitePath;
  result = { parseMs, buildMs, indexMb: statSync(path).size / 1e6, documents: corpus.stats.questions, sets: corpus.stats.sets, buildRssMb: rssMb() };
} else if (phase === "query") {
  const { backend, vocab, loadMs } = open();
  // As the bot does right after it starts (SearchEngine.warmUp).
  search(backend, vocab, WARM_UP_QUERY);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERY_MIX) {
      const t0 = performance.now();
      search(backend, vocab, q);
      times.push(ms(t0));
    }
  }
  const quality = evaluate(DEV_HALF.filter((c) => c.kind !== "draft"), (q) => search(backend, vocab, q));
  result = { loadMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), hit1: quality.hit1, hit3: quality.hit3, queryRssMb: rssMb() };
} else if (phase === "update") {
  const extra = Array.from({ length: 50 }, (_, i) => `Extra set ${i} over drones |\n|\nSongül Mutluer (PvdA) |\n|\nDavid van Weel (minister ) |\n|\n![]() |\nWat doet u tegen drones boven gevangenis ${i}?\nDe DJI neemt maatregelen.`).join("\n");
  // As the running bot does: dumps that did not change are not parsed again.
  const cache = new Map();
  buildCorpus(readSeedFolder(seedsDir).dumps, cache);
  writeFileSync(join(seedsDir, "200-new.txt"), extra);
  const t0 = performance.now();
  const corpus = buildCorpus(readSeedFolder(seedsDir).dumps, cache);
  const parseMs = ms(t0);
  const backend = SqliteBackend.open(sqlitePath);
  const sync = backend.sync(corpus);
  result = { parseMs, updateMs: sync.ms, added: sync.added, unchanged: sync.unchanged };
  backend.close();
}
process.stdout.write(`${JSON.stringify(result)}\n`);
