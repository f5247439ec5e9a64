import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import type { SessionUser } from "@/lib/auth/session";
import { changesCsvFileName, changesToCsv } from "@/lib/history/changes-csv";
import {
  CHANGES_PAGE_SIZE_MAX,
  type ChangeEvent,
  type ChangesQuery,
  type ChangesResponse,
} from "@/lib/history/contracts";
import type { Container } from "@/server/container";
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
    languages: query.language,
    categories: query.category,
    severities: query.severity,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Most rows one CSV export holds; the file says so in its name when it was cut. */
export const CHANGES_EXPORT_MAX = 20_000;

/** The filtered feed as CSV (GET /api/changes/export): every matching change, not just one page. */
export async function exportChanges(
  deps: HistoryDeps & Pick<Container, "findAccount">,
  user: SessionUser,
  query: ChangesQuery,
  locale: string,
): Promise<{ csv: string; fileName: string; total: number; truncated: boolean }> {
  const pageSize = CHANGES_PAGE_SIZE_MAX;
  const items: ChangeEvent[] = [];
  let total = 0;
  for (let page = 1; items.length < CHANGES_EXPORT_MAX; page++) {
    const batch = await listChanges(deps, user, { ...query, page, pageSize });
    total = batch.total;
    items.push(...batch.items);
    if (batch.items.length < pageSize || items.length >= total) break;
  }
  const accountLabels = Object.fromEntries(
    [...new Set(items.map((e) => e.account))].map((id) => [id, deps.findAccount(id)?.label ?? id]),
  );
  const label =
    query.account === "all" ? "all-accounts" : (deps.findAccount(query.account)?.label ?? query.account);
  return {
    csv: changesToCsv(items.slice(0, CHANGES_EXPORT_MAX), locale, accountLabels),
    fileName: changesCsvFileName(label, new Date(deps.now())),
    total,
    truncated: total > CHANGES_EXPORT_MAX,
  };
}
