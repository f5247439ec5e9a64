import "server-only";
import { cookies, headers } from "next/headers";
import { resolveSession } from "./session-resolve";
import { SECURE_REQUEST_HEADER, sessionCookieName } from "./session-token";

import type { SessionUser } from "./session-user";

export type { SessionUser };

/**
 * The signed-in user of the current request, or null. proxy.ts already turned away requests
 * without a valid session; this checks again server-side (defence in depth: a matcher change or a
 * new entry point must not open the console), with the user's accounts from the current config.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const secure = (await headers()).get(SECURE_REQUEST_HEADER) === "1";
  const seal = (await cookies()).get(sessionCookieName(secure))?.value;
  const session = await resolveSession(seal);
  return session.status === "valid" ? session.user : null;
}
