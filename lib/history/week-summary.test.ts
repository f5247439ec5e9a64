import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "./change-event";
import { weekSummary } from "./week-summary";

let n = 0;
const e = (over: Partial<ChangeEvent>): ChangeEvent => ({
  id: `e${++n}`,
  account: "acme",
  templateId: "1",
  name: "t",
  language: "en_US",
  kind: "status_changed",
  from: "PENDING",
  to: "APPROVED",
  observedAt: 10,
  previousObservedAt: 5,
  ...over,
});

describe("weekSummary", () => {
  it("counts each line and the reasons of the newly rejected templates", () => {
    const s = weekSummary([
      e({}),
      e({ templateId: "2", to: "REJECTED" }),
      e({ templateId: "2", kind: "rejected_reason_changed", from: "NONE", to: "INVALID_FORMAT" }),
      e({ templateId: "3", to: "REJECTED" }),
      e({ templateId: "3", kind: "rejected_reason_changed", from: null, to: "INVALID_FORMAT" }),
      // A reason change on a template not rejected this week is not a new rejection.
      e({ templateId: "9", kind: "rejected_reason_changed", from: "NONE", to: "SCAM" }),
      e({ templateId: "4", from: "APPROVED", to: "PAUSED" }),
      e({ templateId: "5", from: "PAUSED", to: "disabled" }),
      e({ templateId: "6", kind: "quality_changed", from: "GREEN", to: "YELLOW" }),
      e({ templateId: "6", kind: "quality_changed", from: "YELLOW", to: "GREEN" }),
      e({ templateId: "7", kind: "quality_changed", from: null, to: "GREEN" }),
      e({ templateId: "8", kind: "category_changed", from: "UTILITY", to: "MARKETING" }),
      e({ templateId: "8", kind: "category_changed", from: "MARKETING", to: "UTILITY" }),
      e({ templateId: "10", kind: "removed", from: null, to: null }),
      e({ templateId: "11", kind: "content_changed", from: "a", to: "b" }),
    ]);
    expect(s.counts).toEqual({
      approved: 1,
      rejected: 2,
      pausedDisabled: 2,
      qualityDown: 1,
      qualityUp: 1,
      recategorised: 2,
      removed: 1,
    });
    expect(s.rejectedReasons).toEqual([{ reason: "INVALID_FORMAT", count: 2 }]);
    expect(s.costlier).toBe(1);
  });
});
