/**
 * Reads one publication of officiële bekendmakingen (`kv-tk-…`, `ah-tk-…`) into
 * questions, answer blocks, notices and dates. Tolerant: whatever it does not
 * recognise becomes a warning naming the publication, and its text is kept.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ReasonedError } from "../core/errors.js";
import { expandNumbers } from "../core/references.js";
import { stripFootnotes } from "../core/text.js";

export interface PublicationBlock {
  /** The label as printed ("Vraag 1", "Antwoord op vraag 3 en 4"), or null when the document has none. */
  label: string | null;
  paragraphs: string[];
}

export interface PublicationAnswer extends PublicationBlock {
  /** Question numbers the label names; empty when it names none. */
  numbers: number[];
  /** How many questions preceded this answer in the document (for documents without labels). */
  questionsBefore: number;
}

export interface ParsedPublication {
  id: string;
  /** DC.title. */
  title: string | null;
  /** The subject after "over" in the heading (kamervraagonderwerp). */
  subject: string | null;
  /** Who the questions were put to, from the heading ("minister van Justitie en Veiligheid"). */
  addressedTo: string | null;
  submitted: string | null;
  received: string | null;
  caseNumber: string | null;
  publicationName: string | null;
  questions: PublicationBlock[];
  answers: PublicationAnswer[];
  notices: string[];
  warnings: string[];
}

/** The XML is not well-formed (cut off, or not XML at all). */
export class PublicationFormatError extends ReasonedError {
  override readonly name = "PublicationFormatError";
  constructor(
    readonly publication: string,
    reason: string,
  ) {
    super(publication, reason);
  }
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
});

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return "";
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | null {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === "string" ? value : null;
}

/** Inline markup whose text belongs to the running text. */
const INLINE = new Set(["nadruk", "extref", "intref", "sup", "sub", "inf", "naam", "voornaam", "voorvoegsels", "achternaam", "functie", "kamervraagonderwerp", "datum", "br", "term", "citaat", "aanhaling", "kamervraagnummer", "ondertekening", "organisatie"]);
/** Inline markup that is a marker, not words. */
const MARKERS = new Set(["nootref", "#comment", "noot"]);
/** Blocks inside a question or answer that hold paragraphs. */
const BLOCK_CONTAINERS = new Set(["lijst", "li", "alinea", "tekst", "tussenkop", "kop", "citaat", "lijst.item"]);
const SKIPPED_IN_BLOCKS = new Set(["li.nr", "nootref", "#comment", "noot", "titel"]);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function clean(text: string): string {
  return stripFootnotes(text.replace(/[\u00a0\u202f\s]+/g, " ").trim()).trim();
}

class PublicationReader {
  readonly warnings: string[] = [];
  private readonly seenUnknown = new Set<string>();

  constructor(readonly id: string) {}

  unknown(what: string, text = ""): void {
    const key = `${what}|${text}`;
    if (this.seenUnknown.has(key)) return;
    this.seenUnknown.add(key);
    const sample = text.trim() ? `: «${text.trim().replace(/\s+/g, " ").slice(0, 80)}»` : "";
    this.warnings.push(`${this.id}: ${what} niet herkend${sample}`);
  }

  /** The words of an inline run; markers (footnote references) are left out. */
  inline(nodes: XmlNode[]): string {
    let out = "";
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "#text") out += String(node["#text"] ?? "");
      else if (MARKERS.has(tag)) continue;
      else if (tag === "br") out += " ";
      else {
        const text = this.inline(childrenOf(node));
        if (!INLINE.has(tag)) this.unknown(`element <${tag}> in tekst`, text);
        out += text;
      }
    }
    return out;
  }

  /** One readable line per table row: "cel · cel · cel". */
  table(node: XmlNode): string[] {
    const rows: string[] = [];
    const walk = (n: XmlNode) => {
      for (const child of childrenOf(n)) {
        const tag = tagOf(child);
        if (tag === "row") {
          const cells = childrenOf(child)
            .filter((c) => tagOf(c) === "entry")
            .map((c) => clean(this.paragraphs(childrenOf(c)).join(" ")));
          if (cells.some(Boolean)) rows.push(`• ${cells.map((c) => c || "–").join(" · ")}`);
        } else if (tag === "#text") continue;
        else if (["tgroup", "thead", "tbody", "tfoot", "colspec", "spanspec"].includes(tag)) walk(child);
        else if (tag === "title" || tag === "titel") {
          const title = clean(this.inline(childrenOf(child)));
          if (title) rows.push(title);
        } else this.unknown(`element <${tag}> in tabel`, this.inline(childrenOf(child)));
      }
    };
    walk(node);
    return rows;
  }

  /** Paragraphs of a block: each <al> one paragraph, tables one line a row, lists one item a paragraph. */
  paragraphs(nodes: XmlNode[]): string[] {
    const out: string[] = [];
    let loose = "";
    const flush = () => {
      const text = clean(loose);
      if (text) out.push(text);
      loose = "";
    };
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "#text") loose += String(node["#text"] ?? "");
      else if (tag === "al") {
        flush();
        const text = clean(this.inline(childrenOf(node)));
        if (text) out.push(text);
      } else if (tag === "table" || tag === "tabel") {
        flush();
        out.push(...this.table(node));
      } else if (BLOCK_CONTAINERS.has(tag)) {
        flush();
        out.push(...this.paragraphs(childrenOf(node)));
      } else if (SKIPPED_IN_BLOCKS.has(tag)) continue;
      else if (INLINE.has(tag)) loose += this.inline([node]);
      else {
        flush();
        const text = this.paragraphs(childrenOf(node));
        this.unknown(`element <${tag}>`, text.join(" "));
        out.push(...text);
      }
    }
    flush();
    return out;
  }

  /** A question or answer: its <nr> label (or a first paragraph that is only a label) and its paragraphs. */
  block(node: XmlNode, labelPattern: RegExp): PublicationBlock {
    let label: string | null = null;
    const rest: XmlNode[] = [];
    for (const child of childrenOf(node)) {
      if (tagOf(child) === "nr" && label === null) label = clean(this.inline(childrenOf(child)));
      else rest.push(child);
    }
    const paragraphs = this.paragraphs(rest);
    if (label === null && paragraphs[0] && labelPattern.test(paragraphs[0])) label = paragraphs.shift()!;
    return { label: label || null, paragraphs };
  }
}

const QUESTION_LABEL = /^vraag\s*\d{1,3}[a-z]?[.:]?$/i;
const ANSWER_LABEL = /^antwoord(?:en)?(?:\s+(?:op\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s*)?[\d\s,–-]+(?:(?:en|t\/m|tot en met)\s*[\d\s,–-]+)*)?[.:]?$/i;

/** The question numbers an answer label names: "Antwoord op vraag 3 en 4" → [3, 4]. */
export function answerLabelNumbers(label: string): number[] {
  const rest = label.replace(/^antwoord(?:en)?\s*(?:op\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s*)?/i, "").replace(/[.:]$/, "");
  return /\d/.test(rest) ? expandNumbers(rest) : [];
}

/** The number in a question label: "Vraag 3" → 3. */
export function questionLabelNumber(label: string | null): number | null {
  const m = label ? /(\d{1,3})/.exec(label) : null;
  return m ? Number(m[1]) : null;
}

function findFirst(nodes: XmlNode[], tags: string[]): XmlNode | null {
  for (const node of nodes) {
    if (tags.includes(tagOf(node))) return node;
    const inner = findFirst(childrenOf(node), tags);
    if (inner) return inner;
  }
  return null;
}

function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else findAll(childrenOf(node), tag, out);
  }
  return out;
}

const HEADING_TAGS = ["kamervraagomschrijving", "omschr"];
const BODY_KNOWN = new Set(["kamervraagkop", "kamervraagnummer", ...HEADING_TAGS, "vraag", "antwoord", "kamervraagopmerking", "noot", "noten", "nootlijst", "voetnoten", "#text", "#comment"]);
const ROOT_KNOWN = new Set(["officiele-publicatie", "metadata", "meta", "#text", "#comment", "kamervragen", "vragen"]);

/**
 * Parses one publication. Throws PublicationFormatError when the XML is not
 * well-formed (a cut-off download); anything else odd becomes a warning.
 */
export function parsePublication(id: string, xml: string): ParsedPublication {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new PublicationFormatError(id, `geen geldige XML (regel ${valid.err.line}: ${valid.err.msg})`);
  const tree = parser.parse(xml) as XmlNode[];
  const reader = new PublicationReader(id);

  const meta = new Map<string, string>();
  for (const node of findAll(tree, "meta")) {
    const name = attr(node, "name");
    const content = attr(node, "content");
    if (name && content !== null && !meta.has(name)) meta.set(name, content.trim());
  }
  const result: ParsedPublication = {
    id: meta.get("DC.identifier") || id,
    title: meta.get("DC.title") || null,
    subject: null,
    addressedTo: null,
    submitted: isoOrNull(meta.get("OVERHEIDop.datumIndiening")),
    received: isoOrNull(meta.get("OVERHEIDop.datumOntvangst")),
    caseNumber: meta.get("OVERHEIDop.vraagnummer") || null,
    publicationName: meta.get("OVERHEIDop.publicationName") || null,
    questions: [],
    answers: [],
    notices: [],
    warnings: reader.warnings,
  };

  const root = tree.find((n) => tagOf(n) !== "#text" && tagOf(n) !== "#comment");
  if (root) for (const child of childrenOf(root)) if (!ROOT_KNOWN.has(tagOf(child))) reader.unknown(`element <${tagOf(child)}> in het document`);

  const body = findFirst(tree, ["kamervragen", "vragen"]);
  if (!body) {
    reader.unknown("document zonder <kamervragen> of <vragen>");
    return result;
  }

  const walkBody = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      // The heading holds either the title as text or the number and description as elements.
      if (tag === "kamervraagkop") {
        const inner = childrenOf(node);
        if (inner.every((n) => tagOf(n) === "#text" || INLINE.has(tagOf(n)))) result.title ??= clean(reader.inline(inner)) || null;
        else walkBody(inner);
      }
      else if (tag === "kamervraagnummer") result.caseNumber ??= clean(reader.inline(childrenOf(node))) || null;
      else if (HEADING_TAGS.includes(tag)) heading(node);
      else if (tag === "vraag") {
        const block = reader.block(node, QUESTION_LABEL);
        if (block.paragraphs.length === 0) reader.unknown("lege <vraag>", block.label ?? "");
        else result.questions.push(block);
      } else if (tag === "antwoord") {
        const block = reader.block(node, ANSWER_LABEL);
        if (block.paragraphs.length === 0) {
          reader.unknown("leeg <antwoord>", block.label ?? "");
          continue;
        }
        const numbers = block.label ? answerLabelNumbers(block.label) : [];
        if (block.label && numbers.length === 0 && !/^antwoord(en)?[.:]?$/i.test(block.label)) reader.unknown("antwoordnummer", block.label);
        result.answers.push({ ...block, numbers, questionsBefore: result.questions.length });
      } else if (tag === "kamervraagopmerking") {
        const text = reader.paragraphs(childrenOf(node)).join("\n");
        if (text) result.notices.push(text);
      } else if (tag === "#text") {
        const text = String(node["#text"] ?? "").trim();
        if (text) reader.unknown("losse tekst", text);
      } else if (!BODY_KNOWN.has(tag)) reader.unknown(`element <${tag}>`, reader.paragraphs(childrenOf(node)).join(" "));
    }
  };

  const heading = (node: XmlNode) => {
    const text = clean(reader.inline(childrenOf(node)));
    const type = attr(node, "type") ?? (/^\s*(vragen|vraag)\b/i.test(text) ? "vraag" : /^\s*(antwoord|mededeling)\b/i.test(text) ? "antwoord" : null);
    const date = findFirst(childrenOf(node), ["datum"]);
    const iso = date ? isoOrNull(attr(date, "isodatum") ?? undefined) : null;
    if (type === "vraag") {
      const subject = findFirst(childrenOf(node), ["kamervraagonderwerp"]);
      if (subject) result.subject = clean(reader.inline(childrenOf(subject))) || null;
      else {
        const m = /\bover\s+(.+?)\s*(?:\((?:ingezonden|ingediend)\b[^)]*\))?\s*\.?$/i.exec(text);
        if (m) result.subject = m[1]!.trim();
      }
      const to = /\baan\s+(?:de\s+)?((?:minister|staatssecretaris|minister-president)\b.+?)\s+over\b/i.exec(text);
      if (to) result.addressedTo = to[1]!.replace(/\s*\(.*$/, "").trim();
      if (iso) result.submitted = iso;
    } else if (type === "antwoord") {
      if (iso) result.received = iso;
    } else reader.unknown(`kop van het type «${attr(node, "type") ?? "?"}»`, text);
    if (date && !iso) reader.unknown("datum zonder isodatum", reader.inline(childrenOf(date)));
  };

  walkBody(childrenOf(body));
  return result;
}

function isoOrNull(value: string | undefined): string | null {
  const v = value?.trim().slice(0, 10);
  return v && ISO.test(v) ? v : null;
}
