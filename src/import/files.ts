/**
 * Imported cases on disk: one JSON file per case under DATA_DIR/imported/,
 * written atomically, plus the import checkpoint and a lock so two imports
 * never run at once.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DumpFile, SeedWarning } from "../core/model.js";
import { CaseFileSchema, IMPORTED_PREFIX, type CaseFile } from "./case-file.js";

export const importedDir = (dataDir: string) => join(dataDir, "imported");

function fileNameOf(caseNumber: string): string {
  return `${caseNumber.replace(/[^A-Za-z0-9-]+/g, "_")}.json`;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Every imported case as a corpus source named `imported/<file>`; unreadable files become warnings. */
export function readImportedFolder(dir: string): { dumps: DumpFile[]; warnings: SeedWarning[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return { dumps: [], warnings: [] };
  }
  const dumps: DumpFile[] = [];
  const warnings: SeedWarning[] = [];
  for (const name of names) {
    try {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isFile()) dumps.push({ file: `${IMPORTED_PREFIX}${name}`, content: readFileSync(path), modified: stat.mtime });
    } catch (err) {
      warnings.push({ file: `${IMPORTED_PREFIX}${name}`, line: 0, message: `kan bestand niet lezen: ${(err as Error).message}` });
    }
  }
  return { dumps, warnings };
}

/** Names, sizes and modification times: cheap enough to compare every minute. */
export function importedSignature(dir: string): string {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort()
      .map((n) => {
        const s = statSync(join(dir, n));
        return `${n}:${s.size}:${s.mtimeMs}`;
      })
      .join("|");
  } catch {
    return "";
  }
}

export function serializeCase(file: CaseFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

export class CaseFiles {
  constructor(readonly dir: string) {}

  path(caseNumber: string): string {
    return join(this.dir, fileNameOf(caseNumber));
  }

  /** The stored case, or null when absent or unreadable (it is then imported afresh). */
  read(caseNumber: string): CaseFile | null {
    try {
      const parsed = CaseFileSchema.safeParse(JSON.parse(readFileSync(this.path(caseNumber), "utf8")));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Writes only when the content differs; true when it wrote. */
  write(file: CaseFile): boolean {
    const path = this.path(file.case.number);
    const text = serializeCase(file);
    try {
      if (readFileSync(path, "utf8") === text) return false;
    } catch {
      // Not there yet.
    }
    mkdirSync(this.dir, { recursive: true });
    writeAtomic(path, text);
    return true;
  }

  remove(caseNumber: string): boolean {
    try {
      unlinkSync(this.path(caseNumber));
      return true;
    } catch {
      return false;
    }
  }
}

/** Where the next import starts, and the cases that must be tried again. */
export const CheckpointSchema = z.object({
  version: z.literal(1),
  /** ApiGewijzigdOp up to which every listed case has been handled. */
  watermark: z.string().nullable(),
  retry: z.array(z.object({ id: z.string(), number: z.string(), reason: z.string() })),
  lastRun: z.string().nullable(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export class CheckpointFile {
  constructor(readonly path: string) {}

  read(): Checkpoint {
    try {
      const parsed = CheckpointSchema.safeParse(JSON.parse(readFileSync(this.path, "utf8")));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or unreadable: start from the default window.
    }
    return { version: 1, watermark: null, retry: [], lastRun: null };
  }

  write(checkpoint: Checkpoint): void {
    mkdirSync(join(this.path, ".."), { recursive: true });
    writeAtomic(this.path, `${JSON.stringify(checkpoint, null, 1)}\n`);
  }
}

/** Another import holds the lock. */
export class ImportBusyError extends Error {
  override readonly name = "ImportBusyError";
  constructor(readonly pid: number) {
    super(`er loopt al een import (proces ${pid}); probeer het straks opnieuw`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the import lock; a lock left by a process that died is taken over. */
export function acquireImportLock(path: string): () => void {
  mkdirSync(join(path, ".."), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, "utf8") === String(process.pid)) unlinkSync(path);
        } catch {
          // Already gone.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new ImportBusyError(pid);
      unlinkSync(path);
    }
  }
  throw new ImportBusyError(0);
}
