/** Telegram HTML rendering: every piece of corpus or user text escaped, long texts split between blocks. */
import type { Reply } from "../core/reply.js";
import { encodeAction } from "../core/actions.js";
import { splitText } from "../core/split.js";
import { markSegments } from "../core/highlight.js";

export const TELEGRAM_LIMITS = { text: 4096, callbackData: 64, inlineResults: 50 } as const;

/** Escapes the three characters Telegram's HTML parser cares about. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Section text as HTML: matched words in <b>, every character escaped; tags close within the part. */
function htmlBody(text: string): string {
  return markSegments(text)
    .map((seg) => (seg.strong ? `<b>${escapeHtml(seg.text)}</b>` : escapeHtml(seg.text)))
    .join("");
}

/** Raw characters per block before escaping, so escaped text stays under 4096. */
const BLOCK_CHARS = 3000;

/** Self-contained HTML blocks (tags balanced within each) in reading order. */
function blocks(reply: Reply): string[] {
  const out: string[] = [];
  const head = [reply.title ? `<b>${escapeHtml(reply.title)}</b>` : "", reply.subtitle ? `<i>${escapeHtml(reply.subtitle)}</i>` : ""]
    .filter(Boolean)
    .join("\n");
  // Stryker disable next-line ConditionalExpression: an empty first block would vanish when the blocks are packed anyway
  if (head) out.push(head);
  for (const s of reply.sections) {
    const parts = splitText(s.body, BLOCK_CHARS);
    parts.forEach((part, i) => {
      const heading = s.heading && i === 0 ? `<b>${escapeHtml(s.heading)}</b>\n` : "";
      out.push(heading + htmlBody(part));
    });
  }
  if (reply.footer) out.push(`<i>${escapeHtml(reply.footer)}</i>`);
  if (reply.url && /^https?:\/\//.test(reply.url)) out.push(`<a href="${escapeHtml(reply.url).replace(/"/g, "&quot;")}">Officiële publicatie</a>`);
  return out;
}

/** Packs a reply into as few messages as fit Telegram's 4096-character limit. */
export function renderTelegram(reply: Reply): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks(reply)) {
    const next = current ? `${current}\n\n${block}` : block;
    if (next.length > TELEGRAM_LIMITS.text && current) {
      messages.push(current);
      current = block;
    } else current = next;
  }
  if (current) messages.push(current);
  return messages.length ? messages : ["—"];
}

export interface InlineButton {
  text: string;
  callback_data: string;
}

/** Navigation buttons, three to a row, each with callback_data within 64 bytes. */
export function telegramKeyboard(reply: Reply): InlineButton[][] {
  const buttons = reply.actions.map((a) => ({ text: a.label, callback_data: encodeAction(a, TELEGRAM_LIMITS.callbackData) }));
  const rows: InlineButton[][] = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  return rows;
}
