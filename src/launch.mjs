/**
 * `node src/launch.mjs <main|cli|deploy-discord> [args]`: what `npm start` and
 * `npm run cli` run. Loading some hundred TypeScript modules through a
 * transpiling loader costs seconds at every start, which a one-shot search
 * or a restart should not pay; so each entry point runs from a bundle that
 * esbuild rebuilds (in well under a second) whenever a source file changed.
 * Without a usable bundle the TypeScript sources run as they are.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = { main: "src/main.ts", cli: "src/cli.ts", "deploy-discord": "src/deploy-discord.ts" };
/** Worker threads, bundled next to the entry points that start them (not runnable by name). */
const WORKERS = { worker: "src/workers/worker.ts" };
const OUT = join(ROOT, "node_modules", ".cache", "kamervragen-bot");
const STAMP = join(OUT, "sources.sha1");

/** Every file the bundles are made of, with size and time of change: any edit, addition or removal changes it. */
function sourcesSignature() {
  const hash = createHash("sha1");
  const walk = (dir) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (/\.(ts|mjs|json)$/.test(e.name)) {
        const s = statSync(join(ROOT, rel));
        hash.update(`${rel}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk("src");
  walk("commands");
  for (const f of ["package.json", "package-lock.json", "tsconfig.json"]) {
    const s = statSync(join(ROOT, f), { throwIfNoEntry: false });
    hash.update(`${f}\0${s?.size}\0${s?.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function readStamp() {
  try {
    return readFileSync(STAMP, "utf8").trim();
  } catch {
    return "";
  }
}

/** Rebuilds the bundles when the sources changed; returns false when that is not possible here. */
export async function ensureBundles() {
  const signature = sourcesSignature();
  if (readStamp() === signature) return true;
  try {
    mkdirSync(OUT, { recursive: true });
    const { build } = await import("esbuild");
    // A private folder per build, then one rename per file: a process starting meanwhile sees whole files only.
    const tmp = join(OUT, `build-${process.pid}`);
    await build({
      entryPoints: Object.fromEntries(
        Object.entries({ ...ENTRIES, ...WORKERS })
          .filter(([name, file]) => name in ENTRIES || existsSync(join(ROOT, file)))
          .map(([name, file]) => [name, join(ROOT, file)]),
      ),
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      // Modules loaded on demand (a front end without a token) stay out of the start-up path.
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: "linked",
      logLevel: "silent",
    });
    // Chunks first, entry points last: a starting process never finds an entry whose chunks are missing.
    mkdirSync(join(OUT, "chunks"), { recursive: true });
    const fresh = new Set(existsSync(join(tmp, "chunks")) ? readdirSync(join(tmp, "chunks")) : []);
    for (const f of fresh) renameSync(join(tmp, "chunks", f), join(OUT, "chunks", f));
    for (const f of readdirSync(tmp)) if (f !== "chunks") renameSync(join(tmp, f), join(OUT, f));
    rmSync(tmp, { recursive: true, force: true });
    // Chunks of earlier builds once no process started an hour ago can still load them, and builds that died halfway.
    const stale = (path) => Date.now() - statSync(path).mtimeMs > 3_600_000;
    for (const f of readdirSync(join(OUT, "chunks"))) if (!fresh.has(f) && stale(join(OUT, "chunks", f))) rmSync(join(OUT, "chunks", f), { force: true });
    for (const f of readdirSync(OUT)) if (f.startsWith("build-") && stale(join(OUT, f))) rmSync(join(OUT, f), { recursive: true, force: true });
    writeFileSync(STAMP, `${signature}\n`);
    return true;
  } catch (err) {
    process.stderr.write(`bundel bouwen lukt niet (${err.message.split("\n")[0]}); de bronnen worden direct uitgevoerd\n`);
    return false;
  }
}

async function run(name) {
  if (!(name in ENTRIES)) {
    process.stderr.write(`gebruik: node src/launch.mjs <${Object.keys(ENTRIES).join("|")}> [argumenten]\n`);
    process.exitCode = 2;
    return;
  }
  const bundled = await ensureBundles();
  const file = bundled ? join(OUT, `${name}.mjs`) : join(ROOT, ENTRIES[name]);
  // The entry point sees its own path as argv[1], as if started directly.
  process.argv.splice(1, 2, file);
  if (!bundled) (await import("tsx/esm/api")).register();
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // After `npm install`: a failed build only means slower starts, never a failed install.
  if (process.argv[2] === "--build") await ensureBundles();
  else await run(process.argv[2] ?? "");
}
