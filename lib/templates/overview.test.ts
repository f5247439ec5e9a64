import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Template, templateSchema } from "@/lib/nxcloud/schemas";
import type { CatalogState } from "./list-contract";
import {
  COVERAGE_RULE,
  compareAccountsByProblems,
  computeOverview,
  languageCoverage,
  rejectionGroupKey,
} from "./overview";
import { overviewResponseSchema } from "./overview-contract";
import {
  type CatalogRow,
  combineRows,
  needsAttention,
  queryTemplates,
  rowsOf,
  type TemplateQuery,
} from "./query";

let nextId = 1;
const tpl = (input: Record<string, unknown>): Template =>
  templateSchema.parse({
    id: String(nextId++),
    name: "t",
    category: "MARKETING",
    status: "APPROVED",
    language: "en_US",
    components: [{ type: "BODY", text: "Hi" }],
    ...input,
  });

const state = (over: Partial<CatalogState> = {}): CatalogState => ({
  complete: true,
  pagesFetched: 1,
  templatesFetched: 0,
  fetchedAt: 1_700_000_000_000,
  stale: false,
  refreshing: false,
  error: null,
  ...over,
});

const noFilter: TemplateQuery = {
  q: "",
  status: [],
  category: [],
  language: [],
  quality: [],
  sort: { field: "name", desc: false },
  page: 1,
  pageSize: 10,
};

const facetsOf = (rows: readonly CatalogRow[], over: Partial<TemplateQuery> = {}) =>
  queryTemplates(rows, { ...noFilter, ...over });

function overviewOf(parts: Record<string, Template[]>, over: { listCap?: number } = {}) {
  const ids = Object.keys(parts);
  const rowParts = ids.map((id) => rowsOf(id, parts[id] as Template[]));
  const rows = combineRows(rowParts);
  const result = computeOverview({
    rows,
    scope: ids.length === 1 ? (ids[0] as string) : "all",
    accounts: ids.map((id) => ({
      id,
      label: id.toUpperCase(),
      maskedPhone: "+1 ****0000",
      catalog: state(),
    })),
    catalog: state(),
    now: 1_700_000_000_000,
    ...over,
  });
  return { result, rows, rowParts };
}

// A small account with every kind of problem.
const acme = [
  tpl({ name: "welcome", language: "en_US", quality_score: { score: "GREEN", date: 100 } }),
  tpl({ name: "welcome", language: "fr", quality_score: { score: "YELLOW", date: 300 } }),
  tpl({ name: "welcome", language: "de", status: "REJECTED", rejected_reason: "INVALID_FORMAT" }),
  tpl({ name: "promo", category: "UTILITY", status: "REJECTED", rejected_reason: "PROMOTIONAL" }),
  tpl({ name: "promo2", category: "UTILITY", status: "REJECTED", rejected_reason: "promotional " }),
  tpl({ name: "promo3", status: "REJECTED", rejected_reason: null }),
  tpl({ name: "alert", status: "PAUSED", quality_score: { score: "RED", date: 200 } }),
  tpl({ name: "alert_old", status: "DISABLED", quality_score: { score: "RED", date: 50 } }),
  tpl({ name: "otp", category: "AUTHENTICATION", quality_score: { score: "UNKNOWN" } }),
  tpl({ name: "news", language: "fr", quality_score: { score: "RED", date: 400 } }),
  tpl({ name: "news", language: "en_US", status: "PENDING" }),
  tpl({ name: "legacy", category: "OTP", status: "ARCHIVED" }),
];
const globex = [
  tpl({ name: "hello", language: "en_GB", quality_score: { score: "GREEN" } }),
  tpl({ name: "hello", language: "es", quality_score: { score: "GREEN" } }),
  tpl({ name: "bye", language: "en_GB", status: "REJECTED", rejected_reason: "INVALID_FORMAT" }),
];

describe("computeOverview: counts equal the table's facets", () => {
  it("for one account and for all accounts", () => {
    const scopes: Record<string, Template[]>[] = [{ acme }, { globex }, { acme, globex }];
    for (const parts of scopes) {
      const { result, rows, rowParts } = overviewOf(parts);
      const table = facetsOf(rows);
      expect(result.total).toBe(table.total);
      expect(result.facets).toEqual(table.facets);
      result.accounts.forEach((card) => {
        const accountRows = rowParts[Object.keys(parts).indexOf(card.id)] as readonly CatalogRow[];
        const f = facetsOf(accountRows).facets;
        expect(card.status).toEqual(f.status);
        expect(card.category).toEqual(f.category);
        expect(card.quality).toEqual(f.quality);
        expect(card.total).toBe(accountRows.length);
        expect(card.rejected).toBe(facetsOf(accountRows, { status: ["REJECTED"] }).total);
        expect(card.red).toBe(facetsOf(accountRows, { quality: ["RED"] }).total);
        expect(card.yellow).toBe(facetsOf(accountRows, { quality: ["YELLOW"] }).total);
        expect(card.approved).toBe(facetsOf(accountRows, { status: ["APPROVED"] }).total);
        expect(card.paused).toBe(facetsOf(accountRows, { status: ["PAUSED"] }).total);
        expect(card.disabled).toBe(facetsOf(accountRows, { status: ["DISABLED"] }).total);
      });
    }
  });

  it("the quality-by-category matrix: each cell is the table total for category + quality", () => {
    const { result, rows } = overviewOf({ acme, globex });
    for (const [category, byQuality] of Object.entries(result.qualityByCategory)) {
      for (const [quality, n] of Object.entries(byQuality)) {
        expect(facetsOf(rows, { category: [category], quality: [quality] }).total).toBe(n);
      }
      const rowSum = Object.values(byQuality).reduce((a, b) => a + b, 0);
      expect(rowSum).toBe(result.facets.category[category]);
    }
    expect(result.qualityByCategory.MARKETING).toEqual({ NONE: 4, GREEN: 3, RED: 3, YELLOW: 1 });
    expect(result.qualityByCategory.OTP).toEqual({ NONE: 1 });
  });

  it("holds for arbitrary rows (property)", () => {
    const value = (values: string[]) => fc.constantFrom(...values);
    const template = fc.record({
      name: value(["a", "b", "c"]),
      language: value(["en_US", "fr", "de", "zh_CN"]),
      category: value(["MARKETING", "UTILITY", "AUTHENTICATION", "OTP", "marketing"]),
      status: value(["APPROVED", "REJECTED", "PAUSED", "DISABLED", "PENDING", "FLAGGED", "approved"]),
      quality: fc.option(value(["GREEN", "YELLOW", "RED", "UNKNOWN", " RED ", ""]), { nil: undefined }),
      reason: fc.option(value(["INVALID_FORMAT", "SCAM", "NONE", "", "new_reason"]), { nil: null }),
    });
    const account = fc.array(template, { maxLength: 25 });
    fc.assert(
      fc.property(account, account, (a, b) => {
        const toTemplates = (list: typeof a) =>
          list.map((t) =>
            tpl({
              name: t.name,
              language: t.language,
              category: t.category,
              status: t.status,
              rejected_reason: t.reason,
              ...(t.quality === undefined ? {} : { quality_score: { score: t.quality } }),
            }),
          );
        const { result, rows, rowParts } = overviewOf({ a: toTemplates(a), b: toTemplates(b) });
        const table = facetsOf(rows);
        expect(result.facets).toEqual(table.facets);
        expect(result.attention.total).toBe(facetsOf(rows, { view: "attention" }).total);
        expect(result.attention.quality.total).toBe(facetsOf(rows, { quality: ["RED", "YELLOW"] }).total);
        expect(result.attention.paused.total).toBe(facetsOf(rows, { status: ["PAUSED", "DISABLED"] }).total);
        expect(result.attention.rejected.total).toBe(result.facets.status.REJECTED ?? 0);
        for (const card of result.accounts) {
          const accountRows = rowParts[card.id === "a" ? 0 : 1] as readonly CatalogRow[];
          expect(card.quality).toEqual(facetsOf(accountRows).facets.quality);
          expect(card.attention).toBe(facetsOf(accountRows, { view: "attention" }).total);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("needs attention", () => {
  it("lists RED/YELLOW (RED first, newest rating first) and PAUSED/DISABLED (paused first)", () => {
    const { result } = overviewOf({ acme });
    expect(result.attention.quality.total).toBe(4);
    expect(result.attention.quality.items.map((e) => [e.name, e.quality, e.qualityDate])).toEqual([
      ["news", "RED", 400],
      ["alert", "RED", 200],
      ["alert_old", "RED", 50],
      ["welcome", "YELLOW", 300],
    ]);
    expect(result.attention.paused.items.map((e) => [e.name, e.status])).toEqual([
      ["alert", "PAUSED"],
      ["alert_old", "DISABLED"],
    ]);
    const first = result.attention.quality.items[0];
    expect(first).toMatchObject({
      account: "acme",
      language: "fr",
      category: "MARKETING",
      status: "APPROVED",
    });
    expect(first?.id).toMatch(/^\d+$/);
  });

  it("the attention total is the table's attention view", () => {
    const { result, rows } = overviewOf({ acme, globex });
    // rejected 5, paused 1, disabled 1, approved+YELLOW 1, approved+RED 1 (news) = 9
    expect(result.attention.total).toBe(9);
    expect(rows.filter((r) => needsAttention(r.template))).toHaveLength(9);
    expect(result.accounts.find((a) => a.id === "acme")?.attention).toBe(8);
  });

  it("caps lists but keeps the totals", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      tpl({ name: `n${i}`, status: "REJECTED", rejected_reason: "SCAM", quality_score: { score: "RED" } }),
    );
    const { result } = overviewOf({ acme: many }, { listCap: 5 });
    expect(result.listCap).toBe(5);
    expect(result.attention.quality).toMatchObject({ total: 12 });
    expect(result.attention.quality.items).toHaveLength(5);
    expect(result.attention.rejected.groups[0]).toMatchObject({ reason: "SCAM", count: 12 });
    expect(result.attention.rejected.groups[0]?.items).toHaveLength(5);
    // Names sort numerically: n0, n1, n2, …
    expect(result.attention.quality.items.map((e) => e.name)).toEqual(["n0", "n1", "n2", "n3", "n4"]);
  });
});

describe("rejected grouped by reason", () => {
  it("groups case-insensitively, missing reasons under NONE, largest group first", () => {
    const { result } = overviewOf({ acme, globex });
    expect(result.attention.rejected.total).toBe(5);
    expect(result.attention.rejected.groups.map((g) => [g.reason, g.count, g.byAccount])).toEqual([
      ["INVALID_FORMAT", 2, { acme: 1, globex: 1 }],
      ["PROMOTIONAL", 2, { acme: 2 }],
      ["NONE", 1, { acme: 1 }],
    ]);
    expect(result.attention.rejected.groups[1]?.items.map((e) => e.name)).toEqual(["promo", "promo2"]);
    expect(result.accounts.find((a) => a.id === "acme")?.rejectedReasons).toEqual({
      PROMOTIONAL: 2,
      INVALID_FORMAT: 1,
      NONE: 1,
    });
  });

  it("rejectionGroupKey", () => {
    expect(rejectionGroupKey(null)).toBe("NONE");
    expect(rejectionGroupKey("  ")).toBe("NONE");
    expect(rejectionGroupKey(" scam")).toBe("SCAM");
  });
});

describe("accounts", () => {
  it("cards carry shares and are sorted by problems", () => {
    const { result } = overviewOf({ globex, acme });
    expect(result.accounts.map((a) => a.id)).toEqual(["acme", "globex"]);
    const acmeCard = result.accounts[0];
    expect(acmeCard).toMatchObject({
      label: "ACME",
      total: 12,
      approved: 4,
      rejected: 4,
      paused: 1,
      disabled: 1,
      red: 3,
      yellow: 1,
      attention: 8,
    });
    expect(acmeCard?.approvedShare).toBeCloseTo(4 / 12);
    // The freshest RED/YELLOW rating: news (RED, date 400).
    expect(acmeCard?.latestQualityIssue).toMatchObject({ name: "news", quality: "RED", qualityDate: 400 });
    expect(result.accounts[1]?.latestQualityIssue).toBeNull();
    expect(acmeCard?.attentionShare).toBeCloseTo(8 / 12);
  });

  it("an account in scope without rows still gets a card (with its state), sorted last", () => {
    const rows = rowsOf("acme", acme);
    const result = computeOverview({
      rows,
      scope: "all",
      accounts: [
        {
          id: "broken",
          label: "Broken",
          maskedPhone: "",
          catalog: state({ complete: false, fetchedAt: null }),
        },
        { id: "acme", label: "Acme", maskedPhone: "", catalog: state() },
      ],
      catalog: state({ complete: false }),
      now: 0,
    });
    expect(result.accounts.map((a) => [a.id, a.total, a.approvedShare])).toEqual([
      ["acme", 12, 4 / 12],
      ["broken", 0, null],
    ]);
    expect(result.accounts[1]?.catalog.complete).toBe(false);
  });

  it("compareAccountsByProblems: share, then count, then label", () => {
    const base = overviewOf({ acme }).result.accounts[0];
    if (!base) throw new Error("no card");
    const a = { ...base, id: "a", label: "A", attention: 2, attentionShare: 0.5 };
    const b = { ...base, id: "b", label: "B", attention: 20, attentionShare: 0.1 };
    const c = { ...base, id: "c", label: "C", attention: 30, attentionShare: 0.1 };
    const d = { ...base, id: "d", label: "D", attention: 0, attentionShare: null };
    expect([d, b, a, c].sort(compareAccountsByProblems).map((x) => x.id)).toEqual(["a", "c", "b", "d"]);
  });
});

describe("language coverage", () => {
  // 4 live names. en_US: 4 approved, fr: 2 approved (50%), de: 1 approved (below 3 names), es only
  // rejected → the account's languages are en_US and fr.
  const templates = [
    tpl({ name: "a", language: "en_US" }),
    tpl({ name: "a", language: "fr" }),
    tpl({ name: "a", language: "de" }),
    tpl({ name: "b", language: "en_US" }),
    tpl({ name: "b", language: "fr" }),
    tpl({ name: "c", language: "en_US" }),
    tpl({ name: "c", language: "fr", status: "REJECTED" }),
    tpl({ name: "c", language: "fr", status: "PENDING" }),
    tpl({ name: "d", language: "en_US" }),
    tpl({ name: "d", language: "es", status: "REJECTED" }),
    tpl({ name: "e", language: "fr", status: "REJECTED" }),
    tpl({ name: "f", language: "fr", status: "DELETED" }),
  ];
  const rows = rowsOf("acme", templates);

  it("the account's languages: approved in ≥ 25% of its live names and in ≥ 3 names", () => {
    const c = languageCoverage("acme", rows, { minShare: 0.25, minNames: 2 }, 50);
    expect(c.names).toBe(4);
    expect(c.languages).toEqual(["en_US", "fr"]);
    expect(c.approvedNames).toEqual({ en_US: 4, fr: 2 });
    // With the default floor of 3 names, fr (2 names) is not one of the account's languages.
    expect(languageCoverage("acme", rows, COVERAGE_RULE, 50).languages).toEqual(["en_US"]);
  });

  it("lists live names lacking an approved version, with the closest existing version", () => {
    const c = languageCoverage("acme", rows, { minShare: 0.25, minNames: 2 }, 50);
    expect(c.total).toBe(2);
    expect(c.missingByLanguage).toEqual({ en_US: 0, fr: 2 });
    expect(c.items.map((e) => [e.name, e.approved, e.missing.map((m) => [m.language, m.status])])).toEqual([
      ["c", ["en_US"], [["fr", "PENDING"]]],
      ["d", ["en_US"], [["fr", null]]],
    ]);
    const pending = templates.find((t) => t.name === "c" && t.status === "PENDING");
    expect(c.items[0]?.missing[0]?.id).toBe(pending?.id);
    // Names with no approved version anywhere (e, f) are not checked: they are not live.
    expect(c.items.some((e) => e.name === "e" || e.name === "f")).toBe(false);
  });

  it("caps the list, not the counts", () => {
    const c = languageCoverage("acme", rows, { minShare: 0.25, minNames: 2 }, 1);
    expect(c.total).toBe(2);
    expect(c.items).toHaveLength(1);
  });

  it("is part of the overview per account", () => {
    const { result } = overviewOf({ acme, globex });
    expect(result.coverage.rule).toEqual(COVERAGE_RULE);
    expect(result.coverage.accounts.map((c) => c.account)).toEqual(["acme", "globex"]);
  });
});

describe("empty input", () => {
  it("gives zeros, empty lists and a valid response", () => {
    const result = computeOverview({
      rows: [],
      scope: "all",
      accounts: [{ id: "acme", label: "Acme", maskedPhone: "", catalog: state() }],
      catalog: state(),
      now: 5,
    });
    expect(overviewResponseSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      scope: "all",
      generatedAt: 5,
      total: 0,
      facets: { status: {}, category: {}, language: {}, quality: {} },
      qualityByCategory: {},
      attention: {
        total: 0,
        quality: { total: 0, items: [] },
        paused: { total: 0, items: [] },
        rejected: { total: 0, groups: [] },
      },
      coverage: { accounts: [] },
    });
    expect(result.accounts[0]).toMatchObject({ total: 0, approvedShare: null, attentionShare: null });
  });

  it("no accounts in scope", () => {
    const result = computeOverview({ rows: [], scope: "all", accounts: [], catalog: state(), now: 0 });
    expect(result.accounts).toEqual([]);
  });
});

describe("response", () => {
  it("matches the contract and is memoized per rows array", () => {
    const { result, rows } = overviewOf({ acme, globex });
    expect(overviewResponseSchema.parse(result)).toEqual(result);
    const again = computeOverview({
      rows,
      scope: "all",
      accounts: [],
      catalog: state(),
      now: 0,
    });
    expect(again.attention).toBe(result.attention);
  });
});
