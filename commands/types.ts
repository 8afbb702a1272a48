import type { z } from "zod";
import type { CorpusView } from "../src/core/corpus-view.js";
import type { Reply } from "../src/core/reply.js";
import type { SearchEngine } from "../src/core/search.js";
import type { Target } from "../src/core/target.js";

/** How an option shows up on every platform. */
export interface OptionSpec {
  name: string;
  /** Dutch, 1–100 characters (Discord's limit). */
  description: string;
  type: "string" | "integer";
  required: boolean;
  autocomplete?: boolean;
  choices?: string[];
  min?: number;
  max?: number;
  /** Longest text accepted (Discord's default here is 200 characters). */
  maxLength?: number;
}

/** Who is asking and where; platform-specific checks hide behind functions. */
export interface Caller {
  platform: "discord" | "telegram" | "console";
  /** The channel, chat or private conversation the command came from. */
  target: Target;
  userId: string;
  /** A private conversation with the bot (Telegram private chat, Discord DM, console). */
  isPrivate: boolean;
  /** Whether the caller may manage the channel (digest settings). */
  canManage: () => Promise<boolean>;
}

export interface CorpusInfo {
  loadedAt: Date;
  files: string[];
  /** The newest dump's modification time. */
  updatedAt?: Date;
  /** The folder the dumps are read from, to tell people where to put them. */
  seedsDir?: string;
  /** Files that gave no sets: unreadable, empty or not an export. */
  skippedFiles?: number;
}

/** What commands may use; adapters and main.ts provide it. */
export interface CommandDeps {
  readonly engine: SearchEngine;
  readonly corpus: CorpusView;
  readonly info: CorpusInfo;
  readonly caller: Caller;
  /** Digest and watch state; absent where no database is configured. */
  readonly subscriptions?: import("../src/digest/store.js").SubscriptionStore;
  /** Time zone of the digest schedule. */
  readonly timeZone?: string;
  readonly now?: () => Date;
}

export interface Command<S extends z.ZodType = z.ZodType> {
  /** 1–32 lowercase letters, Discord and Telegram alike. */
  name: string;
  description: string;
  /** Example for /help. */
  usage: string;
  options: OptionSpec[];
  schema: S;
  /** Only people who may manage the channel can run it (checked again in run). */
  adminOnly?: boolean;
  run(input: z.infer<S>, deps: CommandDeps): Reply | Promise<Reply>;
  /** Reads typed text ("aan 07:30 femicide") into options; default: all text into the first text option. */
  parseText?: (rest: string) => Record<string, unknown>;
}

/** Keeps each command's input type while checking the shape. */
export function defineCommand<S extends z.ZodType>(command: Command<S>): Command<S> {
  return command;
}
