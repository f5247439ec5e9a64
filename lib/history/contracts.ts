import * as z from "zod";

/**
 * The contracts of the history API, written once: `GET /api/changes`,
 * `GET /api/templates/{id}/history` and `GET /api/trends`. Route handlers parse queries with these
 * schemas; the browser takes the types (type-only imports) and the e2e tests parse responses.
 * The server's diff (server/history/diff.ts) produces `ChangeEvent`s of exactly this shape.
 */

// One definition of a change event, shared with the alerts: change-event.ts.
import {
  CHANGE_KINDS,
  type ChangeEvent,
  type ChangeKind,
  changeEventSchema,
  changeKindSchema,
} from "./change-event";
import { SEVERITIES, type Severity } from "./severity";

export { CHANGE_KINDS, type ChangeEvent, type ChangeKind, changeEventSchema, changeKindSchema };

const accountParam = z
  .string({ error: "account is required (an account id or 'all')" })
  .min(1, "account is required (an account id or 'all')")
  .max(64, "account must be at most 64 characters")
  .regex(/^[\w.-]+$/, "account must be an account id or 'all'");

/** Epoch milliseconds or an ISO 8601 date/time → epoch ms. */
const instantParam = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const ms = /^\d{1,15}$/.test(v) ? Number(v) : /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : Number.NaN;
      if (!Number.isFinite(ms)) {
        ctx.addIssue({ code: "custom", message: `${name} must be epoch milliseconds or an ISO 8601 date` });
        return z.NEVER;
      }
      return ms;
    });

const intParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return Number(v);
    });

/** A comma-separated list of short codes (languages, categories): deduplicated, bounded. */
const codeListParam = (name: string) =>
  z
    .string()
    .max(2000, `${name} must be at most 2000 characters`)
    .optional()
    .transform((v, ctx) => {
      const values = [
        ...new Set(
          (v ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      if (values.length > 50 || values.some((s) => s.length > 64 || !/^[\w.@-]+$/.test(s))) {
        ctx.addIssue({ code: "custom", message: `${name} must be a comma-separated list of codes` });
        return z.NEVER;
      }
      return values;
    });

export const CHANGES_PAGE_SIZE_DEFAULT = 50;
export const CHANGES_PAGE_SIZE_MAX = 500;

export const changesQuerySchema = z
  .object({
    account: accountParam,
    /** One kind or several, comma-separated. */
    kind: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return [] as ChangeKind[];
        const kinds = [
          ...new Set(
            v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
        const bad = kinds.filter((k) => !(CHANGE_KINDS as readonly string[]).includes(k));
        if (bad.length > 0) {
          ctx.addIssue({ code: "custom", message: `kind must be one of ${CHANGE_KINDS.join(", ")}` });
          return z.NEVER;
        }
        return kinds as ChangeKind[];
      }),
    /** Template language codes, comma-separated. */
    language: codeListParam("language"),
    /** Categories (the template's current one, or the one a recategorisation moved it to). */
    category: codeListParam("category").transform((v) => v.map((c) => c.toUpperCase())),
    /** critical, warning, info (lib/history/severity.ts), comma-separated. */
    severity: codeListParam("severity").transform((v, ctx) => {
      const bad = v.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
      if (bad.length > 0) {
        ctx.addIssue({ code: "custom", message: `severity must be one of ${SEVERITIES.join(", ")}` });
        return z.NEVER;
      }
      return v as Severity[];
    }),
    since: instantParam("since"),
    until: instantParam("until"),
    /** Matches template name or id (case-insensitive substring). */
    q: z.string().max(200, "q must be at most 200 characters").optional(),
    page: intParam("page", 1, 100_000, 1),
    pageSize: intParam("pageSize", 1, CHANGES_PAGE_SIZE_MAX, CHANGES_PAGE_SIZE_DEFAULT),
  })
  .superRefine((v, ctx) => {
    if (v.since !== undefined && v.until !== undefined && v.since > v.until)
      ctx.addIssue({ code: "custom", path: ["until"], message: "until must not be before since" });
  });
export type ChangesQuery = z.output<typeof changesQuerySchema>;

export const changesResponseSchema = z.object({
  items: z.array(changeEventSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ChangesResponse = z.infer<typeof changesResponseSchema>;

export const templateHistoryQuerySchema = z.object({ account: accountParam });
export type TemplateHistoryQuery = z.output<typeof templateHistoryQuerySchema>;

/** A period with one quality score; the current one has `to: null`. `score` null = no rating. */
export const qualityIntervalSchema = z.object({
  score: z.string().nullable(),
  from: z.number(),
  to: z.number().nullable(),
});
export type QualityInterval = z.infer<typeof qualityIntervalSchema>;

export const templateHistoryResponseSchema = z.object({
  /** Newest first. */
  events: z.array(changeEventSchema),
  /** Oldest first. */
  quality: z.array(qualityIntervalSchema),
  /**
   * The components of each content version named by a `content_changed` event (its from/to
   * content hashes), for the side-by-side diff; a version stored before the console kept versions
   * is absent.
   */
  versions: z.record(z.string(), z.array(z.unknown())).optional(),
  /** When the console first stored the template (its first walk or its `added`), when known. */
  firstSeenAt: z.number().nullable().optional(),
});
export type TemplateHistoryResponse = z.infer<typeof templateHistoryResponseSchema>;

export const TRENDS_DAYS_DEFAULT = 30;
export const TRENDS_DAYS_MAX = 400;

export const trendsQuerySchema = z.object({
  account: accountParam,
  days: intParam("days", 1, TRENDS_DAYS_MAX, TRENDS_DAYS_DEFAULT),
});
export type TrendsQuery = z.output<typeof trendsQuerySchema>;

/** Counts of one day (UTC), taken from the last complete walk of that day. */
export const dailyCountsSchema = z.object({
  total: z.number(),
  status: z.record(z.string(), z.number()),
  quality: z.record(z.string(), z.number()),
  category: z.record(z.string(), z.number()),
});
export type DailyCounts = z.infer<typeof dailyCountsSchema>;

export const trendsResponseSchema = z.object({
  /** Oldest first; days without a walk are absent. `day` is YYYY-MM-DD (UTC). */
  days: z.array(
    dailyCountsSchema.extend({
      day: z.string(),
      /** Change events observed that day (UTC), the same ones GET /api/changes lists. */
      changes: z.number(),
    }),
  ),
});
export type TrendsResponse = z.infer<typeof trendsResponseSchema>;
