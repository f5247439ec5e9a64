import { describe, expect, it } from "vitest";
import { freshnessOf } from "./freshness";
import type { CatalogState } from "./list-contract";

const base: CatalogState = {
  complete: true,
  pagesFetched: 2,
  templatesFetched: 40,
  fetchedAt: 1,
  stale: false,
  refreshing: false,
  error: null,
};
const error = { code: "upstream_unavailable", message: "down" };

describe("freshnessOf", () => {
  it("tells failed, stale, loading and fresh apart, errors first", () => {
    expect(freshnessOf(base)).toBe("fresh");
    expect(freshnessOf({ ...base, refreshing: true })).toBe("fresh");
    expect(freshnessOf({ ...base, complete: false })).toBe("loading");
    expect(freshnessOf({ ...base, complete: false, error })).toBe("failed");
    expect(freshnessOf({ ...base, stale: true, error })).toBe("stale");
    // A complete catalog whose refresh failed but is not old yet is still fresh.
    expect(freshnessOf({ ...base, error })).toBe("fresh");
  });
});
