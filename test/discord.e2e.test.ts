import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DiscordAPIError, REST, Routes } from "discord.js";
import { DiscordBot, renderDiscord, renderDiscordPages } from "../src/adapters/discord.js";
import { FrontEndStartError } from "../src/core/errors.js";
import { SubscriptionStore } from "../src/digest/store.js";
import { discordCommandJson, validateDiscordCommand } from "../src/adapters/discord-commands.js";
import { deployDiscordCommands } from "../src/deploy-discord.js";
import { commands } from "../commands/index.js";
import { commandRules, FakeDiscord, messageViolations } from "./fakes/discord.js";
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

/** Set by tests that send broken requests on purpose, to see the fake refuse them. */
let refusalsExpected = false;
let checkedUpTo = 0;

// Whatever a test does, the bot never breaks a Discord rule and never pings anyone.
afterEach(() => {
  const fresh = fake.requests.slice(checkedUpTo);
  checkedUpTo = fake.requests.length;
  expect(fake.pings).toEqual([]);
  if (!refusalsExpected) {
    expect(fake.violations).toEqual([]);
    expect(fresh.filter((r) => r.status === 400 || (r.status === 404 && r.path.startsWith("/interactions/")))).toEqual([]);
  }
  fake.violations.length = 0;
  refusalsExpected = false;
});

/** Calls the fake as the bot's own REST client would, to see Discord's answer to a broken request. */
async function refusal(fn: (rest: REST) => Promise<unknown>): Promise<DiscordAPIError> {
  refusalsExpected = true;
  const rest = new REST({ api: fake.apiBase, retries: 0 }).setToken(fake.token);
  const err = await fn(rest).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DiscordAPIError);
  return err as DiscordAPIError;
}

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

  it("names the near ties under the best hit and opens the third result from its button", async () => {
    const user = { userId: "400000000000000052" };
    const first = (await callback(fake.command("vraag", { zoekterm: "welke gegevens zijn bij de hack van het om gestolen" }, user).token)).body.data;
    expect(messageViolations({ type: 4, data: first })).toEqual([]);
    expect(first.embeds[0].description).toContain("**Past ook bijna even goed**");
    expect(first.embeds[0].description).toMatch(/3\. Vraag 3 van deze set: Bent u op de hoogte van het soort gegevens/);
    const third = first.components[0].components.find((c: any) => c.label === "Bekijk 3");
    const req = await callback(fake.button(third.custom_id, user).token);
    expect(req.body.type).toBe(7);
    expect(req.body.data.embeds[0].footer.text).toContain("resultaat 3");
    expect(req.body.data.embeds[0].description).toContain("**Vraag 3**");
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

  it("answers odd queries with a readable Dutch reply that pings nobody and stays within the limits", async () => {
    const odd = ["", "   ", "<b>html</b>", "@everyone", "@here <@400000000000000002> <@&1>", "🚓🚓🚓", ":*~^+-", "' OR 1=1 --", "a".repeat(200), "\u0000\u200b", "**__~~||"];
    for (const [i, zoekterm] of odd.entries()) {
      const { token } = fake.command("vraag", { zoekterm }, { userId: `40000000000000070${i}` });
      const req = await callback(token);
      expect(req.status, zoekterm).toBe(204);
      const data = req.body.data;
      expect(messageViolations(req.body), zoekterm).toEqual([]);
      expect(data.allowed_mentions, zoekterm).toEqual({ parse: [] });
      expect(data.content ?? "", zoekterm).toBe("");
      const text = `${data.embeds[0].title ?? ""}\n${data.embeds[0].description}`;
      // Readable: Dutch words, not an empty embed; user text never turns into markdown.
      expect(text, zoekterm).toMatch(/[Gg]een|[Ww]aar|gevonden|zoek|Vraag/);
      expect(text, zoekterm).not.toMatch(/(^|[^\\])\*\*__/);
    }
  });

  it("answers a stale button privately instead of failing", async () => {
    const req = await callback(fake.button("x:onleesbaar").token);
    expect(req.body.type).toBe(4);
    expect(req.body.data.flags).toBe(64);
    expect(req.body.data.embeds[0].description).toMatch(/Deze knop werkt niet meer/);
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

  it("deploy:discord PUTs guild commands that Discord's own rules accept", async () => {
    const result = await deployDiscordCommands({ token: fake.token, apiBase: fake.apiBase, guildId: fake.guildId });
    expect(result.count).toBe(commands.length);
    const put = await fake.waitFor((r) => r.method === "PUT");
    expect(put.status).toBe(200);
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.body.map((c: any) => c.name)).toEqual(commands.map((c) => c.name));
    expect(commandRules(put.body)).toEqual([]);
  });

  it("the fake refuses command lists that break Discord's rules, whatever the product's validator says", async () => {
    const route = Routes.applicationGuildCommands(fake.applicationId, fake.guildId);
    const bad = [
      { name: "Vraag", description: "hoofdletter", options: [] },
      { name: "zoek", description: "x".repeat(101), options: [] },
      { name: "set", description: "opties", options: [
        { name: "b", description: "optioneel", type: 3, required: false },
        { name: "a", description: "verplicht na optioneel", type: 3, required: true },
        { name: "c", description: "beide", type: 3, autocomplete: true, choices: [{ name: "x", value: "x" }] },
      ] },
    ];
    const err = await refusal((rest) => rest.put(route, { body: bad }));
    expect(err.status).toBe(400);
    expect(err.code).toBe(50035);
    expect(err.message).toMatch(/0\.name\[APPLICATION_COMMAND_INVALID_NAME\]/);
    expect(err.message).toMatch(/1\.description\[BASE_TYPE_BAD_LENGTH\]/);
    expect(err.message).toMatch(/2\.options\[1\]\.required\[APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID\]/);
    expect(err.message).toMatch(/2\.options\[2\]\.autocomplete\[AUTOCOMPLETE_AND_CHOICES_ERROR\]/);
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ name: `o${i}`, description: "optie", type: 3 }));
    expect((await refusal((rest) => rest.put(route, { body: [{ name: "veel", description: "te veel opties", options: tooMany }] }))).code).toBe(50035);
  });
});

describe("the Discord fake is as strict as Discord", () => {
  it("refuses a second answer to one interaction with 40060", async () => {
    const { id, token } = fake.command("over");
    await callback(token);
    const err = await refusal((rest) => rest.post(Routes.interactionCallback(id, token), { body: { type: 4, data: { content: "nog eens" } }, auth: false }));
    expect([err.status, err.code, (err.rawError as { message: string }).message]).toEqual([400, 40060, "Interaction has already been acknowledged."]);
  });

  it("refuses an unknown or expired interaction with 10062", async () => {
    const unknown = await refusal((rest) => rest.post(Routes.interactionCallback("1", "niet-bestaand-token"), { body: { type: 4, data: { content: "x" } }, auth: false }));
    expect([unknown.status, unknown.code]).toEqual([404, 10062]);
    refusalsExpected = true;
    fake.ackWindowMs = -1;
    try {
      const { token } = fake.command("over", {}, { userId: "400000000000000444" });
      const late = await fake.waitFor((r) => r.path.includes(token));
      expect(late.status).toBe(404);
      await new Promise((r) => setTimeout(r, 50));
      expect(log.lines.some((l) => /Unknown interaction/.test(l))).toBe(true);
    } finally {
      fake.ackWindowMs = 3000;
    }
  });

  it("refuses an empty message with 50006 and a nonce over 25 characters with 50035", async () => {
    const empty = await refusal((rest) => rest.post(Routes.channelMessages(fake.channelId), { body: { content: "  ", embeds: [] } }));
    expect([empty.status, empty.code, (empty.rawError as { message: string }).message]).toEqual([400, 50006, "Cannot send an empty message"]);
    const nonce = await refusal((rest) => rest.post(Routes.channelMessages(fake.channelId), { body: { content: "hoi", nonce: "n".repeat(26), enforce_nonce: true } }));
    expect([nonce.status, nonce.code]).toEqual([400, 50035]);
    expect(nonce.message).toMatch(/nonce\[NONCE_TYPE_TOO_LONG\]: Must be 25 or fewer characters long/);
  });

  it("refuses follow-ups once the interaction token has expired", async () => {
    const { token } = fake.command("over", {}, { userId: "400000000000000445" });
    await callback(token);
    const clock = fake.clock;
    fake.clock = () => clock() + 16 * 60_000;
    try {
      const err = await refusal((rest) => rest.post(Routes.webhook(fake.applicationId, token), { body: { content: "te laat" }, auth: false }));
      expect([err.status, err.code]).toEqual([401, 50027]);
    } finally {
      fake.clock = clock;
    }
  });
});

describe("discord deferred replies", () => {
  const slow = new FakeDiscord();
  const store = new SubscriptionStore(":memory:");
  const slowLog = memoryLogger();
  /** A permission check that takes longer than Discord's window for the first answer. */
  const makeDeps = (delayMs: number) => (caller: Parameters<typeof seedDeps>[0]) =>
    seedDeps({ ...caller, canManage: async () => (await new Promise((r) => setTimeout(r, delayMs)), caller.canManage()) }, { subscriptions: store });
  let deferring: DiscordBot;

  beforeAll(async () => {
    await slow.start();
    slow.ackWindowMs = 300;
    deferring = new DiscordBot({ token: slow.token, apiBase: slow.apiBase, makeDeps: makeDeps(600), log: slowLog, ratePerMinute: 100, deferAfterMs: 50 });
    await deferring.start();
  });
  afterAll(async () => {
    await deferring.stop();
    await slow.stop();
    store.close();
  });

  it("defers a slow command, then fills in the answer", async () => {
    const { token } = slow.command("volg", { wat: "femicide" }, { userId: "400000000000000501" });
    const ack = await slow.waitFor((r) => r.path.includes(`${token}/callback`));
    expect([ack.status, ack.body.type]).toEqual([204, 5]);
    const edit = await slow.waitFor((r) => r.method === "PATCH" && r.path.includes(token));
    expect(edit.status).toBe(200);
    expect(edit.body.embeds[0].description).toMatch(/Je volgt nu «femicide»/);
    expect(slow.violations).toEqual([]);
  });

  it("sends a private answer to a deferred command as an ephemeral follow-up", async () => {
    const { token } = slow.command("digest", { actie: "aan", tijd: "08:00" }, { userId: "400000000000000502" });
    const followUp = await slow.waitFor((r) => r.method === "POST" && r.path.endsWith(token));
    expect(followUp.status).toBe(200);
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.embeds[0].description).toMatch(/Alleen wie dit kanaal mag beheren/);
    expect(slow.requests.some((r) => r.method === "DELETE" && r.path.includes(token) && r.status === 204)).toBe(true);
    expect(slow.requests.some((r) => r.method === "PATCH" && r.path.includes(token))).toBe(false);
  });

  it("without deferring, the same slow command misses Discord's window", async () => {
    const other = new FakeDiscord();
    await other.start();
    other.ackWindowMs = 300;
    const late = new DiscordBot({ token: other.token, apiBase: other.apiBase, makeDeps: makeDeps(600), log: slowLog, ratePerMinute: 100, deferAfterMs: 60_000 });
    await late.start();
    try {
      const { token } = other.command("volg", { wat: "femicide" }, { userId: "400000000000000503" });
      const answer = await other.waitFor((r) => r.path.includes(`${token}/callback`));
      expect(answer.status).toBe(404);
    } finally {
      await late.stop();
      await other.stop();
    }
  });
});

describe("discord start-up", () => {
  it("says in Dutch that DISCORD_TOKEN was refused and where to get a new one", async () => {
    const wrong = "fout-token.abc.def";
    const bad = new DiscordBot({ token: wrong, apiBase: fake.apiBase, makeDeps: seedDeps, log: memoryLogger(), ratePerMinute: 5 });
    const err = await bad.start().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(FrontEndStartError);
    expect((err as FrontEndStartError).reason).toBe("token-refused");
    expect((err as Error).message).toMatch(/^Discord weigerde DISCORD_TOKEN/);
    expect((err as Error).message).toContain("Developer Portal");
    expect((err as Error).message).not.toContain(wrong);
  });
});
