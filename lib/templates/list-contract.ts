import * as z from "zod";

/**
 * The contract of `GET /api/templates`: the query it accepts and the JSON it returns. Written once
 * here and used by the route handler (parse), the client (parse the response) and the tests.
 * The browser-side URL state (nuqs) lives in `search-params.ts` and uses the same constants.
 */

export const SORT_FIELDS = ["name", "language", "category", "status", "quality", "id", "account"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const FACET_KEYS = ["status", "category", "language", "quality"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const PAGE_SIZE_MIN = 10;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;
export const ALL_ACCOUNTS = "all";
/** Longest free-text query accepted; longer input is a 400, not a silent cut. */
export const QUERY_MAX_LENGTH = 200;

export interface SortSpec {
  field: SortField;
  desc: boolean;
}

/** "name" → asc, "-quality" → desc. */
export function parseSort(raw: string): SortSpec | null {
  const desc = raw.startsWith("-");
  const field = desc ? raw.slice(1) : raw;
  return (SORT_FIELDS as readonly string[]).includes(field) ? { field: field as SortField, desc } : null;
}

export function formatSort(sort: SortSpec): string {
  return `${sort.desc ? "-" : ""}${sort.field}`;
}

const csvList = (name: string) =>
  z
    .string()
    .max(2000, `${name} is too long`)
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
    .pipe(z.array(z.string().max(64, `each ${name} value must be at most 64 characters`)).max(50));

const intParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (!/^\d{1,9}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

/**
 * Predefined views that no combination of AND-ed filters can express. `attention`: rejected,
 * paused or disabled, OR rated RED/YELLOW — what a support agent or manager must look at.
 */
export const VIEWS = ["attention"] as const;
export type View = (typeof VIEWS)[number];
export const ATTENTION_STATUSES = ["REJECTED", "PAUSED", "DISABLED"] as const;
export const ATTENTION_QUALITIES = ["RED", "YELLOW"] as const;

/** Filters shared by the list, the export and the overview. */
export const templateFilterQuerySchema = z.object({
  view: z.enum(VIEWS, { error: `view must be one of: ${VIEWS.join(", ")}` }).optional(),
  account: z
    .string()
    .max(64, "account is too long")
    .regex(/^[\w.-]+$/, "account must be an account id or 'all'")
    .optional()
    .default(ALL_ACCOUNTS),
  q: z
    .string()
    .max(QUERY_MAX_LENGTH, `q must be at most ${QUERY_MAX_LENGTH} characters`)
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
      if (!v) return { field: "name", desc: false } satisfies SortSpec as SortSpec;
      const s = parseSort(v);
      if (!s) {
        ctx.addIssue({
          code: "custom",
          message: `sort must be one of ${SORT_FIELDS.join(", ")}, optionally prefixed with '-'`,
        });
        return z.NEVER;
      }
      return s;
    }),
});
export type TemplateFilterQuery = z.output<typeof templateFilterQuerySchema>;

export const templateListQuerySchema = templateFilterQuerySchema.extend({
  page: intParam("page", 1, 1_000_000, 1),
  pageSize: intParam("pageSize", PAGE_SIZE_MIN, PAGE_SIZE_MAX, PAGE_SIZE_DEFAULT),
});
export type TemplateListQuery = z.output<typeof templateListQuerySchema>;

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
  /** epoch ms of the last completed walk, or null if none completed yet */
  fetchedAt: z.number().nullable(),
  stale: z.boolean(),
  refreshing: z.boolean(),
  error: apiErrorSchema.nullable(),
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
  }),
  /** Combined state; for `all` it is the weakest of the accounts' states. */
  catalog: catalogStateSchema,
  /** Per account, for the all-accounts view. */
  accounts: z.record(z.string(), catalogStateSchema),
});
export type TemplateListResponse = z.infer<typeof templateListResponseSchema>;

export const accountSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  maskedPhone: z.string(),
  catalog: catalogStateSchema,
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
