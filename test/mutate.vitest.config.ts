import { defineConfig } from "vitest/config";

/** Used by `npm run mutate` only; `npm test` passes its timeouts on the command line. */
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
