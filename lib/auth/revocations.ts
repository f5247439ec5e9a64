/**
 * Sessions ended by sign-out, so a copied cookie stops working at once instead of at its expiry
 * (the cookie itself is stateless). In memory, shared by proxy.ts and the route handlers through
 * globalThis; each entry is dropped when the session would have expired anyway. One console
 * process: a multi-instance deployment needs a shared store here, like the rate limiter.
 */
export class RevocationList {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxEntries = 100_000) {}

  revoke(sid: string, expiresAt: number, now = Date.now()): void {
    if (expiresAt <= now) return;
    this.prune(now);
    // Full (a flood of sign-outs): forget the sessions closest to expiring anyway.
    while (this.until.size >= this.maxEntries) {
      const oldest = this.until.keys().next().value;
      if (oldest === undefined) break;
      this.until.delete(oldest);
    }
    this.until.set(sid, expiresAt);
  }

  isRevoked(sid: string, now = Date.now()): boolean {
    const until = this.until.get(sid);
    if (until === undefined) return false;
    if (until <= now) {
      this.until.delete(sid);
      return false;
    }
    return true;
  }

  get size(): number {
    return this.until.size;
  }

  private prune(now: number) {
    if (this.until.size < 1024) return;
    for (const [sid, until] of this.until) if (until <= now) this.until.delete(sid);
  }
}

const KEY = Symbol.for("template-console.session-revocations");

export function revocations(): RevocationList {
  const g = globalThis as { [KEY]?: RevocationList };
  g[KEY] ??= new RevocationList();
  return g[KEY];
}
