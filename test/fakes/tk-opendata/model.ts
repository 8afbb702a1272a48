/**
 * The fixture model of the fake Tweede Kamer sources: one {@link FakeSet} per Zaak, with
 * the publications it has (or will have) on officiële bekendmakingen. Text fragments are
 * XML as it appears inside `<al>` (inline markup such as `<nadruk>`, `<extref>`,
 * `<nootref>` allowed).
 */
import { createHash } from "node:crypto";

export interface FakeAsker {
  /** Initials as in ZaakActor.ActorNaam ("E. Soepboer"). */
  voorletters: string;
  /** Optional prefix ("van der"), part of the surname in the XML. */
  tussenvoegsel?: string;
  achternaam: string;
  fractie: string;
  relatie: "Indiener" | "Medeindiener";
}

export interface FakeAddressee {
  /** "minister van Onderwijs, Cultuur en Wetenschap" */
  functie: string;
  /** Person name as in ZaakActor.ActorNaam ("E.E.W. Bruins"). */
  actorNaam: string;
  afkorting: string;
}

/** An actor whose relation is neither asker nor addressee (information only). */
export interface FakeOtherActor {
  actorNaam: string;
  relatie: string;
  functie: string | null;
}

export interface FakeNote {
  /** The `id` of `<noot>`, referenced by `<nootref refid>`. */
  id: string;
  nr: number;
  text: string;
}

export interface FakeQuestion {
  paragraphs: string[];
  /** Notes referenced from this question; rendered after its paragraphs. */
  notes?: FakeNote[];
  /** Publish without `<nr>`; the label is then the first `<al>` ("Vraag 1"). */
  withoutNr?: boolean;
}

export interface FakeAnswerBlock {
  /** 1-based numbers of the questions this block answers. */
  questions: number[];
  /** The `<nr>` text: "Antwoord 2", "Antwoord op vraag 3 en 4", "Antwoord vraag 4-7". */
  label: string;
  paragraphs: string[];
  /** Rows of a table rendered after the paragraphs; the first row is the header. */
  table?: string[][];
  /** Paragraphs after the table. */
  after?: string[];
  /** Notes referenced from this answer; rendered after its paragraphs. */
  notes?: FakeNote[];
}

export type FakePublicationSoort =
  | "Antwoord schriftelijke vragen"
  | "Antwoord schriftelijke vragen (nader)"
  | "Mededeling (uitstel antwoord)";

export interface FakePublication {
  soort: FakePublicationSoort;
  /** Running number within the vergaderjaar; Aanhangselnummer is `{vj}{nr padded to 4}`. */
  aanhangsel: number;
  documentNummer: string;
  /** Date received (ontvangen), `YYYY-MM-DD`. */
  ontvangen: string;
  /** Who sent it: "minister van Justitie en Veiligheid". */
  afzender: string;
  /** Answers (answer documents only). */
  answers?: FakeAnswerBlock[];
  /** Which questions the document repeats (default: all). */
  repeats?: number[];
  /** `<kamervraagopmerking>` paragraphs: the notice itself, or remarks on an answer. */
  opmerking?: string[];
  /** False: not yet published; `publishAnswer` releases it. */
  published: boolean;
}

export interface FakeSet {
  /** Short stable handle for tests ("beantwoord", "tabel", ...). */
  key: string;
  /** Which variant of the sources this set exercises. */
  about: string;
  nummer: string;
  /** Older sets are published as `kv-{alias}` instead of `kv-tk-{nummer}`. */
  alias?: string;
  /** Old-style XML: `<vragen>` and `<omschr>` instead of `<kamervragen>`/`<kamervraagomschrijving>`. */
  oldStyle?: boolean;
  vergaderjaar: string;
  /** The subject: what the questions are "over". */
  onderwerp: string;
  ingezonden: string;
  questionsDocumentNummer: string;
  askers: FakeAsker[];
  addressees: FakeAddressee[];
  otherActors?: FakeOtherActor[];
  questions: FakeQuestion[];
  publications: FakePublication[];
  deleted?: boolean;
  /** The same set also occurs in the seed dump in seeds/. */
  alsoInSeed?: boolean;
}

/** A stable GUID derived from a name, shaped like the ids of the real service. */
export function guidFor(name: string): string {
  const h = createHash("sha1").update(name).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function aanhangselnummer(set: FakeSet, pub: FakePublication): string {
  return `${set.vergaderjaar.replace("-", "")}${String(pub.aanhangsel).padStart(4, "0")}`;
}

/** `ah-tk-{vergaderjaar without dash}-{last four digits of Aanhangselnummer, no leading zeros}` */
export function ahId(set: FakeSet, pub: FakePublication): string {
  const nr = aanhangselnummer(set, pub);
  return `ah-tk-${set.vergaderjaar.replace("-", "")}-${String(Number(nr.slice(-4)))}`;
}

/** The id the questions are published under: `kv-tk-{Nummer}`, or `kv-{Alias}` for older sets. */
export function kvId(set: FakeSet): string {
  return set.alias ? `kv-${set.alias}` : `kv-tk-${set.nummer}`;
}

export function askerName(a: FakeAsker): string {
  return [a.voorletters, a.tussenvoegsel, a.achternaam].filter(Boolean).join(" ");
}

/** Visible text of an inline XML fragment: tags dropped, footnote references dropped, entities decoded. */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<nootref\b[^>]*\/>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

export interface ExpectedAnswer {
  /** The `<nr>` label of the block that answers the question. */
  label: string;
  /** Visible text of its paragraphs (footnote references removed), table excluded. */
  paragraphs: string[];
  table?: string[][];
  /** The publication it comes from. */
  publicationId: string;
  ontvangen: string;
}

/**
 * What an importer should end up with for a set as currently published: the visible text of
 * each question and, per question, the answer block that answers it (a later nader answer
 * replaces an earlier one). References such as "Zie antwoord vraag 3." are left as written.
 */
export function expectedTexts(set: FakeSet): { questions: string[]; answers: (ExpectedAnswer | undefined)[]; postponed: boolean } {
  const answers: (ExpectedAnswer | undefined)[] = set.questions.map(() => undefined);
  for (const pub of set.publications) {
    if (!pub.published) continue;
    for (const block of pub.answers ?? []) {
      for (const nr of block.questions) {
        answers[nr - 1] = {
          label: block.label,
          paragraphs: [...block.paragraphs, ...(block.after ?? [])].map(plainText),
          ...(block.table ? { table: block.table } : {}),
          publicationId: ahId(set, pub),
          ontvangen: pub.ontvangen,
        };
      }
    }
  }
  return {
    questions: set.questions.map((q) => q.paragraphs.map(plainText).join("\n")),
    answers,
    postponed: set.publications.some((p) => p.published && p.soort === "Mededeling (uitstel antwoord)"),
  };
}

const DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** `2024-11-08` → `8 november 2024` */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${DUTCH_MONTHS[m! - 1]} ${y}`;
}

/** Offset of Europe/Amsterdam at an instant: CEST from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
function amsterdamOffsetMinutes(instant: Date): number {
  const y = instant.getUTCFullYear();
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(y, month + 1, 0, 1));
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    return d.getTime();
  };
  const t = instant.getTime();
  return t >= lastSunday(2) && t < lastSunday(9) ? 120 : 60;
}

function offsetText(minutes: number): string {
  return `${minutes >= 0 ? "+" : "-"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

/** Midnight of a date in Amsterdam, as the service writes dates: `2024-11-08T00:00:00+01:00`. */
export function odataDate(iso: string): string {
  const offset = amsterdamOffsetMinutes(new Date(`${iso}T12:00:00Z`));
  return `${iso}T00:00:00${offsetText(offset)}`;
}

/** An instant in Amsterdam local time with milliseconds, trailing zeros dropped: `2022-10-04T16:14:30.967+02:00`. */
export function odataLocalTimestamp(instant: Date): string {
  const offset = amsterdamOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString();
  let [main, frac] = local.slice(0, -1).split(".");
  frac = (frac ?? "").replace(/0+$/, "");
  return `${main}${frac ? `.${frac}` : ""}${offsetText(offset)}`;
}

/** An instant in UTC with seven fractional digits: `2022-10-05T15:34:31.5871687Z`. */
export function odataUtcTimestamp(instant: Date, extraTicks: number): string {
  const iso = instant.toISOString();
  return `${iso.slice(0, 23)}${String(extraTicks % 10000).padStart(4, "0")}Z`;
}

/** A deterministic time of day on a date, so fixture timestamps look like real ones. */
export function instantOn(iso: string, seed: string): Date {
  const h = createHash("sha1").update(seed).digest();
  const seconds = 8 * 3600 + (h.readUInt32BE(0) % (10 * 3600));
  const ms = h.readUInt16BE(4) % 1000;
  const offset = amsterdamOffsetMinutes(new Date(`${iso}T12:00:00Z`));
  return new Date(Date.parse(`${iso}T00:00:00Z`) - offset * 60_000 + seconds * 1000 + ms);
}

export function ticksFor(seed: string): number {
  return createHash("sha1").update(seed).digest().readUInt16BE(6) % 10000;
}
