/** A dump that cannot be read as a question-set export; carries where it went wrong. */
export class SeedFormatError extends Error {
  override readonly name = "SeedFormatError";
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** A search query that cannot be answered as typed; the message is Dutch for the user. */
export class QueryError extends Error {
  override readonly name = "QueryError";
  constructor(
    readonly query: string,
    message: string,
  ) {
    super(message);
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
