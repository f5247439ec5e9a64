/**
 * Sessions ended by sign-out, so a copied cookie stops working at once instead of at its expiry
 * (the cookie itself is stateless). A sid is revoked until `now + session TTL` (capped at the
 * session's maximum age): the longest any copy of the cookie — even one renewed just before
 * sign-out — could still live.
 *
 * `RevocationStore` is the seam for several instances: this file holds the in-memory
 * implementation (one process, shared by proxy.ts and the route handlers through globalThis); a
 * PostgreSQL one (a `revoked_sessions(sid primary key, until)` table) implements the same two
 * async methods. Callers only ever `await` it.
 */
export interface RevocationStore {
  /** Refuses `sid` until `until` (ms since epoch). */
  revoke(sid: string, until: number, now?: number): Promise<void>;
  isRevoked(sid: string, now?: number): Promise<boolean>;
}

export class MemoryRevocationStore implements RevocationStore {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxEntries = 100_000) {}

  async revoke(sid: string, until: number, now = Date.now()): Promise<void> {
    this.revokeSync(sid, until, now);
  }

  async isRevoked(sid: string, now = Date.now()): Promise<boolean> {
    return this.isRevokedSync(sid, now);
  }

  revokeSync(sid: string, until: number, now = Date.now()): void {
    if (until <= now) return;
    this.prune(now);
    // Full (a flood of sign-outs): forget the entries closest to ending anyway.
    while (this.until.size >= this.maxEntries) {
      const oldest = this.until.keys().next().value;
      if (oldest === undefined) break;
      this.until.delete(oldest);
    }
    const previous = this.until.get(sid) ?? 0;
    // Re-inserted at the end: insertion order stays "ends soonest first" for the eviction above.
    this.until.delete(sid);
    this.until.set(sid, Math.max(until, previous));
  }

  isRevokedSync(sid: string, now = Date.now()): boolean {
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

/** Replaces the store for the whole process (instrumentation, with DATABASE_URL: the PostgreSQL one). */
export function installRevocationStore(store: RevocationStore): void {
  (globalThis as { [KEY]?: RevocationStore })[KEY] = store;
}

export function revocations(): RevocationStore {
  const g = globalThis as { [KEY]?: RevocationStore };
  g[KEY] ??= new MemoryRevocationStore();
  return g[KEY];
}
