import { defineConfig } from "vitest/config";
// @ts-expect-error the Stryker configuration is plain JavaScript
import { chosenGroups } from "../stryker.config.mjs";

/** Used by `npm run mutate` only: the test files of the chosen groups; `npm test` passes its timeouts on the command line. */
export default defineConfig({
  test: {
    include: (chosenGroups() as { testFiles: string[] }[]).flatMap((g) => g.testFiles),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
