import type { AccountSummary } from "@/lib/accounts/account-summary";
import type { Template } from "@/lib/nxcloud/schemas";
import type { CatalogState, FacetCounts } from "./list-contract";
import {
  type AccountOverview,
  type CoverageAccount,
  type CoverageEntry,
  type CoverageMissing,
  type CoverageRule,
  OVERVIEW_LIST_CAP,
  type OverviewEntry,
  type OverviewList,
  type OverviewResponse,
  type RejectedGroup,
} from "./overview-contract";
import { ATTENTION_QUALITIES } from "./quality-scale";
import {
  type CatalogRow,
  needsAttention,
  qualityFacetValue,
  queryTemplates,
  type TemplateQuery,
} from "./query";
import { DEFAULT_SORT, PAGE_SIZE_MIN, sortSpecOf } from "./url-grammar";

const ATTENTION_QUALITY_SET = new Set<string>(ATTENTION_QUALITIES);

/**
 * Overview statistics over catalog rows — pure functions, no I/O.
 *
 * Every count uses the same value the table's facets use: the raw `status`, `category` and
 * `language` strings, and `qualityFacetValue` for quality (`NONE` = no rating). The scope-level
 * distributions are taken straight from `queryTemplates(rows, <no filters>).facets`, so a number on
 * the overview and the total of the table view it links to cannot disagree.
 *
 * The row-dependent part is memoized on the rows array's identity (the catalog hands out the same
 * array until its next swap), so a page polling the overview costs one computation per snapshot.
 */

/**
 * Language coverage rule. For each account, its languages are those in which at least
 * `minShare` of its live names (names with at least one APPROVED version) have an APPROVED
 * version, and at least `minNames` names do. Then every live name lacking an APPROVED version in
 * one of those languages is a gap. A share (not "every language present") keeps a language used by
 * a handful of one-off templates from flagging every other name; the floor keeps a tiny account's
 * single bilingual template from defining its languages.
 */
export const COVERAGE_RULE: CoverageRule = { minShare: 0.25, minNames: 3 };

/** No filters, first page: the table's default view, for its facets. */
const NO_FILTER: TemplateQuery = {
  q: "",
  status: [],
  category: [],
  language: [],
  quality: [],
  sort: sortSpecOf(DEFAULT_SORT),
  page: 1,
  pageSize: PAGE_SIZE_MIN,
};

export interface OverviewAccountInput extends AccountSummary {
  catalog: CatalogState;
}

export interface OverviewInput {
  rows: readonly CatalogRow[];
  /** The `account` asked for ("all" or an id). */
  scope: string;
  /** Accounts in scope, in configuration order, with their catalog state. */
  accounts: readonly OverviewAccountInput[];
  /** Combined catalog state. */
  catalog: CatalogState;
  /** epoch ms; injected so the function stays pure. */
  now: number;
  listCap?: number;
  coverageRule?: CoverageRule;
}

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nameCollator = new Intl.Collator("und", { numeric: true });

/** Counts sorted like the table's facets: count descending, then value. */
function sortedCounts(map: Map<string, number>): FacetCounts {
  return Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || ordinal(a[0], b[0])));
}

function bump(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** `rejected_reason` as a group key: upper-cased, `NONE` when missing. */
export function rejectionGroupKey(reason: string | null | undefined): string {
  return (reason ?? "").trim().toUpperCase() || "NONE";
}

function entryOf(row: CatalogRow): OverviewEntry {
  const t = row.template;
  return {
    id: t.id,
    account: row.accountId,
    name: t.name,
    language: t.language,
    category: t.category,
    status: t.status,
    quality: qualityFacetValue(t),
    qualityDate: t.quality_score?.date ?? null,
    rejectedReason: t.rejected_reason ?? null,
  };
}

const byNameThenLanguage = (a: CatalogRow, b: CatalogRow) =>
  nameCollator.compare(a.template.name, b.template.name) ||
  ordinal(a.template.language, b.template.language) ||
  ordinal(a.accountId, b.accountId) ||
  ordinal(a.template.id, b.template.id);

/** RED before YELLOW, newest rating first (a fresh downgrade is the news), then by name. */
const byQualityConcern = (a: CatalogRow, b: CatalogRow) =>
  (qualityFacetValue(a.template) === "RED" ? 0 : 1) - (qualityFacetValue(b.template) === "RED" ? 0 : 1) ||
  (b.template.quality_score?.date ?? 0) - (a.template.quality_score?.date ?? 0) ||
  byNameThenLanguage(a, b);

/** Newest rating first, RED before YELLOW on the same date, then by name. */
const byQualityDate = (a: CatalogRow, b: CatalogRow) =>
  (b.template.quality_score?.date ?? 0) - (a.template.quality_score?.date ?? 0) ||
  (qualityFacetValue(a.template) === "RED" ? 0 : 1) - (qualityFacetValue(b.template) === "RED" ? 0 : 1) ||
  byNameThenLanguage(a, b);

/** PAUSED (can still be fixed) before DISABLED, then by name. */
const byPauseConcern = (a: CatalogRow, b: CatalogRow) =>
  ordinal(b.template.status.toUpperCase(), a.template.status.toUpperCase()) || byNameThenLanguage(a, b);

function capped(
  rows: CatalogRow[],
  compare: (a: CatalogRow, b: CatalogRow) => number,
  cap: number,
): OverviewList {
  return { total: rows.length, items: rows.sort(compare).slice(0, cap).map(entryOf) };
}

// ---------------------------------------------------------------------------------------------
// Per account

interface AccountCounts {
  total: number;
  attention: number;
  latestQualityIssue: CatalogRow | null;
  status: Map<string, number>;
  category: Map<string, number>;
  quality: Map<string, number>;
  language: Map<string, number>;
  rejectedReasons: Map<string, number>;
}

function emptyCounts(): AccountCounts {
  return {
    total: 0,
    attention: 0,
    latestQualityIssue: null,
    status: new Map(),
    category: new Map(),
    quality: new Map(),
    language: new Map(),
    rejectedReasons: new Map(),
  };
}

/** Facet counts of one account's rows, as `queryTemplates(accountRows, NO_FILTER).facets` has them. */
function accountFacets(counts: AccountCounts) {
  return {
    status: sortedCounts(counts.status),
    category: sortedCounts(counts.category),
    language: sortedCounts(counts.language),
    quality: sortedCounts(counts.quality),
  };
}

// ---------------------------------------------------------------------------------------------
// Language coverage

/** Statuses ranked by how close the version is to approval (shown for a non-approved version). */
const CLOSE_TO_APPROVED: Record<string, number> = {
  PENDING: 0,
  IN_APPEAL: 1,
  PAUSED: 2,
  REJECTED: 3,
  LIMIT_EXCEEDED: 4,
  DISABLED: 5,
  ARCHIVED: 6,
  PENDING_DELETION: 7,
  DELETED: 8,
};

export function languageCoverage(
  accountId: string,
  rows: readonly CatalogRow[],
  rule: CoverageRule,
  cap: number,
): CoverageAccount {
  // name → language → versions
  const names = new Map<string, Map<string, Template[]>>();
  for (const { template } of rows) {
    let byLanguage = names.get(template.name);
    if (!byLanguage) {
      byLanguage = new Map();
      names.set(template.name, byLanguage);
    }
    const list = byLanguage.get(template.language);
    if (list) list.push(template);
    else byLanguage.set(template.language, [template]);
  }
  const isApproved = (versions: Template[]) => versions.some((t) => t.status.toUpperCase() === "APPROVED");
  const live: [string, Map<string, Template[]>][] = [];
  const approvedNames = new Map<string, number>();
  for (const [name, byLanguage] of names) {
    let any = false;
    for (const [language, versions] of byLanguage) {
      if (isApproved(versions)) {
        any = true;
        bump(approvedNames, language);
      }
    }
    if (any) live.push([name, byLanguage]);
  }
  const threshold = Math.max(rule.minNames, Math.ceil(rule.minShare * live.length));
  const languages = [...approvedNames]
    .filter(([, n]) => n >= threshold)
    .sort((a, b) => b[1] - a[1] || ordinal(a[0], b[0]))
    .map(([language]) => language);
  const rank = new Map(languages.map((l, i) => [l, i]));

  const entries: CoverageEntry[] = [];
  const missingByLanguage = new Map<string, number>(languages.map((l) => [l, 0]));
  for (const [name, byLanguage] of live) {
    const missing: CoverageMissing[] = [];
    for (const language of languages) {
      const versions = byLanguage.get(language);
      if (versions && isApproved(versions)) continue;
      bump(missingByLanguage, language);
      const closest = versions
        ?.slice()
        .sort(
          (a, b) =>
            (CLOSE_TO_APPROVED[a.status.toUpperCase()] ?? 9) -
              (CLOSE_TO_APPROVED[b.status.toUpperCase()] ?? 9) || ordinal(a.id, b.id),
        )[0];
      missing.push({ language, status: closest?.status ?? null, id: closest?.id ?? null });
    }
    if (missing.length === 0) continue;
    const approved = [...byLanguage]
      .filter(([, versions]) => isApproved(versions))
      .map(([language]) => language)
      .sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || ordinal(a, b));
    entries.push({ account: accountId, name, approved, missing });
  }
  // Names closest to complete first: one missing translation of a template live in four languages
  // is the gap most worth closing.
  entries.sort(
    (a, b) =>
      a.missing.length - b.missing.length ||
      b.approved.length - a.approved.length ||
      nameCollator.compare(a.name, b.name),
  );
  return {
    account: accountId,
    languages,
    approvedNames: Object.fromEntries(languages.map((l) => [l, approvedNames.get(l) ?? 0])),
    names: live.length,
    missingByLanguage: Object.fromEntries(missingByLanguage),
    total: entries.length,
    items: entries.slice(0, cap),
  };
}

// ---------------------------------------------------------------------------------------------
// Everything that depends on the rows only (memoized)

interface RowStats {
  total: number;
  facets: OverviewResponse["facets"];
  qualityByCategory: Record<string, FacetCounts>;
  byAccount: Map<string, AccountCounts>;
  attention: OverviewResponse["attention"];
  coverage: Map<string, CoverageAccount>;
}

const statsCache = new WeakMap<readonly CatalogRow[], Map<string, RowStats>>();

function rowStats(rows: readonly CatalogRow[], cap: number, rule: CoverageRule): RowStats {
  const key = `${cap}|${rule.minShare}|${rule.minNames}`;
  let byKey = statsCache.get(rows);
  if (!byKey) {
    byKey = new Map();
    statsCache.set(rows, byKey);
  }
  let stats = byKey.get(key);
  if (!stats) {
    stats = computeRowStats(rows, cap, rule);
    byKey.set(key, stats);
  }
  return stats;
}

function computeRowStats(rows: readonly CatalogRow[], cap: number, rule: CoverageRule): RowStats {
  const { facets, total } = queryTemplates(rows, NO_FILTER);
  const matrix = new Map<string, Map<string, number>>();
  const byAccount = new Map<string, AccountCounts>();
  const rowsByAccount = new Map<string, CatalogRow[]>();
  const quality: CatalogRow[] = [];
  const paused: CatalogRow[] = [];
  const rejected = new Map<string, CatalogRow[]>();
  let attention = 0;

  for (const row of rows) {
    const t = row.template;
    const q = qualityFacetValue(t);
    const status = t.status.toUpperCase();
    let counts = byAccount.get(row.accountId);
    if (!counts) {
      counts = emptyCounts();
      byAccount.set(row.accountId, counts);
      rowsByAccount.set(row.accountId, []);
    }
    rowsByAccount.get(row.accountId)?.push(row);
    counts.total++;
    bump(counts.status, t.status);
    bump(counts.category, t.category);
    bump(counts.language, t.language);
    bump(counts.quality, q);

    let cell = matrix.get(t.category);
    if (!cell) {
      cell = new Map();
      matrix.set(t.category, cell);
    }
    bump(cell, q);

    if (needsAttention(t)) {
      attention++;
      counts.attention++;
    }
    if (ATTENTION_QUALITY_SET.has(q)) {
      quality.push(row);
      const latest = counts.latestQualityIssue;
      if (t.quality_score?.date !== undefined && (latest === null || byQualityDate(row, latest) < 0))
        counts.latestQualityIssue = row;
    }
    if (status === "PAUSED" || status === "DISABLED") paused.push(row);
    // "REJECTED" exactly, like the status facet the rejected count links to.
    if (t.status === "REJECTED") {
      const reason = rejectionGroupKey(t.rejected_reason);
      bump(counts.rejectedReasons, reason);
      const group = rejected.get(reason);
      if (group) group.push(row);
      else rejected.set(reason, [row]);
    }
  }

  const groups: RejectedGroup[] = [...rejected]
    .map(([reason, list]) => {
      const byAcct = new Map<string, number>();
      for (const r of list) bump(byAcct, r.accountId);
      return {
        reason,
        count: list.length,
        byAccount: sortedCounts(byAcct),
        items: list.sort(byNameThenLanguage).slice(0, cap).map(entryOf),
      };
    })
    .sort((a, b) => b.count - a.count || ordinal(a.reason, b.reason));

  const coverage = new Map<string, CoverageAccount>();
  for (const [accountId, accountRows] of rowsByAccount)
    coverage.set(accountId, languageCoverage(accountId, accountRows, rule, cap));

  // Categories in the order of the category facet (largest first).
  const qualityByCategory: Record<string, FacetCounts> = {};
  for (const category of Object.keys(facets.category)) {
    const cell = matrix.get(category);
    if (cell) qualityByCategory[category] = sortedCounts(cell);
  }

  return {
    total,
    facets,
    qualityByCategory,
    byAccount,
    attention: {
      total: attention,
      quality: capped(quality, byQualityConcern, cap),
      paused: capped(paused, byPauseConcern, cap),
      rejected: { total: groups.reduce((n, g) => n + g.count, 0), groups },
    },
    coverage,
  };
}

// ---------------------------------------------------------------------------------------------
// The response

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function accountOverview(input: OverviewAccountInput, counts: AccountCounts | undefined): AccountOverview {
  const c = counts ?? emptyCounts();
  const facets = accountFacets(c);
  const n = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  const approved = n(c.status, "APPROVED");
  return {
    id: input.id,
    label: input.label,
    maskedPhone: input.maskedPhone,
    catalog: input.catalog,
    total: c.total,
    approved,
    approvedShare: share(approved, c.total),
    rejected: n(c.status, "REJECTED"),
    paused: n(c.status, "PAUSED"),
    disabled: n(c.status, "DISABLED"),
    red: n(c.quality, "RED"),
    yellow: n(c.quality, "YELLOW"),
    attention: c.attention,
    attentionShare: share(c.attention, c.total),
    status: facets.status,
    category: facets.category,
    quality: facets.quality,
    rejectedReasons: sortedCounts(c.rejectedReasons),
    latestQualityIssue: c.latestQualityIssue ? entryOf(c.latestQualityIssue) : null,
  };
}

/**
 * Most problems first: the share of templates needing attention (a small number with a third of
 * its templates in trouble outranks a large one with a few), then the count, then the label.
 * Accounts without templates go last.
 */
export function compareAccountsByProblems(a: AccountOverview, b: AccountOverview): number {
  const sa = a.attentionShare ?? -1;
  const sb = b.attentionShare ?? -1;
  return (
    sb - sa || b.attention - a.attention || nameCollator.compare(a.label, b.label) || ordinal(a.id, b.id)
  );
}

/** The overview JSON for rows of the accounts in scope. */
export function computeOverview(input: OverviewInput): OverviewResponse {
  const cap = input.listCap ?? OVERVIEW_LIST_CAP;
  const rule = input.coverageRule ?? COVERAGE_RULE;
  const stats = rowStats(input.rows, cap, rule);
  const accounts = input.accounts
    .map((a) => accountOverview(a, stats.byAccount.get(a.id)))
    .sort(compareAccountsByProblems);
  const coverage = input.accounts
    .map((a) => stats.coverage.get(a.id))
    .filter((c): c is CoverageAccount => c !== undefined);
  return {
    scope: input.scope,
    generatedAt: input.now,
    total: stats.total,
    facets: stats.facets,
    qualityByCategory: stats.qualityByCategory,
    accounts,
    attention: stats.attention,
    coverage: { rule, accounts: coverage },
    catalog: input.catalog,
    listCap: cap,
  };
}
