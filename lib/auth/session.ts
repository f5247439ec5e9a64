import "server-only";
import type { AccountGrant } from "@/lib/accounts/access";

export interface SessionUser extends AccountGrant {
  name: string;
}

/**
 * The signed-in user of the current request, or null. TEMPORARY: sign-in (issue 7) replaces this
 * with an iron-session cookie; until then every request is the demo user with access to all.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return { name: "demo", accounts: "*" };
}
