import type { DailyCounts } from "@/lib/history/contracts";
import type { Template } from "@/lib/nxcloud/schemas";
import { factsOf } from "./diff";

/** Label of templates without a quality rating in the roll-up counts. */
export const NO_RATING = "UNKNOWN";

/** Counts by status, quality and category of one complete snapshot (upper-cased enums). */
export function countSnapshot(templates: readonly Template[]): DailyCounts {
  const counts: DailyCounts = { total: templates.length, status: {}, quality: {}, category: {} };
  for (const t of templates) {
    const f = factsOf(t);
    bump(counts.status, f.status ?? "UNKNOWN");
    bump(counts.quality, f.quality ?? NO_RATING);
    bump(counts.category, f.category ?? "UNKNOWN");
  }
  return counts;
}

function bump(map: Record<string, number>, key: string) {
  map[key] = (map[key] ?? 0) + 1;
}

/** YYYY-MM-DD of an epoch-ms instant, in UTC (one calendar for every instance and user). */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds several accounts' counts of the same day (the all-accounts trend). */
export function addCounts(a: DailyCounts, b: DailyCounts): DailyCounts {
  const merge = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    total: a.total + b.total,
    status: merge(a.status, b.status),
    quality: merge(a.quality, b.quality),
    category: merge(a.category, b.category),
  };
}
