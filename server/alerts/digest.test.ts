import { describe, expect, it } from "vitest";
import { digestEvents, digestPeriod, dueDigests, instantOf, nextDigestAt, previousDigestAt } from "./digest";
import { event, rule } from "./fixtures";

const iso = (ms: number) => new Date(ms).toISOString();

describe("nextDigestAt", () => {
  it("finds today's or tomorrow's HH:MM in the zone", () => {
    // 08:00 UTC = 16:00 Shanghai: 09:30 Shanghai is tomorrow 01:30 UTC.
    expect(iso(nextDigestAt("09:30", "Asia/Shanghai", Date.UTC(2026, 10, 29, 8)))).toBe(
      "2026-11-30T01:30:00.000Z",
    );
    expect(iso(nextDigestAt("09:30", "Asia/Shanghai", Date.UTC(2026, 10, 29, 0)))).toBe(
      "2026-11-29T01:30:00.000Z",
    );
    // Exactly at the instant → the next day (strictly after).
    expect(iso(nextDigestAt("09:30", "Asia/Shanghai", Date.UTC(2026, 10, 29, 1, 30)))).toBe(
      "2026-11-30T01:30:00.000Z",
    );
    expect(iso(nextDigestAt("00:00", "UTC", Date.UTC(2026, 11, 31, 12)))).toBe("2027-01-01T00:00:00.000Z");
  });

  it("follows DST: same local time, shifted UTC instant", () => {
    // Europe/Berlin: CET (+1) until 2026-03-29 02:00, then CEST (+2).
    expect(iso(nextDigestAt("09:00", "Europe/Berlin", Date.UTC(2026, 2, 28, 12)))).toBe(
      "2026-03-29T07:00:00.000Z",
    );
    expect(iso(nextDigestAt("09:00", "Europe/Berlin", Date.UTC(2026, 2, 27, 12)))).toBe(
      "2026-03-28T08:00:00.000Z",
    );
    // New York: EDT → EST on 2026-11-01.
    expect(iso(nextDigestAt("08:00", "America/New_York", Date.UTC(2026, 10, 1, 0)))).toBe(
      "2026-11-01T13:00:00.000Z",
    );
  });

  it("a skipped local time runs after the gap; a repeated one runs at the first", () => {
    // 02:30 does not exist in Berlin on 2026-03-29 → 03:30 CEST = 01:30 UTC.
    expect(iso(instantOf({ y: 2026, m: 3, d: 29, hh: 2, mm: 30 }, "Europe/Berlin"))).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    // 02:30 happens twice on 2026-10-25 → the first (CEST) = 00:30 UTC.
    expect(iso(instantOf({ y: 2026, m: 10, d: 25, hh: 2, mm: 30 }, "Europe/Berlin"))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    expect(iso(nextDigestAt("02:30", "Europe/Berlin", Date.UTC(2026, 2, 28, 12)))).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });

  it("previous, period and missed digests", () => {
    const due = Date.UTC(2026, 10, 30, 1, 30);
    expect(iso(previousDigestAt("09:30", "Asia/Shanghai", due))).toBe("2026-11-29T01:30:00.000Z");
    expect(digestPeriod("09:30", "Asia/Shanghai", due)).toEqual({
      from: Date.UTC(2026, 10, 29, 1, 30),
      to: due,
    });
    expect(
      dueDigests("09:30", "Asia/Shanghai", Date.UTC(2026, 10, 27, 1, 30), Date.UTC(2026, 10, 30, 2)).map(iso),
    ).toEqual(["2026-11-28T01:30:00.000Z", "2026-11-29T01:30:00.000Z", "2026-11-30T01:30:00.000Z"]);
    expect(dueDigests("09:30", "Asia/Shanghai", due, due + 1000)).toEqual([]);
  });
});

describe("digestEvents", () => {
  const r = rule({ mode: "digest", digestAt: "09:30", events: ["rejected", "quality_dropped", "approved"] });
  const period = { from: 1_000, to: 10_000 };

  it("lists matching events of the period, most severe first, with a summary", () => {
    const out = digestEvents(
      r,
      [
        event({ id: "approved", to: "APPROVED", observedAt: 2_000 }),
        event({ id: "red", kind: "quality_changed", from: "GREEN", to: "RED", observedAt: 3_000, name: "b" }),
        event({ id: "rej", to: "REJECTED", observedAt: 4_000, name: "a", templateId: "2" }),
        event({ id: "yellow", kind: "quality_changed", from: "GREEN", to: "YELLOW", observedAt: 5_000 }),
        event({ id: "old", to: "REJECTED", observedAt: 1_000 }),
        event({ id: "future", to: "REJECTED", observedAt: 10_001 }),
        event({ id: "unmatched", kind: "content_changed", from: null, to: null, observedAt: 5_000 }),
      ],
      period,
    );
    expect(out?.events.map((e) => e.id)).toEqual(["rej", "red", "yellow", "approved"]);
    expect(out?.summary).toMatchObject({
      total: 4,
      bySeverity: { critical: 2, warning: 1, info: 1 },
      accounts: ["acme"],
      templates: 2,
    });
  });

  it("nothing to report → null (nothing is sent)", () => {
    expect(
      digestEvents(r, [event({ kind: "added", from: null, to: null, observedAt: 2_000 })], period),
    ).toBeNull();
  });
});
