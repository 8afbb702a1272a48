/** What a fake received, in order, and promises for what is still to come. */
export class Recording<T> {
  readonly items: T[] = [];
  private waiters: { test: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  constructor(private readonly timeoutMessage: string) {}

  add(item: T): void {
    this.items.push(item);
    for (const w of [...this.waiters]) {
      if (w.test(item)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(item);
      }
    }
  }

  /** The first item that matches; with `earlier`, one already received counts too. */
  waitFor(test: (item: T) => boolean, timeoutMs: number, earlier: boolean): Promise<T> {
    const found = earlier ? this.items.find(test) : undefined;
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(this.timeoutMessage)), timeoutMs);
      this.waiters.push({ test, resolve: (item) => (clearTimeout(t), resolve(item)) });
    });
  }
}
