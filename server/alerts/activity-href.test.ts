import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { activitySearchParams } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";
import { activityHref } from "./content";

const load = createLoader(activitySearchParams);

const event = (over: Partial<ChangeEvent>): ChangeEvent => ({
  id: "e1",
  account: "acme",
  templateId: "1",
  name: "order_update",
  language: "en_US",
  kind: "status_changed",
  from: "APPROVED",
  to: "PAUSED",
  observedAt: 2_000,
  previousObservedAt: 1_000,
  ...over,
});

describe("activityHref speaks the activity page's URL grammar", () => {
  it("narrows the feed to the batch's account, kinds and observation window", () => {
    const href = activityHref(
      [event({}), event({ id: "e2", kind: "quality_changed", observedAt: 3_000, previousObservedAt: 2_000 })],
      ["paused", "quality_dropped", "removed"],
    );
    expect(href.startsWith("/activity?")).toBe(true);
    const state = load(new URL(href, "http://x").searchParams);
    expect(state).toMatchObject({
      account: "acme",
      kind: ["status_changed", "quality_changed", "removed"],
      from: 1_000,
      to: 3_000,
    });
  });

  it("leaves the account out across accounts", () => {
    const href = activityHref([event({}), event({ id: "e2", account: "globex" })], []);
    expect(load(new URL(href, "http://x").searchParams).account).toBe("all");
  });
});
