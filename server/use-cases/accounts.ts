import "server-only";
import { allowedAccounts } from "@/lib/accounts/access";
import { maskPhone } from "@/lib/accounts/mask-phone";
import type { SessionUser } from "@/lib/auth/session";
import type { CatalogState } from "@/lib/templates/list-contract";
import type { Container } from "@/server/container";

export type AccountsDeps = Pick<Container, "accounts" | "catalog">;

export interface AccountsResponse {
  accounts: { id: string; label: string; maskedPhone: string; catalog: CatalogState }[];
}

/** Accounts the user may see: id, label, masked number, catalog state. No fetching, no secrets. */
export async function listAccounts(deps: AccountsDeps, user: SessionUser): Promise<AccountsResponse> {
  const visible = allowedAccounts(deps.accounts, user);
  return {
    accounts: await Promise.all(
      visible.map(async (a) => ({
        id: a.id,
        label: a.label,
        maskedPhone: maskPhone(a.business_phone),
        catalog: await deps.catalog.peekState(a.id),
      })),
    ),
  };
}
