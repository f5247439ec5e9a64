import "server-only";
import type { AlertChannel, ChannelType } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import type { DeliveryOutcome, OutgoingRequest } from "./channels/common";
import {
  buildDingtalk,
  type DingtalkPayload,
  interpretDingtalkResponse,
  prepareDingtalkRequest,
} from "./channels/dingtalk";
import { buildEmail, type EmailMessage, type SmtpConfig, sendEmail } from "./channels/email";
import {
  buildFeishu,
  type FeishuPayload,
  interpretFeishuResponse,
  prepareFeishuRequest,
} from "./channels/feishu";
import { buildSlack, interpretSlackResponse, prepareSlackRequest, type SlackPayload } from "./channels/slack";
import {
  buildWebhook,
  interpretWebhookResponse,
  prepareWebhookRequest,
  type WebhookPayload,
} from "./channels/webhook";
import { buildWecom, interpretWecomResponse, prepareWecomRequest, type WecomPayload } from "./channels/wecom";
import type { AlertContent } from "./content";
import { deliverHttp, type SendOptions } from "./send";

/**
 * From content to a sent message, for any channel type: `buildMessage` (pure: what the preview and
 * the outbox row hold) → `deliverMessage` (signs with the current time, sends, reads the answer).
 * Signing happens at send time, not at build time, so a retry hours later carries a fresh timestamp
 * (DingTalk and Feishu refuse signatures older than an hour; receivers of the generic webhook 300 s).
 */

export type BuiltMessage =
  | { type: "wecom"; payload: WecomPayload }
  | { type: "dingtalk"; payload: DingtalkPayload }
  | { type: "feishu"; payload: FeishuPayload }
  | { type: "slack"; payload: SlackPayload }
  | { type: "webhook"; payload: WebhookPayload }
  | { type: "email"; payload: EmailMessage };

export function buildMessage(
  type: ChannelType,
  content: AlertContent,
  webhook: { ruleId: string; events: readonly ChangeEvent[] },
): BuiltMessage {
  switch (type) {
    case "wecom":
      return { type, payload: buildWecom(content) };
    case "dingtalk":
      return { type, payload: buildDingtalk(content) };
    case "feishu":
      return { type, payload: buildFeishu(content) };
    case "slack":
      return { type, payload: buildSlack(content) };
    case "webhook":
      return { type, payload: buildWebhook(content, webhook.ruleId, webhook.events) };
    case "email":
      return { type, payload: buildEmail(content) };
  }
}

/** The signed HTTP request for a webhook-type channel (secrets already decrypted). */
export function prepareRequest(
  channel: Exclude<AlertChannel, { type: "email" }>,
  message: Exclude<BuiltMessage, { type: "email" }>,
  nowMs: number,
): OutgoingRequest {
  if (channel.type !== message.type)
    throw new Error(`message for ${message.type} cannot go to a ${channel.type} channel`);
  const secret = "secret" in channel ? channel.secret : undefined;
  switch (message.type) {
    case "wecom":
      return prepareWecomRequest(channel.url, message.payload);
    case "dingtalk":
      return prepareDingtalkRequest(channel.url, secret, message.payload, nowMs);
    case "feishu":
      return prepareFeishuRequest(channel.url, secret, message.payload, nowMs);
    case "slack":
      return prepareSlackRequest(channel.url, message.payload);
    case "webhook":
      return prepareWebhookRequest(channel.url, secret, message.payload, nowMs);
  }
}

const INTERPRET = {
  wecom: interpretWecomResponse,
  dingtalk: interpretDingtalkResponse,
  feishu: interpretFeishuResponse,
  slack: interpretSlackResponse,
  webhook: interpretWebhookResponse,
} as const;

export interface DeliverContext {
  send: SendOptions;
  /** SMTP_URL / SMTP_FROM; null when not configured (email rules then fail, permanently). */
  smtp: SmtpConfig | null;
  deliveryId: string;
  nowMs?: number;
}

/** Sends one built message on one channel; never throws. */
export async function deliverMessage(
  channel: AlertChannel,
  message: BuiltMessage,
  ctx: DeliverContext,
): Promise<DeliveryOutcome> {
  if (channel.type === "email" || message.type === "email") {
    if (channel.type !== "email" || message.type !== "email")
      return {
        ok: false,
        retryable: false,
        httpStatus: null,
        code: "channel_mismatch",
        error: "message and channel types differ",
      };
    if (!ctx.smtp)
      return {
        ok: false,
        retryable: false,
        httpStatus: null,
        code: "smtp_not_configured",
        error: "SMTP_URL and SMTP_FROM are not set",
      };
    return sendEmail(ctx.smtp, channel.to, message.payload, ctx.deliveryId);
  }
  if (channel.type !== message.type)
    return {
      ok: false,
      retryable: false,
      httpStatus: null,
      code: "channel_mismatch",
      error: "message and channel types differ",
    };
  const request = prepareRequest(channel, message, ctx.nowMs ?? Date.now());
  // Vendors ignore unknown headers; receivers (and the demo's chat sink) can de-duplicate on it.
  request.headers["X-Template-Console-Delivery"] = ctx.deliveryId;
  return deliverHttp(request, INTERPRET[message.type], ctx.send);
}
