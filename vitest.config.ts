import { configDefaults, defineConfig } from "vitest/config";

// Stryker's sandboxes hold copies of the tests; they are not part of this suite.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, ".stryker-tmp/**", "reports/**"],
    globalSetup: ["test/temp-root.ts"],
  },
});
