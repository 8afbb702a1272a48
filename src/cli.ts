/**
 * Command-line entry: `sets --json`, `check`, `search --json` and every bot
 * command (`vraag politiebegroting`). Prints only the requested output.
 */
import "./load-env.js";
import { parseArgs } from "node:util";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "./config.js";
import { loadApp, type LoadedApp } from "./app.js";
import { LiveCorpus } from "./live-corpus.js";
import { SubscriptionStore } from "./digest/store.js";
import { DigestService } from "./digest/service.js";
import { createLogger } from "./log.js";
import { zonedInstant } from "./core/zoned-time.js";
import type { Answer, QuestionSet } from "./core/model.js";
import { shortHash } from "./core/text.js";
import { boundaryReport } from "./core/boundary.js";
import { renderPlain } from "./adapters/console.js";
import { Dispatcher, parseCommandText } from "../commands/run.js";
import type { CommandDeps } from "../commands/types.js";
import { channelTarget } from "./core/target.js";
import { noDumpsText } from "../commands/common.js";
import { IMPORT_USAGE, runImportCommand } from "./import/cli-import.js";

function answerJson(a: Answer | null) {
  if (!a) return null;
  return { text: a.text, refersTo: a.refersTo, resolvedFrom: a.resolvedFrom, resolved: a.resolved, group: a.group };
}

/** The documented shape of `sets --json`; internal fields stay internal. */
export function setJson(s: QuestionSet) {
  return {
    id: s.id,
    title: s.title,
    headerless: s.headerless,
    askers: s.askers,
    addressees: s.addressees,
    source: s.source,
    notice: s.notice,
    official: s.official ?? null,
    questions: s.questions.map((q) => ({ number: q.number, text: q.text, answer: answerJson(q.answer) })),
  };
}

function checkReport(app: LoadedApp): string {
  const s = app.corpus.stats;
  const lines = [
    `Bestanden:            ${s.files} (${s.filesLoaded} met sets)`,
    `Sets:                 ${s.sets} (${s.answeredSets} met antwoorden, ${s.unansweredSets} zonder)`,
    `Vragen:               ${s.questions}`,
    `  beantwoord:         ${s.answered}`,
    `  onbeantwoord:       ${s.unanswered}`,
    `Verwijzingen:         ${s.referencesResolved} opgelost, ${s.referencesUnresolved} niet opgelost`,
    `Dubbele sets:         ${s.duplicatesDropped} weggelaten`,
    `Sets zonder kop:      ${s.headerlessSets} gevonden`,
    `Waarschuwingen:       ${app.corpus.warnings.length}`,
  ];
  for (const w of app.corpus.warnings) lines.push(`  ${w.file}:${w.line}: ${w.message}`);
  lines.push(...boundaryReport(app.corpus.boundaries));
  return lines.join("\n");
}

const MAX_LIMIT = 100;

/** `--limit N`: 10 when absent, null for anything but a whole number in range. */
function parseLimit(value: string | boolean | undefined): number | null {
  if (value === undefined) return 10;
  if (typeof value !== "string" || !/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= MAX_LIMIT ? n : null;
}

/**
 * Streams the sets as one JSON array, byte for byte what JSON.stringify of the
 * whole array gives, without holding the archive in memory.
 */
function writeSetsJson(sets: Iterable<QuestionSet>, indent: number): void {
  let buffer = "";
  let count = 0;
  const flush = () => {
    process.stdout.write(buffer);
    buffer = "";
  };
  for (const s of sets) {
    const item = JSON.stringify(setJson(s), null, indent);
    buffer += `${count === 0 ? "[" : ","}${indent ? "\n" : ""}${indent ? item.replace(/^/gm, " ".repeat(indent)) : item}`;
    count++;
    if (buffer.length > 1 << 20) flush();
  }
  buffer += count === 0 ? "[]\n" : `${indent ? "\n" : ""}]\n`;
  flush();
}

const USAGE = `Gebruik: npm run --silent cli -- <commando> [opties]
  sets --json [--seeds MAP]                   alle sets als JSON
  check [--seeds MAP]                         controleer de dumps
  search --json [--limit 1-100] [--seeds MAP] "zoekterm"
  index                                       zoekindex (opnieuw) opbouwen
  digest --preview [--query zoekterm] [--since JJJJ-MM-DD]
  ${IMPORT_USAGE}
  vraag|zoek|set|wie|onbeantwoord|over|help <tekst>`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      json: { type: "boolean" },
      seeds: { type: "string" },
      limit: { type: "string" },
      preview: { type: "boolean" },
      query: { type: "string" },
      since: { type: "string" },
      help: { type: "boolean", short: "h" },
      "dry-run": { type: "boolean" },
    },
  });
  const [name, ...rest] = positionals;
  if (!name || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 1;
  }
  // Checked before anything is loaded: a typo should not cost a corpus load.
  if (name === "search" && parseLimit(values.limit) === null) {
    const given = typeof values.limit === "string" ? `, niet «${values.limit.slice(0, 40)}»` : "";
    process.stderr.write(`--limit verwacht een heel getal van 1 tot en met ${MAX_LIMIT}${given}.\n`);
    return 2;
  }
  const config = loadConfig();
  if (name === "import") return runImportCommand(values, config);
  if (name === "index") {
    // Only the index: history belongs to the process that loads the corpus for real.
    // Problems with the store are worth a line; progress only when asked for (LOG_LEVEL=debug).
    const log = createLogger(config.LOG_LEVEL === "debug" ? "debug" : "warn");
    const app = loadApp({ seedsDir: config.SEEDS_DIR, indexDir: config.INDEX_DIR, backend: config.SEARCH_BACKEND, dataDir: config.DATA_DIR, log });
    process.stdout.write(`Index (${config.SEARCH_BACKEND}) ${app.indexOrigin === "built" ? "opgebouwd" : "was al actueel"} in ${app.timings.indexMs.toFixed(0)} ms: ${app.corpus.stats.questions} vragen.\n`);
    return 0;
  }
  const seedsDir = typeof values.seeds === "string" ? values.seeds : config.SEEDS_DIR;
  const isDefault = resolve(seedsDir) === resolve(config.SEEDS_DIR);
  // Another folder of dumps gets its own index, so it never replaces the bot's.
  const indexDir = isDefault ? config.INDEX_DIR : join(tmpdir(), `kamervragen-index-${shortHash(resolve(seedsDir))}`);
  const log = createLogger("error");
  // History is kept for the bot's own dumps only; another folder is a look, not an update.
  const store = isDefault ? new SubscriptionStore(join(config.DATA_DIR, "kamervragen.sqlite")) : new SubscriptionStore(":memory:");
  const live = new LiveCorpus(
    { seedsDir, indexDir, backend: config.SEARCH_BACKEND, dataDir: isDefault ? config.DATA_DIR : indexDir },
    store,
    log,
  );
  try {
    return await runCli(name, rest, values, live, store, config.DIGEST_TIMEZONE);
  } finally {
    store.close();
  }
}

async function runCli(
  name: string,
  rest: string[],
  values: Record<string, string | boolean | undefined>,
  live: LiveCorpus,
  store: SubscriptionStore,
  timeZone: string,
): Promise<number> {
  const app: LoadedApp = live.current;
  if (name === "digest") {
    if (!values.preview) {
      process.stderr.write("Gebruik: digest --preview [--query zoekterm] [--since JJJJ-MM-DD]\n");
      return 2;
    }
    const since = typeof values.since === "string" ? values.since : null;
    if (since !== null && !/^\d{4}-\d{2}-\d{2}$/.test(since)) {
      process.stderr.write("--since verwacht een datum als 2026-11-01\n");
      return 2;
    }
    const service = new DigestService({ store, live, senders: {}, timeZone, log: createLogger("error") });
    const query = typeof values.query === "string" ? values.query : "";
    process.stdout.write(`${renderPlain(service.preview(query, since ? zonedInstant(since, 0, 0, timeZone).toISOString() : null))}\n`);
    return 0;
  }

  if (name === "check") {
    process.stdout.write(`${checkReport(app)}\n`);
    const empty = noDumpsText(app.corpus, app.info);
    if (empty) process.stderr.write(`${empty}\n`);
    return empty ? 1 : 0;
  }
  if (name === "sets") {
    writeSetsJson(app.corpus.all(), values.json ? 2 : 0);
    return 0;
  }
  if (name === "search") {
    const query = rest.join(" ");
    const limit = parseLimit(values.limit) ?? 10;
    const hits = app.engine.search(query, { limit });
    const out = {
      query,
      hits: hits.map((h) => ({
        setId: h.set.id,
        setTitle: h.set.title,
        number: h.question.number,
        question: h.question.text,
        answer: answerJson(h.question.answer),
        official: h.set.official ?? null,
        score: h.score,
        share: h.share,
        // As /vraag says it: below WEAK_MATCH_SHARE a hit is only the nearest question, and these are the words it lacks.
        goodMatch: !h.weak,
        missing: h.weak ?? [],
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const parsed = parseCommandText(`/${name} ${rest.join(" ")}`);
  if (!parsed || "unknown" in parsed) {
    process.stderr.write(`Onbekend commando: ${name}\n${USAGE}\n`);
    return 2;
  }
  const deps: CommandDeps = {
    engine: app.engine,
    corpus: app.corpus,
    info: app.info,
    caller: { platform: "console", target: channelTarget("console", "cli"), userId: "cli", isPrivate: true, canManage: async () => true },
    subscriptions: store,
    timeZone,
  };
  const { reply } = await new Dispatcher({ makeDeps: () => deps, log: console }).dispatch(parsed, deps.caller);
  process.stdout.write(`${renderPlain(reply)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`Fout: ${err.message}\n`);
    process.exitCode = 1;
  },
);
