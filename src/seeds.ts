/** Reads the dumps in a seeds folder; the parsing itself is pure and lives in core. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DumpFile, SeedWarning } from "./core/model.js";

export interface SeedFolder {
  dumps: DumpFile[];
  warnings: SeedWarning[];
}

/** Every `*.txt` in the folder, by name; unreadable files become warnings. */
export function readSeedFolder(dir: string): SeedFolder {
  const warnings: SeedWarning[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith(".txt")).sort();
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "map bestaat niet" : (err as Error).message;
    return { dumps: [], warnings: [{ file: dir, line: 0, message: `kan de map met dumps niet lezen: ${reason}` }] };
  }
  const dumps: DumpFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      dumps.push({ file: name, content: readFileSync(path), modified: stat.mtime });
    } catch (err) {
      warnings.push({ file: name, line: 0, message: `kan bestand niet lezen: ${(err as Error).message}` });
    }
  }
  return { dumps, warnings };
}
