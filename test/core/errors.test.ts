import { describe, expect, it } from "vitest";
import { ConfigError, IndexFileError, ReasonedError, SeedFormatError } from "../../src/core/errors.js";
import { channelTarget } from "../../src/core/target.js";
import { TargetGoneError } from "../../src/digest/service.js";
import { PublicationFormatError } from "../../src/import/xml.js";
import { StoreUnusableError } from "../../src/store/corpus-store.js";
import { WorkerJobError } from "../../src/workers/pool.js";

describe("errors that name a thing and a reason", () => {
  it.each([
    [new SeedFormatError("a.txt", 7, "leeg bestand"), "SeedFormatError: a.txt:7: leeg bestand", "leeg bestand"],
    [new ConfigError("LOG_LEVEL", "ongeldige waarde"), "ConfigError: LOG_LEVEL: ongeldige waarde", "ongeldige waarde"],
    [new IndexFileError("kop afgekapt"), "IndexFileError: zoekindex onbruikbaar: kop afgekapt", "kop afgekapt"],
    [new StoreUnusableError("/d/corpus.sqlite", "nieuw"), "StoreUnusableError: /d/corpus.sqlite: nieuw", "nieuw"],
    [new PublicationFormatError("kv-tk-1", "geen geldige XML"), "PublicationFormatError: kv-tk-1: geen geldige XML", "geen geldige XML"],
    [new WorkerJobError("002.txt", "kapot"), "WorkerJobError: 002.txt: kapot", "kapot"],
    [new TargetGoneError(channelTarget("discord", "5"), "403 Missing Access"), "TargetGoneError: discord:5: 403 Missing Access", "403 Missing Access"],
  ])("%s", (err, shown, reason) => {
    expect(err).toBeInstanceOf(ReasonedError);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toBe(shown);
    expect(err.reason).toBe(reason);
  });

  it("keep what they are about in their own fields", () => {
    const seed = new SeedFormatError("a.txt", 7, "leeg bestand");
    expect([seed.file, seed.line]).toEqual(["a.txt", 7]);
    expect(new WorkerJobError("sets 1 t/m 9", "kapot").subject).toBe("sets 1 t/m 9");
    expect(new StoreUnusableError("/d/corpus.sqlite", "nieuw").path).toBe("/d/corpus.sqlite");
    expect(new TargetGoneError(channelTarget("telegram", "-9"), "weg").target).toEqual(channelTarget("telegram", "-9"));
  });
});
