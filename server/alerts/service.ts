import "server-only";
import { randomUUID } from "node:crypto";
import { consolePublicUrl } from "@/lib/alerts/env-checks";
import type { AccountConfig, Env } from "@/lib/config/env-schema";
import type { DatabaseHandle } from "@/server/db/connect";
import type { OnChangesRecorded } from "@/server/history/hooks";
import type { DeliveryOutcome } from "./channels/common";
import type { SmtpConfig } from "./channels/email";
import { type ComposeContext, composeMessage } from "./compose";
import { deliverMessage } from "./deliver";
import { createAlertEnqueuer } from "./enqueue";
import { sampleEvents } from "./fixtures";
import { insertDelivery, type RetryPolicy, recordAttempt } from "./outbox";
import { createRuleStore, type RuleStore, type StoredRule } from "./rule-store";
import { createSecretBox, type SecretBox } from "./secret-box";
import { type SendOptions, sendOptionsFromEnv } from "./send";
import { type AlertWorker, createAlertWorker } from "./worker";

/** Everything alerts need beyond the database, from the environment (or a test). */
export interface AlertSettings {
  box: SecretBox;
  publicUrl: string;
  send: SendOptions;
  smtp: SmtpConfig | null;
  retry: RetryPolicy;
  workerIntervalMs: number;
}

export interface AlertService {
  readonly rules: RuleStore;
  readonly worker: AlertWorker;
  /** Pass to the catalog store: queues deliveries inside the sync transaction. */
  readonly onChangesRecorded: OnChangesRecorded;
  readonly compose: ComposeContext;
  readonly send: SendOptions;
  /** SMTP_URL and SMTP_FROM are set: email rules can be delivered. */
  readonly emailConfigured: boolean;
  /** Sends a sample message on the rule's channel now (same build and send path), logged as kind "test". */
  sendTest(stored: StoredRule): Promise<{ deliveryId: string; outcome: DeliveryOutcome }>;
}

export function alertSettingsFromEnv(env: Env, port = process.env.PORT): AlertSettings {
  return {
    box: createSecretBox(env),
    publicUrl: consolePublicUrl(env, port),
    send: sendOptionsFromEnv(env),
    smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
    retry: { baseMs: env.ALERTS_RETRY_BASE_MS, maxDelayMs: 3_600_000, windowMs: env.ALERTS_RETRY_WINDOW_MS },
    workerIntervalMs: env.ALERTS_WORKER_INTERVAL_MS,
  };
}

export function createAlertService(
  database: DatabaseHandle,
  accounts: readonly AccountConfig[],
  settings: AlertSettings,
  now: () => number,
): AlertService {
  const compose: ComposeContext = {
    publicUrl: settings.publicUrl,
    accountLabels: Object.fromEntries(accounts.map((a) => [a.id, a.label])),
  };
  const rules = createRuleStore(database.db, settings.box, now);
  const worker = createAlertWorker({
    ...compose,
    db: database.db,
    dialect: database.dialect,
    rules,
    send: settings.send,
    smtp: settings.smtp,
    retry: settings.retry,
    intervalMs: settings.workerIntervalMs,
    now,
  });
  return {
    rules,
    worker,
    onChangesRecorded: createAlertEnqueuer({ ...compose, now }),
    compose,
    send: settings.send,
    emailConfigured: settings.smtp !== null,
    async sendTest(stored) {
      const deliveryId = `t_${randomUUID()}`;
      const events = sampleEvents(now());
      const composed = composeMessage(compose, {
        ruleId: stored.id,
        rule: stored.rule,
        channelType: stored.channel.type,
        events,
        mode: "test",
        deliveryId,
      });
      const at = now();
      await insertDelivery(database.db, {
        id: deliveryId,
        ruleId: stored.id,
        kind: "test",
        message: composed.message,
        title: composed.title,
        eventCount: events.length,
        at,
        // Sent right here, not by the worker.
        claimedUntil: at + 60_000,
      });
      const outcome = await deliverMessage(rules.open(stored), composed.message, {
        send: settings.send,
        smtp: settings.smtp,
        deliveryId,
      });
      // A test is answered now, never retried: its result is the answer to "Send test".
      await recordAttempt(database.db, { id: deliveryId, attempts: 1 }, outcome, null, now());
      return { deliveryId, outcome };
    },
  };
}
