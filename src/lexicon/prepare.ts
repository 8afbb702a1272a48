/**
 * `npm install` runs this (through `prepare`): the Dutch word list is expanded
 * now, so that no query waits for it later. A failure never fails the install;
 * the list is then made at the first query that needs it.
 */
import { existsSync } from "node:fs";
import { buildLexicon, lexiconPath } from "./dutch.js";

try {
  const path = lexiconPath();
  if (!existsSync(path)) process.stdout.write(`Nederlandse woordenlijst opgebouwd: ${buildLexicon(path)} woordvormen\n`);
} catch (err) {
  process.stderr.write(`Nederlandse woordenlijst niet opgebouwd (${(err as Error).message}); dat gebeurt dan bij de eerste zoekvraag\n`);
}
