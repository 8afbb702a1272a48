import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordBot, renderDiscord, renderDiscordPages } from "../src/adapters/discord.js";
import { discordCommandJson, validateDiscordCommand } from "../src/adapters/discord-commands.js";
import { deployDiscordCommands } from "../src/deploy-discord.js";
import { commands } from "../commands/index.js";
import { FakeDiscord, messageViolations } from "./fakes/discord.js";
import { memoryLogger, seedDeps, seedEngine } from "./helpers.js";

const fake = new FakeDiscord();
const log = memoryLogger();
let bot: DiscordBot;

const callback = (token: string) => fake.waitFor((r) => r.path.includes(`/interactions/`) && r.path.includes(token) && r.method === "POST");

beforeAll(async () => {
  // Build the index before the first interaction: Discord allows 3 s for the first answer.
  seedEngine();
  await fake.start();
  bot = new DiscordBot({ token: fake.token, apiBase: fake.apiBase, makeDeps: (c) => seedDeps(c), log, ratePerMinute: 8 });
  await bot.start();
});

afterAll(async () => {
  await bot.stop();
  await fake.stop();
});

describe("discord end to end", () => {
  it("logs in through the fake gateway", () => {
    expect(bot.client.user?.id).toBe(fake.botUserId);
    expect(bot.client.guilds.cache.has(fake.guildId)).toBe(true);
  });

  it("answers /vraag politiebegroting with an embed within limits and no mentions", async () => {
    const { token } = fake.command("vraag", { zoekterm: "exploitatietekort opgeheven" });
    const req = await callback(token);
    expect(req.status).toBe(204);
    expect(req.body.type).toBe(4);
    const data = req.body.data;
    expect(messageViolations(req.body)).toEqual([]);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const embed = data.embeds[0];
    expect(embed.title).toBe("De politiebegroting");
    expect(embed.description).toContain("**Vraag 5**");
    expect(embed.description).toContain("De korpschef en ik zijn in gesprek");
    expect(embed.footer.text).toContain("Songül Mutluer (PvdA) → David van Weel");
    expect(embed.color).toBe(0x2e7d32);
    expect(data.components[0].components.map((c: any) => c.label)).toEqual(["Volgende ▶", "Hele set"]);
  });

  it("marks a referenced answer and shows the answer it points to", async () => {
    const { token } = fake.command("vraag", { zoekterm: "politiebegroting-7ef24d#4" });
    const embed = (await callback(token)).body.data.embeds[0];
    expect(embed.description).toContain("**Antwoord bij vraag 3**");
    expect(embed.color).toBe(0x1565c0);
  });

  it("autocompletes with at most 25 valid choices", async () => {
    const { token } = fake.autocomplete("vraag", "zoekterm", "politie");
    const req = await callback(token);
    expect(req.body.type).toBe(8);
    const choices = req.body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(messageViolations(req.body)).toEqual([]);
    expect(choices[0].value).toMatch(/^[a-z0-9-]+#\d+$/);
  });

  it("autocompletes /set with set ids and /zoek with titles", async () => {
    const set = (await callback(fake.autocomplete("set", "set", "politie").token)).body.data.choices;
    expect(set[0].value).toMatch(/^[a-z0-9-]+-[0-9a-f]{6}$/);
    const zoek = (await callback(fake.autocomplete("zoek", "zoekterm", "politie").token)).body.data.choices;
    expect(zoek.map((c: any) => c.value)).toContain("De politiebegroting");
  });

  it("moves to the next hit with a button", async () => {
    const first = (await callback(fake.command("vraag", { zoekterm: "femicide" }).token)).body.data;
    const next = first.components[0].components.find((c: any) => c.label === "Volgende ▶");
    const req = await callback(fake.button(next.custom_id).token);
    expect(req.body.type).toBe(7);
    expect(req.body.data.embeds[0].footer.text).toContain("resultaat 2");
    expect(req.body.data.embeds[0].description).not.toBe(first.embeds[0].description);
  });

  it("pages a long answer within the embed limits", async () => {
    const long = { title: "Lang", sections: [{ heading: "Antwoord", body: "Een zin met woorden. ".repeat(800) }], status: "answered" as const, actions: [], self: { kind: "hit" as const, label: "", query: "lang", index: 0 } };
    const page1 = renderDiscord(long, 0);
    expect(page1.embeds[0]!.description!.length).toBeLessThanOrEqual(4096);
    const pageButton = page1.components[0]!.toJSON().components[0] as any;
    expect(pageButton.custom_id).toMatch(/^p1\|h:0:lang$/);
    expect(renderDiscord(long, 1).embeds[0]!.footer!.text).toContain("pagina 2/");
  });

  it("splits a long post (digest) into several messages within the limits", () => {
    const long = { title: "Digest", sections: [{ heading: "Nieuwe sets", body: "• Een set — 8 vragen · /set een-abcdef\n".repeat(300) }], status: "info" as const, actions: [] };
    const pages = renderDiscordPages(long);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(messageViolations({ embeds: p.embeds })).toEqual([]);
      expect(p.components).toEqual([]);
    }
    expect(pages.map((p) => p.embeds[0]!.description).join("")).toContain("/set een-abcdef");
  });

  it("opens the whole set from a button", async () => {
    const first = (await callback(fake.command("vraag", { zoekterm: "veldacademies" }).token)).body.data;
    const setButton = first.components[0].components.find((c: any) => c.label === "Hele set");
    const req = await callback(fake.button(setButton.custom_id).token);
    expect(req.body.data.embeds[0].title).toBe("De verantwoordelijkheid voor het politieonderwijs en de structurele tekorten in de opsporing");
  });

  it("does not ping for @everyone and escapes markdown", async () => {
    const req = await callback(fake.command("vraag", { zoekterm: "@everyone **vet** _schuin_ xqzvw" }).token);
    const data = req.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0].description).toContain("\\*\\*vet\\*\\*");
    expect(data.content ?? "").not.toContain("@everyone");
  });

  it("survives a 500 and a 429 from Discord", async () => {
    fake.failures.push({ match: /^POST \/interactions\//, status: 500 });
    const first = fake.command("vraag", { zoekterm: "noodknop" }, { userId: "400000000000000050" }).token;
    const r1 = await fake.waitFor((r) => r.status === 204 && r.path.includes(first));
    expect(fake.requests.some((r) => r.status === 500 && r.path.includes(first))).toBe(true);
    expect(r1.body.data.embeds[0].description).toContain("noodknop");
    fake.failures.push({
      match: /^POST \/interactions\//,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05", "x-ratelimit-scope": "user" },
    });
    const token = fake.command("vraag", { zoekterm: "huisverbod" }, { userId: "400000000000000051" }).token;
    const r2 = await fake.waitFor((r) => r.status === 204 && r.path.includes(token));
    expect(fake.requests.some((r) => r.status === 429 && r.path.includes(token))).toBe(true);
    expect(r2.body.data.embeds[0].description).toMatch(/huisverbod/i);
  });

  it("limits a user who floods and says so privately", async () => {
    const userId = "400000000000000099";
    const tokens = Array.from({ length: 10 }, () => fake.command("over", {}, { userId }).token);
    const last = await callback(tokens[9]!);
    expect(last.body.data.flags).toBe(64);
    expect(last.body.data.embeds[0].description).toMatch(/Rustig aan/);
  });

  it("keeps tokens out of the log", () => {
    expect(log.lines.join("\n")).not.toContain(fake.token);
  });
});

describe("discord command registration", () => {
  it("every definition passes Discord's rules", () => {
    for (const c of commands) expect(validateDiscordCommand(discordCommandJson(c))).toEqual([]);
    expect(validateDiscordCommand({ name: "Vraag", description: "", options: [] } as any)).toHaveLength(2);
  });

  it("deploy:discord PUTs guild commands that pass the checks", async () => {
    const result = await deployDiscordCommands({ token: fake.token, apiBase: fake.apiBase, guildId: fake.guildId });
    expect(result.count).toBe(commands.length);
    const put = await fake.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.body.map((c: any) => c.name)).toEqual(commands.map((c) => c.name));
    for (const c of put.body) expect(validateDiscordCommand(c)).toEqual([]);
  });
});
