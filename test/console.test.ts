import { describe, expect, it } from "vitest";
import { choicesOf, handleConsoleLine, renderPlain, type ConsoleChoices } from "../src/adapters/console.js";
import { replyText, type Reply } from "../src/core/reply.js";
import { channelTarget } from "../src/core/target.js";
import { SubscriptionStore } from "../src/digest/store.js";
import { memoryLogger, seedDeps } from "./helpers.js";

const deps = seedDeps(
  { platform: "console", target: channelTarget("console", "console"), userId: "console", isPrivate: true, canManage: async () => true },
  { subscriptions: new SubscriptionStore(":memory:") },
);
const log = memoryLogger();

/** Types lines one after another as a person would, keeping the choices on screen. */
async function session(...lines: string[]): Promise<Reply[]> {
  let choices: ConsoleChoices = { actions: [], keys: [] };
  const out: Reply[] = [];
  for (const line of lines) {
    const reply = (await handleConsoleLine(line, choices, deps, log))!;
    if (reply.status !== "error") choices = choicesOf(reply);
    out.push(reply);
  }
  return out;
}

const keysLine = (r: Reply) => renderPlain(r, { numberedActions: true }).split("\n").pop();

describe("console keys", () => {
  it("keeps the same key for the same action on every screen", async () => {
    const [first, second, third, back] = await session("femicide", "n", "n", "v");
    // A result further on than the next one gets a digit.
    expect(keysLine(first!)).toBe("[n] Volgende ▶   [s] Hele set   [1] Bekijk 3");
    expect(keysLine(second!)).toBe("[v] ◀ Vorige   [n] Volgende ▶   [s] Hele set");
    expect(third!.footer).toContain("resultaat 3");
    expect(back!.footer).toBe(second!.footer);
    const [, jumped, before] = await session("femicide", "1", "v");
    expect(jumped!.footer).toBe(third!.footer);
    expect(before!.footer).toBe(second!.footer);
  });

  it("pages a set with v and n and opens it with s", async () => {
    const [, set, page2, page1] = await session("opleidingscapaciteit politieacademie", "s", "n", "v");
    expect(set!.footer).toMatch(/pagina 1 van 2/);
    expect(keysLine(set!)).toBe("[n] Volgende pagina ▶");
    expect(page2!.footer).toMatch(/pagina 2 van 2/);
    expect(keysLine(page2!)).toBe("[v] ◀ Vorige pagina");
    expect(page1!.footer).toBe(set!.footer);
  });

  it("uses digits only for list items", async () => {
    const [list, opened] = await session("/wie Mutluer", "2");
    expect(keysLine(list!)).toBe("[1] Set 1   [2] Set 2   [3] Set 3   [4] Set 4   [5] Set 5   [n] Volgende ▶");
    expect(opened!.title).toBe(list!.sections[1]!.heading!.replace(/^2\. /, ""));
  });

  it("says there is nothing to choose instead of searching for a bare number", async () => {
    const [none, seven] = await session("xqzvwk", "7");
    expect(none!.actions).toEqual([]);
    expect(seven!.status).toBe("error");
    expect(replyText(seven!)).toMatch(/^Er is hier niets om te kiezen/);
  });

  it("names the keys on offer after a wrong one and keeps them", async () => {
    const [, wrong, next] = await session("femicide", "v", "n");
    expect(replyText(wrong!)).toBe("«v» staat niet bij de keuzes. Kies [n], [s], [1], of typ een commando.");
    expect(next!.footer).toContain("resultaat 2");
  });

  it("gives a greeting the short help", async () => {
    const [hallo] = await session("Hallo!");
    expect(replyText(hallo!)).toMatch(/^Hallo! Ik zoek Kamervragen/);
    expect(replyText(hallo!)).toContain("/help");
  });

  it("tells that following is for Discord and Telegram, for /volg and /ontvolg alike", async () => {
    const [volg, ontvolg] = await session("/volg femicide", "/ontvolg alles");
    expect(replyText(volg!)).toMatch(/werken in Discord en Telegram/);
    expect(replyText(ontvolg!)).toBe(replyText(volg!));
  });
});

describe("console wrapping", () => {
  it("never breaks between a command and its id, and indents a bullet's next line", () => {
    const id = "burgers-grens-menen-moeten-e18b29";
    const body = `• Burgers die de grens menen te moeten bewaken en nog wat woorden erbij — 8 vragen · /set ${id}`;
    const text = renderPlain({ sections: [{ heading: "Nieuwe sets", body }], status: "info", actions: [] });
    const lines = text.split("\n");
    expect(lines.some((l) => l.endsWith(`/set ${id}`))).toBe(true);
    expect(lines.every((l) => l.length <= 88)).toBe(true);
    expect(lines[2]).toMatch(/^ {4}\S/);
  });
});
