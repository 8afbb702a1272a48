/** Messages and helpers that several commands share. */
import { z } from "zod";
import type { Reply, ReplyAction } from "../src/core/reply.js";
import { infoReply } from "../src/core/reply.js";
import { echo, formatAsker } from "../src/core/format.js";
import { formatDate } from "../src/core/deadline.js";
import { answeredCount, type QuestionSet } from "../src/core/model.js";
import type { CorpusView } from "../src/core/corpus-view.js";
import type { CommandDeps, CorpusInfo, OptionSpec } from "./types.js";

/** Why there is nothing to search, and where the dumps go; null when sets are loaded. */
export function noDumpsText(corpus: CorpusView, info: CorpusInfo): string | null {
  if (corpus.stats.sets > 0) return null;
  const where = `Zet exportbestanden (*.txt) in de map «${info.seedsDir ?? "seeds"}» (SEEDS_DIR).`;
  const skipped = info.skippedFiles ?? 0;
  if (skipped > 0) {
    return `Er zijn geen sets ingelezen: ${skipped} ${skipped === 1 ? "bestand is" : "bestanden zijn"} overgeslagen (onleesbaar of geen export; zie npm run --silent cli -- check). ${where}`;
  }
  return `Er zijn nog geen dumps ingelezen. ${where}`;
}

/** The reply for every command while no sets are loaded. */
export function noDumps(deps: CommandDeps): Reply | null {
  const text = noDumpsText(deps.corpus, deps.info);
  return text ? infoReply(text, "empty") : null;
}

/** Accepts anything a user can paste; long input is cut, never refused. */
export const queryText = z
  .string()
  .default("")
  .transform((s) => s.slice(0, 1500));

export const positiveInt = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).catch(fallback).default(fallback);

/** The reply for a query with no hits: suggestions instead of silence. */
export function noResults(query: string, deps: CommandDeps, command: string): Reply {
  const empty = noDumps(deps);
  if (empty) return empty;
  const analyzed = deps.engine.analyze(query);
  if (analyzed.empty) {
    return infoReply(
      `Je zoekterm «${echo(query)}» bevat geen woorden waarop ik kan zoeken (alleen veelvoorkomende woorden of tekens). Probeer een specifieker woord, bijvoorbeeld /${command} politiebegroting.`,
      "empty",
    );
  }
  const lines = [`Geen vragen gevonden voor «${echo(query)}».`];
  const near = deps.engine.suggestions(query);
  if (near.length) lines.push(`Bedoelde je: ${near.map((w) => `«${w}»`).join(", ")}?`);
  const titles = deps.corpus.titles(3).map((t) => `• ${t}`);
  if (titles.length) lines.push(`Onderwerpen in de verzameling zijn bijvoorbeeld:\n${titles.join("\n")}`);
  lines.push("Tip: /zoek toont meerdere resultaten, /wie zoekt op naam of partij.");
  return infoReply(lines.join("\n\n"), "empty");
}

/**
 * Said above a hit that covers little of the query (see WEAK_MATCH_SHARE): it is the nearest
 * question, not an answer to what was asked, and the words it lacks say why.
 */
export function weakMatchNote(query: string, missing: readonly string[]): string {
  const lacking = missing.length ? ` Niet gevonden: ${missing.slice(0, 6).map((w) => `«${w}»`).join(", ")}.` : "";
  return `Geen vraag past goed bij «${echo(query)}»; dit is de vraag die er het dichtst bij komt.${lacking}`;
}

export function askForQuery(command: string, example: string): Reply {
  return infoReply(`Waar wil je naar zoeken? Typ bijvoorbeeld /${command} ${example}.`, "empty");
}

/**
 * What tells a set apart from others with the same title: who asked, how many
 * questions, whether they are answered, and its id.
 */
export function describeSet(set: QuestionSet): string {
  const who = set.askers.length
    ? `${formatAsker(set.askers[0]!)}${set.askers.length > 1 ? " e.a." : ""}`
    : set.addressees.length
      ? `aan ${set.addressees[0]}`
      : null;
  const answered = answeredCount(set);
  const n = set.questions.length;
  const state = answered === 0 ? "nog niet beantwoord" : answered === n ? "beantwoord" : `${answered} beantwoord`;
  const submitted = set.official?.submitted ? `ingezonden ${formatDate(set.official.submitted)}` : null;
  return [who, submitted, `${n} ${n === 1 ? "vraag" : "vragen"}, ${state}`, set.id].filter(Boolean).join(" · ");
}

/** Sets per page in a list, each with its own button. */
export const LIST_PAGE_SIZE = 5;

export interface ListEntry {
  set: QuestionSet;
  /** Shown before the description when a list mixes kinds ("gesteld", "gericht aan"). */
  note?: string;
}

/** The furthest page a list goes to: what a button and "#N" can carry. */
export const MAX_LIST_PAGE = 999;

/** The `pagina` option of every list command, and how it is read: a page from 1 up to MAX_LIST_PAGE, else the first. */
export const LIST_PAGE_OPTION: OptionSpec = { name: "pagina", description: "Welke pagina van de lijst", type: "integer", required: false, min: 1, max: MAX_LIST_PAGE };
export const listPage = positiveInt(MAX_LIST_PAGE, 1);

/** Where a list of `total` items stands at a page: its slice, the buttons to page on and the "Pagina x van y" line. */
export interface ListPager {
  page: number;
  pages: number;
  offset: number;
  nav: ReplyAction[];
  self: ReplyAction;
  where: string;
}

export function listPager(total: number, size: number, page: number, source: { command: string; query: string }): ListPager {
  const pages = Math.max(1, Math.ceil(total / size));
  const reachable = Math.min(pages, MAX_LIST_PAGE);
  const current = Math.min(Math.max(1, page), reachable);
  const link = (label: string, to: number): ReplyAction => ({ kind: "page", label, command: source.command, query: source.query, page: to - 1 });
  const nav: ReplyAction[] = [];
  if (current > 1) nav.push(link("◀ Vorige", current - 1));
  if (current < reachable) nav.push(link("Volgende ▶", current + 1));
  const typed = `/${source.command}${source.query ? ` ${echo(source.query, 60)}` : ""} #${current + 1}`;
  return {
    page: current,
    pages,
    offset: (current - 1) * size,
    nav,
    self: link("", current),
    // Where typing is all there is (the command line), the page is reached with "#N".
    where: pages > 1 ? `Pagina ${current} van ${pages}${current < reachable ? ` (verder: ${typed})` : ""} · ` : "",
  };
}

/**
 * One page of a list of sets, each with a button to open it and buttons to
 * page on: every set in the list can be reached.
 */
export function setListPage(
  entries: ListEntry[],
  page: number,
  source: { command: string; query: string },
): Pick<Reply, "sections" | "actions" | "self"> & { page: number; pages: number; where: string } {
  return pagedSetList(entries.length, page, source, (offset, limit) => entries.slice(offset, offset + limit));
}

/** The same for a list known by its length, of which `load` reads only the page shown. */
export function pagedSetList(
  total: number,
  page: number,
  source: { command: string; query: string },
  load: (offset: number, limit: number) => ListEntry[],
): Pick<Reply, "sections" | "actions" | "self"> & { page: number; pages: number; where: string } {
  const pager = listPager(total, LIST_PAGE_SIZE, page, source);
  const shown = load(pager.offset, LIST_PAGE_SIZE);
  const actions: ReplyAction[] = shown.map((e, i) => ({ kind: "set", label: `Set ${i + 1}`, id: e.set.id, page: 0 }));
  return {
    sections: shown.map((e, i) => ({ heading: `${i + 1}. ${e.set.title}`, body: [e.note, describeSet(e.set)].filter(Boolean).join(" · ") })),
    actions: [...actions, ...pager.nav],
    self: pager.self,
    page: pager.page,
    pages: pager.pages,
    where: pager.where,
  };
}
