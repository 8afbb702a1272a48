/**
 * Everyday Dutch words next to the official words for the same thing, as
 * people type the one and written questions use the other ("agent" and
 * "politiemedewerker", "geld" and "financiering"). Only equivalences that hold
 * in any policy area belong here: a group is a set of words that can stand in
 * for each other in a search, never a topic.
 *
 * Words are folded (lower case, no accents). A group member of several words
 * ("verenigde staten") is only an expansion: typed words are looked up one by one.
 * The groups themselves, by policy area, are in synonym-groups.ts.
 */
import { isStopWord, stem } from "./lunr-nl.js";
import { SYNONYM_GROUPS } from "./synonym-groups.js";

export { SYNONYM_GROUPS };

interface Tables {
  /** The stems of each group member (one array per member, several for a phrase), keyed by the stem of every single-word member. */
  stems: Map<string, string[][]>;
  /** The single-word members of each group, keyed by the stem of every single-word member. */
  words: Map<string, string[]>;
  /** The members of several words of each group, as written, keyed by the stem of every single-word member. */
  phrases: Map<string, string[][]>;
}

let built: Tables | null = null;

/** Built at the first search rather than at start: stemming every member takes about 0.1 s, and a start should not wait for it. */
function tables(): Tables {
  return (built ??= buildTables());
}

function buildTables(): Tables {
  // Each member's stem is worked out once: the loops below ask for it many times, and stemming is what makes them slow.
  const memberStem = new Map<string, string>();
  const stemOnce = (word: string): string => {
    let s = memberStem.get(word);
    if (s === undefined) memberStem.set(word, (s = stem(word)));
    return s;
  };
  // A phrase loses its stop words, which no index holds ("officier van justitie").
  const memberStems = (member: string): string[] => member.split(" ").filter((w) => !member.includes(" ") || !isStopWord(w)).map(stemOnce);

  const stems = new Map<string, string[][]>();
  for (const group of SYNONYM_GROUPS) {
    const members = group.map(memberStems);
    for (const [i, m] of members.entries()) {
      if (group[i]!.includes(" ")) continue;
      const own = m[0]!;
      const others = members.filter((o, j) => j !== i && !(o.length === 1 && o[0] === own));
      const known = stems.get(own) ?? [];
      for (const o of others) if (!known.some((k) => k.join(" ") === o.join(" "))) known.push(o);
      stems.set(own, known);
    }
  }

  const words = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    const single = group.filter((m) => !m.includes(" "));
    for (const m of single) {
      const own = stemOnce(m);
      const known = words.get(own) ?? [];
      for (const o of single) if (stemOnce(o) !== own && !known.includes(o)) known.push(o);
      words.set(own, known);
    }
  }

  const phrases = new Map<string, string[][]>();
  for (const group of SYNONYM_GROUPS) {
    const several = group.filter((m) => m.includes(" ")).map((m) => m.split(" "));
    if (!several.length) continue;
    // Forms of one word share a stem, and with it their group's phrases: once each.
    for (const m of group) if (!m.includes(" ") && !phrases.has(stemOnce(m))) phrases.set(stemOnce(m), several);
  }
  return { stems, words, phrases };
}

/**
 * The words that may stand in for a folded word, as stems: one array per
 * stand-in, with several stems when it is a phrase. Empty for a word in no group.
 */
export function synonymStems(word: string): string[][] {
  // A copy: the caller adds the stand-ins its corpus has, which belong to no other corpus or engine.
  return [...(tables().stems.get(stem(word)) ?? [])];
}

/** The single-word members of the groups a word belongs to, as written (for joining with compound parts). */
export function synonymWords(word: string): string[] {
  return tables().words.get(stem(word)) ?? [];
}

/** The members of several words in the groups a word belongs to, as written ("aanklager" → "openbaar ministerie"). */
export function synonymPhrases(word: string): string[][] {
  return tables().phrases.get(stem(word)) ?? [];
}

/**
 * Two typed words that together mean one word the texts use: "te weinig
 * agenten" asks about a "tekort". The pair's own words are too common to find it.
 */
const PHRASES = new Map<string, string>([
  ["te weinig", "tekort"],
  ["niet genoeg", "tekort"],
  ["te laat", "vertraging"],
]);

/** The word two consecutive folded words stand for, if any. */
export function phraseStandIn(first: string, second: string): string | null {
  return PHRASES.get(`${first} ${second}`) ?? null;
}
