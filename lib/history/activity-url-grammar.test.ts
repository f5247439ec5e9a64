import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import {
  activitySearchParams,
  activityUrl,
  changesApiQuery,
  templateHistoryHref,
} from "./activity-url-grammar";
import { changesQuerySchema } from "./contracts";

const load = createLoader(activitySearchParams);
const read = (url: string) => load(new URL(url, "http://x").searchParams);

describe("activity URL grammar", () => {
  it("round-trips every filter and drops defaults", () => {
    const url = activityUrl({
      account: "acme",
      kind: ["status_changed", "quality_changed"],
      severity: ["critical"],
      category: ["MARKETING"],
      language: ["zh_CN"],
      q: "order",
      from: 1_700_000_000_000,
      to: 1_700_000_300_000,
      page: 2,
    });
    const state = read(url);
    expect(state).toEqual({
      account: "acme",
      kind: ["status_changed", "quality_changed"],
      severity: ["critical"],
      category: ["MARKETING"],
      language: ["zh_CN"],
      q: "order",
      from: 1_700_000_000_000,
      to: 1_700_000_300_000,
      page: 2,
    });
    expect(activityUrl({ account: "all", page: 1 })).toBe("/activity");
  });

  it("reads a hand-edited URL forgivingly: unknown kinds and bad numbers drop out", () => {
    const state = read("/activity?kind=status_changed,nope&severity=urgent&from=yesterday&page=0");
    expect(state.kind).toEqual(["status_changed"]);
    expect(state.severity).toEqual([]);
    expect(state.from).toBeNull();
    expect(state.page).toBe(1);
  });

  it("sends a query the strict API accepts, with the same filters", () => {
    const state = read(
      "/activity?account=acme&kind=removed&severity=warning,critical&category=UTILITY&from=5&to=9&q=x",
    );
    const parsed = changesQuerySchema.parse(Object.fromEntries(changesApiQuery(state)));
    expect(parsed).toMatchObject({
      account: "acme",
      kind: ["removed"],
      severity: ["warning", "critical"],
      category: ["UTILITY"],
      since: 5,
      until: 9,
      q: "x",
    });
  });

  it("opens the drawer on its History tab", () => {
    expect(templateHistoryHref("acme", "123")).toBe("/templates?account=acme&template=123&tab=history");
  });
});
