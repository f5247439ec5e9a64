import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "./change-event";
import { PAUSE_DURATIONS_MS, trackPauses } from "./pause-tracker";

const H = 3_600_000;
let n = 0;
function status(
  from: string,
  to: string,
  observedAt: number,
  previousObservedAt: number | null = observedAt - 5 * 60_000,
): ChangeEvent {
  n++;
  return {
    id: `e${n}`,
    account: "a",
    templateId: "1",
    name: "t",
    language: "en",
    kind: "status_changed",
    from,
    to,
    observedAt,
    previousObservedAt,
  };
}

describe("trackPauses", () => {
  const t0 = 1_700_000_000_000;

  it("is not paused when the template is approved, and still counts the pauses seen", () => {
    const r = trackPauses({
      events: [status("APPROVED", "PAUSED", t0), status("PAUSED", "APPROVED", t0 + 3 * H)],
      status: "APPROVED",
      now: t0 + 4 * H,
    });
    expect(r.state).toBe("not_paused");
    expect(r.ordinal).toBe(1);
    expect(r.unpauseWindow).toBeNull();
    expect(r.nextDisables).toBe(false);
  });

  it("first pause: unpause expected 3 h after the observation window", () => {
    const r = trackPauses({ events: [status("APPROVED", "PAUSED", t0)], status: "PAUSED", now: t0 + H });
    expect(r.state).toBe("waiting");
    expect(r.ordinal).toBe(1);
    expect(r.unpauseWindow).toEqual({ from: t0 - 5 * 60_000 + 3 * H, to: t0 + 3 * H });
    expect(r.nextDisables).toBe(false);
  });

  it("second pause: 6 h, and the next low-quality event disables", () => {
    const events = [
      status("PAUSED", "APPROVED", t0 + 3 * H),
      status("APPROVED", "PAUSED", t0),
      status("APPROVED", "PAUSED", t0 + 10 * H),
    ];
    const r = trackPauses({ events, status: "PAUSED", now: t0 + 11 * H });
    expect(r.ordinal).toBe(2);
    expect(r.current?.observedAt).toBe(t0 + 10 * H);
    expect(r.unpauseWindow).toEqual({
      from: t0 + 10 * H - 5 * 60_000 + PAUSE_DURATIONS_MS[1],
      to: t0 + 16 * H,
    });
    expect(r.state).toBe("waiting");
    expect(r.nextDisables).toBe(true);
  });

  it("past the window and still paused: overdue (pacing)", () => {
    const r = trackPauses({
      events: [status("APPROVED", "PAUSED", t0)],
      status: "PAUSED",
      now: t0 + 3 * H + 1,
    });
    expect(r.state).toBe("overdue");
  });

  it("a third observed pause has no automatic unpause", () => {
    const events = [0, 10, 20].flatMap((h) => [
      status("APPROVED", "PAUSED", t0 + h * H),
      status("PAUSED", "APPROVED", t0 + (h + 5) * H),
    ]);
    events.pop();
    const r = trackPauses({ events, status: "PAUSED", now: t0 + 21 * H });
    expect(r.ordinal).toBe(3);
    expect(r.state).toBe("beyond_rules");
    expect(r.unpauseWindow).toBeNull();
  });

  it("paused at the first walk counts one pause with an unknown start", () => {
    const r = trackPauses({ events: [], status: "PAUSED", now: t0 + H, firstSeenAt: t0 });
    expect(r.ordinal).toBe(1);
    expect(r.pauses[0]).toEqual({ observedAt: t0, previousObservedAt: null });
    expect(r.unpauseWindow).toEqual({ from: t0 + 3 * H, to: t0 + 3 * H });
  });

  it("paused at the first walk then unpaused and paused again counts two", () => {
    const events = [status("PAUSED", "APPROVED", t0 + 2 * H), status("APPROVED", "PAUSED", t0 + 5 * H)];
    const r = trackPauses({ events, status: "PAUSED", now: t0 + 6 * H, firstSeenAt: t0 });
    expect(r.ordinal).toBe(2);
    expect(r.unpauseWindow?.to).toBe(t0 + 11 * H);
  });

  it("a status change that is not into PAUSED is not a pause", () => {
    const r = trackPauses({
      events: [status("PENDING", "APPROVED", t0), status("PAUSED", "PAUSED", t0 + H)],
      status: "APPROVED",
      now: t0 + 2 * H,
    });
    expect(r.pauses).toEqual([]);
  });
});
