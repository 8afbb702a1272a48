/**
 * Dutch word forms the Snowball stemmer keeps apart (participles, diminutives,
 * plurals in -s, the doer and the deed), and the separable verbs a main clause
 * splits ("levert … uit"): which corpus words a typed form stands for.
 */
import type { Token, WordIndex } from "./analysis.js";
import { stem } from "./lunr-nl.js";
import { strongInfinitive } from "./strong-verbs.js";

const SEPARABLE = "(?:op|af|aan|in|uit|door|mee|toe|terug|weg|over|onder|na|bij|vast|los|vrij|voor)?";
const PARTICIPLE = new RegExp(`^(${SEPARABLE})ge([a-z]{3,}?)[td]e?$`);
/** A verb with an unstressed prefix takes no "ge" in its participle ("vervolgd", "besteld", "ontdekt"). */
const PREFIXED_PARTICIPLE = /^((?:be|ver|ont|her|er)[a-z]{3,}?)[td]$/;
const DIMINUTIVE = /^([a-z]{3,}?)(?:etje|tje|pje|je)s?$/;
const AGENT_NOUN = /^([a-z]{3,}?)(?:enaars|enaar|aars|aar|sters|ster|ers|er)$/;
/** An infinitive ("kopen", "plegen"), whose doer ends in -er or -ers. */
const INFINITIVE = /^([a-z]{2,})en$/;
/** The past tense of a regular verb: its stem with -de or -te, -den or -ten ("betaalde", "controleerden"). */
const WEAK_PAST = /^([a-z]{3,}?)(?:de|te|den|ten)$/;
/** "-isch" and "-ische" as a chat often spells them: "-ies" and "-iese" ("racistiese", "psychies"). */
const SPOKEN_ISCH = /^([a-z]{3,})ies(e?)$/;

/**
 * A verb stem as Dutch spells it before -en and -ing, where its last
 * syllable opens: a short vowel doubles the consonant after it ("bestel" →
 * "bestellen"), a long one is written single ("verklaar" → "verklaren").
 */
function openSyllableSpellings(base: string): string[] {
  const short = /[^aeiou][aeiou]([b-df-hk-np-tv-z])$/.exec(base);
  if (short) return [base, base + short[1]!];
  const long = /([aeou])\1([b-df-hk-np-tv-z])$/.exec(base);
  return long ? [base, base.slice(0, -2) + long[2]!] : [base];
}

/**
 * A stem as Dutch spells it where its last syllable closes, the reverse of
 * openSyllableSpellings: "verkop" → "verkoop", "bestell" → "bestel",
 * "handhav" → "handhaaf".
 */
function closedSyllableSpellings(base: string): string[] {
  const out: string[] = [];
  const doubled = /([b-df-hk-np-tv-z])\1$/.exec(base);
  if (doubled) out.push(base.slice(0, -1));
  const open = /^(.*[^aeiou])([aeou])([b-df-hk-np-tv-z])$/.exec(base);
  if (open) out.push(`${open[1]}${open[2]}${open[2]}${open[3]!.replace("v", "f").replace("z", "s")}`);
  return out;
}

/** A verb stem as itself, its infinitive or plural, and its noun ("uitlever" → "uitleveren", "uitlevering"). */
const wordForms = (base: string): string[] => [base, `${base}en`, `${base}ing`];

/** Corpus words behind inflections the Snowball stemmer leaves apart ("gehackt", "opgelicht", "huisjes"). */
export function variantsOf(word: string, vocab: WordIndex): string[] {
  const bases: string[] = [];
  const participle = PARTICIPLE.exec(word);
  // The final t or d is the ending ("gehackt") or part of the verb ("opgelicht"): try both.
  if (participle) {
    const [, separable, middle] = participle as unknown as [string, string, string];
    bases.push(separable + middle, separable + word.slice(separable.length + 2).replace(/e$/, ""));
  }
  const prefixed = participle ? null : PREFIXED_PARTICIPLE.exec(word);
  if (prefixed) bases.push(...openSyllableSpellings(prefixed[1]!));
  const diminutive = DIMINUTIVE.exec(word);
  if (diminutive) bases.push(diminutive[1]!);
  const known = vocab.has(word);
  // "hackers" where the corpus only speaks of "de hack": the doer points at the deed.
  const doer = known ? null : AGENT_NOUN.exec(word);
  if (doer) bases.push(doer[1]!);
  // "kopen" where the corpus only speaks of "de kopers": the deed points at the doer.
  const doing = known ? null : INFINITIVE.exec(word);
  const doers = doing ? [`${doing[1]}er`, `${doing[1]}ers`] : [];
  // "betaalde" where the corpus says "betalen", "betaling" or "betaald".
  const weakPast = known ? null : WEAK_PAST.exec(word);
  const pastForms = weakPast ? verbStemForms(weakPast[1]!) : [];
  if (weakPast) bases.push(...openSyllableSpellings(weakPast[1]!));
  bases.push(word);
  const own = stem(word);
  // A strong verb's past or participle the corpus lacks points at the verb and its deed: "verkocht" at "verkopen" and "verkoop".
  const strong = known ? null : strongInfinitive(word);
  if (strong) bases.push(strong.slice(0, -2), ...closedSyllableSpellings(strong.slice(0, -2)));
  // A finite verb or infinitive the corpus lacks points at its participle: "controleert" at "gecontroleerd".
  const participleForms = participle || prefixed || known ? [] : participlesOf(word);
  // The plural in -s of a word in -e or -je, and back, which the stemmer keeps apart ("huisje", "huisjes").
  const plural = /e$/.test(word) ? [`${word}s`] : /es$/.test(word) ? [word.slice(0, -1)] : [];
  const spoken = known ? null : SPOKEN_ISCH.exec(word);
  const written = spoken ? [`${spoken[1]}isch`, `${spoken[1]}ische`] : [];
  const out = new Set<string>();
  // A form with the word's own stem adds nothing: the word already matches it.
  for (const form of [...bases.flatMap(wordForms), ...plural, ...participleForms, ...pastForms, ...written, ...doers]) {
    if (form.length < 4 || !vocab.has(form)) continue;
    const s = stem(form);
    if (s !== own) out.add(s);
  }
  return [...out];
}

/**
 * The participles and the present of a verb stem, with ge- or without, and for a separable verb with ge-
 * after its particle: "invoer" → "ingevoerd", "dood" → "doodt".
 */
function verbStemForms(base: string): string[] {
  const particle = [...PARTICLES].find((p) => base.startsWith(p) && base.length - p.length >= 3);
  return [`ge${base}d`, `ge${base}t`, `${base}d`, `${base}t`, ...(particle ? separableParticiples(particle, base.slice(particle.length)) : [])];
}

/**
 * The participles a finite verb or infinitive may have, with ge- or without
 * (after an unstressed prefix), and for a separable verb with ge- after its
 * particle: "controleert" → "gecontroleerd", "omkeren" → "omgekeerd".
 */
function participlesOf(word: string): string[] {
  const bare = word.slice(0, -2);
  const verbal = /[^aeiou][td]$/.test(word) ? verbBases(word) : /^[a-z]{3,}[^aeiou]en$/.test(word) ? [bare, ...closedSyllableSpellings(bare)] : [];
  return verbal.flatMap(verbStemForms);
}

/**
 * How often the corpus has a word the stemmer joins with this one ("officier"
 * for "officieren"): the word then matches, and weighs, as that form.
 */
export function stemFamilyCount(word: string, vocab: WordIndex): number {
  const own = stem(word);
  const bare = word.replace(/(en|s|e|n)$/, "");
  let best = 0;
  // A verb's infinitive shares its stem with the deed it names in a closed syllable: "verkopen" with "verkoop".
  const closed = [...closedSyllableSpellings(bare), `${bare}ing`];
  // The word with -en, where a short vowel keeps its sound by doubling the consonant: "lek" with "lekken", "pot" with "potten".
  const opened = openSyllableSpellings(word).map((b) => `${b}en`);
  for (const form of [...opened, `${word}s`, `${word}e`, `${word}n`, bare, `${bare}en`, `${bare}e`, ...closed]) {
    if (form !== word && vocab.count(form) > best && stem(form) === own) best = vocab.count(form);
  }
  return best;
}

/** Adverbs that a main clause splits off its verb: "levert … uit" for "uitleveren". */
const PARTICLES = new Set("uit op aan mee bij af in door over toe terug weg na vast los voor om tegen samen".split(" "));
const DETERMINERS = new Set("de het een die dat deze dit zijn haar hun mijn onze uw".split(" "));
/** How far before its particle a split verb may stand ("levert Nederland die vrouw uit"). */
const PARTICLE_REACH = 6;

/**
 * The separable verbs a query spells apart: for each verb, the stems of the
 * corpus words it forms with a later particle ("levert … uit" → "uitleveren",
 * "uitlevering"), and the particles so used up.
 */
export function separableVerbs(all: Token[], vocab: WordIndex): { verbs: Map<Token, string[]>; particles: Set<Token> } {
  const verbs = new Map<Token, string[]>();
  const particles = new Set<Token>();
  for (let j = 1; j < all.length; j++) {
    const particle = all[j]!;
    // Before an article it opens a phrase ("uit het azc"): a preposition, not a verb's particle.
    if (!PARTICLES.has(particle.word) || particle.acronym || DETERMINERS.has(all[j + 1]?.word ?? "")) continue;
    for (let i = Math.max(0, j - PARTICLE_REACH); i < j; i++) {
      const verb = all[i]!;
      if (verb.acronym || PARTICLES.has(verb.word) || DETERMINERS.has(verb.word) || verb.word.length < 3) continue;
      const found = new Set(verbs.get(verb));
      for (const base of verbBases(verb.word)) {
        for (const form of [...wordForms(particle.word + base), ...separableParticiples(particle.word, base)]) {
          if (vocab.has(form)) found.add(stem(form));
        }
      }
      if (found.size) {
        verbs.set(verb, [...found]);
        particles.add(particle);
      }
    }
  }
  return { verbs, particles };
}

/** A separable verb's participle, which is how a text often has it ("houdt … bij" → "bijgehouden"). */
const separableParticiples = (particle: string, base: string): string[] => [`${particle}ge${base}en`, `${particle}ge${base}d`, `${particle}ge${base}t`];

/**
 * The stems a finite verb may have before "-en" or "-ing": "levert" → "lever",
 * "loopt" → "lop", "geeft" → "gev", "leest" → "lez", "pakt" → "pakk", "riep" → "roep".
 */
function verbBases(word: string): string[] {
  const base = word.replace(/[td]$/, "");
  const out = new Set([word, base, base.replace(/([aeou])\1([^aeiou])$/, "$1$2")]);
  out.add(base.replace(/([aeou])\1?f$/, "$1v"));
  out.add(base.replace(/([aeou])\1?s$/, "$1z"));
  // A short vowel keeps its sound before -en by doubling the consonant, the t of "zet" as the k of "pak".
  for (const b of [base, word]) if (/[^aeiou][aeiou][^aeiouwy]$/.test(b)) out.add(b + b.slice(-1));
  // A strong verb's past has a vowel of its own: "riep … op" is "oproepen".
  const strong = strongInfinitive(word);
  if (strong?.endsWith("en")) out.add(strong.slice(0, -2));
  return [...out];
}

/**
 * The separable verb a text writes apart around "te" ("mee te nemen" is
 * "meenemen", "aan te pakken" "aanpakken"), for the token at `i` that ends
 * it; null for any other token. "Om … te" opens a clause: "om" is no particle there.
 */
export function infinitiveAroundTe(tokens: readonly Token[], i: number): string | null {
  // Called for every token of every text indexed: most are not after a "te".
  if (i < 2 || tokens[i - 1]!.word !== "te") return null;
  const particle = tokens[i - 2]!;
  const verb = tokens[i]!;
  if (particle.word === "om" || !PARTICLES.has(particle.word) || particle.acronym || verb.acronym) return null;
  // An infinitive ends in -en; "te veel", "te laat" are no verbs.
  return verb.word.length >= 4 && verb.word.endsWith("en") ? particle.word + verb.word : null;
}
