import type { AccountGrant } from "@/lib/accounts/access";
import type { UserRole } from "./users";

/**
 * The signed-in user as the rest of the console sees it. A leaf module, so that the cookie reader
 * (`session.ts`) and the resolver (`session-resolve.ts`) both import it without importing each other.
 */
export interface SessionUser extends AccountGrant {
  name: string;
  /** From the current configuration on every request (a demoted admin loses writes at once). */
  role: UserRole;
}
