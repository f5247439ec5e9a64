import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_QUALITY, type Template, templateSchema } from "@/lib/nxcloud/schemas";
import {
  type CatalogRow,
  combineRows,
  compareIds,
  foldText,
  queryTemplates,
  rowsOf,
  searchTerms,
  selectItems,
  siblingCounts,
  siblingKey,
  type TemplateQuery,
} from "./query";
import { FACET_KEYS, type FacetKey, type SortSpec } from "./url-grammar";

const tpl = (input: Record<string, unknown>): Template =>
  templateSchema.parse({ category: "MARKETING", status: "APPROVED", language: "en_US", ...input });

const body = (text: string) => [{ type: "BODY", text }];

const baseQuery: TemplateQuery = {
  q: "",
  status: [],
  category: [],
  language: [],
  quality: [],
  sort: { field: "name", desc: false },
  page: 1,
  pageSize: 100,
};
const query = (rows: readonly CatalogRow[], over: Partial<TemplateQuery> = {}) =>
  queryTemplates(rows, { ...baseQuery, ...over });
const ids = (rows: readonly CatalogRow[], over: Partial<TemplateQuery> = {}) =>
  query(rows, over).items.map((i) => i.id);

const sample = rowsOf("acme", [
  tpl({
    id: "1",
    name: "otp_code",
    category: "AUTHENTICATION",
    language: "zh_CN",
    quality_score: { score: "GREEN" },
    components: body("您的验证码是 {{1}}，请勿泄露。"),
  }),
  tpl({
    id: "2",
    name: "otp_code",
    category: "AUTHENTICATION",
    language: "en_US",
    quality_score: { score: "GREEN" },
    components: body("{{1}} is your verification code."),
  }),
  tpl({
    id: "3",
    name: "welcome_ar",
    language: "ar",
    status: "REJECTED",
    rejected_reason: "PROMOTIONAL",
    quality_score: { score: "UNKNOWN" },
    components: body("مَرْحَبًا بِكُمْ في متجرنا"),
  }),
  tpl({
    id: "4",
    name: "party_invite",
    status: "PAUSED",
    quality_score: { score: "RED" },
    components: [
      { type: "HEADER", format: "TEXT", text: "Party time 🎉" },
      ...body("We ❤️ you. Join us!"),
      { type: "FOOTER", text: "Reply STOP to opt out" },
      { type: "BUTTONS", buttons: [{ type: "URL", text: "RSVP now", url: "https://example.com/rsvp" }] },
    ],
  }),
  tpl({
    id: "5",
    name: "summer_carousel",
    category: "MARKETING",
    status: "PENDING",
    components: [
      ...body("Our summer picks"),
      {
        type: "CAROUSEL",
        cards: [
          {
            components: [
              { type: "BODY", text: "Blue sandals, 30% off" },
              { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Send me the sandals" }] },
            ],
          },
        ],
      },
    ],
  }),
  tpl({
    id: "6",
    name: "order_update",
    category: "UTILITY",
    quality_score: { score: "YELLOW" },
    components: body("ＯＲＤＥＲ {{1}} has shipped"),
  }),
]);

describe("text search", () => {
  it("matches Chinese, Arabic without harakat, emoji, full-width and case-insensitively", () => {
    expect(ids(sample, { q: "验证码" })).toEqual(["1"]);
    expect(ids(sample, { q: "مرحبا" })).toEqual(["3"]);
    expect(ids(sample, { q: "🎉" })).toEqual(["4"]);
    expect(ids(sample, { q: "❤" })).toEqual(["4"]);
    expect(ids(sample, { q: "ＯＴＰ" })).toEqual(["2", "1"]);
    expect(ids(sample, { q: "order" })).toEqual(["6"]);
    expect(ids(sample, { q: "VERIFICATION" })).toEqual(["2"]);
  });

  it("searches header, footer, buttons, carousel cards and ids", () => {
    expect(ids(sample, { q: "party time" })).toEqual(["4"]);
    expect(ids(sample, { q: "opt out" })).toEqual(["4"]);
    expect(ids(sample, { q: "rsvp" })).toEqual(["4"]);
    expect(ids(sample, { q: "sandals" })).toEqual(["5"]);
    expect(ids(sample, { q: "6" })).toEqual(["6"]);
  });

  it("ANDs whitespace-separated terms", () => {
    expect(ids(sample, { q: "otp code" })).toEqual(["2", "1"]);
    expect(ids(sample, { q: "otp 验证码" })).toEqual(["1"]);
    expect(ids(sample, { q: "otp   sandals" })).toEqual([]);
    expect(searchTerms("  A  a\tＢ ")).toEqual(["a", "b"]);
  });

  it("does not match across field boundaries", () => {
    // name "party_invite" ends with "invite", header starts with "Party": no "inviteparty" match
    expect(ids(sample, { q: "inviteparty" })).toEqual([]);
  });

  it("folds text consistently", () => {
    expect(foldText("ＡＢＣ")).toBe("abc");
    // Arabic presentation forms (legacy encodings, some keyboards) fold to the base letters
    expect(foldText("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E")).toBe("مرحبا");
    expect(foldText("مَرْحَبًا")).toBe("مرحبا");
  });
});

describe("filters", () => {
  it("ORs within a filter and ANDs across filters", () => {
    expect(ids(sample, { status: ["PAUSED", "PENDING"] }).sort()).toEqual(["4", "5"]);
    expect(ids(sample, { status: ["APPROVED"], category: ["AUTHENTICATION"] }).sort()).toEqual(["1", "2"]);
    expect(ids(sample, { status: ["APPROVED"], category: ["AUTHENTICATION"], language: ["ar"] })).toEqual([]);
  });

  it("filters quality including NONE for templates without quality_score", () => {
    expect(ids(sample, { quality: [NO_QUALITY] })).toEqual(["5"]);
    expect(ids(sample, { quality: ["RED", "YELLOW"] }).sort()).toEqual(["4", "6"]);
  });

  it("matches filter values case-insensitively", () => {
    expect(ids(sample, { status: ["rejected"] })).toEqual(["3"]);
  });
});

describe("facets", () => {
  it("counts each facet over rows matching the other filters", () => {
    const r = query(sample, { status: ["APPROVED"], category: ["AUTHENTICATION"] });
    expect(r.total).toBe(2);
    // status counts ignore the status filter but apply the category filter
    expect(r.facets.status).toEqual({ APPROVED: 2 });
    // category counts ignore the category filter but apply the status filter
    expect(r.facets.category).toEqual({ AUTHENTICATION: 2, UTILITY: 1 });
    expect(r.facets.language).toEqual({ en_US: 1, zh_CN: 1 });
    expect(r.facets.quality).toEqual({ GREEN: 2 });
  });

  it("keeps selected values with zero counts, including unknown ones", () => {
    const r = query(sample, { status: ["REJECTED", "ARCHIVED"], category: ["UTILITY"] });
    expect(r.total).toBe(0);
    expect(r.facets.status).toMatchObject({ REJECTED: 0, ARCHIVED: 0, APPROVED: 1 });
    expect(r.facets.category).toMatchObject({ UTILITY: 0, MARKETING: 1 });
  });

  it("applies the text query to every facet", () => {
    const r = query(sample, { q: "otp" });
    expect(r.facets.language).toEqual({ en_US: 1, zh_CN: 1 });
    expect(r.facets.status).toEqual({ APPROVED: 2 });
  });

  // A value's count is what clicking it gives: the total with that facet's filter set to the value,
  // and adding an unselected value to a selection grows the total by exactly its count.
  it("predicts the total of adding a value (property)", () => {
    const statuses = ["APPROVED", "REJECTED", "PAUSED"];
    const categories = ["MARKETING", "UTILITY", "AUTHENTICATION"];
    const languages = ["en_US", "zh_CN", "ar"];
    const qualities = ["GREEN", "YELLOW", "RED", "UNKNOWN", null];
    const templateArb = fc.record({
      status: fc.constantFrom(...statuses),
      category: fc.constantFrom(...categories),
      language: fc.constantFrom(...languages),
      quality: fc.constantFrom(...qualities),
      word: fc.constantFrom("alpha", "beta", "gamma"),
    });
    const pick = <T>(values: T[]) => fc.subarray(values, { maxLength: 2 });
    fc.assert(
      fc.property(
        fc.array(templateArb, { maxLength: 40 }),
        fc.record({
          status: pick(statuses),
          category: pick(categories),
          language: pick(languages),
          quality: pick(["GREEN", "YELLOW", "RED", "UNKNOWN", NO_QUALITY]),
          q: fc.constantFrom("", "alpha", "a"),
        }),
        (specs, filter) => {
          const rows = rowsOf(
            "acc",
            specs.map((s, i) =>
              tpl({
                id: String(i),
                name: `${s.word}_${i}`,
                status: s.status,
                category: s.category,
                language: s.language,
                ...(s.quality ? { quality_score: { score: s.quality } } : {}),
              }),
            ),
          );
          const current = query(rows, filter);
          for (const key of FACET_KEYS) {
            for (const [value, count] of Object.entries(current.facets[key])) {
              expect(query(rows, { ...filter, [key]: [value] }).total).toBe(count);
              const selected: string[] = filter[key as FacetKey];
              if (selected.length > 0 && !selected.includes(value)) {
                expect(query(rows, { ...filter, [key]: [...selected, value] }).total).toBe(
                  current.total + count,
                );
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("sorting", () => {
  const rows = rowsOf("acc", [
    tpl({ id: "10", name: "b", language: "en", status: "APPROVED", quality_score: { score: "RED" } }),
    tpl({ id: "9", name: "a", language: "fr", status: "APPROVED" }),
    tpl({ id: "100", name: "a", language: "en", status: "REJECTED", quality_score: { score: "GREEN" } }),
    tpl({ id: "2", name: "c", language: "en", status: "APPROVED", quality_score: { score: "YELLOW" } }),
    tpl({ id: "3", name: "a10", language: "en", status: "PAUSED", quality_score: { score: "UNKNOWN" } }),
    tpl({ id: "4", name: "a9", language: "en", status: "APPROVED", quality_score: { score: "RED" } }),
  ]);
  const order = (sort: SortSpec) => ids(rows, { sort });

  it("sorts by name with numeric awareness, ties by language then id", () => {
    expect(order({ field: "name", desc: false })).toEqual(["100", "9", "4", "3", "10", "2"]);
    expect(order({ field: "name", desc: true })).toEqual(["2", "10", "3", "4", "100", "9"]);
  });

  it("breaks ties by name, language, id ascending in both directions", () => {
    // APPROVED: a/fr (9), a9 (4), b (10), c (2); PAUSED: a10 (3); REJECTED: a/en (100)
    expect(order({ field: "status", desc: false })).toEqual(["9", "4", "10", "2", "3", "100"]);
    expect(order({ field: "status", desc: true })).toEqual(["100", "3", "9", "4", "10", "2"]);
  });

  it("sorts quality best first ascending, worst first descending, none last both ways", () => {
    expect(order({ field: "quality", desc: false })).toEqual(["100", "3", "2", "4", "10", "9"]);
    expect(order({ field: "quality", desc: true })).toEqual(["4", "10", "2", "3", "100", "9"]);
  });

  it("sorts ids numerically", () => {
    expect(order({ field: "id", desc: false })).toEqual(["2", "3", "4", "9", "10", "100"]);
    expect(order({ field: "id", desc: true })).toEqual(["100", "10", "9", "4", "3", "2"]);
    expect(compareIds("007", "8")).toBeLessThan(0);
    expect(compareIds("15xxxx67", "99")).toBeGreaterThan(0);
  });

  it("is deterministic whatever the input order", () => {
    const shuffled = [...rows].reverse();
    for (const field of ["name", "language", "category", "status", "quality", "id", "account"] as const) {
      for (const desc of [false, true]) {
        expect(ids(shuffled, { sort: { field, desc } })).toEqual(ids(rows, { sort: { field, desc } }));
      }
    }
  });

  it("sorts by account across combined rows", () => {
    const other = rowsOf("zeta", [tpl({ id: "50", name: "a" })]);
    const alpha = rowsOf("alpha", [tpl({ id: "60", name: "z" })]);
    const all = combineRows([other, alpha]);
    expect(combineRows([other, alpha])).toBe(all);
    expect(ids(all, { sort: { field: "account", desc: false } })).toEqual(["60", "50"]);
    expect(ids(all, { sort: { field: "account", desc: true } })).toEqual(["50", "60"]);
    expect(query(all).items.map((i) => i.account)).toEqual(["zeta", "alpha"]);
  });
});

describe("pagination", () => {
  const rows = rowsOf(
    "acc",
    Array.from({ length: 25 }, (_, i) =>
      tpl({ id: String(i + 1), name: `t${String(i + 1).padStart(2, "0")}` }),
    ),
  );

  it("returns full pages, the last partial page and empty pages beyond the end", () => {
    expect(query(rows, { pageSize: 10, page: 1 }).items.map((i) => i.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    const last = query(rows, { pageSize: 10, page: 3 });
    expect(last.items.map((i) => i.id)).toEqual(["21", "22", "23", "24", "25"]);
    expect(last.total).toBe(25);
    const beyond = query(rows, { pageSize: 10, page: 4 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(25);
    expect(beyond.page).toBe(4);
  });

  it("clamps the page size to 10–100", () => {
    expect(query(rows, { pageSize: 5 }).pageSize).toBe(10);
    expect(query(rows, { pageSize: 5 }).items).toHaveLength(10);
    expect(query(rows, { pageSize: 500 }).pageSize).toBe(100);
    expect(query(rows, { pageSize: 100 }).items).toHaveLength(25);
  });

  it("handles an empty catalog", () => {
    const r = query(rowsOf("acc", []));
    expect(r).toMatchObject({
      items: [],
      total: 0,
      facets: { status: {}, category: {}, language: {}, quality: {} },
    });
  });
});

describe("siblings and items", () => {
  it("counts other languages per account and name", () => {
    const rows = combineRows([
      rowsOf("a", [
        tpl({ id: "1", name: "x", language: "en" }),
        tpl({ id: "2", name: "x", language: "fr" }),
        tpl({ id: "3", name: "x", language: "de" }),
        tpl({ id: "4", name: "y" }),
      ]),
      rowsOf("b", [tpl({ id: "5", name: "x" })]),
    ]);
    const counts = siblingCounts(rows);
    expect(counts.get(siblingKey("a", "x"))).toBe(2);
    expect(counts.get(siblingKey("a", "y"))).toBe(0);
    expect(counts.get(siblingKey("b", "x"))).toBe(0);
    const items = selectItems(rows, { ...baseQuery, q: "x" });
    expect(items.map((i) => [i.id, i.account, i.otherLanguages])).toEqual([
      ["3", "a", 2],
      ["1", "a", 2],
      ["5", "b", 0],
      ["2", "a", 2],
    ]);
  });

  it("reuses rows arrays for the same templates array", () => {
    const templates = [tpl({ id: "1", name: "x" })];
    expect(rowsOf("a", templates)).toBe(rowsOf("a", templates));
    expect(rowsOf("b", templates)).not.toBe(rowsOf("a", templates));
  });
});

describe("view=attention", () => {
  it("keeps rejected/paused/disabled or red/yellow rows, and narrows every facet", async () => {
    const { queryTemplates, rowsOf } = await import("./query");
    const make = (id: string, status: string, score?: string) => ({
      id,
      name: `t_${id}`,
      language: "en_US",
      category: "MARKETING",
      status,
      components: [],
      ...(score ? { quality_score: { score } } : {}),
    });
    const rows = rowsOf("a", [
      make("1", "APPROVED", "GREEN"),
      make("2", "REJECTED"),
      make("3", "PAUSED", "RED"),
      make("4", "APPROVED", "YELLOW"),
      make("5", "PENDING"),
      make("6", "DISABLED", "UNKNOWN"),
    ]);
    const r = queryTemplates(rows, {
      q: "",
      view: "attention",
      status: [],
      category: [],
      language: [],
      quality: [],
      sort: { field: "id", desc: false },
      page: 1,
      pageSize: 20,
    });
    expect(r.items.map((i) => i.id)).toEqual(["2", "3", "4", "6"]);
    expect(r.facets.status).toEqual({ APPROVED: 1, DISABLED: 1, PAUSED: 1, REJECTED: 1 });
  });
});

describe("view=partial and enum normalisation through the page reader", () => {
  it("lists only the templates that could not be fully read; lowercase statuses count once", async () => {
    const { queryTemplates, rowsOf } = await import("./query");
    const { templatePageSchema } = await import("@/lib/nxcloud/schemas");
    const page = templatePageSchema.parse({
      data: [
        { id: "1", name: "a", language: "en", category: "MARKETING", status: "APPROVED" },
        { id: "2", name: "b", language: "en", category: "marketing", status: "approved" },
        { id: "3", name: "c", language: "en", category: "UTILITY" },
        { id: "4", name: "d", language: "en", status: "Rejected", category: "UTILITY", components: 5 },
      ],
    });
    const rows = rowsOf("a", page.data);
    const base = {
      q: "",
      status: [] as string[],
      category: [] as string[],
      language: [] as string[],
      quality: [] as string[],
      sort: { field: "id" as const, desc: false },
      page: 1,
      pageSize: 20,
    };
    const all = queryTemplates(rows, { ...base });
    expect(all.facets.status).toEqual({ APPROVED: 2, REJECTED: 1, UNKNOWN: 1 });
    expect(all.facets.category).toEqual({ MARKETING: 2, UTILITY: 2 });
    const partial = queryTemplates(rows, { ...base, view: "partial" });
    expect(partial.items.map((i) => [i.id, i.readIssues])).toEqual([
      ["3", ["status"]],
      ["4", ["components"]],
    ]);
    const ready = queryTemplates(rows, { ...base, status: ["APPROVED"] });
    expect(ready.total).toBe(2);
  });
});
