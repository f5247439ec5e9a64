import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import type { SessionUser } from "@/lib/auth/session";
import type { DailyCounts, TrendsQuery, TrendsResponse } from "@/lib/history/contracts";
import { addCounts, dayOf } from "@/server/history/rollup";
import { type HistoryDeps, historyOf } from "./history-deps";

/**
 * Daily counts per status, quality and category over the last `days` days (GET /api/trends), from
 * the roll-ups of the last complete walk of each day. With several accounts, a day counts only the
 * accounts walked that day. `changes` counts the change events observed each day.
 */
export async function trends(
  deps: HistoryDeps,
  user: SessionUser,
  query: TrendsQuery,
): Promise<TrendsResponse> {
  const accounts = resolveAccountScope(deps.accounts, user, query.account).map((a) => a.id);
  const fromDay = dayOf(deps.now() - (query.days - 1) * 86_400_000);
  const history = historyOf(deps);
  const rows = await history.rollups(accounts, fromDay);
  const changes = await history.changesPerDay(accounts, Date.parse(`${fromDay}T00:00:00Z`));
  const byDay = new Map<string, DailyCounts>();
  for (const r of rows) {
    const held = byDay.get(r.day);
    byDay.set(r.day, held ? addCounts(held, r.counts) : r.counts);
  }
  return {
    days: [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, counts]) => ({ day, ...counts, changes: changes.get(day) ?? 0 })),
  };
}
