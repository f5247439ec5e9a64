import "server-only";
import type { Kysely } from "kysely";
import type { ChangeEvent } from "@/lib/history/change-event";
import { logger } from "@/lib/log/logger";
import type { Dialect } from "@/server/db/connect";
import type { Database } from "@/server/db/schema";
import type { DeliveryOutcome } from "./channels/common";
import type { SmtpConfig } from "./channels/email";
import { type ComposeContext, composeMessage, stableDeliveryId } from "./compose";
import { deliverMessage } from "./deliver";
import { digestEvents, dueDigests } from "./digest";
import {
  type ClaimedDelivery,
  claimDue,
  insertDelivery,
  nextAttemptAt,
  type RetryPolicy,
  recordAttempt,
} from "./outbox";
import { type RuleStore, rowToRule } from "./rule-store";
import type { SendOptions } from "./send";

/**
 * The alerts worker: every `intervalMs` it turns due digests into deliveries, then claims due
 * deliveries and sends them. Sends run concurrently, one at a time per rule (a rule is one
 * channel): a channel that hangs for its full 10 s timeout, or fails for a day, only holds its own
 * slot — other rules' deliveries are claimed and sent on the next ticks (no head-of-line blocking).
 */

export interface AlertWorkerOptions extends ComposeContext {
  db: Kysely<Database>;
  dialect: Dialect;
  rules: RuleStore;
  send: SendOptions;
  smtp: SmtpConfig | null;
  retry: RetryPolicy;
  intervalMs: number;
  /** How long a claim lasts: longer than a send can take (10 s), so a live send is never doubled. */
  leaseMs?: number;
  /** Deliveries in flight at once in this process (over distinct rules). */
  concurrency?: number;
  now: () => number;
}

export interface AlertWorker {
  start(): void;
  stop(): Promise<void>;
  /** One pass: digests, then claim and send; resolves when those sends are done (tests). */
  runOnce(): Promise<void>;
  /** Sends one claimed delivery (exported for "Send test"-like paths and tests). */
  deliver(d: ClaimedDelivery): Promise<DeliveryOutcome>;
}

export function createAlertWorker(options: AlertWorkerOptions): AlertWorker {
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 8;
  const inFlight = new Map<string, Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let ticking: Promise<void> | null = null;

  async function deliver(d: ClaimedDelivery): Promise<DeliveryOutcome> {
    const now = options.now();
    const stored = await options.rules.get(d.ruleId);
    let outcome: DeliveryOutcome;
    if (!stored)
      outcome = {
        ok: false,
        retryable: false,
        httpStatus: null,
        code: "rule_deleted",
        error: "the rule was deleted",
      };
    else {
      try {
        const channel = options.rules.open(stored);
        outcome = await deliverMessage(channel, d.message, {
          send: options.send,
          smtp: options.smtp,
          deliveryId: d.id,
        });
      } catch (error) {
        // Only the secret box throws here (a changed ALERTS_SECRET_KEY): re-enter the secret.
        outcome = {
          ok: false,
          retryable: false,
          httpStatus: null,
          code: "undecryptable",
          error: (error as Error).message.slice(0, 200),
        };
      }
    }
    const attempts = d.attempts + 1;
    const at = options.now();
    const next = outcome.ok
      ? null
      : nextAttemptAt(options.retry, { attempts, retryFrom: d.retryFrom }, outcome, at);
    await recordAttempt(options.db, { id: d.id, attempts }, outcome, next, at);
    if (!outcome.ok)
      logger.warn("alert delivery failed", {
        delivery: d.id,
        rule: d.ruleId,
        attempts,
        code: outcome.code,
        httpStatus: outcome.httpStatus,
        dead: next === null,
        tookMs: at - now,
      });
    return outcome;
  }

  async function scheduleDigests(): Promise<void> {
    const now = options.now();
    const rows = await options.db
      .selectFrom("alert_rules")
      .selectAll()
      .where("enabled", "=", 1)
      .where("mode", "=", "digest")
      .execute();
    for (const row of rows) {
      const stored = rowToRule(row);
      const { digestAt, timeZone } = stored.rule;
      if (!digestAt) continue;
      const last = stored.digestLastDueAt ?? stored.createdAt;
      const due = dueDigests(digestAt, timeZone, last, now);
      const latest = due.at(-1);
      if (latest === undefined) continue;
      // After downtime, the missed days go out as one summary up to the latest digest instant.
      await options.db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable("alert_rules")
          .set({ digest_last_due_at: latest })
          .where("id", "=", stored.id)
          .where((eb) =>
            stored.digestLastDueAt === null
              ? eb("digest_last_due_at", "is", null)
              : eb("digest_last_due_at", "=", stored.digestLastDueAt),
          )
          .executeTakeFirst();
        // Another instance handled this digest first.
        if (Number(claimed.numUpdatedRows) === 0) return;
        const pending = await trx
          .selectFrom("alert_digest_events")
          .select(["event_json"])
          .where("rule_id", "=", stored.id)
          .where("observed_at", "<=", latest)
          .execute();
        const events = pending.map((r) => JSON.parse(r.event_json) as ChangeEvent);
        const picked = digestEvents(stored.rule, events, { from: Number.NEGATIVE_INFINITY, to: latest });
        await trx
          .deleteFrom("alert_digest_events")
          .where("rule_id", "=", stored.id)
          .where("observed_at", "<=", latest)
          .execute();
        // Nothing to report: nothing is sent.
        if (!picked) return;
        const deliveryId = stableDeliveryId(stored.id, "digest", latest);
        const composed = composeMessage(options, {
          ruleId: stored.id,
          rule: stored.rule,
          channelType: stored.channel.type,
          events: picked.events,
          mode: "digest",
          deliveryId,
        });
        await insertDelivery(trx, {
          id: deliveryId,
          ruleId: stored.id,
          kind: "digest",
          message: composed.message,
          title: composed.title,
          eventCount: picked.events.length,
          at: now,
        });
      });
    }
  }

  async function tick(): Promise<Promise<unknown>[]> {
    await scheduleDigests();
    const free = concurrency - inFlight.size;
    if (free <= 0) return [];
    const claimed = await claimDue(options.db, options.dialect, {
      now: options.now(),
      leaseMs,
      limit: free,
      busy: new Set(inFlight.keys()),
    });
    return claimed.map((d) => {
      const p = deliver(d)
        .catch((error: unknown) => logger.error("alert delivery crashed", { delivery: d.id, error }))
        .finally(() => inFlight.delete(d.ruleId));
      inFlight.set(d.ruleId, p);
      return p;
    });
  }

  function loop() {
    if (!running) return;
    ticking = tick()
      .then(() => undefined)
      .catch((error: unknown) => logger.warn("alerts worker tick failed", { error }))
      .finally(() => {
        ticking = null;
        if (running) timer = setTimeout(loop, options.intervalMs);
      });
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(loop, 0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await ticking;
      await Promise.allSettled([...inFlight.values()]);
    },
    async runOnce() {
      await Promise.allSettled(await tick());
    },
    deliver,
  };
}
