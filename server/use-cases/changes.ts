import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import type { SessionUser } from "@/lib/auth/session";
import type { ChangesQuery, ChangesResponse } from "@/lib/history/contracts";
import { type HistoryDeps, historyOf } from "./history-deps";

/** The change log of one account or of every allowed one, newest first (GET /api/changes). */
export async function listChanges(
  deps: HistoryDeps,
  user: SessionUser,
  query: ChangesQuery,
): Promise<ChangesResponse> {
  const accounts = resolveAccountScope(deps.accounts, user, query.account).map((a) => a.id);
  const { items, total } = await historyOf(deps).listChanges({
    accounts,
    kinds: query.kind,
    since: query.since,
    until: query.until,
    q: query.q,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
