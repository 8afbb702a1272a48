/**
 * A polite HTTP client for the official sources: a descriptive User-Agent, a
 * minimum gap between requests, and retries with backoff on 429, 5xx and cut
 * connections that honour Retry-After.
 */

export const USER_AGENT = "kamervragen-bot/0.1 (dagelijkse import van schriftelijke vragen)";

/** A source that cannot be reached or keeps refusing; the message is for people. */
export class SourceUnavailableError extends Error {
  override readonly name = "SourceUnavailableError";
  constructor(
    readonly source: string,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${source} is niet bereikbaar (${reason}) bij ${url}. Probeer het later opnieuw.`);
  }
}

export interface HttpClientOptions {
  userAgent?: string;
  /** Requests per second at most, over all sources. */
  requestsPerSecond?: number;
  /** Attempts after the first on 429 or 5xx. */
  retries?: number;
  /** Attempts after the first when the connection fails (refused, cut, timed out). */
  networkRetries?: number;
  /** First backoff; doubles every attempt. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for. */
  maxWaitMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

export interface HttpResult {
  status: number;
  text: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class PoliteClient {
  private readonly gapMs: number;
  private nextSlot = 0;
  readonly userAgent: string;
  /** Requests sent, retries included. */
  requests = 0;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.gapMs = 1000 / Math.max(0.1, options.requestsPerSecond ?? 4);
    this.userAgent = options.userAgent ?? USER_AGENT;
  }

  private get sleep() {
    return this.options.sleep ?? defaultSleep;
  }

  /** Waits for the next free slot, so requests never come faster than the rate allows. */
  private async pace(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextSlot);
    this.nextSlot = at + this.gapMs;
    if (at > now) await this.sleep(at - now);
  }

  /**
   * GETs a URL. 2xx and 404 are returned; 429, 5xx and network failures are
   * retried; anything else, or giving up, throws SourceUnavailableError.
   */
  async get(url: string, source: string, accept: string): Promise<HttpResult> {
    const retries = this.options.retries ?? 5;
    const backoff = this.options.backoffMs ?? 1000;
    const maxWait = this.options.maxWaitMs ?? 120_000;
    const networkRetries = this.options.networkRetries ?? 3;
    let lastReason = "";
    for (let attempt = 0; ; attempt++) {
      let networkFailure = false;
      await this.pace();
      this.requests++;
      let waitMs: number | null = null;
      try {
        const res = await fetch(url, {
          headers: { "User-Agent": this.userAgent, Accept: accept },
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
          redirect: "follow",
        });
        if (res.ok || res.status === 404) return { status: res.status, text: await res.text() };
        await res.body?.cancel().catch(() => undefined);
        if (res.status !== 429 && res.status < 500) throw new SourceUnavailableError(source, url, `HTTP ${res.status}`);
        lastReason = `HTTP ${res.status}`;
        waitMs = retryAfterMs(res.headers.get("retry-after"));
        if (waitMs !== null && waitMs > maxWait) {
          throw new SourceUnavailableError(source, url, `HTTP ${res.status}, opnieuw proberen pas over ${Math.round(waitMs / 1000)} s`);
        }
      } catch (err) {
        if (err instanceof SourceUnavailableError) throw err;
        lastReason = describeNetworkError(err);
        networkFailure = true;
      }
      if (attempt >= (networkFailure ? Math.min(retries, networkRetries) : retries)) throw new SourceUnavailableError(source, url, `${lastReason}, ${attempt + 1} pogingen`);
      const wait = waitMs ?? Math.min(maxWait, backoff * 2 ** attempt);
      this.options.onRetry?.({ url, attempt: attempt + 1, waitMs: wait, reason: lastReason });
      await this.sleep(wait);
      // A server that asked for a pause gets it before any other request too.
      this.nextSlot = Math.max(this.nextSlot, Date.now());
    }
  }
}

function describeNetworkError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError") return "geen antwoord binnen de tijd";
  const code = e.cause?.code;
  if (code === "ECONNREFUSED") return "verbinding geweigerd";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "adres niet gevonden";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "verbinding verbroken";
  return e.cause?.message ?? e.message ?? "onbekende netwerkfout";
}
