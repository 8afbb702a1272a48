/**
 * Compact codes for reply actions, small enough for Discord's custom_id (100
 * characters) and Telegram's callback_data (64 bytes). The query travels in
 * the code itself, so buttons keep working after a restart.
 */
import type { ReplyAction } from "./reply.js";

const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

/** Shortens a string to at most `bytes` UTF-8 bytes without splitting a character. */
export function clipBytes(text: string, bytes: number): string {
  if (utf8Length(text) <= bytes) return text;
  let out = "";
  for (const ch of text) {
    if (utf8Length(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** Encodes an action; `maxBytes` is the platform's limit. */
export function encodeAction(action: ReplyAction, maxBytes: number): string {
  switch (action.kind) {
    case "hit": {
      const head = `h:${action.index}:`;
      return head + clipBytes(action.query.replace(/\s+/g, " ").trim(), maxBytes - utf8Length(head));
    }
    case "answer":
    case "more": {
      const head = `${action.kind === "answer" ? "a" : "m"}:${action.kind === "answer" ? action.index : action.offset}:`;
      return head + clipBytes(action.query.replace(/\s+/g, " ").trim(), maxBytes - utf8Length(head));
    }
    case "set":
      return clipBytes(`s:${action.page}:${action.id}`, maxBytes);
    case "page": {
      const head = `p:${action.page}:${action.command}:`;
      return head + clipBytes(action.query.replace(/\s+/g, " ").trim(), maxBytes - utf8Length(head));
    }
  }
}

/** Decodes a code made by encodeAction; null for anything else. */
export function decodeAction(code: string): ReplyAction | null {
  let m = /^h:(\d{1,3}):(.*)$/s.exec(code);
  if (m) return { kind: "hit", label: "", index: Number(m[1]), query: m[2] ?? "" };
  m = /^a:(\d{1,3}):(.*)$/s.exec(code);
  if (m) return { kind: "answer", label: "", index: Number(m[1]), query: m[2] ?? "" };
  m = /^m:(\d{1,3}):(.*)$/s.exec(code);
  if (m) return { kind: "more", label: "", offset: Number(m[1]), query: m[2] ?? "" };
  m = /^s:(\d{1,3}):([a-z0-9-]{1,80})$/.exec(code);
  if (m) return { kind: "set", label: "", page: Number(m[1]), id: m[2]! };
  m = /^p:(\d{1,3}):([a-z]{1,32}):(.*)$/s.exec(code);
  if (m) return { kind: "page", label: "", page: Number(m[1]), command: m[2]!, query: m[3] ?? "" };
  return null;
}
