import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

/** A small project with the real launcher, its own entry points and its own bundle cache. */
function project(withEsbuild = true): string {
  const dir = tempDir("launch");
  mkdirSync(join(dir, "src"));
  mkdirSync(join(dir, "commands"));
  mkdirSync(join(dir, "node_modules"));
  copyFileSync(join(ROOT, "src", "launch.mjs"), join(dir, "src", "launch.mjs"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const pkg of withEsbuild ? ["esbuild", "tsx"] : ["tsx"]) symlinkSync(join(ROOT, "node_modules", pkg), join(dir, "node_modules", pkg), "dir");
  writeFileSync(join(dir, "commands", "greeting.ts"), `export const greeting = (name: string): string => \`hallo \${name}\`;\n`);
  writeFileSync(
    join(dir, "src", "cli.ts"),
    `import { greeting } from "../commands/greeting.js";\nconst args: string[] = process.argv.slice(2);\nconsole.log(greeting(args.join(" ")) + " " + process.argv[1]!.split("/").pop());\n`,
  );
  writeFileSync(join(dir, "src", "main.ts"), `console.log("main");\n`);
  writeFileSync(join(dir, "src", "deploy-discord.ts"), `console.log("deploy");\n`);
  return dir;
}

const launch = (dir: string, ...args: string[]) => spawnSync(process.execPath, [join(dir, "src", "launch.mjs"), ...args], { cwd: dir, encoding: "utf8" });

describe("launcher behind npm start and npm run cli", () => {
  it("runs an entry point from its bundle, with the arguments and its own path as argv[1]", () => {
    const dir = project();
    const r = launch(dir, "cli", "Tweede", "Kamer");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("hallo Tweede Kamer cli.mjs\n");
    expect(existsSync(join(dir, "node_modules", ".cache", "kamervragen-bot", "cli.mjs"))).toBe(true);
  });

  it("rebuilds when a source file changed, also one the entry point only imports", () => {
    const dir = project();
    expect(launch(dir, "cli", "a").stdout).toBe("hallo a cli.mjs\n");
    writeFileSync(join(dir, "commands", "greeting.ts"), `export const greeting = (name: string): string => \`dag \${name}!\`;\n`);
    expect(launch(dir, "cli", "b").stdout).toBe("dag b! cli.mjs\n");
  });

  it("clears chunks of earlier builds after an hour, and builds that died halfway, but keeps recent ones", () => {
    const dir = project();
    launch(dir, "cli");
    const cache = join(dir, "node_modules", ".cache", "kamervragen-bot");
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    mkdirSync(join(cache, "chunks"), { recursive: true });
    writeFileSync(join(cache, "chunks", "chunk-OLD.mjs"), "");
    utimesSync(join(cache, "chunks", "chunk-OLD.mjs"), hourAgo, hourAgo);
    writeFileSync(join(cache, "chunks", "chunk-RECENT.mjs"), "");
    mkdirSync(join(cache, "build-99999"));
    utimesSync(join(cache, "build-99999"), hourAgo, hourAgo);
    mkdirSync(join(cache, "build-88888"));
    writeFileSync(join(dir, "src", "main.ts"), `console.log("main 2");\n`);
    expect(launch(dir, "main").stdout).toBe("main 2\n");
    expect(existsSync(join(cache, "chunks", "chunk-OLD.mjs"))).toBe(false);
    expect(existsSync(join(cache, "build-99999"))).toBe(false);
    expect(existsSync(join(cache, "chunks", "chunk-RECENT.mjs"))).toBe(true);
    expect(existsSync(join(cache, "build-88888"))).toBe(true);
  });

  it("runs the TypeScript sources, with a warning, when no bundle can be built", () => {
    const dir = project(false);
    const r = launch(dir, "cli", "c");
    expect(r.stdout).toBe("hallo c cli.ts\n");
    expect(r.stderr).toMatch(/bundel bouwen lukt niet .*de bronnen worden direct uitgevoerd/);
    expect(r.status).toBe(0);
  });

  it("bundles a worker thread next to the entry points, so a bundled entry point can start it", () => {
    const dir = project();
    mkdirSync(join(dir, "src", "workers"));
    writeFileSync(join(dir, "src", "workers", "worker.ts"), `import { parentPort } from "node:worker_threads";\nparentPort!.postMessage("klaar");\n`);
    writeFileSync(
      join(dir, "src", "cli.ts"),
      `import { Worker } from "node:worker_threads";\nimport { dirname, join } from "node:path";\nnew Worker(join(dirname(process.argv[1]!), "worker.mjs")).once("message", (m) => { console.log(m); process.exit(0); });\n`,
    );
    const r = launch(dir, "cli");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("klaar\n");
  });

  it("names the entry points when asked for one that does not exist", () => {
    const dir = project();
    const r = launch(dir, "mian");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gebruik: node src/launch.mjs <main|cli|deploy-discord>");
    expect(r.stdout).toBe("");
  });

  it("--build prepares every bundle and succeeds even when building is impossible", () => {
    const dir = project();
    expect(launch(dir, "--build").status).toBe(0);
    for (const entry of ["main", "cli", "deploy-discord"]) expect(existsSync(join(dir, "node_modules", ".cache", "kamervragen-bot", `${entry}.mjs`)), entry).toBe(true);
    const r = launch(project(false), "--build");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("bundel bouwen lukt niet");
  });
});
