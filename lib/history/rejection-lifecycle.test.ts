import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "./change-event";
import { rejectionLifecycle } from "./rejection-lifecycle";

const H = 3_600_000;
const t0 = 1_700_000_000_000;
let n = 0;
function ev(
  kind: ChangeEvent["kind"],
  from: string | null,
  to: string | null,
  observedAt: number,
): ChangeEvent {
  n++;
  return {
    id: `e${n}`,
    account: "a",
    templateId: "1",
    name: "t",
    language: "en",
    kind,
    from,
    to,
    observedAt,
    previousObservedAt: observedAt - 60_000,
  };
}

describe("rejectionLifecycle", () => {
  it("rejected now: since when, for how long, with the reason recorded then", () => {
    const r = rejectionLifecycle({
      events: [
        ev("status_changed", "PENDING", "REJECTED", t0),
        ev("rejected_reason_changed", "NONE", "INVALID_FORMAT", t0),
      ],
      status: "REJECTED",
      reason: "INVALID_FORMAT",
      now: t0 + 5 * H,
    });
    expect(r.rejectedNow).toBe(true);
    expect(r.rejectedSince).toBe(t0);
    expect(r.rejectedForMs).toBe(5 * H);
    expect(r.rejections).toHaveLength(1);
    expect(r.rejections[0]?.reason).toBe("INVALID_FORMAT");
  });

  it("earlier rejections, resubmissions and appeals", () => {
    const r = rejectionLifecycle({
      events: [
        ev("status_changed", "PENDING", "REJECTED", t0),
        ev("status_changed", "REJECTED", "PENDING", t0 + H),
        ev("status_changed", "PENDING", "REJECTED", t0 + 2 * H),
        ev("rejected_reason_changed", "NONE", "PROMOTIONAL", t0 + 2 * H),
        ev("status_changed", "REJECTED", "IN_APPEAL", t0 + 3 * H),
        ev("status_changed", "IN_APPEAL", "APPROVED", t0 + 4 * H),
      ],
      status: "APPROVED",
      now: t0 + 5 * H,
    });
    expect(r.rejectedNow).toBe(false);
    expect(r.rejectedSince).toBeNull();
    expect(r.rejectedForMs).toBeNull();
    expect(r.rejections.map((x) => [x.observedAt, x.endedAt, x.endedAs, x.reason])).toEqual([
      [t0, t0 + H, "PENDING", null],
      [t0 + 2 * H, t0 + 3 * H, "IN_APPEAL", "PROMOTIONAL"],
    ]);
    expect(r.resubmissions).toBe(1);
    expect(r.appeals).toBe(1);
  });

  it("rejected since the first walk: the current reason, a lower bound on the time", () => {
    const r = rejectionLifecycle({
      events: [],
      status: "REJECTED",
      reason: "SCAM",
      now: t0 + 2 * H,
      firstSeenAt: t0,
    });
    expect(r.rejectedSince).toBe(t0);
    expect(r.rejectedForMs).toBe(2 * H);
    expect(r.rejections[0]?.reason).toBe("SCAM");
  });

  it("rejected when first seen, resubmitted, rejected again: the first reason is the one later replaced", () => {
    const r = rejectionLifecycle({
      events: [
        ev("status_changed", "REJECTED", "PENDING", t0 + H),
        ev("status_changed", "PENDING", "REJECTED", t0 + 5 * H),
        ev("rejected_reason_changed", "ABUSIVE_CONTENT", "SCAM", t0 + 5 * H),
      ],
      status: "REJECTED",
      reason: "SCAM",
      now: t0 + 6 * H,
      firstSeenAt: t0,
    });
    expect(r.rejections.map((x) => [x.observedAt, x.reason, x.endedAs])).toEqual([
      [t0, "ABUSIVE_CONTENT", "PENDING"],
      [t0 + 5 * H, "SCAM", null],
    ]);
  });

  it("a template that was never rejected has no lifecycle", () => {
    const r = rejectionLifecycle({
      events: [ev("quality_changed", "GREEN", "RED", t0)],
      status: "APPROVED",
      now: t0,
    });
    expect(r.rejections).toEqual([]);
    expect(r.resubmissions).toBe(0);
  });
});
