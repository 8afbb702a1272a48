import { describe, expect, it } from "vitest";
import type { EvalCase } from "./cases.js";
import { malformedCases, seedSets, unknownTargets } from "./case-checks.js";
import { DEV_HALF } from "./queries.js";
import { DEV_HALF_2 } from "./dev-half-2.js";

const sets = seedSets();

describe.each([
  ["queries.ts", DEV_HALF],
  ["dev-half-2.ts", DEV_HALF_2],
] as [string, EvalCase[]][])("dev half of the search evaluation: %s", (_name, cases) => {
  it("points only at sets and questions that exist in the seed", () => {
    expect(unknownTargets(cases, sets)).toEqual([]);
  });

  it("gives every case at least one target, no empty or repeated question lists, no repeated sets", () => {
    expect(malformedCases(cases)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("name what is wrong", () => {
    const set = sets[0]!;
    const bad: EvalCase[] = [
      { query: "geen doel", kind: "keyword", targets: [] },
      { query: "dubbele set", kind: "keyword", targets: [{ set: set.id }, { set: set.id }] },
      { query: "lege lijst", kind: "keyword", targets: [{ set: set.id, q: [] }] },
      { query: "dubbele vraag", kind: "keyword", targets: [{ set: set.id, q: [1, 1] }] },
      { query: "goed", kind: "keyword", targets: [{ set: set.id, q: [1] }] },
    ];
    expect(malformedCases(bad)).toEqual(["geen doel", "dubbele set", "lege lijst", "dubbele vraag"]);
    expect(unknownTargets([{ query: "onbekend", kind: "keyword", targets: [{ set: "bestaat-niet" }, { set: set.id, q: [999] }] }], sets)).toEqual([
      "onbekend → set bestaat-niet",
      `onbekend → ${set.id}#999`,
    ]);
  });
});
