/** A per-key sliding window: at most `limit` events per `windowMs`. */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; false when the key is over its limit. */
  take(key: string): boolean {
    const t = this.now();
    const recent = (this.events.get(key) ?? []).filter((e) => t - e < this.windowMs);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(t);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.prune(t);
    return true;
  }

  private prune(t: number): void {
    for (const [k, v] of this.events) if (v.every((e) => t - e >= this.windowMs)) this.events.delete(k);
  }
}

export const RATE_LIMIT_MESSAGE = "Rustig aan: je hebt veel commando's achter elkaar gestuurd. Probeer het over een minuut opnieuw.";
