/**
 * A failure about one named thing (a file, a store, a chat, a setting), with
 * the reason in Dutch. The message reads "<thing>: <reason>", ready for a log
 * line or a user; `reason` alone is there for callers that name the thing
 * themselves.
 */
export abstract class ReasonedError extends Error {
  abstract override readonly name: string;
  constructor(
    about: string,
    readonly reason: string,
  ) {
    super(`${about}: ${reason}`);
  }
}

/** A dump that cannot be read as a question-set export; carries where it went wrong. */
export class SeedFormatError extends ReasonedError {
  override readonly name = "SeedFormatError";
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}`, reason);
  }
}

/** Configuration that is missing or malformed; says which variable to fix. */
export class ConfigError extends ReasonedError {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(variable, message);
  }
}

/** A front end could not start: its token was refused, or its service could not be reached. */
export class FrontEndStartError extends Error {
  override readonly name = "FrontEndStartError";
  constructor(
    readonly platform: "discord" | "telegram",
    readonly reason: "token-refused" | "unreachable",
    /** Dutch, for the log: what happened and what to do. */
    message: string,
  ) {
    super(message);
  }
}

/** A saved search index that cannot be read back; the index is then rebuilt. */
export class IndexFileError extends ReasonedError {
  override readonly name = "IndexFileError";
  constructor(reason: string) {
    super("zoekindex onbruikbaar", reason);
  }
}
