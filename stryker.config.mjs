// Mutation testing of the files that carry the product's promises. Too slow for
// CI: `npm run mutate` runs every group in turn (`npm run mutate -- render` just
// one) and prints the score per file. Each group mutates its files against its
// own test files only, and coverage is measured per test, so a mutant runs just
// the tests that execute it. The test files are chosen in the Vitest config,
// not with Stryker's `testFiles`: with `testFiles`, Stryker 9.6 switches on
// mutants in module-level constants only after the module has loaded, so they
// are reported as survivors whatever the tests do.

/** Files to mutate and the test files that speak for them. */
export const GROUPS = {
  references: {
    mutate: ["src/core/references.ts", "src/core/answers.ts"],
    testFiles: ["test/core/references.test.ts"],
  },
  render: {
    mutate: ["commands/render.ts"],
    testFiles: ["test/commands/render.test.ts"],
  },
  telegram: {
    mutate: ["src/adapters/telegram-html.ts"],
    testFiles: ["test/adapters/telegram-html.test.ts"],
  },
  digest: {
    mutate: ["src/digest/service.ts", "src/digest/store.ts", "src/digest/history.ts"],
    testFiles: ["test/digest/*.test.ts"],
  },
  lists: {
    mutate: ["src/store/people-index.ts"],
    testFiles: ["test/paging.test.ts"],
  },
  lexicon: {
    mutate: ["src/core/lexicon.ts"],
    testFiles: ["test/core/lexicon.test.ts"],
  },
  ranking: {
    mutate: ["src/core/search.ts"],
    testFiles: ["test/core/search.test.ts", "test/core/ranking.test.ts", "test/core/search-parts.test.ts", "test/core/search-engine.test.ts"],
  },
  tokens: {
    // The tokeniser and the terms a token is indexed under; the rest of analysis.ts is the query analysis.
    mutate: ["src/core/analysis.ts:48-101", "src/core/analysis.ts:246-248"],
    testFiles: ["test/core/tokens.test.ts", "test/core/corpus-analysis.test.ts", "test/core/highlight.test.ts"],
  },
  wordForms: {
    mutate: ["src/core/word-forms.ts", "src/core/strong-verbs.ts", "src/core/place-names.ts"],
    testFiles: ["test/core/word-forms.test.ts", "test/core/place-names.test.ts", "test/core/search.test.ts", "test/core/lexicon.test.ts"],
  },
  synonyms: {
    // The synonym tables and the query analysis's stand-ins from them: split compounds, compounds of synonyms.
    mutate: ["src/core/synonyms.ts", "src/core/analysis.ts:438-501", "src/core/compounds.ts:70-87"],
    testFiles: ["test/core/synonyms.test.ts", "test/core/place-names.test.ts", "test/core/search.test.ts"],
  },
  askKind: {
    mutate: ["src/core/ask-kind.ts"],
    testFiles: ["test/core/ask-kind.test.ts", "test/core/ranking.test.ts"],
  },
  acronyms: {
    mutate: ["src/core/acronym-miner.ts"],
    testFiles: ["test/core/acronym-miner.test.ts"],
  },
  likeness: {
    mutate: ["src/core/likeness.ts", "commands/eerder.ts"],
    testFiles: ["test/core/likeness.test.ts", "test/commands/eerder.test.ts"],
  },
  champions: {
    // The champion lists, the SQLite pool that reads them, and the word finder that tells it which documents hold all words.
    mutate: ["src/search/sqlite-champions.ts", "src/search/stored-terms.ts:53-120", "src/search/sqlite-backend.ts:660-789", "src/search/sqlite-backend.ts:818-825"],
    testFiles: ["test/search-champions.test.ts", "test/search-pool.test.ts", "test/search-stored-terms.test.ts"],
  },
  scoring: {
    // How each backend scores its candidates: both must give every hit the same score, coverage and share asked.
    mutate: ["src/core/lunr-backend.ts:145-241", "src/search/sqlite-backend.ts:539-640"],
    testFiles: ["test/search-backends.test.ts", "test/core/ranking.test.ts"],
  },
  classify: {
    mutate: ["src/core/classify.ts"],
    testFiles: ["test/core/classify-mutants.test.ts", "test/core/question-tail.test.ts", "test/core/parse.test.ts"],
  },
};

/** The groups chosen with MUTATE_GROUP, or all of them. */
export function chosenGroups() {
  const name = process.env.MUTATE_GROUP;
  if (name && !(name in GROUPS)) throw new Error(`MUTATE_GROUP: unknown group ${name}; one of ${Object.keys(GROUPS).join(", ")}`);
  return name ? [GROUPS[name]] : Object.values(GROUPS);
}

const groups = chosenGroups();
const report = process.env.MUTATE_GROUP ?? "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/mutate.vitest.config.ts", related: false },
  coverageAnalysis: "perTest",
  mutate: groups.flatMap((g) => g.mutate),
  // The machine is shared: one worker unless MUTATE_CONCURRENCY asks for more.
  concurrency: Number(process.env.MUTATE_CONCURRENCY) || 1,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
};
