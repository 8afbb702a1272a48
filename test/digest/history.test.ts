import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SubscriptionStore } from "../../src/digest/store.js";
import { CorpusStore } from "../../src/store/corpus-store.js";
import { sourceDirs } from "../../src/store/sources.js";
import { corpusOf, HEADER, memoryLogger } from "../helpers.js";
import { tempDir } from "../temp-dir.js";

const A = [HEADER("Set A"), "Wat is A?", "Waarom A?"].join("\n");
const A_ANSWERED = [HEADER("Set A"), "Wat is A?", "Omdat.", "Waarom A?", "Daarom."].join("\n");
const B = [HEADER("Set B"), "Wat is B?", "Zo."].join("\n");

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A persisted corpus over a seeds folder, and the state database that keeps its history. */
function persisted() {
  const dir = tempDir("history");
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  const corpus = CorpusStore.open(join(dir, "data", "corpus.sqlite"), memoryLogger());
  const state = new SubscriptionStore(join(dir, "state.sqlite"));
  closers.push(() => corpus.close(), () => state.close());
  /** Writes the dumps, syncs the store and returns a fresh view that counts how it is read. */
  const load = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) writeFileSync(join(seeds, file), text);
    corpus.sync(sourceDirs(seeds, null));
    const view = corpus.view();
    return { view, summaries: vi.spyOn(view, "summaries"), changesSince: vi.spyOn(view, "changesSince") };
  };
  return { corpus, history: state.history, load };
}

const at = (iso: string) => new Date(iso);

describe("corpus history over a persisted corpus", () => {
  it("reads every set for the baseline, then only what changed since the mark it kept", () => {
    const p = persisted();
    const first = p.load({ "a.txt": A });
    expect(p.history.record(first.view, at("2026-11-28T06:00:00Z"))).toEqual({ baseline: true, newSets: 0, newAnswers: 0 });
    expect(first.summaries).toHaveBeenCalledTimes(1);
    expect(first.changesSince).not.toHaveBeenCalled();
    const mark = first.view.mark;

    const second = p.load({ "a.txt": A_ANSWERED, "b.txt": B });
    expect(p.history.record(second.view, at("2026-11-28T07:00:00Z"))).toEqual({ baseline: false, newSets: 1, newAnswers: 3 });
    expect(second.summaries).not.toHaveBeenCalled();
    expect(second.changesSince).toHaveBeenCalledWith(mark);
    expect(p.history.changesSince("2026-11-28T06:00:00.000Z").newSets.map((s) => s.title)).toEqual(["Set B"]);
  });

  it("reads every set again after a corpus that kept no mark", () => {
    const p = persisted();
    p.history.record(corpusOf(["a.txt", A]), at("2026-11-28T06:00:00Z"));
    const marked = p.load({ "a.txt": A, "b.txt": B });
    expect(p.history.record(marked.view, at("2026-11-28T07:00:00Z"))).toEqual({ baseline: false, newSets: 1, newAnswers: 1 });
    expect(marked.changesSince).not.toHaveBeenCalled();
    expect(marked.summaries).toHaveBeenCalledTimes(1);

    p.history.record(corpusOf(["a.txt", A], ["b.txt", B]), at("2026-11-28T08:00:00Z"));
    const again = p.load({ "a.txt": A_ANSWERED, "b.txt": B });
    expect(p.history.record(again.view, at("2026-11-28T09:00:00Z"))).toEqual({ baseline: false, newSets: 0, newAnswers: 2 });
    expect(again.changesSince).not.toHaveBeenCalled();
    expect(again.summaries).toHaveBeenCalledTimes(1);
  });
});

describe("changesSince", () => {
  it("reads up to the end of time and leaves the baseline out unless asked", () => {
    const p = persisted();
    p.history.record(corpusOf(["a.txt", A]), at("2026-11-28T06:00:00Z"));
    p.history.record(corpusOf(["a.txt", A], ["b.txt", B]), at("2099-12-31T23:59:59Z"));
    expect(p.history.changesSince("2000-01-01T00:00:00.000Z").newSets.map((s) => s.title)).toEqual(["Set B"]);
    expect(p.history.changesSince("2000-01-01T00:00:00.000Z", "9999", true).newSets.map((s) => s.title)).toEqual(["Set A", "Set B"]);
  });
});
