import type { SignatureState } from "./verify";

/** What the sink received, newest last, in memory (capped). */

export const SINK_CHANNELS = ["wecom", "dingtalk", "feishu", "slack", "webhook", "email"] as const;
export type SinkChannel = (typeof SINK_CHANNELS)[number];

export interface SinkMessage {
  seq: number;
  channel: SinkChannel;
  receivedAt: number;
  /** Request path with query values masked (keys and signatures stay out of the page). */
  path: string;
  deliveryId: string | null;
  /** 1 for the first request of a delivery id, 2 for its first retry… */
  attempt: number;
  signature: SignatureState;
  /** Whether the sink answered success (false: failed on purpose, bad signature, bad format). */
  accepted: boolean;
  /** HTTP status and body the sink answered (SMTP: reply code). */
  status: number;
  answer: string;
  /** The parsed JSON body, or for email { from, to, subject, text, html }. */
  payload: unknown;
}

export class SinkStore {
  private list: SinkMessage[] = [];
  private seq = 0;
  private attempts = new Map<string, number>();
  private failed = new Map<string, number>();

  constructor(private readonly max = 500) {}

  /** Counts a request of a delivery and says how many of its attempts came before. */
  nextAttempt(key: string): number {
    const n = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, n);
    return n;
  }

  /** True while the first `fail` requests for this key should fail. */
  shouldFail(key: string, fail: number): boolean {
    const done = this.failed.get(key) ?? 0;
    if (done >= fail) return false;
    this.failed.set(key, done + 1);
    return true;
  }

  add(message: Omit<SinkMessage, "seq">): SinkMessage {
    const full = { ...message, seq: ++this.seq };
    this.list.push(full);
    if (this.list.length > this.max) this.list.splice(0, this.list.length - this.max);
    return full;
  }

  all(): SinkMessage[] {
    return [...this.list];
  }

  clear(): void {
    this.list = [];
    this.attempts.clear();
    this.failed.clear();
  }
}
