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

/** Each member's stem, worked out once: the tables below ask for it many times, and stemming is what makes building them slow. */
const memberStem = new Map<string, string>();
function stemOnce(word: string): string {
  let s = memberStem.get(word);
  if (s === undefined) memberStem.set(word, (s = stem(word)));
  return s;
}

/** The stems of a group member; a phrase loses its stop words, which no index holds ("officier van justitie"). */
function memberStems(member: string): string[] {
  return member.split(" ").filter((w) => !member.includes(" ") || !isStopWord(w)).map(stemOnce);
}

/** The stems of each group member (one array per member, several for a phrase), keyed by the stem of every single-word member. */
const byStem = new Map<string, string[][]>();
for (const group of SYNONYM_GROUPS) {
  const members = group.map(memberStems);
  for (const [i, m] of members.entries()) {
    if (group[i]!.includes(" ")) continue;
    const own = m[0]!;
    const others = members.filter((o, j) => j !== i && !(o.length === 1 && o[0] === own));
    const known = byStem.get(own) ?? [];
    for (const o of others) if (!known.some((k) => k.join(" ") === o.join(" "))) known.push(o);
    byStem.set(own, known);
  }
}

/**
 * The words that may stand in for a folded word, as stems: one array per
 * stand-in, with several stems when it is a phrase. Empty for a word in no group.
 */
export function synonymStems(word: string): string[][] {
  return byStem.get(stem(word)) ?? [];
}

/** The single-word members of each group, keyed by the stem of every single-word member. */
const wordsByStem = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const single = group.filter((m) => !m.includes(" "));
  for (const m of single) {
    const own = stemOnce(m);
    const known = wordsByStem.get(own) ?? [];
    for (const o of single) if (stemOnce(o) !== own && !known.includes(o)) known.push(o);
    wordsByStem.set(own, known);
  }
}

/** The single-word members of the groups a word belongs to, as written (for joining with compound parts). */
export function synonymWords(word: string): string[] {
  return wordsByStem.get(stem(word)) ?? [];
}

/** The members of several words of each group, as written, keyed by the stem of every single-word member. */
const phrasesByStem = new Map<string, string[][]>();
for (const group of SYNONYM_GROUPS) {
  const phrases = group.filter((m) => m.includes(" ")).map((m) => m.split(" "));
  if (!phrases.length) continue;
  for (const m of group) if (!m.includes(" ")) phrasesByStem.set(stemOnce(m), [...(phrasesByStem.get(stemOnce(m)) ?? []), ...phrases]);
}

/** The members of several words in the groups a word belongs to, as written ("aanklager" → "openbaar ministerie"). */
export function synonymPhrases(word: string): string[][] {
  return phrasesByStem.get(stem(word)) ?? [];
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
