import * as z from "zod";
import { accountSummarySchema } from "@/lib/accounts/account-summary";
import {
  catalogStateSchema,
  facetCountsSchema,
  templateFilterQuerySchema,
  templateListItemSchema,
} from "./list-contract";

/**
 * The contract of `GET /api/overview`: the query it accepts and the JSON it returns. Used by the
 * route handler, the pure stats module (`overview.ts`), the client (parses every response) and the
 * tests. Counts use the same values as the table's facets (raw status / category / language, the
 * quality facet value with `NONE` for "no rating"), so every number links to a table view that
 * shows exactly that many rows.
 */

export const overviewQuerySchema = templateFilterQuerySchema.pick({ account: true });
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/** Longest list the API returns per attention list / rejection reason / coverage account. */
export const OVERVIEW_LIST_CAP = 50;

/** One template in a "needs attention" list; links to `/templates?account=<account>&template=<id>`. */
export const overviewEntrySchema = templateListItemSchema
  .pick({
    id: true,
    account: true,
    name: true,
    language: true,
    category: true,
    status: true,
    /** Unix seconds of the quality rating, when Meta sent one. */
    qualityDate: true,
    rejectedReason: true,
  })
  .extend({
    /** Quality facet value: GREEN / YELLOW / RED / UNKNOWN, or NONE without a rating. */
    quality: z.string(),
  });
export type OverviewEntry = z.infer<typeof overviewEntrySchema>;

/** A capped list: `items.length <= OVERVIEW_LIST_CAP`, `total` is the full count. */
export const overviewListSchema = z.object({
  total: z.number(),
  items: z.array(overviewEntrySchema),
});
export type OverviewList = z.infer<typeof overviewListSchema>;

export const rejectedGroupSchema = z.object({
  /** Upper-cased `rejected_reason`; `NONE` when Meta gave none (null, empty or "NONE"). */
  reason: z.string(),
  count: z.number(),
  /** account id → count, for comparing numbers. */
  byAccount: z.record(z.string(), z.number()),
  items: z.array(overviewEntrySchema),
});
export type RejectedGroup = z.infer<typeof rejectedGroupSchema>;

export const accountOverviewSchema = accountSummarySchema.extend({
  catalog: catalogStateSchema,
  total: z.number(),
  approved: z.number(),
  /** approved / total, 0..1; null when the account has no templates (yet). */
  approvedShare: z.number().nullable(),
  rejected: z.number(),
  paused: z.number(),
  disabled: z.number(),
  red: z.number(),
  yellow: z.number(),
  /** Rows of the table's "attention" view: REJECTED/PAUSED/DISABLED or rated RED/YELLOW. */
  attention: z.number(),
  /** attention / total, 0..1; null without templates. Cards are sorted by it. */
  attentionShare: z.number().nullable(),
  status: facetCountsSchema,
  category: facetCountsSchema,
  quality: facetCountsSchema,
  /** Rejected templates of this account by reason, most frequent first. */
  rejectedReasons: facetCountsSchema,
  /**
   * The most recently rated RED/YELLOW template (by `quality_score.date`): without a history
   * store, the freshest downgrade is the best sign that a number is getting worse. Null when none
   * is rated RED/YELLOW with a date.
   */
  latestQualityIssue: overviewEntrySchema.nullable(),
});
export type AccountOverview = z.infer<typeof accountOverviewSchema>;

export const coverageMissingSchema = z.object({
  language: z.string(),
  /** Status of the version that exists in this language but is not approved; null when absent. */
  status: z.string().nullable(),
  /** Id of that version (opens its drawer); null when absent. */
  id: z.string().nullable(),
});
export type CoverageMissing = z.infer<typeof coverageMissingSchema>;

export const coverageEntrySchema = z.object({
  account: z.string(),
  name: z.string(),
  /** Languages with an APPROVED version, in the account's language order. */
  approved: z.array(z.string()),
  missing: z.array(coverageMissingSchema),
});
export type CoverageEntry = z.infer<typeof coverageEntrySchema>;

export const coverageAccountSchema = z.object({
  account: z.string(),
  /** The account's languages (see COVERAGE_RULE), most used first. */
  languages: z.array(z.string()),
  /** language → names with an approved version in it (for the languages above). */
  approvedNames: z.record(z.string(), z.number()),
  /** Names checked: names with at least one APPROVED version. */
  names: z.number(),
  /** language → names lacking an approved version in it. */
  missingByLanguage: z.record(z.string(), z.number()),
  /** Names with at least one gap. */
  total: z.number(),
  items: z.array(coverageEntrySchema),
});
export type CoverageAccount = z.infer<typeof coverageAccountSchema>;

export const coverageRuleSchema = z.object({
  /** A language is the account's when at least this share of its live names is approved in it… */
  minShare: z.number(),
  /** …and at least this many names are. */
  minNames: z.number(),
});
export type CoverageRule = z.infer<typeof coverageRuleSchema>;

const countsSchema = facetCountsSchema;

export const overviewResponseSchema = z.object({
  /** The `account` asked for: an id or "all". */
  scope: z.string(),
  /** epoch ms when the numbers were computed. */
  generatedAt: z.number(),
  total: z.number(),
  /** Exactly the table's facets for the same account without filters. */
  facets: z.object({
    status: countsSchema,
    category: countsSchema,
    language: countsSchema,
    quality: countsSchema,
  }),
  /** category → quality facet value → count. */
  qualityByCategory: z.record(z.string(), countsSchema),
  /** Accounts in scope, most problems first (attention share, then attention count). */
  accounts: z.array(accountOverviewSchema),
  attention: z.object({
    /** Every row of the table's attention view. */
    total: z.number(),
    /** Rated RED or YELLOW (any status); RED first, newest rating first. */
    quality: overviewListSchema,
    /** PAUSED or DISABLED. */
    paused: overviewListSchema,
    /** REJECTED, grouped by reason, largest group first. */
    rejected: z.object({ total: z.number(), groups: z.array(rejectedGroupSchema) }),
  }),
  coverage: z.object({
    rule: coverageRuleSchema,
    accounts: z.array(coverageAccountSchema),
  }),
  /** Combined catalog state (weakest account). */
  catalog: catalogStateSchema,
  listCap: z.number(),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
