import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import type { SessionUser } from "@/lib/auth/session";
import { computeOverview } from "@/lib/templates/overview";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import type { Container } from "@/server/container";
import { loadScope } from "./scope";

export type OverviewDeps = Pick<Container, "accounts" | "catalog" | "findAccount" | "now">;

/** Health of one account or of every account the user may see (GET /api/overview). */
export async function overview(
  deps: OverviewDeps,
  user: SessionUser,
  { account }: { account: string },
  signal?: AbortSignal,
): Promise<OverviewResponse> {
  const scope = await loadScope(deps, user, account, signal);
  return computeOverview({
    rows: scope.rows,
    scope: account,
    accounts: Object.entries(scope.accounts).map(([id, catalog]) => {
      const config = deps.findAccount(id);
      return {
        id,
        label: config?.label ?? id,
        maskedPhone: config ? maskPhone(config.business_phone) : "",
        catalog,
      };
    }),
    catalog: scope.catalog,
    now: deps.now(),
  });
}
