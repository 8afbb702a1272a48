/**
 * The platform-neutral reply every command returns. Adapters turn it into
 * embeds (Discord), HTML (Telegram) or plain text (console); no markup here.
 */

export type ReplyStatus = "answered" | "referenced" | "unanswered" | "info" | "empty" | "error";

export interface ReplySection {
  heading?: string;
  /** May carry emphasis marks around matched words (see highlight.ts); front ends render or drop them. */
  body: string;
}

/** Navigation a reply offers; encoded compactly so it survives restarts. */
export type ReplyAction =
  | { kind: "hit"; label: string; query: string; index: number }
  /** The same hit with its whole answer, where the reply opened at the best paragraph. */
  | { kind: "answer"; label: string; query: string; index: number }
  /** The next results of a list. */
  | { kind: "more"; label: string; query: string; offset: number }
  | { kind: "set"; label: string; id: string; page: number }
  /** Another page of a list a command shows for `query` ("/wie D66", page 2). */
  | { kind: "page"; label: string; command: string; query: string; page: number };

export interface Reply {
  title?: string;
  /** A short line under the title: who asked whom. */
  subtitle?: string;
  sections: ReplySection[];
  footer?: string;
  status: ReplyStatus;
  actions: ReplyAction[];
  /** How to produce this reply again (for paging a long reply after a restart). */
  self?: ReplyAction;
  /** The official publication the reply is about, when known. */
  url?: string;
  /** Only the asking user should see it (errors, rate limits). */
  private?: boolean;
}

/** Removes emphasis marks (the same characters highlight.ts sets; kept here so reply.ts stands alone). */
export function stripMarks(text: string): string {
  return text.replace(/[\uE000\uE001]/g, "");
}

export function infoReply(text: string, status: ReplyStatus = "info"): Reply {
  return { sections: [{ body: text }], status, actions: [] };
}

export function errorReply(text: string): Reply {
  return { sections: [{ body: text }], status: "error", actions: [], private: true };
}

/** Everything a reply says, in reading order; used for length checks and plain output. */
export function replyText(reply: Reply): string {
  return [
    reply.title,
    reply.subtitle,
    ...reply.sections.map((s) => [s.heading, stripMarks(s.body)].filter(Boolean).join("\n")),
    reply.footer,
  ]
    .filter(Boolean)
    .join("\n\n");
}
