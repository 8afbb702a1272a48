/**
 * Renders the officiële bekendmakingen XML of a fixture set: `kv-…` (questions as asked)
 * and `ah-tk-…` (questions with answers, or a postponement notice), in the element
 * structure of official-sources.md.
 */
import { ahId, dutchDate, kvId, type FakeAnswerBlock, type FakeAsker, type FakeNote, type FakePublication, type FakeQuestion, type FakeSet } from "./model.ts";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function nameXml(a: FakeAsker): string {
  const prefix = a.tussenvoegsel ? `<voorvoegsels>${escapeXml(capitalise(a.tussenvoegsel))}</voorvoegsels> ` : "";
  return `<naam>${prefix}<achternaam>${escapeXml(a.achternaam)}</achternaam></naam> (${escapeXml(a.fractie)})`;
}

function namePlain(a: FakeAsker): string {
  return `${a.tussenvoegsel ? `${capitalise(a.tussenvoegsel)} ` : ""}${a.achternaam} (${a.fractie})`;
}

function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** "Vragen van het lid Soepboer (NSC) aan de minister van … over …" without the date. */
export function titleOf(set: FakeSet): string {
  return headerText(set, set.askers.map(namePlain), (s) => s);
}

function headerText(set: FakeSet, names: string[], subject: (s: string) => string): string {
  const kind = set.questions.length === 1 ? "Vraag" : "Vragen";
  const who = set.askers.length === 1 ? `van het lid ${names[0]}` : `van de leden ${joinDutch(names)}`;
  const to = joinDutch(set.addressees.map((a) => `de ${a.functie}`));
  return `${kind} ${who} aan ${to} over ${subject(set.onderwerp)}`;
}

function datumXml(iso: string): string {
  return `<datum isodatum="${iso}">${dutchDate(iso)}</datum>`;
}

/** "minister Van Weel (Justitie en Veiligheid)" for the sender of a document. */
function senderText(set: FakeSet, functie: string): string {
  const addressee = set.addressees.find((a) => a.functie === functie);
  const m = /^(minister|staatssecretaris) (?:van|voor) (.+)$/.exec(functie);
  if (!addressee || !m) return functie;
  const surname = capitalise(addressee.actorNaam.replace(/^(?:[A-Z][a-z]?\.)+\s*/, ""));
  return `${m[1]} ${surname} (${m[2]})`;
}

function notesXml(notes: FakeNote[] | undefined): string {
  return (notes ?? [])
    .map((n) => `<noot id="${n.id}" type="voet"><noot.nr>${n.nr}</noot.nr><noot.al>${escapeXml(n.text)}</noot.al></noot>`)
    .join("\n");
}

function questionXml(q: FakeQuestion, nr: number): string {
  const label = q.withoutNr ? `<al>Vraag ${nr}</al>` : `<nr>Vraag ${nr}</nr>`;
  const body = q.paragraphs.map((p) => `<al>${p}</al>`).join("\n");
  const notes = notesXml(q.notes);
  return `<vraag>\n${label}\n${body}${notes ? `\n${notes}` : ""}\n</vraag>`;
}

function tableXml(rows: string[][]): string {
  const cols = rows[0]?.length ?? 0;
  const colspecs = Array.from({ length: cols }, (_, i) => `<colspec colname="c${i + 1}" colnum="${i + 1}"/>`).join("");
  const row = (cells: string[]) => `<row>${cells.map((c, i) => `<entry colname="c${i + 1}">${escapeXml(c)}</entry>`).join("")}</row>`;
  const [head, ...body] = rows;
  return `<tabel><tgroup cols="${cols}">${colspecs}<thead>${head ? row(head) : ""}</thead><tbody>\n${body.map(row).join("\n")}\n</tbody></tgroup></tabel>`;
}

function answerXml(block: FakeAnswerBlock): string {
  const parts = [`<nr>${escapeXml(block.label)}</nr>`, ...block.paragraphs.map((p) => `<al>${p}</al>`)];
  if (block.table) parts.push(tableXml(block.table));
  for (const p of block.after ?? []) parts.push(`<al>${p}</al>`);
  const notes = notesXml(block.notes);
  if (notes) parts.push(notes);
  return `<antwoord>\n${parts.join("\n")}\n</antwoord>`;
}

function metaXml(entries: [string, string][]): string {
  return entries.map(([name, content]) => `    <meta name="${name}" content="${escapeXml(content)}"/>`).join("\n");
}

function omschrElement(set: FakeSet): string {
  return set.oldStyle ? "omschr" : "kamervraagomschrijving";
}

function document(set: FakeSet, id: string, meta: [string, string][], body: string[]): string {
  const root = set.oldStyle ? "vragen" : "kamervragen";
  const omschr = omschrElement(set);
  const names = set.askers.map(nameXml);
  const header = `<${omschr} type="vraag">${headerText(set, names, (s) => `<kamervraagonderwerp>${escapeXml(s)}</kamervraagonderwerp>`)} (ingezonden ${datumXml(set.ingezonden)}).</${omschr}>`;
  const kop = set.oldStyle ? [] : [`<kamervraagkop>${escapeXml(titleOf(set))}</kamervraagkop>`, `<kamervraagnummer>${set.nummer}</kamervraagnummer>`];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xml:lang="nl">',
    "  <metadata>",
    metaXml([["DC.identifier", id], ["DC.title", titleOf(set)], ["DC.creator", "Tweede Kamer der Staten-Generaal"], ["OVERHEIDop.vraagnummer", set.nummer], ["OVERHEIDop.vergaderjaar", set.vergaderjaar], ["OVERHEIDop.datumIndiening", set.ingezonden], ...meta]),
    "  </metadata>",
    `  <${root}>`,
    ...kop,
    header,
    ...body,
    `  </${root}>`,
    "</officiele-publicatie>",
    "",
  ].join("\n");
}

/** The questions as asked: `kv-tk-{nummer}` (or `kv-{alias}`). */
export function questionsXml(set: FakeSet): string {
  return document(set, kvId(set), [["OVERHEIDop.publicationName", "Kamervragen zonder antwoord"]], set.questions.map((q, i) => questionXml(q, i + 1)));
}

/** An Aanhangsel publication: the questions with the answers, or with a postponement notice. */
export function aanhangselXml(set: FakeSet, pub: FakePublication): string {
  const id = ahId(set, pub);
  const meta: [string, string][] = [["OVERHEIDop.datumOntvangst", pub.ontvangen], ["OVERHEIDop.publicationName", "Kamervragen (Aanhangsel)"]];
  const body: string[] = [];
  const repeated = new Set(pub.repeats ?? set.questions.map((_, i) => i + 1));
  const sender = senderText(set, pub.afzender);
  if (pub.soort === "Mededeling (uitstel antwoord)") {
    const paragraphs = [`Mededeling van ${escapeXml(sender)} (ontvangen ${datumXml(pub.ontvangen)}).`, ...(pub.opmerking ?? [])];
    body.push(`<kamervraagopmerking>\n${paragraphs.map((p) => `<al>${p}</al>`).join("\n")}\n</kamervraagopmerking>`);
    for (const nr of repeated) body.push(questionXml(set.questions[nr - 1]!, nr));
    return document(set, id, meta, body);
  }
  const nader = pub.soort === "Antwoord schriftelijke vragen (nader)" ? "Nader antwoord" : "Antwoord";
  const omschr = omschrElement(set);
  body.push(`<${omschr} type="antwoord">${nader} van ${escapeXml(sender)} (ontvangen ${datumXml(pub.ontvangen)}).</${omschr}>`);
  if (pub.opmerking?.length) body.push(`<kamervraagopmerking>\n${pub.opmerking.map((p) => `<al>${p}</al>`).join("\n")}\n</kamervraagopmerking>`);
  const shown = new Set<number>();
  for (const block of pub.answers ?? []) {
    for (const nr of block.questions) {
      if (shown.has(nr) || !repeated.has(nr)) continue;
      shown.add(nr);
      body.push(questionXml(set.questions[nr - 1]!, nr));
    }
    body.push(answerXml(block));
  }
  return document(set, id, meta, body);
}

/** Cuts a document in the middle of an element, as a dropped transfer leaves it. */
export function truncated(xml: string): string {
  const cut = Math.floor(xml.length * 0.6);
  const lt = xml.lastIndexOf("<", cut);
  return xml.slice(0, lt + 4);
}
