import * as z from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { CHANNEL_TYPES, RULE_EVENT_KINDS, SEVERITIES } from "./rule-vocabulary";

/**
 * An alert rule: which changes (accounts × event kinds × filters) go to which channel, and when
 * (immediately after each sync, or as a daily digest). One definition for the API, the editor and
 * the worker. Unknown keys are refused so a typo ("evnets") is a 400 naming the field, not a rule
 * that silently matches everything. Transport safety (https-only in production, no private
 * targets) is checked at send time by server/alerts/send.ts, because it depends on the
 * environment and on DNS, not on the rule's shape.
 */

export const ruleEventKindSchema = z.enum(RULE_EVENT_KINDS);
export const severitySchema = z.enum(SEVERITIES);
export * from "./rule-vocabulary";

/** Default language of the messages: NxCloud's customers and their chats are Chinese first. */
export const DEFAULT_RULE_LOCALE = "zh-CN" as const;
/** Default time zone for digests and observation windows (NxCloud's customers are in China). */
export const DEFAULT_RULE_TIME_ZONE = "Asia/Shanghai";

const accountId = z
  .string()
  .regex(/^[a-zA-Z0-9_.-]{1,64}$/, "must be an account id (1–64 letters, digits, '_', '.' or '-')");

const webhookUrl = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine((v) => {
    if (!URL.canParse(v)) return false;
    const u = new URL(v);
    return (
      (u.protocol === "https:" || u.protocol === "http:") && u.hostname !== "" && !u.username && !u.password
    );
  }, "must be an absolute http(s) URL without user:password");

const secret = z.string().min(1, "must not be empty").max(512, "must be at most 512 characters");

const oneOrMany = (item: z.ZodType<string>, max: number, what: string) =>
  z.union(
    [item, z.array(item).min(1, "must list at least one value").max(max, `must list at most ${max} values`)],
    {
      error: (issue) => (issue.input === undefined ? "is required" : `must be ${what} or a list of them`),
    },
  );

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const channelSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("wecom"), url: webhookUrl }),
    z.strictObject({ type: z.literal("dingtalk"), url: webhookUrl, secret: secret.optional() }),
    z.strictObject({ type: z.literal("feishu"), url: webhookUrl, secret: secret.optional() }),
    z.strictObject({ type: z.literal("slack"), url: webhookUrl }),
    z.strictObject({ type: z.literal("webhook"), url: webhookUrl, secret: secret.optional() }),
    z.strictObject({
      type: z.literal("email"),
      to: oneOrMany(z.email("must be an email address"), 20, "an email address"),
    }),
  ],
  { error: `must be one of ${CHANNEL_TYPES.join(", ")}` },
);
export type AlertChannel = z.infer<typeof channelSchema>;

export const ruleFiltersSchema = z.strictObject({
  /** WhatsApp category (MARKETING, UTILITY, AUTHENTICATION), case-insensitive; one or several. */
  category: oneOrMany(z.string().trim().min(1, "must not be empty").max(40), 10, "a category").optional(),
  /** Template language code (en_US, zh_CN…), case-insensitive; one or several. */
  language: oneOrMany(
    z.string().trim().min(1, "must not be empty").max(20),
    50,
    "a language code",
  ).optional(),
  /** Case-insensitive substring of the template name. */
  nameContains: z.string().trim().min(1, "must not be empty").max(200).optional(),
  /** Only events at least this severe (see severityOf in server/alerts/match.ts). */
  minSeverity: severitySchema.optional(),
});
export type RuleFilters = z.infer<typeof ruleFiltersSchema>;

export const alertRuleSchema = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
    accounts: z.union(
      [z.literal("*"), z.array(accountId).min(1, 'must list at least one account, or be "*"').max(500)],
      {
        error: 'must be "*" or a list of account ids',
      },
    ),
    events: z
      .array(ruleEventKindSchema, { error: `must be a list of event kinds (${RULE_EVENT_KINDS.join(", ")})` })
      .min(1, "must list at least one event kind")
      .refine((list) => new Set(list).size === list.length, "must not repeat an event kind"),
    filters: ruleFiltersSchema.optional(),
    channel: channelSchema,
    mode: z.enum(["immediate", "digest"], { error: 'must be "immediate" or "digest"' }),
    digestAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:MM (00:00–23:59)")
      .optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, "must be an IANA time zone such as Asia/Shanghai")
      .default(DEFAULT_RULE_TIME_ZONE),
    /** Language of the messages (an addition to the issue's shape; default zh-CN). */
    locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default(DEFAULT_RULE_LOCALE),
    /** A disabled rule matches nothing (an addition: lets admins pause a rule without deleting it). */
    enabled: z.boolean().default(true),
  })
  .superRefine((rule, ctx) => {
    if (rule.mode === "digest" && !rule.digestAt)
      ctx.addIssue({ code: "custom", path: ["digestAt"], message: 'is required when mode is "digest"' });
    if (rule.mode === "immediate" && rule.digestAt)
      ctx.addIssue({ code: "custom", path: ["digestAt"], message: 'only applies when mode is "digest"' });
  });

/** What the API accepts. */
export type AlertRuleInput = z.input<typeof alertRuleSchema>;
/** A parsed rule, defaults applied. */
export type AlertRule = z.output<typeof alertRuleSchema>;

/** "channel.url: must be …" lines for a 400 answer. */
export function describeRuleIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
      .join(".")
      .replace(/\.\[/g, "["),
    message: issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message,
  }));
}
