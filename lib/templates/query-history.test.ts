import { describe, expect, it } from "vitest";
import { type Template, templateSchema } from "@/lib/nxcloud/schemas";
import type { LastChange } from "./list-contract";
import {
  lastChangeKey,
  queryTemplates,
  type RowHistory,
  rowsOf,
  selectMatches,
  type TemplateQuery,
} from "./query";

const tpl = (id: string, name: string): Template =>
  templateSchema.parse({
    id,
    name,
    category: "MARKETING",
    status: "APPROVED",
    language: "en_US",
    components: [],
  });

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

const H = 3_600_000;
const D = 24 * H;
const now = Date.parse("2026-03-10T12:00:00Z");
const change = (observedAt: number, kind = "quality_changed"): LastChange => ({
  kind,
  from: "GREEN",
  to: "YELLOW",
  observedAt,
  previousObservedAt: observedAt - 300_000,
  more: 0,
});

const rows = rowsOf("acme", [tpl("1", "a"), tpl("2", "b"), tpl("3", "c"), tpl("4", "d")]);
const history: RowHistory = {
  now,
  lastChanges: new Map([
    [lastChangeKey("acme", "1"), change(now - 2 * H)],
    [lastChangeKey("acme", "2"), change(now - 3 * D)],
    [lastChangeKey("acme", "3"), change(now - 20 * D)],
  ]),
};
const ids = (over: Partial<TemplateQuery>) =>
  queryTemplates(rows, { ...baseQuery, ...over }, history).items.map((i) => i.id);

describe("query with the change log", () => {
  it("each row carries its last change, null without one", () => {
    const items = queryTemplates(rows, baseQuery, history).items;
    expect(items.map((i) => i.lastChange?.observedAt ?? null)).toEqual([
      now - 2 * H,
      now - 3 * D,
      now - 20 * D,
      null,
    ]);
  });

  it("without history the items carry no lastChange field and there is no changed facet", () => {
    const r = queryTemplates(rows, baseQuery);
    expect(r.items[0]).not.toHaveProperty("lastChange");
    expect(r.facets.changed).toBeUndefined();
  });

  it("filters by a relative window", () => {
    expect(ids({ changed: "24h" })).toEqual(["1"]);
    expect(ids({ changed: "7d" })).toEqual(["1", "2"]);
    expect(ids({ changed: "30d" })).toEqual(["1", "2", "3"]);
  });

  it("filters by a custom window of UTC days, inclusive", () => {
    expect(ids({ changed: "custom", since: "2026-02-18", until: "2026-02-18" })).toEqual(["3"]);
    expect(ids({ changed: "custom", since: "2026-03-01" })).toEqual(["1", "2"]);
    expect(ids({ changed: "custom", until: "2026-03-07" })).toEqual(["2", "3"]);
    // since/until mean nothing without a custom window
    expect(ids({ since: "2026-03-10" })).toEqual(["1", "2", "3", "4"]);
  });

  it("counts the windows over the rows matching the other filters, ignoring the changed filter", () => {
    expect(queryTemplates(rows, { ...baseQuery, changed: "24h" }, history).facets.changed).toEqual({
      "24h": 1,
      "7d": 2,
      "30d": 3,
    });
    expect(queryTemplates(rows, { ...baseQuery, q: "b" }, history).facets.changed).toEqual({
      "24h": 0,
      "7d": 1,
      "30d": 1,
    });
  });

  it("the changed filter narrows the other facets' counts", () => {
    expect(queryTemplates(rows, { ...baseQuery, changed: "24h" }, history).facets.status).toEqual({
      APPROVED: 1,
    });
  });

  it("sorts by last change, templates without one last in both directions", () => {
    expect(ids({ sort: { field: "lastChange", desc: true } })).toEqual(["1", "2", "3", "4"]);
    expect(ids({ sort: { field: "lastChange", desc: false } })).toEqual(["3", "2", "1", "4"]);
  });

  it("a new history map is taken into account (not a stale cached order)", () => {
    const next: RowHistory = { now, lastChanges: new Map([[lastChangeKey("acme", "4"), change(now - H)]]) };
    const r = queryTemplates(rows, { ...baseQuery, sort: { field: "lastChange", desc: true } }, next);
    expect(r.items.map((i) => i.id)).toEqual(["4", "1", "2", "3"]);
  });

  it("the export's selection applies the changed window and the last-change sort like the table", () => {
    const { page: _page, pageSize: _size, ...filter } = baseQuery;
    const exported = (over: Partial<TemplateQuery>) =>
      selectMatches(rows, { ...filter, ...over }, history).map((m) => m.item.id);
    for (const over of [
      { changed: "7d" as const, sort: { field: "lastChange" as const, desc: false } },
      { changed: "custom" as const, since: "2026-02-18", until: "2026-03-07" },
      { sort: { field: "lastChange" as const, desc: true } },
    ]) {
      expect(exported(over)).toEqual(ids(over));
    }
    expect(exported({ changed: "custom", since: "2026-02-18", until: "2026-03-07" })).toEqual(["2", "3"]);
  });
});

describe("a repeated query", () => {
  const templates = [tpl("1", "a"), tpl("2", "b"), tpl("3", "c"), tpl("4", "d")];

  it("gets the same result object back while nothing it depends on changed", () => {
    const first = queryTemplates(rows, baseQuery, history);
    expect(queryTemplates(rows, { ...baseQuery }, { ...history })).toBe(first);
    expect(queryTemplates(rows, { ...baseQuery, page: 2 }, history)).not.toBe(first);
    const otherMap: RowHistory = { now, lastChanges: new Map(history.lastChanges) };
    expect(queryTemplates(rows, baseQuery, otherMap)).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("answers exactly what a fresh computation does as time moves the windows (and back)", () => {
    const shared = rowsOf("acme", templates);
    const times = [...history.lastChanges.values()].map((c) => c.observedAt);
    const nows = [now];
    for (const at of times) for (const w of [D, 7 * D, 30 * D]) nows.push(at + w - 1, at + w, at + w + 1);
    nows.sort((a, b) => a - b);
    nows.push(now); // the clock set back
    const queries: Partial<TemplateQuery>[] = [
      {},
      { changed: "24h" },
      { changed: "7d", status: ["APPROVED"] },
      // every row fails the status filter: only the range decides what the status facet counts
      { changed: "7d", status: ["PAUSED"] },
      { changed: "30d", sort: { field: "lastChange", desc: true } },
      { changed: "custom", since: "2026-02-18", until: "2026-03-07" },
    ];
    for (const at of nows) {
      const h: RowHistory = { now: at, lastChanges: history.lastChanges };
      for (const over of queries) {
        const fresh = queryTemplates(rowsOf("acme", [...templates]), { ...baseQuery, ...over }, h);
        expect(queryTemplates(shared, { ...baseQuery, ...over }, h), `${over.changed} at ${at}`).toEqual(
          fresh,
        );
      }
    }
  });
});
