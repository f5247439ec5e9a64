import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { changedWithinDays, tableHref } from "./overview-links";
import { templateSearchParams } from "./search-params";

const now = Date.parse("2026-03-10T12:00:00Z");
const load = createLoader(templateSearchParams);

describe("links from the overview into the table", () => {
  it("a period with a preset of its length uses the preset", () => {
    expect(changedWithinDays(30, now)).toEqual({ changed: "30d" });
    expect(changedWithinDays(7, now)).toEqual({ changed: "7d" });
    expect(changedWithinDays(1, now)).toEqual({ changed: "24h" });
  });

  it("a longer period is a custom window from the UTC day it starts on", () => {
    expect(changedWithinDays(90, now)).toEqual({ changed: "custom", since: "2025-12-10" });
  });

  it("the link carries the changed window, and the table reads it back as it was written", () => {
    const href = tableHref("acme", { ...changedWithinDays(90, now), sort: "-lastChange" });
    expect(href).toBe("/templates?account=acme&changed=custom&since=2025-12-10&sort=-lastChange");
    const state = load(href.slice(href.indexOf("?")));
    expect(state).toMatchObject({ account: "acme", changed: "custom", since: "2025-12-10", until: null });
    expect(tableHref("all", { changed: "7d", status: ["PAUSED"] })).toBe(
      "/templates?status=PAUSED&changed=7d",
    );
  });
});
