// Mutation testing of the files that carry the product's promises. Too slow for
// CI: run `npm run mutate` (every group in turn) or one group with
// `MUTATE_GROUP=render npx stryker run`. Each group mutates its files against
// its own test files only, and coverage is measured per test, so a mutant runs
// just the tests that execute it.

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
    mutate: ["src/digest/service.ts", "src/digest/store.ts"],
    testFiles: ["test/digest/*.test.ts", "test/digest.test.ts"],
  },
  classify: {
    mutate: ["src/core/classify.ts"],
    testFiles: ["test/core/classify-mutants.test.ts", "test/core/parse.test.ts"],
  },
};

const name = process.env.MUTATE_GROUP;
const groups = name ? [GROUPS[name]] : Object.values(GROUPS);
if (groups.includes(undefined)) throw new Error(`MUTATE_GROUP: unknown group ${name}; one of ${Object.keys(GROUPS).join(", ")}`);
const report = name ?? "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/mutate.vitest.config.ts", related: false },
  coverageAnalysis: "perTest",
  mutate: groups.flatMap((g) => g.mutate),
  testFiles: groups.flatMap((g) => g.testFiles),
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
};
