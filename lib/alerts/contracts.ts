import * as z from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { CHANNEL_TYPES, type RuleFilters, ruleEventKindSchema, ruleFiltersSchema } from "./rule-schema";

/**
 * The alerts API as the browser sees it. Rules come back redacted: the webhook URL masked (it is
 * a credential for WeCom, DingTalk, Feishu and Slack), the secret only as `secretSet`.
 */

export interface RuleView {
  id: string;
  name: string;
  enabled: boolean;
  accounts: "*" | string[];
  events: string[];
  filters?: RuleFilters;
  mode: "immediate" | "digest";
  digestAt?: string;
  timeZone: string;
  locale: (typeof LOCALES)[number];
  channel:
    | { type: Exclude<(typeof CHANNEL_TYPES)[number], "email">; url: string; secretSet: boolean }
    | { type: "email"; to: string | string[]; secretSet: false };
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface RulesResponse {
  rules: RuleView[];
  /** Whether this user may change rules (admins). */
  canEdit: boolean;
}

export const DELIVERY_STATUSES = ["pending", "sent", "dead"] as const;

export const deliveriesQuerySchema = z.strictObject({
  rule: z
    .string()
    .regex(/^r_[0-9a-f-]{36}$/, "must be a rule id")
    .optional(),
  status: z.enum(DELIVERY_STATUSES, { error: `must be one of ${DELIVERY_STATUSES.join(", ")}` }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DeliveriesQuery = z.infer<typeof deliveriesQuerySchema>;

export interface DeliveryView {
  id: string;
  ruleId: string;
  kind: "immediate" | "digest" | "test";
  channelType: string;
  title: string;
  eventCount: number;
  status: (typeof DELIVERY_STATUSES)[number];
  attempts: number;
  nextAttemptAt: number | null;
  lastError: string | null;
  lastCode: string | null;
  lastHttpStatus: number | null;
  lastAttemptAt: number | null;
  sentAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface DeliveriesResponse {
  deliveries: DeliveryView[];
}

export const ruleIdSchema = z.string().regex(/^r_[0-9a-f-]{36}$/, "must be a rule id");
export const deliveryIdSchema = z.string().regex(/^[dt]_[A-Za-z0-9_-]{10,64}$/, "must be a delivery id");

/** An edit: the channel may omit its URL/secret (kept), or clear the secret. */
export const channelEditSchema = z.looseObject({
  type: z.enum(CHANNEL_TYPES, { error: `must be one of ${CHANNEL_TYPES.join(", ")}` }),
  url: z.string().max(2000).optional(),
  secret: z.string().max(512).optional(),
  to: z.union([z.string(), z.array(z.string())]).optional(),
  clearSecret: z.boolean().optional(),
});

/** What the live preview needs of a draft rule (no URL, no secret). */
export const previewBodySchema = z.strictObject({
  name: z.string().trim().max(100).default(""),
  events: z.array(ruleEventKindSchema).max(20).default([]),
  filters: ruleFiltersSchema.optional(),
  locale: z.enum(LOCALES).default("zh-CN"),
  timeZone: z.string().max(64).default("Asia/Shanghai"),
  mode: z.enum(["immediate", "digest"]).default("immediate"),
  channelType: z.enum(CHANNEL_TYPES, { error: `must be one of ${CHANNEL_TYPES.join(", ")}` }),
});
export type PreviewBody = z.infer<typeof previewBodySchema>;

export interface TestResponse {
  deliveryId: string;
  ok: boolean;
  httpStatus: number | null;
  code: string | null;
  /** The channel's answer (success detail or error), capped, without secrets. */
  detail: string | null;
}
