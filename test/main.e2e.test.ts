import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "./fakes/discord.js";
import { FakeTelegram } from "./fakes/telegram.js";
import { parseTelegramHtml } from "./fakes/telegram.js";
import { childEnv, ROOT } from "./helpers.js";

const discord = new FakeDiscord();
const telegram = new FakeTelegram();

beforeAll(async () => {
  await discord.start();
  await telegram.start();
});
afterAll(async () => {
  await discord.stop();
  await telegram.stop();
});

/** A test that times out must not leave a running bot behind. */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  running.clear();
});

/** The bot from its TypeScript sources, or with `viaNpmStart` through what `npm start` runs. */
function start(env: Record<string, string>, viaNpmStart = false) {
  const child = spawn(process.execPath, viaNpmStart ? ["src/launch.mjs", "main"] : ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, exited, output: () => output };
}

describe("npm start", () => {
  it("runs Discord and Telegram at once and shuts down cleanly on SIGTERM", async () => {
    const p = start({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      TELEGRAM_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
    });
    await telegram.waitFor((c) => c.method === "getUpdates", 60_000);
    await discord.waitFor((r) => r.path === "/gateway/bot", 60_000);
    for (let i = 0; i < 100 && !/discord: ingelogd/.test(p.output()); i++) await new Promise((r) => setTimeout(r, 100));
    const { token } = discord.command("vraag", { zoekterm: "politiebegroting" });
    const reply = await discord.waitFor((r) => r.path.includes(token));
    expect(reply.body.data.embeds[0].title).toBe("De politiebegroting");
    const since = telegram.calls.length;
    telegram.message("/vraag politiebegroting", { userId: 3001 });
    const [msg] = await telegram.collect("sendMessage", 1, since, 20_000);
    expect(parseTelegramHtml(msg!.body.text)).toContain("De politiebegroting");
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(p.output()).not.toContain(discord.token);
    expect(p.output()).not.toContain(telegram.token);
  });

  it("opens the console without tokens and answers a typed question, started as npm start does", async () => {
    const p = start({}, true);
    p.child.stdin.write("/vraag politiebegroting\n/stop\n");
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain("Kamervragen-bot (console)");
    expect(p.output()).toContain("== De politiebegroting ==");
  });

  it("the console finds a dump that lands while it runs, without a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kv-console-reload-"));
    mkdirSync(join(dir, "seeds"));
    copyFileSync(join(ROOT, "seeds", "000_0520b6fab4578ef8.txt"), join(dir, "seeds", "000-seed.txt"));
    // As npm start runs it: the reindexing child is then the bundled CLI.
    const p = start({ SEEDS_DIR: join(dir, "seeds"), INDEX_DIR: join(dir, "index"), DATA_DIR: join(dir, "data") }, true);
    const ask = async () => {
      const before = p.output().length;
      p.child.stdin.write("/vraag zeppelinhaven\n");
      for (let i = 0; i < 100 && !p.output().slice(before).includes("kamervragen>"); i++) await new Promise((r) => setTimeout(r, 100));
      return p.output().slice(before);
    };
    expect(await ask()).not.toContain("== Zeppelinhaven");
    writeFileSync(
      join(dir, "seeds", "100-nieuw.txt"),
      "Zeppelinhaven boven de Noordzee |\n|\nSongül Mutluer (PvdA) |\n|\nDavid van Weel (minister ) |\n|\n![]() |\nWat weet u van de zeppelinhaven?\nNiets.\n",
    );
    let reply = "";
    for (let i = 0; i < 60 && !reply.includes("== Zeppelinhaven"); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      reply = await ask();
    }
    expect(reply).toContain("== Zeppelinhaven boven de Noordzee ==");
    expect(reply).toContain("Niets.");
    p.child.stdin.write("/stop\n");
    expect(await p.exited).toBe(0);
  });

  it("says in Dutch that DISCORD_TOKEN was refused, where to get a new one, and keeps Telegram running", async () => {
    const wrong = "dit-is-geen-geldig-discord-token.abc.def";
    const p = start({ DISCORD_TOKEN: wrong, DISCORD_API_BASE: discord.apiBase, TELEGRAM_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot });
    for (let i = 0; i < 300 && !/blijft actief/.test(p.output()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(p.output()).toMatch(/Discord weigerde DISCORD_TOKEN/);
    expect(p.output()).toContain("https://discord.com/developers/applications");
    expect(p.output()).toMatch(/Telegram blijft actief; Discord staat uit tot het token is vervangen/);
    await telegram.waitFor((c) => c.method === "getUpdates", 60_000);
    const since = telegram.calls.length;
    telegram.message("/over", { userId: 3002 });
    const [msg] = await telegram.collect("sendMessage", 1, since, 20_000);
    expect(parseTelegramHtml(msg!.body.text)).toContain("Over deze verzameling");
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(p.output()).not.toContain(wrong);
  });

  it("stops with exit code 1 when TELEGRAM_TOKEN is refused and no other front end is left", async () => {
    const wrong = "999:niet-het-goede-token";
    const p = start({ TELEGRAM_TOKEN: wrong, TELEGRAM_API_ROOT: telegram.apiRoot });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/Telegram weigerde TELEGRAM_TOKEN \(401 Unauthorized\)/);
    expect(p.output()).toContain("@BotFather");
    expect(p.output()).toMatch(/geen front end meer actief/);
    expect(p.output()).not.toContain(wrong);
  });

  it("reads settings from the file DOTENV_CONFIG_PATH names, and from no file when it says none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kv-env-"));
    writeFileSync(join(dir, "instellingen.env"), "DISCORD_API_BASE=ftp://uit-het-bestand\n");
    const fromFile = start({ DOTENV_CONFIG_PATH: join(dir, "instellingen.env") });
    expect(await fromFile.exited).toBe(1);
    expect(fromFile.output()).toMatch(/DISCORD_API_BASE/);
    const none = start({ DOTENV_CONFIG_PATH: "none" });
    none.child.stdin.write("/stop\n");
    expect(await none.exited).toBe(0);
    expect(none.output()).toContain("Kamervragen-bot (console)");
  });

  it("fails loudly with a Dutch message on bad configuration", async () => {
    const p = start({ DISCORD_API_BASE: "ftp://nee" });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/DISCORD_API_BASE: ongeldige waarde/);
  });
});

describe("digest across a crash", () => {
  it("a process killed mid-send resumes after restart and the channel sees one digest", async () => {
    const { SubscriptionStore } = await import("../src/digest/store.js");
    const { localTime } = await import("../src/core/zoned-time.js");
    const dataDir = mkdtempSync(join(tmpdir(), "kv-crash-"));
    const store = new SubscriptionStore(join(dataDir, "kamervragen.sqlite"));
    const due = localTime(new Date(Date.now() - 2 * 60_000), "Europe/Amsterdam");
    store.subscribe({ platform: "discord", channel: discord.channelId, hour: due.hour, minute: due.minute, query: "", createdBy: "1", createdAt: new Date(Date.now() - 86_400_000).toISOString() });
    store.close();
    const env = { DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, DATA_DIR: dataDir };
    const posts = () => discord.requests.filter((r) => r.method === "POST" && r.path === `/channels/${discord.channelId}/messages`);
    const before = posts().length;

    discord.swallowNextPost = true;
    const first = start(env);
    await discord.waitFor((r) => r.method === "POST" && r.path === `/channels/${discord.channelId}/messages` && posts().length > before, 30_000);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = start(env);
    for (let i = 0; i < 300 && posts().length < before + 2; i++) await new Promise((r) => setTimeout(r, 100));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const sent = posts().slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body.nonce).toBe(sent[0]!.body.nonce);
    expect(discord.duplicatesDropped).toBe(1);
    const check = new SubscriptionStore(join(dataDir, "kamervragen.sqlite"));
    expect(check.unfinishedSlots()).toEqual([]);
    expect(check.lastDigestAt(`discord:${discord.channelId}`)).not.toBeNull();
    check.close();
  });
});
