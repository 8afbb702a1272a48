/**
 * Where the corpus comes from: dumps in the seeds folder and imported official
 * sets under DATA_DIR/imported. Each kind has its own parser; the store treats
 * every source the same way (keyed by content hash, parsed once).
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseFile, type ParsedFile } from "../core/corpus.js";
import type { SeedWarning } from "../core/model.js";

export type SourceKind = "dump" | "imported";

/** Turns a source file's content into sets and warnings; never throws for bad content. */
export type SourceParser = (file: string, content: Buffer) => ParsedFile;

const parsers: Record<SourceKind, SourceParser> = {
  dump: (file, content) => parseFile({ file, content }),
  // Imported official sets get their parser from the importer; until then they add nothing.
  imported: () => ({ sets: [], warnings: [], boundaries: [] }),
};

/** Plugs in the parser of a kind of source. */
export function registerSourceParser(kind: SourceKind, parser: SourceParser): void {
  parsers[kind] = parser;
}

export function sourceParser(kind: SourceKind): SourceParser {
  return parsers[kind];
}

/** A folder of sources of one kind. */
export interface SourceDir {
  kind: SourceKind;
  dir: string;
  /** Which file names are sources. */
  extension: string;
  recursive: boolean;
}

/** One source file as found on disk; its content is read only when it looks changed. */
export interface SourceFile {
  /** Unique across kinds: "dump:000.txt", "imported:2024/batch.json". */
  key: string;
  kind: SourceKind;
  /** The name sets and warnings refer to, relative to its folder. */
  file: string;
  path: string;
  size: number;
  mtimeMs: number;
}

/** The default places: dumps in the seeds folder, imported sets under DATA_DIR/imported. */
export function sourceDirs(seedsDir: string, dataDir: string | null): SourceDir[] {
  const dirs: SourceDir[] = [{ kind: "dump", dir: seedsDir, extension: ".txt", recursive: false }];
  if (dataDir) dirs.push({ kind: "imported", dir: join(dataDir, "imported"), extension: ".json", recursive: true });
  return dirs;
}

/** Orders sources: dumps first, then imported files, each by name. */
export function compareSources(a: Pick<SourceFile, "kind" | "file">, b: Pick<SourceFile, "kind" | "file">): number {
  return a.kind === b.kind ? a.file.localeCompare(b.file) : a.kind === "dump" ? -1 : 1;
}

/**
 * Every source file with its size and modification time. A missing seeds
 * folder is a warning; a missing folder of imports is simply empty.
 */
export function listSources(dirs: SourceDir[]): { files: SourceFile[]; warnings: SeedWarning[] } {
  const files: SourceFile[] = [];
  const warnings: SeedWarning[] = [];
  for (const d of dirs) {
    let names: string[];
    try {
      names = (readdirSync(d.dir, { recursive: d.recursive }) as string[]).filter((n) => n.toLowerCase().endsWith(d.extension));
    } catch (err) {
      if (d.kind !== "dump") continue;
      const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "map bestaat niet" : (err as Error).message;
      warnings.push({ file: d.dir, line: 0, message: `kan de map met dumps niet lezen: ${reason}` });
      continue;
    }
    for (const name of names) {
      const path = join(d.dir, name);
      const file = relative(d.dir, path).split(sep).join("/");
      try {
        const stat = statSync(path);
        if (!stat.isFile()) continue;
        files.push({ key: `${d.kind}:${file}`, kind: d.kind, file, path, size: stat.size, mtimeMs: stat.mtimeMs });
      } catch (err) {
        warnings.push({ file, line: 0, message: `kan bestand niet lezen: ${(err as Error).message}` });
      }
    }
  }
  return { files: files.sort(compareSources), warnings };
}

/** Names, sizes and modification times of every source: cheap to compare every minute. */
export function sourcesSignature(dirs: SourceDir[]): string {
  return listSources(dirs)
    .files.map((f) => `${f.key}:${f.size}:${f.mtimeMs}`)
    .join("|");
}
