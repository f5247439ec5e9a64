import "server-only";
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from "kysely";
import type { ChangeEvent } from "@/lib/history/change-event";
import type { Dialect } from "@/server/db/connect";
import type { AlertDeliveriesTable, Database } from "@/server/db/schema";
import type { DeliveryOutcome } from "./channels/common";
import type { BuiltMessage } from "./deliver";

/**
 * The outbox: deliveries waiting to be sent, sent, or given up on ("dead"). Rows are written in the
 * transaction that recorded their cause (the sync, the digest tick) and claimed by a worker with a
 * lease: a worker that dies mid-send leaves a row whose lease runs out, and the next claim sends it
 * again (at-least-once; receivers de-duplicate on the deliveryId, which never changes).
 */

export type DeliveryStatus = AlertDeliveriesTable["status"];
export type DeliveryKind = AlertDeliveriesTable["kind"];

export interface NewDelivery {
  id: string;
  ruleId: string;
  kind: DeliveryKind;
  message: BuiltMessage;
  title: string;
  eventCount: number;
  at: number;
  /** Set when the caller sends it itself (tests): the worker leaves it alone. */
  claimedUntil?: number;
}

export async function insertDelivery(
  db: Kysely<Database> | Transaction<Database>,
  d: NewDelivery,
): Promise<void> {
  await db
    .insertInto("alert_deliveries")
    .values({
      id: d.id,
      rule_id: d.ruleId,
      kind: d.kind,
      channel_type: d.message.type,
      title: d.title,
      event_count: d.eventCount,
      message_json: JSON.stringify(d.message),
      status: "pending",
      attempts: 0,
      next_attempt_at: d.at,
      claimed_until: d.claimedUntil ?? null,
      last_error: null,
      last_code: null,
      last_http_status: null,
      last_attempt_at: null,
      sent_at: null,
      created_at: d.at,
      updated_at: d.at,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

export async function insertDigestEvents(
  trx: Transaction<Database>,
  ruleId: string,
  events: readonly ChangeEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto("alert_digest_events")
    .values(
      events.map((e) => ({
        rule_id: ruleId,
        event_id: e.id,
        observed_at: e.observedAt,
        event_json: JSON.stringify(e),
      })),
    )
    .onConflict((oc) => oc.columns(["rule_id", "event_id"]).doNothing())
    .execute();
}

export interface ClaimedDelivery {
  id: string;
  ruleId: string;
  message: BuiltMessage;
  attempts: number;
  /** The retry window's start: when it was queued, or last put back by "Retry". */
  retryFrom: number;
}

/**
 * Claims due deliveries: at most one per rule (a rule is one channel: its messages go out in
 * order, one at a time) and none of the rules in `busy` (this process is sending to them). On
 * PostgreSQL the candidate rows are locked `FOR UPDATE SKIP LOCKED`, so instances claiming at the
 * same moment take different rows; the lease then keeps them apart until the send ends. SQLite has
 * one writer at a time: the transaction is the claim.
 */
export async function claimDue(
  db: Kysely<Database>,
  dialect: Dialect,
  options: { now: number; leaseMs: number; limit: number; busy: ReadonlySet<string> },
): Promise<ClaimedDelivery[]> {
  return db.transaction().execute(async (trx) => {
    const claimable = (eb: ExpressionBuilder<Database, "alert_deliveries">) =>
      eb.and([
        eb("status", "=", "pending"),
        eb("next_attempt_at", "<=", options.now),
        eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", options.now)]),
      ]);
    // The oldest due delivery of each rule; the outer query locks only what it returns, so a
    // concurrent claimer skips exactly those rows and takes the next rules'.
    const firstPerRule = trx
      .selectFrom((eb) =>
        eb
          .selectFrom("alert_deliveries")
          .select([
            "id",
            sql<number>`row_number() over (partition by rule_id order by next_attempt_at, id)`.as("rn"),
          ])
          .where(claimable)
          .as("due"),
      )
      .select("due.id")
      .where("due.rn", "=", 1);
    let query = trx
      .selectFrom("alert_deliveries")
      .select(["id", "rule_id", "message_json", "attempts", "created_at", "requeued_at"])
      .where("id", "in", firstPerRule)
      .where(claimable)
      .orderBy("next_attempt_at")
      .orderBy("id")
      .limit(options.limit);
    if (options.busy.size > 0) query = query.where("rule_id", "not in", [...options.busy]);
    if (dialect === "postgres") query = query.forUpdate().skipLocked();
    const picked = await query.execute();
    if (picked.length === 0) return [];
    await trx
      .updateTable("alert_deliveries")
      .set({ claimed_until: options.now + options.leaseMs })
      .where(
        "id",
        "in",
        picked.map((r) => r.id),
      )
      .execute();
    return picked.map((r) => ({
      id: r.id,
      ruleId: r.rule_id,
      message: JSON.parse(r.message_json) as BuiltMessage,
      attempts: Number(r.attempts),
      retryFrom: Number(r.requeued_at ?? r.created_at),
    }));
  });
}

export interface RetryPolicy {
  /** First delay; doubled per failed attempt. */
  baseMs: number;
  /** The longest single wait. */
  maxDelayMs: number;
  /** Retried for this long after the delivery was queued, then dead. */
  windowMs: number;
}

/** When to try again after `attempts` failures, or null when the delivery is dead. */
export function nextAttemptAt(
  policy: RetryPolicy,
  d: { attempts: number; retryFrom: number },
  outcome: Extract<DeliveryOutcome, { ok: false }>,
  now: number,
): number | null {
  if (!outcome.retryable) return null;
  const backoff = Math.min(policy.baseMs * 2 ** Math.max(0, d.attempts - 1), policy.maxDelayMs);
  const at = now + Math.max(backoff, outcome.retryAfterMs ?? 0);
  return at > d.retryFrom + policy.windowMs ? null : at;
}

/** Records one attempt's outcome (attempts counts this one). */
export async function recordAttempt(
  db: Kysely<Database>,
  d: { id: string; attempts: number },
  outcome: DeliveryOutcome,
  next: number | null,
  now: number,
): Promise<void> {
  const common = {
    attempts: d.attempts,
    claimed_until: null,
    last_attempt_at: now,
    last_http_status: outcome.httpStatus,
    updated_at: now,
  };
  const set = outcome.ok
    ? { ...common, status: "sent" as const, sent_at: now, last_error: null, last_code: null }
    : {
        ...common,
        status: next === null ? ("dead" as const) : ("pending" as const),
        next_attempt_at: next ?? now,
        last_error: outcome.error.slice(0, 500),
        last_code: outcome.code,
      };
  await db.updateTable("alert_deliveries").set(set).where("id", "=", d.id).execute();
}

export interface DeliveryRecord {
  id: string;
  ruleId: string;
  kind: DeliveryKind;
  channelType: string;
  title: string;
  eventCount: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: string | null;
  lastCode: string | null;
  lastHttpStatus: number | null;
  lastAttemptAt: number | null;
  sentAt: number | null;
  createdAt: number;
  /** When an admin last put it back in the queue ("Retry"), if ever. */
  requeuedAt: number | null;
  updatedAt: number;
}

const num = (v: number | null) => (v === null ? null : Number(v));

function toRecord(row: AlertDeliveriesTable): DeliveryRecord {
  return {
    id: row.id,
    ruleId: row.rule_id,
    kind: row.kind,
    channelType: row.channel_type,
    title: row.title,
    eventCount: Number(row.event_count),
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.status === "pending" ? Number(row.next_attempt_at) : null,
    lastError: row.last_error,
    lastCode: row.last_code,
    lastHttpStatus: num(row.last_http_status),
    lastAttemptAt: num(row.last_attempt_at),
    sentAt: num(row.sent_at),
    createdAt: Number(row.created_at),
    requeuedAt: num(row.requeued_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function listDeliveries(
  db: Kysely<Database>,
  filter: { ruleId?: string; status?: DeliveryStatus; limit: number },
): Promise<DeliveryRecord[]> {
  let q = db.selectFrom("alert_deliveries").selectAll();
  if (filter.ruleId) q = q.where("rule_id", "=", filter.ruleId);
  if (filter.status) q = q.where("status", "=", filter.status);
  const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").limit(filter.limit).execute();
  return rows.map(toRecord);
}

export async function getDelivery(db: Kysely<Database>, id: string): Promise<DeliveryRecord | undefined> {
  const row = await db.selectFrom("alert_deliveries").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * Puts a dead (or failing) delivery back in the queue now, with the same deliveryId and a fresh
 * retry window (from `requeued_at`; `created_at` keeps when it was first queued). A sent delivery is
 * not re-sent (false).
 */
export async function requeueDelivery(db: Kysely<Database>, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable("alert_deliveries")
    .set({ status: "pending", next_attempt_at: now, claimed_until: null, requeued_at: now, updated_at: now })
    .where("id", "=", id)
    .where("status", "in", ["dead", "pending"])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
