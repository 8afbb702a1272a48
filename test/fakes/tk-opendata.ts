/**
 * A local fake of the two official sources of Kamervragen, on 127.0.0.1:
 *
 * - Tweede Kamer open data, OData v4 (`odataBase`, usable as `TK_ODATA_URL`): the entity
 *   sets `Zaak`, `ZaakActor` and `Document`, also by key (`Zaak(<guid>)`), with `$filter`
 *   (eq/ne/gt/ge/lt/le, and/or/not, parentheses, contains/startswith/endswith/tolower/
 *   toupper, `Document/any(d: d/Soort eq '…')`), `$expand` (nested options such as
 *   `Document($filter=…;$select=…;$orderby=…)`), `$select`, `$orderby`, `$top`, `$skip`,
 *   `$count=true`, and server-driven paging through `@odata.nextLink` (`pageSize`, 5 by
 *   default, so the fixture spans several pages). Refusals are 400s with an OData error
 *   body `{"error":{"code","message"}}`: syntax errors, unknown properties, entity sets
 *   (404) or query options, mismatched operand types (`Id eq '<guid>'`), `$top` over 250.
 * - officiële bekendmakingen (`bekendmakingenBase`, usable as `OFFICIELE_BEKENDMAKINGEN_URL`):
 *   `/{id}.xml` for `kv-tk-{Nummer}`, `kv-{Alias}` (older sets; their `kv-tk-` form is a
 *   404) and `ah-tk-{vergaderjaar}-{nummer}`; anything else is a 404.
 *
 * The served sets are {@link TK_FAKE_SETS} (see `about` on each; `expectedTexts(set)` gives the
 * visible question and answer texts an importer should produce). Test controls:
 * - `requests`: every request (service, method, path, query, headers, userAgent, time, status);
 * - `failNext(pattern, { status, retryAfter?, times?, reset? })`: the next matching request(s)
 *   get that status (with `Retry-After` in seconds), or a dropped connection with `reset`;
 * - `truncate(id, { times? })`: the publication is served cut off mid-element (200);
 * - `publishAnswer(nummer, { at? })`: a pending answer arrives (Document, ah-tk XML, and
 *   the Zaak's `GewijzigdOp`/`ApiGewijzigdOp` moved to `at`, by default now);
 * - `close()`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TK_FAKE_SETS } from "./tk-opendata/cases.ts";
import { ahId, expectedTexts, kvId, plainText, type FakeSet } from "./tk-opendata/model.ts";
import { ODataError, applyOptions, buildOptions, contextFragment, parseCount, shape, type QueryOptions } from "./tk-opendata/odata-query.ts";
import { isEntitySet, type EntitySetName } from "./tk-opendata/schema.ts";
import { TkStore, type PublishedAnswer } from "./tk-opendata/store.ts";
import { truncated } from "./tk-opendata/xml.ts";

export { TK_FAKE_SETS, ahId, expectedTexts, kvId, plainText };
export type { FakeSet };
export type { ExpectedAnswer, FakeAnswerBlock, FakeAsker, FakeNote, FakePublication, FakeQuestion } from "./tk-opendata/model.ts";

export const ODATA_PATH = "/OData/v4/2.0";
/** The most rows the real service returns for one `$top`. */
export const ODATA_MAX_TOP = 250;

export interface RecordedRequest {
  service: "odata" | "bekendmakingen";
  method: string;
  /** Decoded path, e.g. `/OData/v4/2.0/Zaak` or `/kv-tk-2024Z17900.xml`. */
  path: string;
  /** Decoded query parameters (`+` read as a space, as the real service does). */
  query: Record<string, string>;
  /** The query string as sent, without `?`. */
  rawQuery: string;
  headers: Record<string, string | string[] | undefined>;
  userAgent: string | undefined;
  /** `Date.now()` when the request arrived. */
  time: number;
  /** Status sent, or 0 when the connection was dropped. */
  status: number;
}

export interface FailureSpec {
  status?: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Drop the connection instead of answering. */
  reset?: boolean;
}

export interface TkFakeOptions {
  /** Rows per OData page before `@odata.nextLink`; default 5. */
  pageSize?: number;
  /** Fixture sets; default {@link TK_FAKE_SETS}. */
  sets?: readonly FakeSet[];
}

export interface TkFake {
  odataBase: string;
  bekendmakingenBase: string;
  requests: RecordedRequest[];
  /** The sets as currently served (publishAnswer marks publications published). */
  sets: readonly FakeSet[];
  /** Ids of every publication currently served. */
  publicationIds(): string[];
  /** `pattern`: a substring of the decoded path, or a RegExp tested on decoded path + `?` + query. */
  failNext(pattern: string | RegExp, spec: FailureSpec): void;
  truncate(publicationId: string, opts?: { times?: number }): void;
  publishAnswer(nummer: string, opts?: { at?: Date }): PublishedAnswer;
  close(): Promise<void>;
}

const SUPPORTED_OPTIONS = new Set(["$filter", "$expand", "$select", "$orderby", "$top", "$skip", "$count", "$format"]);
const UNIMPLEMENTED_OPTIONS = new Set(["$search", "$apply", "$compute", "$skiptoken", "$levels"]);

function odataError(res: ServerResponse, err: ODataError, headers: Record<string, string> = {}): void {
  res.writeHead(err.status, { "Content-Type": "application/json; odata.metadata=minimal; charset=utf-8", ...headers });
  res.end(JSON.stringify({ error: { code: err.code, message: err.message } }));
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { "Content-Type": "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8", "OData-Version": "4.0" });
  res.end(JSON.stringify(body));
}

/** Query parameters as an OData service reads them; a repeated system option is refused. */
function readQuery(rawQuery: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQuery)) {
    if (name in out && name.startsWith("$")) {
      throw new ODataError(400, "BadRequest", `Query option '${name}' was specified more than once, but it must be specified at most once.`);
    }
    out[name] = value;
  }
  return out;
}

/** Encodes a query value the way the real service writes its nextLinks: readable, `+` escaped. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%24/g, "$").replace(/%2C/g, ",").replace(/%27/g, "'").replace(/%28/g, "(").replace(/%29/g, ")").replace(/%2F/g, "/").replace(/%3A/g, ":");
}

export async function startTkFake(opts: TkFakeOptions = {}): Promise<TkFake> {
  const pageSize = opts.pageSize ?? 5;
  const store = new TkStore(opts.sets ?? TK_FAKE_SETS);
  const requests: RecordedRequest[] = [];
  const failures: { pattern: string | RegExp; spec: FailureSpec; left: number }[] = [];
  const truncations = new Map<string, number>();
  let odataBase = "";

  function takeFailure(path: string, rawQuery: string): FailureSpec | undefined {
    let query = rawQuery;
    try {
      query = decodeURIComponent(rawQuery.replace(/\+/g, " "));
    } catch {
      // Matched as sent.
    }
    const target = `${path}?${query}`;
    const i = failures.findIndex((f) => (typeof f.pattern === "string" ? path.includes(f.pattern) : f.pattern.test(target)));
    if (i < 0) return undefined;
    const f = failures[i]!;
    if (--f.left <= 0) failures.splice(i, 1);
    return f.spec;
  }

  function record(service: RecordedRequest["service"], req: IncomingMessage): { entry: RecordedRequest; path: string; rawQuery: string } {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? "" : url.slice(q + 1);
    let path = rawPath;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      // A malformed escape stays as sent; routing then refuses it.
    }
    let query: Record<string, string> = {};
    try {
      query = Object.fromEntries(new URLSearchParams(rawQuery));
    } catch {
      query = {};
    }
    const ua = req.headers["user-agent"];
    const entry: RecordedRequest = { service, method: req.method ?? "GET", path, query, rawQuery, headers: { ...req.headers }, userAgent: typeof ua === "string" ? ua : undefined, time: Date.now(), status: 0 };
    requests.push(entry);
    return { entry, path, rawQuery };
  }

  /** Answers an injected failure; true when the request was consumed by it. */
  function injected(service: RecordedRequest["service"], req: IncomingMessage, res: ServerResponse, entry: RecordedRequest, path: string, rawQuery: string): boolean {
    const spec = takeFailure(path, rawQuery);
    if (!spec) return false;
    if (spec.reset) {
      req.socket.destroy();
      return true;
    }
    const status = spec.status ?? 500;
    const headers: Record<string, string> = spec.retryAfter !== undefined ? { "Retry-After": String(spec.retryAfter) } : {};
    entry.status = status;
    if (service === "odata") {
      const code = status === 429 ? "TooManyRequests" : status >= 500 ? "InternalServerError" : "Error";
      odataError(res, new ODataError(status, code, status === 429 ? "Too many requests. Try again later." : "An error has occurred."), headers);
    } else {
      res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers });
      res.end(`<!DOCTYPE html><html lang="nl"><head><title>Fout ${status}</title></head><body><h1>Er is een fout opgetreden</h1></body></html>`);
    }
    return true;
  }

  function serveOData(path: string, rawQuery: string): { status: number; body: unknown } {
    if (!path.startsWith(`${ODATA_PATH}/`)) throw new ODataError(404, "NotFound", `No HTTP resource was found that matches the request URI '${path}'.`);
    const resource = path.slice(ODATA_PATH.length + 1);
    const m = /^([A-Za-z_]\w*)(?:\((.*)\))?$/.exec(resource);
    if (!m || !isEntitySet(m[1]!)) throw new ODataError(404, "NotFound", `No HTTP resource was found that matches the request URI '${path}'.`);
    const set: EntitySetName = m[1] as EntitySetName;
    const query = readQuery(rawQuery);
    for (const name of Object.keys(query)) {
      if (!name.startsWith("$")) continue;
      if (UNIMPLEMENTED_OPTIONS.has(name)) throw new ODataError(501, "NotImplemented", `The query option '${name}' is not supported by this service.`);
      if (!SUPPORTED_OPTIONS.has(name)) throw new ODataError(400, "BadRequest", `The query parameter '${name}' is not supported.`);
    }
    if (query.$format !== undefined && !/^(json|application\/json\b.*)$/.test(query.$format)) {
      throw new ODataError(400, "BadRequest", `The requested format '${query.$format}' is not supported.`);
    }
    if (query.$count !== undefined && query.$count !== "true" && query.$count !== "false") {
      throw new ODataError(400, "BadRequest", `'${query.$count}' is not a valid count option.`);
    }
    const top = query.$top !== undefined ? parseCount("$top", query.$top) : undefined;
    // The real service refuses a $top above its maximum rather than capping it silently, so
    // an importer that asks for too much learns it here instead of getting fewer rows.
    if (top !== undefined && top > ODATA_MAX_TOP) {
      throw new ODataError(400, "BadRequest", `The query specified in the URI is not valid. The limit of '${ODATA_MAX_TOP}' for Top query has been exceeded. The value from the incoming request is '${top}'.`);
    }
    // Paging of the top level is done here, across pages; nested $top/$skip apply per expansion.
    const options: QueryOptions = buildOptions(Object.fromEntries(Object.entries(query).filter(([k]) => k !== "$top" && k !== "$skip")), set);
    const skip = query.$skip !== undefined ? parseCount("$skip", query.$skip) : 0;
    const context = `${odataBase}/$metadata#${contextFragment(set, options)}`;

    if (m[2] !== undefined) {
      const key = m[2];
      if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(key)) {
        throw new ODataError(400, "BadRequest", `The key value '${key}' is not a valid Edm.Guid.`);
      }
      const row = store.rows[set].find((r) => r.Id === key.toLowerCase());
      if (!row) throw new ODataError(404, "NotFound", `No ${set} with key '${key}' was found.`);
      return { status: 200, body: { "@odata.context": `${context}/$entity`, ...shape(row, options, set, store.navigate) } };
    }

    const matching = applyOptions(store.rows[set], options, set, store.navigate);
    const wanted = top === undefined ? matching.length - skip : Math.min(top, Math.max(0, matching.length - skip));
    const pageRows = matching.slice(skip, skip + Math.min(pageSize, Math.max(0, wanted)));
    const body: Record<string, unknown> = { "@odata.context": context };
    if (query.$count === "true") body["@odata.count"] = matching.length;
    body.value = pageRows.map((r) => shape(r, options, set, store.navigate));
    if (pageRows.length < wanted) {
      const next: Record<string, string> = { ...query, $skip: String(skip + pageRows.length) };
      if (top !== undefined) next.$top = String(top - pageRows.length);
      body["@odata.nextLink"] = `${odataBase}/${set}?${Object.entries(next).map(([k, v]) => `${encodeQueryValue(k)}=${encodeQueryValue(v)}`).join("&")}`;
    }
    return { status: 200, body };
  }

  const odataServer = createServer((req, res) => {
    const { entry, path, rawQuery } = record("odata", req);
    if (injected("odata", req, res, entry, path, rawQuery)) return;
    try {
      if (req.method !== "GET" && req.method !== "HEAD") throw new ODataError(405, "MethodNotAllowed", `The requested resource does not support http method '${req.method}'.`);
      const { status, body } = serveOData(path, rawQuery);
      entry.status = status;
      json(res, body);
    } catch (err) {
      const e = err instanceof ODataError ? err : new ODataError(500, "InternalServerError", String(err));
      entry.status = e.status;
      odataError(res, e);
    }
  });

  const bekendmakingenServer = createServer((req, res) => {
    const { entry, path, rawQuery } = record("bekendmakingen", req);
    if (injected("bekendmakingen", req, res, entry, path, rawQuery)) return;
    const m = /^\/([a-z0-9-]+)\.xml$/i.exec(path);
    let xml = m && req.method === "GET" ? store.publication(m[1]!) : undefined;
    if (!xml) {
      entry.status = 404;
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end('<!DOCTYPE html><html lang="nl"><head><title>Pagina niet gevonden</title></head><body><h1>Pagina niet gevonden</h1></body></html>');
      return;
    }
    const left = truncations.get(m![1]!);
    if (left !== undefined) {
      xml = truncated(xml);
      if (left <= 1) truncations.delete(m![1]!);
      else truncations.set(m![1]!, left - 1);
    }
    entry.status = 200;
    res.writeHead(200, { "Content-Type": "application/xml; charset=utf-8", "Content-Length": Buffer.byteLength(xml) });
    res.end(xml);
  });

  const listen = (server: Server) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });
  const [odataPort, bmPort] = await Promise.all([listen(odataServer), listen(bekendmakingenServer)]);
  odataBase = `http://127.0.0.1:${odataPort}${ODATA_PATH}`;

  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return {
    odataBase,
    bekendmakingenBase: `http://127.0.0.1:${bmPort}`,
    requests,
    sets: store.sets,
    publicationIds: () => store.publicationIds(),
    failNext(pattern, spec) {
      failures.push({ pattern, spec, left: spec.times ?? 1 });
    },
    truncate(publicationId, o = {}) {
      if (store.publication(publicationId) === undefined) throw new Error(`No publication ${publicationId} to truncate`);
      truncations.set(publicationId, o.times ?? Number.POSITIVE_INFINITY);
    },
    publishAnswer(nummer, o = {}) {
      return store.publishAnswer(nummer, o.at ?? new Date());
    },
    async close() {
      await Promise.all([close(odataServer), close(bekendmakingenServer)]);
    },
  };
}
