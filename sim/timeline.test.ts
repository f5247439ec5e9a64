import { describe, expect, it } from "vitest";
import { generateDataset } from "./dataset/generate";
import { createTimeline } from "./timeline";

const HOUR = 3_600_000;
const origin = Date.UTC(2026, 0, 1);

function run(until: number, chunks: number) {
  const dataset = generateDataset({ seed: 7, mediaBaseUrl: "http://sim.test" });
  const timeline = createTimeline(dataset, { seed: 7, origin, liveFrom: origin + 60 * 24 * HOUR });
  for (let i = 1; i <= chunks; i++) timeline.advanceTo(origin + ((until - origin) * i) / chunks);
  return { dataset, timeline };
}

describe("simulator timeline", () => {
  it("is a pure function of time: any way of advancing gives the same dataset", () => {
    const until = origin + 70 * 24 * HOUR;
    const a = run(until, 1);
    const b = run(until, 500);
    expect(JSON.stringify(b.dataset)).toBe(JSON.stringify(a.dataset));
    expect(a.timeline.log.length).toBeGreaterThan(100);
  });

  it("moves faster after liveFrom (about one change a minute)", () => {
    const { timeline } = run(origin + 60 * 24 * HOUR + 2 * HOUR, 1);
    const live = timeline.log.filter((s) => s.at >= origin + 60 * 24 * HOUR);
    expect(live.length).toBeGreaterThan(60);
    expect(live.length).toBeLessThan(180);
  });

  it("pauses for 3 h, then 6 h, and disables on the third pause, like Meta", () => {
    const dataset = generateDataset({ seed: 3, mediaBaseUrl: "http://sim.test" });
    // A fast pace, so many templates go through several pauses.
    const timeline = createTimeline(dataset, {
      seed: 3,
      origin,
      historicalGapMs: 30_000,
      liveGapMs: 30_000,
      logLimit: Number.POSITIVE_INFINITY,
    });
    for (let t = origin; t <= origin + 10 * 24 * HOUR; t += HOUR) timeline.advanceTo(t);
    const byTemplate = new Map<string, (typeof timeline.log)[number][]>();
    for (const s of timeline.log) byTemplate.set(s.templateId, [...(byTemplate.get(s.templateId) ?? []), s]);
    let resumed = 0;
    let disabled = 0;
    for (const list of byTemplate.values()) {
      const pauses = list.filter((s) => s.what.startsWith("paused") || s.what.startsWith("disabled"));
      pauses.forEach((p, i) => {
        expect(p.what).toBe(["paused (3 h)", "paused (6 h)", "disabled (third pause)"][i]);
        if (i === 2) disabled += 1;
        const next = list.find((s) => s.at > p.at);
        if (i < 2 && next) {
          expect(next.what).toBe("unpaused");
          expect(next.at - p.at).toBe(i === 0 ? 3 * HOUR : 6 * HOUR);
          resumed += 1;
        }
      });
    }
    expect(resumed).toBeGreaterThan(5);
    expect(disabled).toBeGreaterThan(0);
  });
});
