import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { maskPhone } from "@/lib/templates/mask-phone";
import { allowedAccounts } from "./access";
import type { AccountSummary } from "./account-summary";
import { getAccounts } from "./registry";

/** What the browser may know of the accounts a user can see: no appkey, no full number, no keys. */
export function accountOptionsFor(user: SessionUser | null): AccountSummary[] {
  if (!user) return [];
  return allowedAccounts(getAccounts(), user).map((a) => ({
    id: a.id,
    label: a.label,
    maskedPhone: maskPhone(a.business_phone),
  }));
}
