/**
 * A fresh empty folder for a test, removed again as soon as it is no longer
 * needed, so a long run does not pile up databases and indexes. It lives under
 * the run's temporary root (temp-root.ts), which catches whatever is left.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished, TestRunner } from "vitest";

/**
 * Made inside a test, the folder is removed when that test has finished (after
 * its afterEach hooks), passed or failed; made in a describe block or at the
 * top of a file, when the tests of that block are done. Not for beforeAll:
 * vitest takes no new afterAll hook once the tests run.
 *
 * @example
 * const dir = tempDir("store"); // <run root>/kv-store-AbC123
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kv-${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (TestRunner.getCurrentTest()) onTestFinished(remove);
  else afterAll(remove);
  return dir;
}
