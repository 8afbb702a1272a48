import { describe, expect, it } from "vitest";
import { Dispatcher, parseCommandText, STALE_BUTTON_MESSAGE, type Invocation } from "../commands/run.js";
import { RATE_LIMIT_MESSAGE } from "../src/core/rate-limit.js";
import { replyText } from "../src/core/reply.js";
import { channelTarget, dmTarget, targetChannel, targetFrom, targetKey } from "../src/core/target.js";
import type { Caller } from "../commands/types.js";
import { memoryLogger, seedDeps } from "./helpers.js";

const caller = (platform: Caller["platform"], userId: string): Caller => ({
  platform,
  target: channelTarget(platform, "c1"),
  userId,
  isPrivate: false,
  canManage: async () => false,
});

const over = parseCommandText("/over") as Invocation;

describe("dispatch", () => {
  it("runs a command with dependencies made for the caller", async () => {
    const seen: Caller[] = [];
    const d = new Dispatcher({ makeDeps: (c) => (seen.push(c), seedDeps(c)), log: memoryLogger() });
    const who = caller("telegram", "7");
    const { reply, outcome } = await d.dispatch(parseCommandText("/vraag politiebegroting") as Invocation, who);
    expect(outcome).toBe("done");
    expect(reply.title).toBe("De politiebegroting");
    expect(seen).toEqual([who]);
  });

  it("answers a button it cannot read with the stale-button notice, privately, without running anything", async () => {
    let made = 0;
    const d = new Dispatcher({ makeDeps: (c) => (made++, seedDeps(c)), log: memoryLogger(), ratePerMinute: 1 });
    const { reply, outcome } = await d.dispatch(null, caller("discord", "1"));
    expect(outcome).toBe("stale");
    expect(reply.private).toBe(true);
    expect(replyText(reply)).toBe(STALE_BUTTON_MESSAGE);
    expect(made).toBe(0);
  });

  it("limits each user per platform and tells them privately", async () => {
    let t = 0;
    const d = new Dispatcher({ makeDeps: seedDeps, log: memoryLogger(), ratePerMinute: 2, now: () => t });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await d.dispatch(over, caller("discord", "1"))).outcome);
    expect(outcomes).toEqual(["done", "done", "rate-limited"]);
    const limited = await d.dispatch(over, caller("discord", "1"));
    expect(replyText(limited.reply)).toBe(RATE_LIMIT_MESSAGE);
    expect(limited.reply.private).toBe(true);
    // The same number on the other platform is another person.
    expect((await d.dispatch(over, caller("telegram", "1"))).outcome).toBe("done");
    t += 60_001;
    expect((await d.dispatch(over, caller("discord", "1"))).outcome).toBe("done");
  });

  it("turns a failing command into a Dutch error reply and a log line", async () => {
    const log = memoryLogger();
    const broken = { ...over, command: { ...over.command, run: () => { throw new Error("kapot"); } } } as Invocation;
    const d = new Dispatcher({ makeDeps: seedDeps, log });
    const { reply, outcome } = await d.dispatch(broken, caller("console", "c"));
    expect(outcome).toBe("done");
    expect(reply.status).toBe("error");
    expect(replyText(reply)).toMatch(/Er ging iets mis/);
    expect(log.lines.some((l) => l.includes("kapot"))).toBe(true);
  });
});

describe("targets", () => {
  it("keeps the stored text forms and reads them back", () => {
    expect(targetKey(channelTarget("discord", "123"))).toBe("discord:123");
    expect(targetKey(dmTarget("telegram", "42"))).toBe("telegram:dm:42");
    expect(targetChannel(dmTarget("discord", "9"))).toBe("dm:9");
    expect(targetFrom("discord", "dm:9")).toEqual(dmTarget("discord", "9"));
    expect(targetFrom("telegram", "-100200")).toEqual(channelTarget("telegram", "-100200"));
  });
});
