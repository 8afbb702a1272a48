/** A dump that cannot be read as a question-set export; carries where it went wrong. */
export class SeedFormatError extends Error {
  override readonly name = "SeedFormatError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Configuration that is missing or malformed; says which variable to fix. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
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
export class IndexFileError extends Error {
  override readonly name = "IndexFileError";
  constructor(readonly reason: string) {
    super(`zoekindex onbruikbaar: ${reason}`);
  }
}
