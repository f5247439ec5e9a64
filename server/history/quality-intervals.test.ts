import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "@/lib/history/contracts";
import { qualityIntervals } from "./quality-intervals";

const ev = (kind: ChangeEvent["kind"], from: string | null, to: string | null, at: number): ChangeEvent => ({
  id: `${kind}${at}`,
  account: "a",
  templateId: "1",
  name: "n",
  language: "en",
  kind,
  from,
  to,
  observedAt: at,
  previousObservedAt: at - 10,
});

describe("qualityIntervals", () => {
  it("one open interval when the quality never changed", () => {
    expect(qualityIntervals({ events: [], firstSeenAt: 100, current: "GREEN" })).toEqual([
      { score: "GREEN", from: 100, to: null },
    ]);
  });

  it("splits at every quality change, in any input order, the last one open", () => {
    const events = [
      ev("quality_changed", "YELLOW", "RED", 300),
      ev("quality_changed", "GREEN", "YELLOW", 200),
    ];
    expect(qualityIntervals({ events, firstSeenAt: 100, current: "RED" })).toEqual([
      { score: "GREEN", from: 100, to: 200 },
      { score: "YELLOW", from: 200, to: 300 },
      { score: "RED", from: 300, to: null },
    ]);
  });

  it("closes the last interval when the template was removed", () => {
    const events = [ev("quality_changed", "GREEN", "YELLOW", 200), ev("removed", "APPROVED", null, 400)];
    expect(qualityIntervals({ events, firstSeenAt: 100, current: null })).toEqual([
      { score: "GREEN", from: 100, to: 200 },
      { score: "YELLOW", from: 200, to: 400 },
    ]);
  });

  it("nothing known, nothing to show", () => {
    expect(qualityIntervals({ events: [], firstSeenAt: null, current: null })).toEqual([]);
  });
});
