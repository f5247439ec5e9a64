import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { templateListQuerySchema } from "./list-contract";
import { templateSearchParams, toApiSearch, toListQuery } from "./search-params";
import { changedRange, DEFAULT_SORT, sortingOf, sortOfSorting, URL_DEFAULTS } from "./url-grammar";

const load = createLoader(templateSearchParams);

/** What the API makes of the query string the client sends for the same URL. */
function apiReading(url: string) {
  const { template: _drawer, ...state } = load(url);
  const parsed = templateListQuerySchema.safeParse(
    Object.fromEntries(new URLSearchParams(toApiSearch(state))),
  );
  return parsed.success ? parsed.data : null;
}

describe("templates URL grammar", () => {
  it("the nuqs map and the API schema agree on every default", () => {
    const { template, ...state } = load("");
    expect(template).toBeNull();
    expect(state).toMatchObject(URL_DEFAULTS);
    expect(templateListQuerySchema.parse({})).toMatchObject({
      ...URL_DEFAULTS,
      sort: { field: DEFAULT_SORT, desc: false },
    });
  });

  it.each([
    "",
    "?account=acme&q=%20order%20&status=REJECTED,PAUSED,REJECTED&quality=NONE&view=attention&sort=-quality&page=3&pageSize=50&template=1",
    "?language=en_US,,pt_BR&category=MARKETING&sort=account",
    "?page=0&pageSize=500&sort=colour&account=../etc",
    `?q=${"x".repeat(201)}`,
    "?changed=7d&sort=-lastChange",
    "?changed=custom&since=2026-03-01&until=2026-03-07",
    "?changed=24h&since=2026-03-01",
    "?changed=forever&since=2026-13-01",
    "?changed=custom&since=2026-03-07&until=2026-03-01",
    "?changed=custom&until=2026-03-07",
    `?status=${"S".repeat(65)}`,
    `?status=${Array.from({ length: 51 }, (_, i) => `S${i}`).join(",")}`,
  ])("the typed state of the page equals the API's reading of the same URL: %s", (url) => {
    const { template: _drawer, ...state } = load(url);
    expect(toListQuery(state)).toEqual(apiReading(url));
  });

  it("carries the sort between the URL and the table in one form", () => {
    expect(sortingOf("-quality")).toEqual([{ id: "quality", desc: true }]);
    expect(sortingOf("name")).toEqual([{ id: "name", desc: false }]);
    expect(sortOfSorting([{ id: "language", desc: true }])).toBe("-language");
    expect(sortOfSorting([{ id: "status", desc: false }])).toBe("status");
    expect(sortOfSorting([])).toBe(DEFAULT_SORT);
    expect(sortOfSorting(sortingOf("-account"))).toBe("-account");
  });

  it("the API refuses an unknown window and a malformed day, naming the field", () => {
    expect(templateListQuerySchema.safeParse({ changed: "1y" }).success).toBe(false);
    const bad = templateListQuerySchema.safeParse({ changed: "custom", since: "2026-02-30" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["since"]);
    const reversed = templateListQuerySchema.safeParse({
      changed: "custom",
      since: "2026-03-07",
      until: "2026-03-01",
    });
    expect(reversed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["until"], "until must not be before since"],
    ]);
  });

  it("changedRange: relative windows end now; custom windows are whole UTC days", () => {
    const now = Date.parse("2026-03-10T12:00:00Z");
    expect(changedRange({ changed: "24h" }, now)).toEqual({
      from: now - 86_400_000,
      to: Number.POSITIVE_INFINITY,
    });
    expect(changedRange({ changed: "custom", since: "2026-03-01", until: "2026-03-02" }, now)).toEqual({
      from: Date.parse("2026-03-01T00:00:00Z"),
      to: Date.parse("2026-03-03T00:00:00Z") - 1,
    });
    expect(changedRange({ since: "2026-03-01" }, now)).toBeNull();
  });
});
