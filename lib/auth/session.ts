import "server-only";
import { cookies } from "next/headers";
import { resolveSession } from "./session-resolve";
import { SESSION_COOKIE } from "./session-token";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/**
 * The signed-in user of the current request, or null. proxy.ts already turned away requests
 * without a valid session; this checks again server-side (defence in depth: a matcher change or a
 * new entry point must not open the console), with the user's accounts from the current config.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const seal = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await resolveSession(seal);
  return session.status === "valid" ? session.user : null;
}
