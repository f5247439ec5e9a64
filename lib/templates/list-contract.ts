import * as z from "zod";
import { ACCOUNT_PARAM_PATTERN } from "@/lib/accounts/account-scope";
import {
  CHANGED_WINDOWS,
  isIntWithin,
  isUrlDay,
  parseSort,
  SORT_FIELDS,
  type SortSpec,
  URL_DEFAULTS,
  URL_LIMITS,
  VIEWS,
} from "./url-grammar";

/**
 * The contract of `GET /api/templates`: the query it accepts and the JSON it returns. Written once
 * here: the route handler parses queries with it, the browser takes its types (type-only imports,
 * so zod never ships to the browser) and the e2e tests parse responses with it.
 * The query schema is the strict reader of the grammar in `url-grammar.ts`; the browser-side URL
 * state (nuqs, `search-params.ts`) is the forgiving one, with the same bounds and defaults.
 */

const csvList = (name: string) =>
  z
    .string()
    .max(URL_LIMITS.list.rawMax, `${name} is too long`)
    .optional()
    .transform((v) =>
      v
        ? [
            ...new Set(
              v
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean),
            ),
          ]
        : [],
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(
              URL_LIMITS.list.valueMax,
              `each ${name} value must be at most ${URL_LIMITS.list.valueMax} characters`,
            ),
        )
        .max(URL_LIMITS.list.count),
    );

const intParam = (name: string, bounds: { min: number; max: number }, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (!/^\d{1,9}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number` });
        return z.NEVER;
      }
      if (!isIntWithin(v, bounds)) {
        ctx.addIssue({ code: "custom", message: `${name} must be between ${bounds.min} and ${bounds.max}` });
        return z.NEVER;
      }
      return Number(v);
    });

/** The `account` parameter: an account id or `all` (the default). */
export const accountParamSchema = z
  .string()
  .max(URL_LIMITS.account.max, "account is too long")
  .regex(ACCOUNT_PARAM_PATTERN, "account must be an account id or 'all'")
  .optional()
  .default(URL_DEFAULTS.account);

/** Filters shared by the list, the export and the overview. */
export const templateFilterQuerySchema = z.object({
  view: z.enum(VIEWS, { error: `view must be one of: ${VIEWS.join(", ")}` }).optional(),
  account: accountParamSchema,
  q: z
    .string()
    .max(URL_LIMITS.q.max, `q must be at most ${URL_LIMITS.q.max} characters`)
    .optional()
    .transform((v) => v?.trim() ?? ""),
  status: csvList("status"),
  category: csvList("category"),
  language: csvList("language"),
  quality: csvList("quality"),
  sort: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = parseSort(v || URL_DEFAULTS.sort);
      if (!s) {
        ctx.addIssue({
          code: "custom",
          message: `sort must be one of ${SORT_FIELDS.join(", ")}, optionally prefixed with '-'`,
        });
        return z.NEVER;
      }
      return s satisfies SortSpec;
    }),
});
export type TemplateFilterQuery = z.output<typeof templateFilterQuerySchema>;

const dayParam = (name: string) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || isUrlDay(v), `${name} must be a day, YYYY-MM-DD`);

/** The "changed within" filter of the list (it needs the change log: the list only). */
export const changedFilterSchema = z.object({
  changed: z
    .enum(CHANGED_WINDOWS, { error: `changed must be one of: ${CHANGED_WINDOWS.join(", ")}` })
    .optional(),
  since: dayParam("since"),
  until: dayParam("until"),
});

/** A custom window ends on or after the day it starts: a reversed one is a 400, not an empty table. */
function checkChangedWindow(value: { since?: string; until?: string }, ctx: z.RefinementCtx) {
  if (value.since && value.until && value.since > value.until)
    ctx.addIssue({ code: "custom", path: ["until"], message: "until must not be before since" });
}

/**
 * What the table filters by, without paging: the CSV export takes exactly this, so the file holds
 * what the table shows (since/until are read only in a custom window, see changedRange).
 */
export const templateTableFilterSchema = templateFilterQuerySchema
  .extend(changedFilterSchema.shape)
  .superRefine(checkChangedWindow);
export type TemplateTableFilter = z.output<typeof templateTableFilterSchema>;

export const templateListQuerySchema = templateFilterQuerySchema
  .extend(changedFilterSchema.shape)
  .extend({
    page: intParam("page", URL_LIMITS.page, URL_DEFAULTS.page),
    pageSize: intParam("pageSize", URL_LIMITS.pageSize, URL_DEFAULTS.pageSize),
  })
  .superRefine(checkChangedWindow);
export type TemplateListQuery = z.output<typeof templateListQuerySchema>;

/** The last change the console recorded for a template (the table's "Last change" column). */
export const lastChangeSchema = z.object({
  kind: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  observedAt: z.number(),
  previousObservedAt: z.number().nullable(),
  /** Other changes recorded by the same walk. */
  more: z.number(),
});
export type LastChange = z.infer<typeof lastChangeSchema>;

/** One row of the table: a projection, not the full component tree. */
export const templateListItemSchema = z.object({
  /** Unique across accounts: `${accountId}:${templateId}` would leak structure; we use the pair. */
  id: z.string(),
  account: z.string(),
  name: z.string(),
  language: z.string(),
  category: z.string(),
  status: z.string(),
  /** GREEN / YELLOW / RED / UNKNOWN, or null when the template carries no quality_score. */
  quality: z.string().nullable(),
  qualityDate: z.number().nullable(),
  rejectedReason: z.string().nullable(),
  /** TEXT, IMAGE, VIDEO, GIF, DOCUMENT, LOCATION, or null without a header. */
  headerFormat: z.string().nullable(),
  /** Button types in order, e.g. ["QUICK_REPLY","QUICK_REPLY","URL"]. */
  buttons: z.array(z.string()),
  /** "CAROUSEL", "LIMITED_TIME_OFFER" etc. when present (for an icon in the table). */
  kinds: z.array(z.string()),
  bodyExcerpt: z.string(),
  /** How many other languages exist under the same name in the same account. */
  otherLanguages: z.number(),
  /** Field paths that could not be read; absent when the template was read completely. */
  readIssues: z.array(z.string()).optional(),
  /** The last recorded change; null when none (or absent: a server without history). */
  lastChange: lastChangeSchema.nullable().optional(),
});
export type TemplateListItem = z.infer<typeof templateListItemSchema>;

export const facetCountsSchema = z.record(z.string(), z.number());
export type FacetCounts = z.infer<typeof facetCountsSchema>;

export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** i18n key under the `errors` namespace telling the user what to do. */
  messageKey: z.string().optional(),
  retryable: z.boolean().optional(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const catalogStateSchema = z.object({
  complete: z.boolean(),
  pagesFetched: z.number(),
  templatesFetched: z.number(),
  /** Listed, but could not be fully read (marked in the table with the reasons). */
  templatesIncomplete: z.number().optional(),
  /** Sent by NxCloud without a usable id or name: not listed, only counted. */
  templatesSkipped: z.number().optional(),
  /** epoch ms of the last completed walk, or null if none completed yet */
  fetchedAt: z.number().nullable(),
  stale: z.boolean(),
  refreshing: z.boolean(),
  error: apiErrorSchema.nullable(),
  /**
   * Set while the account is paused after repeated failed walks (circuit breaker): no walk
   * starts before this time (epoch ms). Absent or null when not paused.
   */
  pausedUntil: z.number().nullable().optional(),
  /**
   * A first walk is under way and its rows are withheld until it completes (several instances:
   * every instance serves the same — its progress, no rows — so none shows a half-walked list).
   * Absent when rows arrive as they are read (one instance).
   */
  rowsPending: z.boolean().optional(),
  /**
   * With `rowsPending`: the instance running the first walk stopped reporting its progress (hung,
   * or gone while it still holds the account); its count is not shown, another instance is
   * expected to take the walk over.
   */
  awaitingTakeover: z.boolean().optional(),
});
export type CatalogState = z.infer<typeof catalogStateSchema>;

export const templateListResponseSchema = z.object({
  items: z.array(templateListItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  facets: z.object({
    status: facetCountsSchema,
    category: facetCountsSchema,
    language: facetCountsSchema,
    quality: facetCountsSchema,
    /** "Changed within": rows matching the other filters whose last change is in 24h / 7d / 30d. */
    changed: facetCountsSchema.optional(),
  }),
  /** Combined state; for `all` it is the weakest of the accounts' states. */
  catalog: catalogStateSchema,
  /** Per account, for the all-accounts view. */
  accounts: z.record(z.string(), catalogStateSchema),
});
export type TemplateListResponse = z.infer<typeof templateListResponseSchema>;
