/**
 * Notices new, changed or removed sources within a second, so a new dump is
 * searchable soon after it lands. File-system events can be missed or
 * unsupported; the caller keeps a slow poll as the fallback.
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import type { SourceDir } from "./sources.js";

export function watchSources(dirs: SourceDir[], onChange: () => void, debounceMs = 750): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | null = null;
  const changed = (_event: string, name: string | Buffer | null) => {
    const file = String(name ?? "");
    // A file still being written fires many events: wait until they stop.
    if (file && !dirs.some((d) => file.toLowerCase().endsWith(d.extension))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
  };
  for (const d of dirs) {
    if (!existsSync(d.dir)) continue;
    try {
      const w = watch(d.dir, { recursive: d.recursive, persistent: false }, changed);
      w.on("error", () => w.close());
      watchers.push(w);
    } catch {
      // No file-system events here: the poll still picks changes up.
    }
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
