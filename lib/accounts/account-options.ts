import "server-only";
import { type AccountGrant, allowedAccounts } from "./access";
import type { AccountSummary } from "./account-summary";
import { maskPhone } from "./mask-phone";
import { getAccounts } from "./registry";

/** What the browser may know of the accounts a user can see: no appkey, no full number, no keys. */
export function accountOptionsFor(user: AccountGrant | null): AccountSummary[] {
  if (!user) return [];
  return allowedAccounts(getAccounts(), user).map((a) => ({
    id: a.id,
    label: a.label,
    maskedPhone: maskPhone(a.business_phone),
  }));
}
