import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PoliteClient, retryAfterMs, SourceUnavailableError, USER_AGENT } from "../../src/import/http.js";

let server: Server | null = null;

async function serve(responses: { status: number; headers?: Record<string, string>; body?: string }[]): Promise<{ url: string; seen: { ua: string | undefined }[] }> {
  const seen: { ua: string | undefined }[] = [];
  server = createServer((req, res) => {
    seen.push({ ua: req.headers["user-agent"] });
    const next = responses.shift() ?? { status: 200, body: "ok" };
    res.writeHead(next.status, next.headers ?? {});
    res.end(next.body ?? "");
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/x`, seen };
}

afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

function client(extra: ConstructorParameters<typeof PoliteClient>[0] = {}) {
  const waits: number[] = [];
  const c = new PoliteClient({ requestsPerSecond: 1000, backoffMs: 100, sleep: async (ms) => void waits.push(ms), ...extra });
  return { c, waits };
}

describe("PoliteClient", () => {
  it("sends its User-Agent and waits as long as Retry-After says on a 429", async () => {
    const { url, seen } = await serve([{ status: 429, headers: { "Retry-After": "3" } }, { status: 200, body: "klaar" }]);
    const { c, waits } = client();
    expect(await c.get(url, "bron", "text/plain")).toEqual({ status: 200, text: "klaar" });
    expect(seen.map((s) => s.ua)).toEqual([USER_AGENT, USER_AGENT]);
    expect(waits.filter((w) => w >= 1000)).toEqual([3000]);
  });

  it("backs off exponentially on 5xx and gives up with a Dutch error naming the source", async () => {
    const { url } = await serve(Array.from({ length: 10 }, () => ({ status: 503 })));
    const { c, waits } = client({ retries: 3 });
    const err = await c.get(url, "Tweede Kamer open data", "application/json").catch((e) => e);
    expect(err).toBeInstanceOf(SourceUnavailableError);
    expect(err.message).toMatch(/^Tweede Kamer open data is niet bereikbaar \(HTTP 503, 4 pogingen\)/);
    expect(waits.filter((w) => w >= 100)).toEqual([100, 200, 400]);
  });

  it("returns a 404 to the caller and does not retry other 4xx", async () => {
    const { url } = await serve([{ status: 404, body: "weg" }, { status: 403 }]);
    const { c } = client();
    expect((await c.get(url, "bron", "text/plain")).status).toBe(404);
    await expect(c.get(url, "bron", "text/plain")).rejects.toThrow(/HTTP 403/);
    expect(c.requests).toBe(2);
  });

  it("refuses to wait for a Retry-After beyond its limit", async () => {
    const { url } = await serve([{ status: 429, headers: { "Retry-After": "3600" } }]);
    const { c } = client({ maxWaitMs: 60_000 });
    await expect(c.get(url, "bron", "text/plain")).rejects.toThrow(/pas over 3600 s/);
  });

  it("reports an unreachable source clearly", async () => {
    const { url } = await serve([]);
    await new Promise<void>((r) => server!.close(() => r()));
    server = null;
    const { c } = client({ retries: 1 });
    await expect(c.get(url, "officiële bekendmakingen", "application/xml")).rejects.toThrow(/officiële bekendmakingen is niet bereikbaar \(verbinding geweigerd, 2 pogingen\)/);
  });

  it("keeps requests apart by the configured rate", async () => {
    const { url } = await serve([]);
    const c = new PoliteClient({ requestsPerSecond: 4 });
    const start = Date.now();
    for (let i = 0; i < 4; i++) await c.get(url, "bron", "text/plain");
    // Four requests at four a second: the last may leave no earlier than 750 ms after the first.
    expect(Date.now() - start).toBeGreaterThanOrEqual(740);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("7")).toBe(7000);
    expect(retryAfterMs("Sun, 29 Nov 2026 08:00:10 GMT", Date.parse("2026-11-29T08:00:00Z"))).toBe(10_000);
    expect(retryAfterMs("morgen")).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
