/**
 * `cli import` against the local fake of both official sources: a crash in the
 * middle, failures on the way, what search and sets show afterwards, a second
 * import that changes nothing, and a later answer reaching the digest.
 */
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ahId, expectedTexts, startTkFake, TK_FAKE_SETS, type TkFake } from "./fakes/tk-opendata.js";
import { childEnv, ROOT } from "./helpers.js";

const run = promisify(execFile);
// Every step runs the CLI several times in fresh processes; on a busy machine that takes a while.
const STEP_MS = 240_000;

let fake: TkFake;
let dataDir: string;
let env: NodeJS.ProcessEnv;

const byKey = (key: string) => TK_FAKE_SETS.find((s) => s.key === key)!;

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  return stdout;
}

function importedFingerprint(): string {
  const dir = join(dataDir, "imported");
  const h = createHash("sha1");
  for (const name of readdirSync(dir).sort()) h.update(name).update(readFileSync(join(dir, name)));
  return h.digest("hex");
}

interface SetJson {
  id: string;
  title: string;
  official: { caseNumber: string; url: string; submitted: string | null; answered: string | null; postponed: string | null } | null;
  notice: string | null;
  questions: { number: number; text: string; answer: { text: string; group: number[] | null; resolvedFrom: number | null } | null }[];
}

beforeAll(async () => {
  fake = await startTkFake();
  dataDir = mkdtempSync(join(tmpdir(), "kv-import-"));
  env = childEnv({
    INDEX_DIR: join(dataDir, "index"),
    DATA_DIR: dataDir,
    TK_ODATA_URL: fake.odataBase,
    OFFICIELE_BEKENDMAKINGEN_URL: fake.bekendmakingenBase,
    IMPORT_REQUESTS_PER_SECOND: "20",
    LOG_LEVEL: "error",
  });
});

afterAll(async () => {
  await fake?.close();
});

describe("cli import against the official sources", () => {
  it("survives a crash halfway and failures on the way, then holds every case once", async () => {
    // A process killed after a few publications: what it wrote stays, nothing is half-written.
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "import", "--since", "2000-01-01"], { cwd: ROOT, env, stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    for (let i = 0; i < 1200 && fake.requests.filter((r) => r.service === "bekendmakingen").length < 6; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await exited;
    const afterCrash = readdirSync(join(dataDir, "imported")).filter((n) => n.endsWith(".json"));
    expect(afterCrash.length).toBeGreaterThan(0);
    expect(afterCrash.length).toBeLessThan(11);

    // The next run meets a 429 with Retry-After, a 500, a cut-off document and the kv-tk 404 of an old set.
    const before = fake.requests.length;
    fake.failNext("/Zaak", { status: 429, retryAfter: 1 });
    fake.failNext(/ah-tk-/, { status: 500 });
    const tabel = byKey("tabel");
    // Cut off three times in a row: more than one run tries; the case waits for the next run.
    fake.truncate(ahId(tabel, tabel.publications[0]!), { times: 3 });
    const out = await cli("import");
    expect(out).toMatch(/^Import klaar: /);
    expect(out).toMatch(new RegExp(`Later opnieuw:\\s+1\\n\\s+${tabel.nummer}: ${ahId(tabel, tabel.publications[0]!)}: geen geldige XML`));
    expect(out).toMatch(/Niet herkend:\s+0/);
    expect(out).toMatch(/Overgeslagen:\s+1\n\s+2025Z02200: verwijderd bij de bron/);
    const newSets = Number(/Nieuwe sets:\s+(\d+)/.exec(out)![1]);
    expect(newSets + afterCrash.length).toBe(11);
    const requests = fake.requests.slice(before);
    expect(requests.some((r) => r.status === 429)).toBe(true);
    expect(fake.requests.some((r) => r.path === `/kv-tk-${byKey("oud").nummer}.xml` && r.status === 404)).toBe(true);
    expect(fake.requests.some((r) => r.path === `/kv-${byKey("oud").alias}.xml` && r.status === 200)).toBe(true);
    // A good client: it says who it is and keeps its pace.
    expect(fake.requests.every((r) => r.userAgent?.startsWith("kamervragen-bot/"))).toBe(true);
    // IMPORT_REQUESTS_PER_SECOND=20: every ten requests in a row span at least nine gaps of 50 ms (arrival jitter aside).
    for (let i = 10; i < requests.length; i++) expect(requests[i]!.time - requests[i - 10]!.time).toBeGreaterThanOrEqual(9 * 50 * 0.9);

    // The next run tries the waiting case first; its answers arrive, nothing else changes.
    const retried = await cli("import");
    expect(retried).toMatch(/Later opnieuw:\s+0/);
    expect(retried).toMatch(/Nieuwe sets:\s+0/);
    expect(retried).toMatch(new RegExp(`Nieuwe antwoorden:\\s+${tabel.questions.length}\\n`));
  }, STEP_MS);

  it("search and sets show the imported questions with their answers, dates and links", async () => {
    const sets = JSON.parse(await cli("sets", "--json")) as SetJson[];
    const imported = sets.filter((s) => s.official);
    expect(imported).toHaveLength(11);
    // The set that the seed dump holds too appears once, with the official dates.
    expect(sets).toHaveLength(20 + 11 - 1);
    for (const fixture of TK_FAKE_SETS.filter((s) => !s.deleted)) {
      const set = imported.find((s) => s.official!.caseNumber === fixture.nummer)!;
      expect(set, fixture.key).toBeDefined();
      const expected = expectedTexts(fixture);
      expect(set.questions.map((q) => q.text), fixture.key).toEqual(expected.questions);
      expect(set.official!.submitted, fixture.key).toBe(fixture.ingezonden);
      expect(Boolean(set.official!.postponed), fixture.key).toBe(expected.postponed);
      set.questions.forEach((q, i) => {
        const want = expected.answers[i];
        if (!want) return expect(q.answer, `${fixture.key} ${i + 1}`).toBeNull();
        const lines = q.answer!.text.split("\n");
        expect(lines.filter((l) => !l.startsWith("• ")), `${fixture.key} ${i + 1}`).toEqual(want.paragraphs);
        for (const row of want.table ?? []) expect(lines).toContain(`• ${row.join(" · ")}`);
      });
    }
    const grouped = imported.find((s) => s.official!.caseNumber === byKey("gegroepeerd").nummer)!;
    expect(grouped.questions.filter((q) => q.answer?.group).map((q) => q.answer!.group)).toEqual([[3, 4], [3, 4]]);
    const refs = imported.find((s) => s.official!.caseNumber === byKey("voetnoten").nummer)!;
    // A chain 5 → 3 → 2 ends at the answer to question 2.
    expect(refs.questions[4]!.answer!.resolvedFrom).toBe(2);
    const open = imported.find((s) => s.official!.caseNumber === byKey("onbeantwoord").nummer)!;
    expect(open.official).toMatchObject({ answered: null, url: `${fake.bekendmakingenBase}/kv-tk-${byKey("onbeantwoord").nummer}.html` });

    const search = JSON.parse(await cli("search", "--json", "--limit", "3", "lerarentekort Friesland"));
    expect(search.hits[0]).toMatchObject({ setTitle: expect.stringMatching(/lerarentekort/i), official: { caseNumber: byKey("beantwoord").nummer, submitted: "2024-11-08", answered: "2024-11-19" } });
    expect(search.hits[0].answer.text.length).toBeGreaterThan(0);
  }, STEP_MS);

  it("a second import changes nothing", async () => {
    const before = importedFingerprint();
    const out = await cli("import");
    expect(out).toMatch(/Nieuwe sets:\s+0/);
    expect(out).toMatch(/Nieuwe antwoorden:\s+0/);
    expect(out).toMatch(/Anders bijgewerkt:\s+0/);
    expect(importedFingerprint()).toBe(before);
  }, STEP_MS);

  it("a later answer arrives as one set that gains answers, in the digest preview", async () => {
    const open = byKey("onbeantwoord");
    const idBefore = (JSON.parse(await cli("sets", "--json")) as SetJson[]).find((s) => s.official?.caseNumber === open.nummer)!.id;
    fake.publishAnswer(open.nummer);
    const dry = await cli("import", "--dry-run");
    expect(dry).toMatch(/^Proefrun/);
    expect(dry).toMatch(/Nieuwe antwoorden:\s+[1-9]/);
    const out = await cli("import");
    const answers = Number(/Nieuwe antwoorden:\s+(\d+)/.exec(out)![1]);
    expect(answers).toBe(open.questions.length);
    expect(out).toMatch(/Nieuwe sets:\s+0/);

    const preview = await cli("digest", "--preview");
    expect(preview).toContain("Nieuw beantwoord (1)");
    expect(preview).not.toContain("Nieuwe sets");
    expect(preview).toContain(`/set ${idBefore}`);
    const after = (JSON.parse(await cli("sets", "--json")) as SetJson[]).filter((s) => s.official?.caseNumber === open.nummer);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(idBefore);
    expect(after[0]!.official!.answered).toBe("2025-03-14");
  }, STEP_MS);

  it("says clearly when a source cannot be reached, and keeps what it had", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const closed = { ...env, TK_ODATA_URL: `http://127.0.0.1:${port}/OData/v4/2.0` };
    const err = await run(process.execPath, ["--import", "tsx", "src/cli.ts", "import"], { cwd: ROOT, env: closed, encoding: "utf8", timeout: 120_000 }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/Import gestopt: Tweede Kamer open data is niet bereikbaar \(verbinding geweigerd/);
    expect(readdirSync(join(dataDir, "imported")).filter((n) => n.endsWith(".json"))).toHaveLength(11);
  }, STEP_MS);
});
