import { describe, expect, it } from "vitest";
import { event, rule } from "./fixtures";
import {
  eventIsOfKind,
  eventMatchesRule,
  isQualityDrop,
  matchEvents,
  maxSeverity,
  severityOf,
} from "./match";

describe("convenience kinds", () => {
  it("rejected / paused / disabled / approved read status_changed.to, case-insensitively", () => {
    expect(eventIsOfKind(event({ to: "rejected" }), "rejected")).toBe(true);
    expect(eventIsOfKind(event({ to: " Paused " }), "paused")).toBe(true);
    expect(eventIsOfKind(event({ to: "DISABLED" }), "disabled")).toBe(true);
    expect(eventIsOfKind(event({ from: "PENDING", to: "APPROVED" }), "approved")).toBe(true);
    expect(eventIsOfKind(event({ to: "PAUSED" }), "rejected")).toBe(false);
    // A rejection reason change is not a rejection.
    expect(eventIsOfKind(event({ kind: "rejected_reason_changed", to: "REJECTED" }), "rejected")).toBe(false);
  });

  it("quality_dropped follows GREEN > YELLOW > RED", () => {
    const q = (from: string | null, to: string | null) => event({ kind: "quality_changed", from, to });
    expect(isQualityDrop(q("GREEN", "YELLOW"))).toBe(true);
    expect(isQualityDrop(q("green", "red"))).toBe(true);
    expect(isQualityDrop(q("YELLOW", "RED"))).toBe(true);
    expect(isQualityDrop(q("RED", "YELLOW"))).toBe(false);
    expect(isQualityDrop(q("GREEN", "UNKNOWN"))).toBe(false);
    expect(isQualityDrop(q(null, "RED"))).toBe(false);
    expect(isQualityDrop(event({ kind: "status_changed", from: "GREEN", to: "RED" }))).toBe(false);
  });
});

describe("severityOf", () => {
  it("grades changes", () => {
    expect(severityOf(event({ to: "REJECTED" }))).toBe("critical");
    expect(severityOf(event({ to: "paused" }))).toBe("critical");
    expect(severityOf(event({ to: "FLAGGED" }))).toBe("warning");
    expect(severityOf(event({ to: "SOMETHING_NEW" }))).toBe("warning");
    expect(severityOf(event({ to: "APPROVED" }))).toBe("info");
    expect(severityOf(event({ kind: "quality_changed", from: "YELLOW", to: "RED" }))).toBe("critical");
    expect(severityOf(event({ kind: "quality_changed", from: "GREEN", to: "YELLOW" }))).toBe("warning");
    expect(severityOf(event({ kind: "quality_changed", from: "YELLOW", to: "GREEN" }))).toBe("info");
    expect(severityOf(event({ kind: "category_changed", from: "UTILITY", to: "MARKETING" }))).toBe("warning");
    expect(severityOf(event({ kind: "rejected_reason_changed", from: "NONE", to: "PROMOTIONAL" }))).toBe(
      "warning",
    );
    expect(severityOf(event({ kind: "rejected_reason_changed", from: "PROMOTIONAL", to: "NONE" }))).toBe(
      "info",
    );
    expect(severityOf(event({ kind: "added", from: null, to: null }))).toBe("info");
    expect(severityOf(event({ kind: "removed", from: null, to: null }))).toBe("warning");
    expect(maxSeverity([event({ to: "APPROVED" }), event({ to: "PAUSED" })])).toBe("critical");
    expect(maxSeverity([])).toBe("info");
  });
});

describe("eventMatchesRule", () => {
  it("scopes by account", () => {
    expect(eventMatchesRule(rule({ accounts: ["shop"] }), event())).toBe(false);
    expect(eventMatchesRule(rule({ accounts: ["shop", "acme"] }), event())).toBe(true);
    expect(eventMatchesRule(rule({ accounts: "*" }), event())).toBe(true);
  });

  it("needs one of the rule's kinds", () => {
    expect(eventMatchesRule(rule({ events: ["paused"] }), event({ to: "REJECTED" }))).toBe(false);
    expect(eventMatchesRule(rule({ events: ["paused", "rejected"] }), event({ to: "REJECTED" }))).toBe(true);
    expect(eventMatchesRule(rule({ events: ["added"] }), event())).toBe(false);
  });

  it("applies filters", () => {
    const e = event();
    expect(eventMatchesRule(rule({ filters: { category: "utility" } }), e)).toBe(true);
    expect(eventMatchesRule(rule({ filters: { category: ["MARKETING"] } }), e)).toBe(false);
    expect(eventMatchesRule(rule({ filters: { category: "MARKETING" } }), event({ category: null }))).toBe(
      false,
    );
    // A recategorisation matches a filter on either side.
    const recat = event({ kind: "category_changed", from: "MARKETING", to: "UTILITY", category: "UTILITY" });
    expect(eventMatchesRule(rule({ filters: { category: "MARKETING" } }), recat)).toBe(true);
    expect(eventMatchesRule(rule({ filters: { language: ["en_us", "zh_CN"] } }), e)).toBe(true);
    expect(eventMatchesRule(rule({ filters: { language: "fr" } }), e)).toBe(false);
    expect(eventMatchesRule(rule({ filters: { nameContains: "ORDER" } }), e)).toBe(true);
    expect(eventMatchesRule(rule({ filters: { nameContains: "otp" } }), e)).toBe(false);
    expect(eventMatchesRule(rule({ filters: { minSeverity: "critical" } }), e)).toBe(true);
    expect(eventMatchesRule(rule({ filters: { minSeverity: "critical" } }), event({ to: "FLAGGED" }))).toBe(
      false,
    );
    expect(eventMatchesRule(rule({ filters: { minSeverity: "warning" } }), event({ to: "FLAGGED" }))).toBe(
      true,
    );
  });

  it("a disabled rule matches nothing", () => {
    expect(eventMatchesRule(rule({ enabled: false }), event())).toBe(false);
  });

  it("matchEvents keeps matching events in observation order", () => {
    const r = rule({ events: ["rejected", "quality_dropped"] });
    const list = [
      event({ id: "b", observedAt: 20, name: "b" }),
      event({ id: "x", to: "APPROVED" }),
      event({ id: "a", observedAt: 10, name: "a", kind: "quality_changed", from: "GREEN", to: "RED" }),
    ];
    expect(matchEvents(r, list).map((e) => e.id)).toEqual(["a", "b"]);
  });
});
