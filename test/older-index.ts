/**
 * Turns an index of this version into the layout an older version left on
 * disk: version 8 kept no champion lists, version 7 also no acronym definitions, version 6 also no reversed words in the vocabulary, version 5 had no
 * table of term counts either (only `leftBehind`, SQL that fills it with what
 * an even older version may have left there).
 */
import type Database from "better-sqlite3";
import { ANALYSIS_VERSION } from "../src/core/analysis.js";

export function asOlderIndex(db: Database.Database, version: 5 | 6 | 7 | 8, leftBehind = ""): void {
  db.exec("DROP TABLE champions");
  if (version <= 7) db.exec("DROP TABLE set_definitions; DROP TABLE definitions");
  if (version <= 6) db.exec("DROP INDEX vocab_rev; ALTER TABLE vocab DROP COLUMN rev");
  if (version === 5) db.exec(`DELETE FROM terms; ${leftBehind}`);
  db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(`${version}/${ANALYSIS_VERSION}`);
}
