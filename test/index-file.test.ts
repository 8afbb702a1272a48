import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openLunrIndex } from "../src/index-store.js";
import { decodeIndex } from "../src/core/index-codec.js";
import { IndexFileError } from "../src/core/errors.js";
import { corpusOf, HEADER } from "./helpers.js";
import { tempDir } from "./temp-dir.js";

describe("a saved index that cannot be used", () => {
  const corpus = corpusOf(["a.txt", `${HEADER("Set")}\nWat is dit?`]);
  const dumps = [{ file: "a.txt", content: "x" }];

  function open(dir: string, files = dumps) {
    const reasons: string[] = [];
    const origin = openLunrIndex(corpus, files, dir, (r) => reasons.push(r)).origin;
    return { origin, reasons };
  }

  it("tells why it is rebuilt before rebuilding, and nothing when it is loaded", () => {
    const dir = tempDir("indexfile");
    const file = join(dir, "search-index.bin");
    expect(open(dir)).toEqual({ origin: "built", reasons: ["nog geen opgeslagen index"] });
    expect(open(dir)).toEqual({ origin: "loaded", reasons: [] });
    const saved = readFileSync(file);

    writeFileSync(file, "{ niet af");
    expect(open(dir).reasons).toEqual(["geen indexbestand"]);
    writeFileSync(file, saved.subarray(0, saved.length - 3));
    expect(open(dir).reasons).toEqual(["indexbestand is afgekapt"]);
    writeFileSync(file, Buffer.concat([saved.subarray(0, 8), Buffer.from("{kapot", "latin1"), saved.subarray(14)]));
    expect(open(dir).reasons).toEqual(["kop onleesbaar"]);
    writeFileSync(file, Buffer.from(saved.toString("latin1").replace(/"schemaVersion":\d+/, '"schemaVersion":0'), "latin1"));
    expect(open(dir).reasons[0]).toMatch(/^bestandsversie 0, nodig is \d+$/);
    expect(open(dir, [{ file: "a.txt", content: "y" }]).reasons).toEqual(["de dumps zijn veranderd"]);
  });

  it("decoding throws a typed error that carries the reason", () => {
    const err = (() => {
      try {
        decodeIndex(Buffer.from("KVIX"));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(IndexFileError);
    expect((err as IndexFileError).reason).toBe("geen indexbestand");
  });
});
