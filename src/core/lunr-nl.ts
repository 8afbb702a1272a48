/** Lunr with the Dutch stemmer and stop words from lunr-languages, registered once. */
import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import registerDutch from "lunr-languages/lunr.nl.js";

stemmerSupport(lunr);
registerDutch(lunr);

interface DutchLunr {
  stemmer: (token: lunr.Token) => lunr.Token;
  stopWordFilter: (token: string) => string | undefined;
}

const nl = (lunr as unknown as { nl: DutchLunr }).nl;

/** Snowball stem of a folded Dutch word: "begroting" → "begrot". */
export function stem(word: string): string {
  return nl.stemmer(new lunr.Token(word, {})).toString();
}

/** True for Dutch stop words ("de", "het", "van"). */
export function isStopWord(word: string): boolean {
  return nl.stopWordFilter(word) === undefined;
}

export { lunr };
