import { ApiProblem } from "@/lib/api/problem";
import type { AccountConfig } from "@/lib/config/env-schema";
import { ALL_ACCOUNTS } from "./account-scope";

/** What a signed-in user may see: `*` for every account, or a list of account ids. */
export interface AccountGrant {
  accounts: readonly string[] | "*";
}

export function allowedAccounts<T extends Pick<AccountConfig, "id">>(
  all: readonly T[],
  grant: AccountGrant,
): T[] {
  if (grant.accounts === "*") return [...all];
  const allowed = new Set(grant.accounts);
  return all.filter((a) => allowed.has(a.id));
}

/**
 * Resolves the `account` parameter of a request to the accounts it covers; `all` means every
 * account the user may see. A user with a list of accounts gets 403 for any other id, whether or
 * not it exists, so ids cannot be probed; a user who sees everything gets 404 for an unknown id.
 */
export function resolveAccountScope<T extends Pick<AccountConfig, "id">>(
  all: readonly T[],
  grant: AccountGrant,
  account: string,
): T[] {
  const visible = allowedAccounts(all, grant);
  if (account === ALL_ACCOUNTS) return visible;
  const found = visible.find((a) => a.id === account);
  if (found) return [found];
  if (grant.accounts !== "*")
    throw new ApiProblem(403, "forbidden", `You do not have access to account "${account}".`);
  throw new ApiProblem(404, "not_found", `Unknown account "${account}".`);
}
