import { createHmac, timingSafeEqual } from "node:crypto";
import type { Severity } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import type { AlertContent, AlertMode } from "../content";
import { type ChannelResponse, type DeliveryOutcome, httpOutcome, type OutgoingRequest } from "./common";

/**
 * Generic signed webhook: JSON `{ deliveryId, rule, events: [...] }` with
 *   X-Template-Console-Timestamp: <unix seconds>
 *   X-Template-Console-Signature: sha256=<hex HMAC-SHA256(key = channel secret, msg = timestamp + "." + raw body)>
 * over exactly the bytes sent. Receivers recompute it over the raw body, compare in constant time
 * and refuse timestamps more than 300 s old; `deliveryId` is stable across retries (de-duplicate on
 * it). See `verifyWebhookSignature` for a reference implementation. Any 2xx is success.
 */

export const WEBHOOK_TIMESTAMP_HEADER = "X-Template-Console-Timestamp";
export const WEBHOOK_SIGNATURE_HEADER = "X-Template-Console-Signature";
export const WEBHOOK_TOLERANCE_SECONDS = 300;
/** A webhook is data, not a chat message: it carries every change up to this many. */
export const WEBHOOK_MAX_EVENTS = 1000;

export interface WebhookEvent extends ChangeEvent {
  severity: Severity;
  /** Deep link to the template in the console. */
  link: string;
}

export interface WebhookPayload {
  deliveryId: string;
  rule: { id: string; name: string };
  mode: AlertMode;
  severity: Severity;
  events: WebhookEvent[];
  /** Changes left out past WEBHOOK_MAX_EVENTS (see `activityLink`). */
  more: number;
  activityLink: string;
}

export function buildWebhook(
  c: AlertContent,
  ruleId: string,
  events: readonly ChangeEvent[],
): WebhookPayload {
  const byId = new Map(c.items.map((i) => [i.eventId, i]));
  const shown = events.slice(0, WEBHOOK_MAX_EVENTS);
  return {
    deliveryId: c.deliveryId,
    rule: { id: ruleId, name: c.ruleName },
    mode: c.mode,
    severity: c.severity,
    events: shown.map((e) => ({
      ...e,
      severity: byId.get(e.id)?.severity ?? "info",
      link: byId.get(e.id)?.link ?? c.consoleLink,
    })),
    more: events.length - shown.length,
    activityLink: c.activityLink,
  };
}

export function webhookSignature(secret: string, timestampSeconds: number, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestampSeconds}.${rawBody}`, "utf8").digest("hex")}`;
}

export function prepareWebhookRequest(
  url: string,
  secret: string | undefined,
  payload: WebhookPayload,
  nowMs: number,
): OutgoingRequest {
  const body = JSON.stringify(payload);
  const ts = Math.floor(nowMs / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    [WEBHOOK_TIMESTAMP_HEADER]: String(ts),
    "X-Template-Console-Delivery": payload.deliveryId,
  };
  if (secret) headers[WEBHOOK_SIGNATURE_HEADER] = webhookSignature(secret, ts, body);
  return { url, headers, body };
}

/** Reference verification for receivers (and our tests): constant-time, with a freshness window. */
export function verifyWebhookSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  nowMs?: number;
  toleranceSeconds?: number;
}): boolean {
  const { secret, timestamp, signature, rawBody } = input;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  const age = Math.abs((input.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (age > (input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(webhookSignature(secret, Number(timestamp), rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function interpretWebhookResponse(res: ChannelResponse): DeliveryOutcome {
  return httpOutcome(res) ?? { ok: true, httpStatus: res.status, detail: null };
}
