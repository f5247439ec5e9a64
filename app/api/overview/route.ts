import { accountOptionsFor } from "@/lib/accounts/account-options";
import { parseQuery, withApi } from "@/lib/api/handler";
import { computeOverview } from "@/lib/templates/overview";
import { type OverviewResponse, overviewQuerySchema } from "@/lib/templates/overview-contract";
import { loadScope } from "@/lib/templates/service";

/**
 * Health of the templates of one account or of every account the user may see: per-account cards,
 * distributions (equal to the table's facets), what needs attention and language coverage.
 * 400 on a bad `account`, 403/404 from the scope check, typed upstream errors when nothing loads.
 */
export const GET = withApi(async (request, { user }) => {
  const { account } = parseQuery(overviewQuerySchema, request.url);
  const scope = await loadScope(user, account, request.signal);
  const options = new Map(accountOptionsFor(user).map((a) => [a.id, a]));
  const body: OverviewResponse = computeOverview({
    rows: scope.rows,
    scope: account,
    accounts: Object.entries(scope.accounts).map(([id, catalog]) => ({
      id,
      label: options.get(id)?.label ?? id,
      maskedPhone: options.get(id)?.maskedPhone ?? "",
      catalog,
    })),
    catalog: scope.catalog,
    now: Date.now(),
  });
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
