import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import type { SessionUser } from "@/lib/auth/session";
import type { CatalogState } from "@/lib/templates/list-contract";
import { combineCatalogStates } from "@/server/catalog/cache";
import type { Container } from "@/server/container";

export type RefreshDeps = Pick<Container, "accounts" | "catalog" | "refreshGate">;

export interface RefreshResult {
  catalog: CatalogState;
  accounts: Record<string, CatalogState>;
}

/**
 * Starts the same sync the scheduler runs, for one account or every allowed one, and answers the
 * state right after. Requests closer together than the gate's interval start nothing new.
 */
export async function refresh(
  deps: RefreshDeps,
  user: SessionUser,
  { account }: { account: string },
): Promise<RefreshResult> {
  const scope = resolveAccountScope(deps.accounts, user, account);
  const states = await Promise.all(
    scope.map(async (a) =>
      (await deps.refreshGate.tryPass(a.id)) ? deps.catalog.refresh(a.id) : deps.catalog.peekState(a.id),
    ),
  );
  const accounts = Object.fromEntries(scope.map((a, i) => [a.id, states[i] as CatalogState]));
  return { catalog: combineCatalogStates(Object.values(accounts)), accounts };
}
