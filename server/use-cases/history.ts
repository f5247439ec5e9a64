import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { TemplateHistoryResponse } from "@/lib/history/contracts";
import { qualityIntervals } from "@/server/history/quality-intervals";
import { type HistoryDeps, historyOf } from "./history-deps";

/**
 * What the console observed of one template (GET /api/templates/{id}/history): its events, newest
 * first, and its quality as intervals. `account` may be `all` (the template is looked up in every
 * allowed account). 404 when no allowed account ever held it.
 */
export async function templateHistory(
  deps: HistoryDeps,
  user: SessionUser,
  { id, account }: { id: string; account: string },
): Promise<TemplateHistoryResponse> {
  const store = historyOf(deps);
  for (const a of resolveAccountScope(deps.accounts, user, account)) {
    const [events, now] = await Promise.all([store.templateEvents(a.id, id), store.templateNow(a.id, id)]);
    if (events.length === 0 && !now) continue;
    const added = events.find((e) => e.kind === "added");
    const hashes = events
      .filter((e) => e.kind === "content_changed")
      .flatMap((e) => [e.from, e.to])
      .filter((h): h is string => typeof h === "string");
    const versions = await store.templateVersions(a.id, id, hashes);
    const firstSeenAt = now?.firstSeenAt ?? added?.observedAt ?? null;
    return {
      events,
      quality: qualityIntervals({ events, firstSeenAt, current: now?.quality ?? null }),
      versions,
      firstSeenAt,
    };
  }
  throw new ApiProblem(404, "not_found", `The console has no record of template ${id} in this account.`);
}
