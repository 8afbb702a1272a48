/**
 * Parses and evaluates the OData v4 system query options the fake supports, with the
 * refusals of a real OData service: syntax errors, unknown properties and mismatched
 * operand types are 400s, bound before anything is evaluated.
 */
import { SCHEMA, type EdmType, type EntitySetName, type Row } from "./schema.ts";

export class ODataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ODataError";
  }
}

const bad = (message: string) => new ODataError(400, "BadRequest", message);

/** Resolves a navigation property of a row to the rows it points at. */
export type Navigate = (row: Row, from: EntitySetName, nav: string) => Row[];

interface Ctx {
  it: Row;
  vars: Map<string, Row>;
  navigate: Navigate;
}

type ValueType = EdmType | "Edm.Date" | "Edm.Decimal" | "Null";

interface Expr {
  type: ValueType;
  eval(ctx: Ctx): unknown;
}

// ---------- tokens ----------

type TokenKind = "str" | "guid" | "dto" | "date" | "num" | "ident" | "punc" | "end";
interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const LEXEMES: [TokenKind, RegExp][] = [
  ["str", /'(?:[^']|'')*'/y],
  ["guid", /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/y],
  ["dto", /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})(?![\w:.+-])/y],
  ["date", /\d{4}-\d{2}-\d{2}(?![\w:.+-])/y],
  ["num", /-?\d+(?:\.\d+)?(?![\w.:+-])/y],
  ["ident", /[A-Za-z_][A-Za-z0-9_]*/y],
  ["punc", /[(),/:]/y],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ws = /\s+/y;
    ws.lastIndex = pos;
    if (ws.exec(text)) {
      pos = ws.lastIndex;
      continue;
    }
    let matched = false;
    for (const [kind, re] of LEXEMES) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m) {
        tokens.push({ kind, text: m[0], pos });
        pos = re.lastIndex;
        matched = true;
        break;
      }
    }
    if (!matched) throw bad(`Syntax error: character '${text[pos]}' is not valid at position ${pos} in '${text}'.`);
  }
  tokens.push({ kind: "end", text: "", pos: text.length });
  return tokens;
}

// ---------- values ----------

/** DateTimeOffset to 100-ns ticks since the epoch, so seven fractional digits compare exactly. */
export function dtoTicks(text: string): bigint {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) throw bad(`The value '${text}' is not a valid DateTimeOffset.`);
  const ms = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(ms)) throw bad(`The value '${text}' is not a valid DateTimeOffset.`);
  return BigInt(ms) * 10000n + BigInt((m[2] ?? "").padEnd(7, "0"));
}

const NUMERIC = new Set<ValueType>(["Edm.Int32", "Edm.Int64", "Edm.Decimal"]);

function compatible(a: ValueType, b: ValueType): boolean {
  if (a === "Null" || b === "Null" || a === b) return true;
  return NUMERIC.has(a) && NUMERIC.has(b);
}

function comparable(v: unknown, type: ValueType): unknown {
  if (v === null || v === undefined) return null;
  if (type === "Edm.DateTimeOffset") return dtoTicks(String(v));
  if (type === "Edm.Guid") return String(v).toLowerCase();
  return v;
}

const OPERATORS: Record<string, string> = {
  eq: "Equal", ne: "NotEqual", gt: "GreaterThan", ge: "GreaterThanOrEqual", lt: "LessThan", le: "LessThanOrEqual",
};

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  if (a === null || b === null) return false;
  const x = a as number | string | bigint, y = b as number | string | bigint;
  switch (op) {
    case "gt": return x > y;
    case "ge": return x >= y;
    case "lt": return x < y;
    default: return x <= y;
  }
}

// ---------- $filter ----------

interface Scope {
  set: EntitySetName;
  vars: Map<string, EntitySetName>;
}

class FilterParser {
  private i = 0;
  private readonly tokens: Token[];

  constructor(
    private readonly text: string,
    private readonly scope: Scope,
  ) {
    this.tokens = tokenize(text);
  }

  parse(): Expr {
    const e = this.or();
    if (this.peek().kind !== "end") this.syntax();
    if (e.type !== "Edm.Boolean") throw bad("The $filter expression must evaluate to a single boolean value.");
    return e;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    return this.tokens[this.i++]!;
  }

  private syntax(): never {
    throw bad(`Syntax error at position ${this.peek().pos} in '${this.text}'.`);
  }

  private expect(text: string): void {
    if (this.peek().text !== text) this.syntax();
    this.i++;
  }

  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === "ident" && t.text === word;
  }

  private logical(kind: "And" | "Or", l: Expr, r: Expr): Expr {
    if (l.type !== "Edm.Boolean" || r.type !== "Edm.Boolean") {
      throw bad(`A binary operator with incompatible types was detected. Found operand types '${l.type}' and '${r.type}' for operator kind '${kind}'.`);
    }
    return kind === "And"
      ? { type: "Edm.Boolean", eval: (c) => l.eval(c) === true && r.eval(c) === true }
      : { type: "Edm.Boolean", eval: (c) => l.eval(c) === true || r.eval(c) === true };
  }

  private or(): Expr {
    let l = this.and();
    while (this.isKeyword("or")) {
      this.i++;
      l = this.logical("Or", l, this.and());
    }
    return l;
  }

  private and(): Expr {
    let l = this.not();
    while (this.isKeyword("and")) {
      this.i++;
      l = this.logical("And", l, this.not());
    }
    return l;
  }

  private not(): Expr {
    if (this.isKeyword("not")) {
      this.i++;
      const e = this.not();
      if (e.type !== "Edm.Boolean") throw bad(`A unary operator with an incompatible type was detected. Found operand type '${e.type}' for operator kind 'Not'.`);
      return { type: "Edm.Boolean", eval: (c) => e.eval(c) !== true };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const l = this.primary();
    const t = this.peek();
    if (t.kind === "ident" && OPERATORS[t.text]) {
      this.i++;
      const r = this.primary();
      const kind = OPERATORS[t.text]!;
      if (!compatible(l.type, r.type)) {
        throw bad(`A binary operator with incompatible types was detected. Found operand types '${l.type}' and '${r.type}' for operator kind '${kind}'.`);
      }
      const type = l.type === "Null" ? r.type : l.type;
      return { type: "Edm.Boolean", eval: (c) => compare(t.text, comparable(l.eval(c), type), comparable(r.eval(c), type)) };
    }
    if (t.kind === "ident" && ["has", "in", "add", "sub", "mul", "div", "mod"].includes(t.text)) {
      throw new ODataError(501, "NotImplemented", `The operator '${t.text}' is not supported by this service.`);
    }
    return l;
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case "punc":
        if (t.text !== "(") {
          this.i--;
          this.syntax();
        }
        {
          const e = this.or();
          this.expect(")");
          return e;
        }
      case "str": {
        const value = t.text.slice(1, -1).replace(/''/g, "'");
        return { type: "Edm.String", eval: () => value };
      }
      case "guid": {
        const value = t.text.toLowerCase();
        return { type: "Edm.Guid", eval: () => value };
      }
      case "dto": {
        dtoTicks(t.text);
        const value = t.text;
        return { type: "Edm.DateTimeOffset", eval: () => value };
      }
      case "date":
        return { type: "Edm.Date", eval: () => t.text };
      case "num": {
        const value = Number(t.text);
        return { type: t.text.includes(".") ? "Edm.Decimal" : "Edm.Int32", eval: () => value };
      }
      case "ident":
        if (t.text === "true" || t.text === "false") {
          const value = t.text === "true";
          return { type: "Edm.Boolean", eval: () => value };
        }
        if (t.text === "null") return { type: "Null", eval: () => null };
        if (this.peek().text === "(") return this.call(t.text);
        return this.member(t);
      default:
        this.i--;
        return this.syntax();
    }
  }

  private call(name: string): Expr {
    this.expect("(");
    const args: Expr[] = [];
    if (this.peek().text !== ")") {
      args.push(this.or());
      while (this.peek().text === ",") {
        this.i++;
        args.push(this.or());
      }
    }
    this.expect(")");
    const str = (n: number) => args.length === n && args.every((a) => a.type === "Edm.String" || a.type === "Null");
    const noMatch = () => bad(`No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${name}(Edm.String Nullable=true, Edm.String Nullable=true).`);
    const s = (c: Ctx, n: number) => (args[n]!.eval(c) as string | null) ?? "";
    switch (name) {
      case "contains":
        if (!str(2)) throw noMatch();
        return { type: "Edm.Boolean", eval: (c) => s(c, 0).includes(s(c, 1)) };
      case "startswith":
        if (!str(2)) throw noMatch();
        return { type: "Edm.Boolean", eval: (c) => s(c, 0).startsWith(s(c, 1)) };
      case "endswith":
        if (!str(2)) throw noMatch();
        return { type: "Edm.Boolean", eval: (c) => s(c, 0).endsWith(s(c, 1)) };
      case "tolower":
        if (!str(1)) throw noMatch();
        return { type: "Edm.String", eval: (c) => s(c, 0).toLowerCase() };
      case "toupper":
        if (!str(1)) throw noMatch();
        return { type: "Edm.String", eval: (c) => s(c, 0).toUpperCase() };
      default:
        throw bad(`An unknown function with name '${name}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`);
    }
  }

  /** A property path: `Soort`, `d/Soort` inside a lambda, or `Document/any(d: …)`. */
  private member(first: Token): Expr {
    let set = this.scope.set;
    let get: (c: Ctx) => Row = (c) => c.it;
    let name = first.text;
    const varSet = this.scope.vars.get(name);
    if (varSet) {
      set = varSet;
      get = (c) => c.vars.get(first.text)!;
      this.expect("/");
      const t = this.next();
      if (t.kind !== "ident") {
        this.i--;
        this.syntax();
      }
      name = t.text;
    }
    const type = SCHEMA[set];
    const prop = type.properties[name];
    if (prop) {
      if (this.peek().text === "/") this.syntax();
      const owner = get;
      const key = name;
      return { type: prop, eval: (c) => owner(c)[key] ?? null };
    }
    const nav = type.navigation[name];
    if (!nav) throw bad(`Could not find a property named '${name}' on type '${set}'.`);
    if (!nav.many) throw new ODataError(501, "NotImplemented", `Filtering on the single-valued navigation property '${name}' is not supported by this service.`);
    this.expect("/");
    const fn = this.next();
    if (fn.kind !== "ident" || (fn.text !== "any" && fn.text !== "all")) {
      this.i--;
      throw bad(`Syntax error at position ${this.peek().pos} in '${this.text}'.`);
    }
    this.expect("(");
    const owner = get, from = set, navName = name;
    const rows = (c: Ctx) => c.navigate(owner(c), from, navName);
    if (this.peek().text === ")") {
      this.i++;
      if (fn.text === "all") this.syntax();
      return { type: "Edm.Boolean", eval: (c) => rows(c).length > 0 };
    }
    const v = this.next();
    if (v.kind !== "ident") {
      this.i--;
      this.syntax();
    }
    this.expect(":");
    const inner = new Map(this.scope.vars);
    inner.set(v.text, nav.target);
    const saved = this.scope.vars;
    this.scope.vars = inner;
    const body = this.or();
    this.scope.vars = saved;
    this.expect(")");
    if (body.type !== "Edm.Boolean") throw bad(`The expression of the '${fn.text}' lambda must evaluate to a boolean value.`);
    const test = (c: Ctx, r: Row) => body.eval({ ...c, vars: new Map(c.vars).set(v.text, r) }) === true;
    return fn.text === "any"
      ? { type: "Edm.Boolean", eval: (c) => rows(c).some((r) => test(c, r)) }
      : { type: "Edm.Boolean", eval: (c) => rows(c).every((r) => test(c, r)) };
  }
}

export type RowPredicate = (row: Row, navigate: Navigate) => boolean;

export function parseFilter(text: string, set: EntitySetName): RowPredicate {
  const expr = new FilterParser(text, { set, vars: new Map() }).parse();
  return (row, navigate) => expr.eval({ it: row, vars: new Map(), navigate }) === true;
}

// ---------- $orderby, $select, $top/$skip ----------

export interface OrderKey {
  property: string;
  descending: boolean;
}

export function parseOrderBy(text: string, set: EntitySetName): OrderKey[] {
  return splitTopLevel(text, ",").map((part) => {
    const m = /^\s*([A-Za-z_]\w*)(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!m) throw bad(`Syntax error at position 0 in '${text}'.`);
    const prop = SCHEMA[set].properties[m[1]!];
    if (!prop) throw bad(`Could not find a property named '${m[1]}' on type '${set}'.`);
    return { property: m[1]!, descending: m[2] === "desc" };
  });
}

export function sortRows(rows: Row[], keys: OrderKey[], set: EntitySetName): Row[] {
  // Ties are broken by Id so that $skip paging is stable, as a database-backed service is.
  const all = [...keys, { property: "Id", descending: false }];
  return [...rows].sort((a, b) => {
    for (const k of all) {
      const type = SCHEMA[set].properties[k.property]!;
      const x = comparable(a[k.property], type), y = comparable(b[k.property], type);
      if (x === y) continue;
      if (x === null) return k.descending ? 1 : -1;
      if (y === null) return k.descending ? -1 : 1;
      const lt = (x as string | number | bigint) < (y as string | number | bigint);
      return (lt ? -1 : 1) * (k.descending ? -1 : 1);
    }
    return 0;
  });
}

export function parseSelect(text: string, set: EntitySetName): string[] {
  return splitTopLevel(text, ",").map((part) => {
    const name = part.trim();
    if (name === "*") return name;
    if (!/^[A-Za-z_]\w*$/.test(name)) throw bad(`Syntax error at position 0 in '${text}'.`);
    if (!SCHEMA[set].properties[name] && !SCHEMA[set].navigation[name]) throw bad(`Could not find a property named '${name}' on type '${set}'.`);
    return name;
  });
}

export function parseCount(option: string, text: string): number {
  if (!/^\d+$/.test(text)) throw bad(`Invalid value '${text}' for ${option} query option found. The ${option} query option requires a non-negative integer value.`);
  return Number(text);
}

// ---------- $expand ----------

export interface QueryOptions {
  filter?: RowPredicate;
  orderBy: OrderKey[];
  select?: string[];
  top?: number;
  skip?: number;
  expand: ExpandItem[];
}

export interface ExpandItem {
  nav: string;
  target: EntitySetName;
  many: boolean;
  options: QueryOptions;
}

/** Splits at a separator outside parentheses and string literals. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0, quoted = false, start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw bad(`Syntax error: ')' at position ${i} in '${text}' has no matching '('.`);
  }
  if (depth !== 0 || quoted) throw bad(`Syntax error: unbalanced parentheses or quotes in '${text}'.`);
  parts.push(text.slice(start));
  return parts;
}

const NESTED_OPTIONS = new Set(["$filter", "$select", "$orderby", "$top", "$skip", "$expand"]);

export function parseExpand(text: string, set: EntitySetName): ExpandItem[] {
  return splitTopLevel(text, ",").map((raw) => {
    const m = /^\s*([A-Za-z_*][\w]*)\s*(?:\(([\s\S]*)\))?\s*$/.exec(raw);
    if (!m) throw bad(`Syntax error in $expand at '${raw.trim()}'.`);
    if (m[1] === "*") throw new ODataError(501, "NotImplemented", "Expanding '*' is not supported by this service; name the navigation properties.");
    const nav = SCHEMA[set].navigation[m[1]!];
    if (!nav) throw bad(`Could not find a property named '${m[1]}' on type '${set}'.`);
    const options: Record<string, string> = {};
    const inner = (m[2] ?? "").trim();
    if (inner) {
      for (const part of splitTopLevel(inner, ";")) {
        const eq = part.indexOf("=");
        const name = part.slice(0, eq).trim();
        if (eq < 0 || !name.startsWith("$")) throw bad(`Syntax error in $expand at '${part.trim()}'.`);
        if (!NESTED_OPTIONS.has(name)) throw bad(`The query option '${name}' is not supported inside $expand.`);
        if (name in options) throw bad(`Query option '${name}' was specified more than once, but it must be specified at most once.`);
        options[name] = part.slice(eq + 1);
      }
    }
    return { nav: m[1]!, target: nav.target, many: nav.many, options: buildOptions(options, nav.target) };
  });
}

/** Binds the raw options (without paging limits) against an entity set. */
export function buildOptions(raw: Record<string, string>, set: EntitySetName): QueryOptions {
  return {
    filter: raw.$filter !== undefined ? parseFilter(raw.$filter, set) : undefined,
    orderBy: raw.$orderby !== undefined ? parseOrderBy(raw.$orderby, set) : [],
    select: raw.$select !== undefined ? parseSelect(raw.$select, set) : undefined,
    top: raw.$top !== undefined ? parseCount("$top", raw.$top) : undefined,
    skip: raw.$skip !== undefined ? parseCount("$skip", raw.$skip) : undefined,
    expand: raw.$expand !== undefined ? parseExpand(raw.$expand, set) : [],
  };
}

/** Filters, sorts and slices rows; `top`/`skip` here are the client's. */
export function applyOptions(rows: Row[], options: QueryOptions, set: EntitySetName, navigate: Navigate): Row[] {
  const filtered = options.filter ? rows.filter((r) => options.filter!(r, navigate)) : rows;
  const sorted = sortRows(filtered, options.orderBy, set);
  const skip = options.skip ?? 0;
  return sorted.slice(skip, options.top === undefined ? undefined : skip + options.top);
}

/** Serialises a row with its expansions, properties in schema order. */
export function shape(row: Row, options: QueryOptions, set: EntitySetName, navigate: Navigate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const selected = options.select && !options.select.includes("*") ? new Set(options.select) : undefined;
  for (const name of Object.keys(SCHEMA[set].properties)) {
    if (!selected || selected.has(name)) out[name] = row[name] ?? null;
  }
  for (const item of options.expand) {
    const related = applyOptions(navigate(row, set, item.nav), item.options, item.target, navigate).map((r) => shape(r, item.options, item.target, navigate));
    out[item.nav] = item.many ? related : (related[0] ?? null);
  }
  return out;
}

/** The part after `$metadata#`: `Zaak(ZaakActor(),Document())`. */
export function contextFragment(set: string, options: QueryOptions): string {
  const inner = contextInner(options);
  return inner === null ? set : `${set}(${inner})`;
}

function contextInner(options: QueryOptions): string | null {
  const parts = [...(options.select ?? []).filter((s) => !options.expand.some((e) => e.nav === s))];
  for (const e of options.expand) parts.push(`${e.nav}(${contextInner(e.options) ?? ""})`);
  return parts.length ? parts.join(",") : null;
}
