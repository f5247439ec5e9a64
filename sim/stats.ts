/** Request counters for tests (e.g. proving the console's single-flight de-duplication). */
export interface StatsSnapshot {
  /** Every POST /api/wa/getTemplate received since the last reset. */
  total: number;
  /** Requests that passed auth + body checks and resolved to an account, by account id. */
  byAccount: Record<string, number>;
  /** Walks started (first-page requests without a name filter), by account id. */
  walksByAccount: Record<string, number>;
  /** Responses by NxCloud code ("0", "1003", "-1", …; "hang" and "malformed" for those faults). */
  byCode: Record<string, number>;
  /** ISO time of the last reset (or start). */
  since: string;
}

export class Stats {
  private total = 0;
  private byAccount: Record<string, number> = {};
  private walksByAccount: Record<string, number> = {};
  private byCode: Record<string, number> = {};
  private since = new Date().toISOString();

  constructor(private readonly accountIds: readonly string[] = []) {
    this.reset();
  }
  request(): void {
    this.total++;
  }
  account(id: string): void {
    this.byAccount[id] = (this.byAccount[id] ?? 0) + 1;
  }
  walk(id: string): void {
    this.walksByAccount[id] = (this.walksByAccount[id] ?? 0) + 1;
  }
  code(code: number | "hang" | "malformed"): void {
    const key = String(code);
    this.byCode[key] = (this.byCode[key] ?? 0) + 1;
  }
  reset(): void {
    this.total = 0;
    this.byAccount = Object.fromEntries(this.accountIds.map((id) => [id, 0]));
    this.walksByAccount = Object.fromEntries(this.accountIds.map((id) => [id, 0]));
    this.byCode = {};
    this.since = new Date().toISOString();
  }
  snapshot(): StatsSnapshot {
    return {
      total: this.total,
      byAccount: { ...this.byAccount },
      walksByAccount: { ...this.walksByAccount },
      byCode: { ...this.byCode },
      since: this.since,
    };
  }
}
