/**
 * Dutch text analysis shared by every search backend: folding, stop words,
 * stemming, compound splitting and typo correction against the corpus words.
 */
import { askKinds, type AskKind } from "./ask-kind.js";
import { NO_LEXICON, type Lexicon } from "./lexicon.js";
import { NO_ACRONYMS, type AcronymTable } from "./acronyms.js";
import { isStopWord, stem } from "./lunr-nl.js";
import { phraseStandIn, synonymPhrases, synonymStems, synonymWords } from "./synonyms.js";
import { normalizeTypography } from "./text.js";
import { dutchSplits, joinedWord, knownPart, LINKING_PREPOSITIONS, MIN_PART, reversedCompound, splitCompound } from "./compounds.js";
import { placeForms } from "./place-names.js";
import { infinitiveAroundTe, separableVerbs, stemFamilyCount, variantsOf } from "./word-forms.js";

export { splitCompound };

/** Bump when analysis changes so saved indexes are rebuilt. */
export const ANALYSIS_VERSION = 6;

/** A folded word, and whether it was written as an acronym ("OM", "EU", "AP"). */
export interface Token {
  word: string;
  acronym: boolean;
  /** A compound the text wrote with hyphens, joined (see `indexTokens`): one term, its parts stand beside it already. */
  hyphened?: true;
}

const NON_ASCII = /[^\x00-\x7f]/;
const DIGIT_GROUP = /\d[.,]\d/;
const DIGIT_GROUPS = /(\d)[.,](?=\d)/g;

/**
 * The words of a text with their casing kept in mind: "OM" in running text is
 * the Openbaar Ministerie, "om" is a stop word. Text written all in capitals
 * says nothing about acronyms.
 */
export function tokens(text: string): Token[] {
  return scan(text, false);
}

/**
 * The tokens of a text as the index reads it: a compound written with a
 * hyphen ("femicide-monitor", "ICT-problemen") also as one word after its
 * parts, and a separable verb written apart around "te" ("mee te nemen")
 * also as one word after its infinitive, so that each is found typed joined
 * as well as apart.
 */
export function indexTokens(text: string): Token[] {
  const scanned = scan(text, true);
  const out: Token[] = [];
  for (let i = 0; i < scanned.length; i++) {
    out.push(scanned[i]!);
    const joined = infinitiveAroundTe(scanned, i);
    if (joined) out.push({ word: joined, acronym: false });
  }
  return out;
}

/** The longest run of hyphened parts read as one compound; longer runs are phrases ("nog-niet-af-en-toch-weg"). */
const MAX_HYPHENED_PARTS = 3;
const HYPHEN = 45;

function scan(text: string, joinHyphens: boolean): Token[] {
  let cased = normalizeTypography(text);
  // Most text is plain ASCII: nothing to decompose, and no digit groups to join.
  if (NON_ASCII.test(cased)) cased = cased.normalize("NFKD").replace(/\p{M}+/gu, "");
  if (DIGIT_GROUP.test(cased)) cased = cased.replace(DIGIT_GROUPS, "$1");
  const raws: string[] = [];
  /** hyphened[i]: raw i is joined to raw i + 1 by a single hyphen. */
  const hyphened: boolean[] = [];
  let start = -1;
  let end = -2;
  for (let i = 0; i <= cased.length; i++) {
    const c = i < cased.length ? cased.charCodeAt(i) : 0;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (start < 0) {
        start = i;
        if (joinHyphens && end === i - 1 && cased.charCodeAt(end) === HYPHEN) hyphened[raws.length - 1] = true;
      }
    } else if (start >= 0) {
      raws.push(cased.slice(start, i));
      hyphened.push(false);
      start = -1;
      end = i;
    }
  }
  // Capitals mean an acronym in mixed-case text, or when they are all that was typed ("OM").
  const casingTells = /[a-z]/.test(cased) || raws.length === 1;
  const out: Token[] = [];
  let run = 0;
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    const w = raw.toLowerCase();
    if (w.length >= 2 || /\d/.test(w)) out.push({ word: w, acronym: casingTells && raw.length <= 4 && /^[A-Z]+$/.test(raw) && isStopWord(w) });
    run = hyphened[r - 1] ? run + 1 : 1;
    if (run > 1 && !hyphened[r]) {
      const parts = raws.slice(r - run + 1, r + 1);
      // A number is no part of a word ("25-jarigen", "COVID-19").
      if (run <= MAX_HYPHENED_PARTS && parts.every((p) => /[a-z]/i.test(p))) out.push({ word: parts.join("").toLowerCase(), acronym: false, hyphened: true });
    }
  }
  return out;
}

/** Folded words of a text; numbers keep their digits ("2.194" → "2194"). */
export function words(text: string): string[] {
  return tokens(text).map((t) => t.word);
}

/** The vocabulary key of an acronym that collides with a stop word: its own entry, apart from the word. */
export function acronymKey(word: string): string {
  return word.toUpperCase();
}

/** What compound splitting and typo correction need from a dictionary of corpus words. */
export interface WordIndex {
  has(word: string): boolean;
  count(word: string): number;
  nearby(word: string, maxDistance: number, limit?: number): string[];
  /** Corpus words that begin or end with this word and another of at least three letters, most frequent first. */
  compoundsOf(word: string, limit: number): string[];
}

/** Whether `candidate` is a compound with `word` as its first or last part. */
function isCompoundOf(candidate: string, word: string): boolean {
  return candidate.length >= word.length + 3 && (candidate.startsWith(word) || candidate.endsWith(word));
}

/** The corpus words with their counts: the dictionary for compounds and typos. */
export class Vocabulary implements WordIndex {
  private readonly counts: Map<string, number>;
  /** Words by first letter and length: a typo's candidates share both, give or take the distance. */
  private buckets: Map<string, string[]> | null = null;
  /** Compounds per word: a pasted draft analyses each word twice (in the whole text and in its question). */
  private readonly compounds = new Map<string, string[]>();

  constructor(entries: Iterable<[string, number]> = []) {
    this.counts = new Map(entries);
  }

  add(word: string): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    this.buckets = null;
    this.compounds.clear();
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  entries(): [string, number][] {
    return [...this.counts.entries()];
  }

  compoundsOf(word: string, limit: number): string[] {
    const key = `${limit} ${word}`;
    let out = this.compounds.get(key);
    if (!out) {
      const found: [string, number][] = [];
      for (const [w, c] of this.counts) if (isCompoundOf(w, word)) found.push([w, c]);
      found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (this.compounds.size > 20_000) this.compounds.clear();
      this.compounds.set(key, (out = found.slice(0, limit).map(([w]) => w)));
    }
    return [...out];
  }

  /**
   * Corpus words within a small edit distance, most frequent first. Like the
   * SQLite backend it only considers words with the same first letter.
   */
  nearby(word: string, maxDistance: number, limit = 3): string[] {
    if (!this.buckets) {
      this.buckets = new Map();
      for (const w of this.counts.keys()) {
        const key = `${w[0]}${w.length}`;
        const list = this.buckets.get(key) ?? [];
        list.push(w);
        this.buckets.set(key, list);
      }
    }
    const found: { w: string; d: number; c: number }[] = [];
    for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
      for (const candidate of this.buckets.get(`${word[0]}${len}`) ?? []) {
        const d = editDistance(word, candidate, maxDistance);
        if (d <= maxDistance && candidate !== word) found.push({ w: candidate, d, c: this.count(candidate) });
      }
    }
    found.sort((a, b) => a.d - b.d || b.c - a.c || a.w.localeCompare(b.w));
    return found.slice(0, limit).map((f) => f.w);
  }
}

/**
 * Optimal string alignment distance (adjacent swaps count as one edit),
 * stopping early once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Remembers the terms of each word per dictionary: a corpus repeats the same
 * words endlessly, and stemming plus compound splitting dominate indexing time.
 */
const termCache = new WeakMap<WordIndex, Map<string, string[]>>();

export function wordTerms(w: string, vocab: WordIndex): string[] {
  let cache = termCache.get(vocab);
  if (!cache) termCache.set(vocab, (cache = new Map()));
  let terms = cache.get(w);
  if (!terms) {
    terms = isStopWord(w) ? [] : [stem(w), ...(splitCompound(w, vocab)?.map(stem) ?? [])];
    if (cache.size > 500_000) cache.clear();
    cache.set(w, terms);
  }
  return terms;
}

/** The terms a token is indexed under: an acronym as written, a hyphened compound as its stem (its parts are tokens of their own), a word as its stem and its compound parts. */
export function tokenTerms(t: Token, vocab: WordIndex): string[] {
  return t.acronym ? [t.word] : t.hyphened ? [stem(t.word)] : wordTerms(t.word, vocab);
}

/** Terms to index for a text: stems of the words and of their compound parts. */
export function indexTerms(text: string, vocab: WordIndex): string[] {
  const out: string[] = [];
  for (const t of indexTokens(text)) for (const term of tokenTerms(t, vocab)) out.push(term);
  return out;
}

/**
 * Words that carry the form of a question rather than its subject: question
 * words, light verbs, chat filler and prepositions of time and measure. They are dropped from a query as long as
 * a word with content remains ("wat doet de minister tegen femicide").
 */
const LIGHT_WORDS = new Set(
  (
    "wat hoeveel hoe waarom wanneer welke welk wie waar waarover waarmee waardoor hoelang " +
    "doet doen deed deden komt komen kwam kwamen gaat gaan ging gingen blijft blijven bleef " +
    "krijgt krijgen kreeg kregen wordt worden werd werden kan kun kunnen kon konden mag mogen mocht mochten moet moeten moest moesten " +
    "zal zullen zou zouden wil willen wilde is zijn was waren heeft hebben had hadden staat staan stond zit zitten zat " +
    "maakt maken maakte maakten gebeurt gebeuren gebeurd gedaan klopt klopte vind vindt vinden vond vonden weet weten wist wisten denkt dacht eigenlijk precies echt " +
    "nou toch graag even nog steeds allemaal iemand iets niks degene er al ook dan nu naartoe vandaan behalve " +
    "trouwens sowieso wellicht misschien ongeveer zomaar gewoon gewoonweg straks ineens opeens natuurlijk uberhaupt eindelijk eens hoor dus zo " +
    "we wij jullie ze zij je jij jezelf ik hij wel niet geen meer minder veel vaak genoeg " +
    "per sinds tijdens volgens rond vanaf " +
    // The formulas of a written question: "Bent u bekend met het bericht …", "Deelt u de mening …", "Bent u bereid …".
    "bekend kennisgenomen kennis genomen bericht berichten artikel deelt mening opvatting bereid " +
    "toelichten aangeven kunt minister staatssecretaris"
  ).split(" "),
);

/**
 * Adjectives that, right after "hoe", ask for a measure ("hoe groot is het
 * tekort", "hoe lang duurt het"): there they are the form of the question,
 * like "hoeveel", not its subject.
 */
const DEGREE_WORDS = new Set("groot lang hoog snel ver laat erg zwaar duur klein oud".split(" "));

function degreeWords(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  for (let i = 1; i < tokens.length; i++) if (tokens[i - 1]!.word === "hoe" && DEGREE_WORDS.has(tokens[i]!.word)) out.add(tokens[i]!);
  return out;
}

/** Words that point back at what a text said before ("Wat vindt u daarvan?"): in a text they match, alone they name nothing. */
const POINTERS = new Set(
  (
    "daarvan daarover daarmee daarbij daarna daarom daardoor daartoe daarin daaraan daarop daaruit daarvoor " +
    "hiervan hierover hiermee hierbij hierin hieraan hierop hiervoor waarvan waarin waarop waaraan waarvoor " +
    "ervan erover ermee erbij erin eraan erop ervoor"
  ).split(" "),
);

/** Whether an analysed query names a subject, not only question words, light verbs, formulas and pointers back. */
export function namesSubject(query: AnalyzedQuery): boolean {
  return query.words.some((w) => !LIGHT_WORDS.has(w.word) && !POINTERS.has(w.word));
}

/** One word of a query with the terms that may stand in for it. */
export interface QueryWord {
  word: string;
  /** The stem of the word itself, when the corpus knows it. */
  exact: string | null;
  /** Stems of compound parts that together mean the same ("begroting", "politie"). */
  parts: string[];
  /** Stems of forms the stemmer does not join: participles, diminutives, the noun of a verb. */
  variants: string[];
  /** The stem of the compound this word forms with its neighbour ("wachtlijst bemiddeling"). */
  joined: string | null;
  /** Stems of the separable verb this verb forms with a particle later in the query ("levert … uit" → "uitleveren"). */
  separated: string[];
  /** For a compound the corpus lacks, the stem of the part it knows ("computer|problemen", "wapen|wet"). */
  knownPart: string | null;
  /** For a Dutch word the corpus has only inside compounds, the stems of those ("verzekering" → "levensverzekering"). */
  members: string[];
  /** Stems of everyday or official words for the same thing (see synonyms.ts), one array per stand-in. */
  synonyms: string[][];
  /** Stems of corpus words one or two edits away, when the word itself is unknown. */
  corrections: string[];
  /**
   * What a definition in the corpus makes the word stand for (see acronyms.ts): a typed
   * acronym its long form, as one phrase; a word of a typed long form its share of the acronym.
   */
  defined?: DefinedTerms[];
  /** The folded word for prefix matching of a word still being typed. */
  prefix: string | null;
  /** How much the word says about a question: rare corpus words weigh more than common ones. */
  weight: number;
  /** How often the query has the word, in any of its forms (1 for most queries). */
  repeats: number;
  /**
   * A question word or light verb ("wat", "doet") kept beside the words with
   * content: it weighs little and only ever breaks a near tie ("wat doet u om
   * …" over "hoeveel …"); it is never marked in a text.
   */
  light?: true;
}

/** Terms a corpus definition gives a query word, and the share of the stand-in that word carries (1 for a typed acronym). */
export interface DefinedTerms {
  terms: string[];
  share: number;
}

export interface AnalyzedQuery {
  words: QueryWord[];
  /** True when only stop words or noise was typed. */
  empty: boolean;
  /** What the query asks for (a number, a moment, how long, a reason, what is done; see ask-kind.ts), read from all it typed, question words too. */
  asks?: readonly AskKind[];
}

/** The tokens with the word a typed phrase stands for added after it ("te weinig" → "tekort"). */
function withStandIns(all: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    out.push(all[i]!);
    const next = all[i + 1];
    const word = next ? phraseStandIn(all[i]!.word, next.word) : null;
    if (next && word) {
      out.push(next, { word, acronym: false });
      i++;
    }
  }
  return out;
}

/**
 * Chat is typed in lower case, so casing cannot tell the Openbaar Ministerie
 * from the preposition: "bij het om", "citrix lek om". The preposition opens
 * an "om … te" clause or stands before its object; after "het" with no "te"
 * to follow, or as the last word after a word with content or "en"/"of",
 * "om" is the OM. A phone capitalises the first letter by itself: only
 * capitals after it show a writer who would have typed "OM".
 */
function chatAcronyms(all: Token[], typed: string): Token[] {
  if (/[A-Z]/.test(typed.trimStart().slice(1))) return all;
  return all.map((t, i) => {
    if (t.word !== "om" || i === 0) return t;
    const prev = all[i - 1]!.word;
    const afterArticle = prev === "het" && !all.slice(i + 1).some((x) => x.word === "te");
    const closing = i === all.length - 1 && (prev === "en" || prev === "of" || !isStopWord(prev));
    return afterArticle || closing ? { ...t, acronym: true } : t;
  });
}

/** How many edits a typed word may be off: none below 4 letters, two from 8. */
export function typoBudget(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * The corpus compound two typed words make with one slip in either
 * ("huurmoord platfroms" → "huurmoordplatforms"), when one of them is no
 * corpus word: a slip is then likely, and a pasted text does not pay a
 * look-up for each of its pairs. Only long pairs: one edit in a short one
 * makes another word.
 */
function joinedWithSlip(a: string, b: string, vocab: WordIndex): string | null {
  if (a.length + b.length < MIN_SLIPPED_JOIN || /\d/.test(a + b) || (vocab.has(a) && vocab.has(b))) return null;
  return vocab.nearby(a + b, 1, 1)[0] ?? null;
}
const MIN_SLIPPED_JOIN = 12;

/** At most this many words are searched (a bit mask per document holds them); long pastes keep their rarest words. */
export const MAX_QUERY_WORDS = 24;
/** Pasted text beyond this is not read. */
export const MAX_QUERY_CHARS = 2000;

/**
 * What a word the corpus lacks (weight 0: it cannot match anything) counts
 * for in how much of a text a question covers: it does make a text less like
 * what was found.
 */
const UNKNOWN_WORD_WEIGHT = 0.5;

/** What a word counts for in the share of a text that a question covers: its weight, or that of a word the corpus lacks. */
export function countedWeight(w: QueryWord): number {
  return w.weight > 0 ? w.weight : UNKNOWN_WORD_WEIGHT;
}

/** A word's weight from its corpus count: a word found once says far more than one found everywhere. */
export function specificity(count: number): number {
  return 1 / (1 + Math.log(1 + count));
}

/** The most frequent compounds a word stands in for: enough for its senses, few enough to stay specific. */
const MAX_MEMBERS = 4;

/** The corpus count of a word in the forms a group lists it in or its plural. */
function formCount(word: string, vocab: WordIndex): number {
  return Math.max(...[word, `${word}s`, `${word}en`, `${word}n`].map((f) => vocab.count(f)));
}

/** The stand-ins found for a word, each once, with the corpus count of the most common (0 when none is known). */
interface StandIns {
  stems: string[][];
  count: number;
}

/** Adds a one-word stand-in the corpus has `count` times, unless it is there already. */
function addStandIn(into: StandIns, s: string, count: number): void {
  if (into.stems.some((m) => m.length === 1 && m[0] === s)) return;
  into.stems.push([s]);
  into.count = Math.max(into.count, count);
}

/**
 * What may stand in for a word: the members of its synonym groups, a place's
 * adjective and people and back ("duitse" → "duitsland"), and for a
 * compound, split in each of `splits`, the compounds the corpus has with one
 * part swapped for a synonym ("politie|school" → "politieopleiding" needs no
 * entry of its own).
 */
function synonymsOf(word: string, splits: readonly string[][], vocab: WordIndex): StandIns {
  const out: StandIns = { stems: synonymStems(word), count: Math.max(0, ...synonymWords(word).map((w) => formCount(w, vocab))) };
  const own = stem(word);
  for (const place of placeForms(word)) {
    const c = vocab.count(place);
    const s = stem(place);
    if (c > 0 && s !== own) addStandIn(out, s, c);
  }
  // A phrase is at most as common as its rarest content word.
  for (const phrase of synonymPhrases(word)) {
    const content = phrase.filter((w) => !isStopWord(w));
    if (content.length) out.count = Math.max(out.count, Math.min(...content.map((w) => formCount(w, vocab))));
  }
  for (const split of splits) {
    for (const [i, part] of split.entries()) {
      for (const alt of synonymWords(part)) {
        if (alt.includes(" ")) continue;
        for (const link of ["", "s"]) {
          const swapped = [...split.slice(0, i), alt, ...split.slice(i + 1)].join(link);
          const c = vocab.count(swapped);
          if (c > 0) addStandIn(out, stem(swapped), c);
        }
      }
    }
  }
  return out;
}

/**
 * For a word none of whose synonyms the corpus has as a word, the corpus
 * compounds of those synonyms, with a Dutch word as their other part: "nep"
 * finds "imitatievuurwapens" through "imitatie", "mes" finds "messenverbod"
 * through "messen".
 */
function addSynonymCompounds(word: string, synonyms: StandIns, vocab: WordIndex, lexicon: Lexicon): void {
  for (const alt of synonymWords(word)) {
    if (alt.length < MIN_PART || alt.includes(" ")) continue;
    for (const compound of vocab.compoundsOf(alt, MAX_MEMBERS)) {
      const rest = compound.startsWith(alt) ? compound.slice(alt.length) : compound.slice(0, -alt.length);
      // The word list holds a first part with its linking "s" too ("overheids").
      if (lexicon.has(rest)) addStandIn(synonyms, stem(compound), vocab.count(compound));
    }
  }
}

/**
 * What the corpus's own definitions make the query's words stand for: a
 * typed acronym its long form, and the words of a typed long form its
 * acronym, shared among them, so the acronym weighs as much as one synonym
 * does. With the corpus count of the stand-in, for a word the corpus lacks.
 * `content`: the query's words of substance in order, a separable verb's
 * particle included, since a long form may hold one ("samen").
 */
function definedTerms(
  content: Token[],
  unique: Token[],
  keyOf: (t: Token) => string,
  acronyms: AcronymTable,
  vocab: WordIndex,
): Map<Token, { terms: DefinedTerms[]; count: number }> {
  const out = new Map<Token, { terms: DefinedTerms[]; count: number }>();
  if (acronyms.counts.length === 0) return out;
  const byKey = new Map(unique.map((t) => [keyOf(t), t]));
  const entry = (t: Token) => {
    let e = out.get(t);
    if (!e) out.set(t, (e = { terms: [], count: 0 }));
    return e;
  };
  for (const t of unique) {
    const form = acronyms.longForm(t.word);
    if (!form) continue;
    const e = entry(t);
    e.terms.push({ terms: form.stems, share: 1 });
    e.count = Math.min(...form.words.map((w) => formCount(w, vocab)));
  }
  const stems = content.map((t) => (t.acronym ? t.word : acronyms.mayBelong(t.word) ? stem(t.word) : ""));
  for (const match of acronyms.longFormsIn(stems)) {
    const holders = [...new Set(content.slice(match.from, match.to).map((t) => byKey.get(keyOf(t))))].filter((t): t is Token => t !== undefined);
    for (const t of holders) {
      if (t.word === match.form.acronym) continue;
      entry(t).terms.push({ terms: [match.form.term], share: 1 / holders.length });
    }
  }
  return out;
}

/** What a question word or light verb weighs beside the words with content, as a share of what it would weigh as one of them. */
export const LIGHT_WORD_SHARE = 0.3;

/** A query word that matches by its own term: no other forms, compounds, synonyms or corrections of its own. */
function singleTermWord(word: string, exact: string, weight: number, repeats: number): QueryWord {
  return { word, exact, parts: [], variants: [], joined: null, separated: [], knownPart: null, members: [], synonyms: [], corrections: [], prefix: null, weight, repeats };
}

function lightWord(word: string, count: number): QueryWord {
  return { ...singleTermWord(word, stem(word), LIGHT_WORD_SHARE * specificity(count), 1), light: true };
}

/** Analyses a user query against the corpus words. Never throws. */
export function analyzeQuery(query: string, vocab: WordIndex, options: { prefixLast?: boolean; lexicon?: Lexicon; acronyms?: AcronymTable } = {}): AnalyzedQuery {
  const lexicon = options.lexicon ?? NO_LEXICON;
  const acronyms = options.acronyms ?? NO_ACRONYMS;
  const all = withStandIns(chatAcronyms(tokens(query.slice(0, MAX_QUERY_CHARS)), query));
  const separable = separableVerbs(all, vocab);
  const content = all.filter((t) => t.acronym || !isStopWord(t.word));
  const withContent = content.filter((t) => !separable.particles.has(t));
  const degrees = degreeWords(all);
  const isLight = (t: Token) => LIGHT_WORDS.has(t.word) || degrees.has(t);
  const hasSubject = withContent.some((t) => t.acronym || !isLight(t));
  // A light verb with its particle has content of its own ("komt … om", "houdt … bij").
  const kept = withContent.filter((t) => !hasSubject || t.acronym || !isLight(t) || separable.verbs.has(t));
  // Looked up for every neighbouring pair and triple of a pasted text: a set, not a scan of the list.
  const keptTokens = new Set(kept);
  const joinedOf = new Map<Token, string>();
  for (let i = 0; i + 1 < all.length; i++) {
    const [a, b] = [all[i]!, all[i + 1]!];
    if (!keptTokens.has(a) || !keptTokens.has(b)) continue;
    const joined = joinedWord(a.word, b.word, vocab) ?? joinedWithSlip(a.word, b.word, vocab);
    if (joined) {
      joinedOf.set(a, joined);
      joinedOf.set(b, joined);
    }
  }
  // A compound of three words typed apart ("vuur wapen bezit", "whats app groep") is the corpus word, not two pairs.
  for (let i = 0; i + 2 < all.length; i++) {
    const three = [all[i]!, all[i + 1]!, all[i + 2]!];
    if (!three.every((t) => keptTokens.has(t))) continue;
    const [a, b, c] = three.map((t) => t.word) as [string, string, string];
    const joined = joinedWord(joinedWord(a, b, vocab) ?? a + b, c, vocab);
    if (joined) for (const t of three) joinedOf.set(t, joined);
  }
  for (let i = 0; i + 2 < all.length; i++) {
    const [head, prep, mod] = [all[i]!, all[i + 1]!, all[i + 2]!];
    if (!LINKING_PREPOSITIONS.has(prep.word) || !keptTokens.has(head) || !keptTokens.has(mod) || joinedOf.has(head) || joinedOf.has(mod)) continue;
    const joined = reversedCompound(head.word, mod.word, vocab);
    if (joined) {
      joinedOf.set(head, joined);
      joinedOf.set(mod, joined);
    }
  }
  // A word repeated in a pasted text, in any form, says more about its subject: count it once, with its repeats.
  const keyOf = (t: Token) => (t.acronym ? acronymKey(t.word) : stem(t.word));
  const repeats = new Map<string, number>();
  for (const t of kept) repeats.set(keyOf(t), (repeats.get(keyOf(t)) ?? 0) + 1);
  const seen = new Set<string>();
  const unique = kept.filter((t) => {
    const key = keyOf(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const definitions = definedTerms(content, unique, keyOf, acronyms, vocab);
  const analyzed = unique.map((t, i): QueryWord => {
    const w = t.word;
    const isLast = i === unique.length - 1;
    const prefix = options.prefixLast && isLast && w.length >= 3 ? w : null;
    const joined = joinedOf.get(t) ?? null;
    const defined = definitions.get(t);
    if (t.acronym) {
      const own = vocab.count(acronymKey(w));
      return { ...singleTermWord(w, w, specificity(own > 0 || !defined ? own : defined.count), repeats.get(keyOf(t)) ?? 1), ...(defined ? { defined: defined.terms } : {}) };
    }
    const count = vocab.count(w);
    const split = splitCompound(w, vocab);
    const parts = split?.map(stem) ?? [];
    // A compound the corpus lacks may still be split where Dutch splits it ("computer|problemen" → "ictproblemen").
    const synonyms = synonymsOf(w, split ? [split] : count === 0 ? dutchSplits(w, lexicon) : [], vocab);
    if (defined) {
      // The lexicon may already know a long form; a definition then adds nothing.
      defined.terms = defined.terms.filter((d) => !synonyms.stems.some((s) => s.join(" ") === d.terms.join(" ")));
      if (defined.count > 0 && synonyms.count === 0) synonyms.count = defined.count;
    }
    // A word whose stem the corpus has in another form is no typo either.
    const family = count === 0 ? stemFamilyCount(w, vocab) : 0;
    let nearby: string[] = [];
    // A word the corpus lacks but a synonym stands in for, or that Dutch spells, is no typo; a compound of Dutch words may be one slip off.
    const budget = lexicon.has(w) ? 0 : lexicon.knows(w) ? Math.min(1, typoBudget(w)) : typoBudget(w);
    if (count === 0 && family === 0 && parts.length === 0 && !joined && synonyms.count === 0 && !/^\d+$/.test(w) && budget > 0) {
      nearby = vocab.nearby(w, budget);
    }
    const part = count === 0 && parts.length === 0 && nearby.length === 0 ? knownPart(w, vocab, lexicon) : null;
    const variants = count === 0 || w.length >= 5 ? variantsOf(w, vocab) : [];
    const separated = separable.verbs.get(t) ?? [];
    const alone = count === 0 && family === 0 && !part && parts.length === 0 && variants.length === 0 && !joined && synonyms.count === 0 && nearby.length === 0;
    const members = alone && w.length >= MIN_PART && lexicon.has(w) ? vocab.compoundsOf(w, MAX_MEMBERS) : [];
    if (alone && members.length === 0) addSynonymCompounds(w, synonyms, vocab, lexicon);
    // Unknown words weigh as their best stand-in: a compound as its rarest part, a typo as its correction.
    const standIn =
      count > 0 ? count
      : family > 0 ? family
      : joined ? vocab.count(joined)
      : split ? Math.min(...split.map((p) => vocab.count(p)))
      : synonyms.count > 0 ? synonyms.count
      : nearby.length ? vocab.count(nearby[0]!)
      : part ? vocab.count(part)
      : members.length ? vocab.count(members[0]!)
      : variants.length ? 1
      : prefix ? 1
      : -1;
    return {
      word: w,
      exact: count > 0 || parts.length > 0 || nearby.length === 0 ? stem(w) : null,
      parts,
      variants,
      joined: joined ? stem(joined) : null,
      separated,
      knownPart: part ? stem(part) : null,
      members: [...new Set(members.map(stem))],
      synonyms: synonyms.stems,
      corrections: [...new Set(nearby.map(stem))],
      prefix,
      weight: standIn < 0 ? 0 : specificity(standIn),
      repeats: repeats.get(keyOf(t)) ?? 1,
      ...(defined?.terms.length ? { defined: defined.terms } : {}),
    };
  });
  if (hasSubject) {
    const lightSeen = new Set<string>();
    for (const t of withContent) {
      if (keptTokens.has(t) || t.acronym || lightSeen.has(t.word)) continue;
      lightSeen.add(t.word);
      const count = vocab.count(t.word);
      if (count > 0) analyzed.push(lightWord(t.word, count));
    }
  }
  // Long pastes: the rarest words say what the text is about; keep those, in their order.
  let words = analyzed;
  if (words.length > MAX_QUERY_WORDS) {
    const keep = new Set(
      words
        .map((w, i) => ({ w, i }))
        .sort((a, b) => b.w.weight - a.w.weight || a.i - b.i)
        .slice(0, MAX_QUERY_WORDS)
        .map((x) => x.w),
    );
    words = words.filter((w) => keep.has(w));
  }
  return { words, empty: words.length === 0, asks: askKinds(query.slice(0, MAX_QUERY_CHARS)) };
}
