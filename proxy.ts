import { type NextRequest, NextResponse } from "next/server";
import { loginUrl, nextFromUrl } from "@/lib/auth/next-path";
import { checkSameOrigin } from "@/lib/auth/origin";
import { isApiPath, isPublicPath } from "@/lib/auth/public-paths";
import { crossOriginResponse, unauthorizedResponse } from "@/lib/auth/responses";
import { buildCsp, createNonce, isHttpsRequest, securityHeaders } from "@/lib/auth/security-headers";
import { resealRenewed, resolveSession, sessionTtlMs } from "@/lib/auth/session-resolve";
import {
  clearedCookieAttributes,
  SECURE_REQUEST_HEADER,
  serializeSessionCookie,
  sessionCookieAttributes,
  sessionCookieName,
} from "@/lib/auth/session-token";

/**
 * Runs before every request (Node.js runtime):
 * 1. security headers on every response, with a fresh CSP nonce handed to the app through the
 *    `x-nonce` and `Content-Security-Policy` request headers (Next.js nonces its own scripts);
 * 2. same-origin check for state-changing API calls (CSRF);
 * 3. sign-in: pages without a valid session go to `/login?next=…`, API calls get 401 JSON;
 * 4. sliding sessions: a session past half its lifetime is re-sealed with a new expiry.
 * Route handlers and the console layout check the session again (defence in depth).
 */

function withSecurityHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const { pathname } = url;
  const nonce = createNonce();
  const csp = buildCsp({ nonce, dev: process.env.NODE_ENV === "development" });
  const https = isHttpsRequest(url, request.headers);
  const headers = securityHeaders({ csp, https });
  const api = isApiPath(pathname);

  if (api && !checkSameOrigin(request).ok) return withSecurityHeaders(crossOriginResponse(), headers);

  let renewedSeal: string | undefined;
  if (!isPublicPath(pathname)) {
    const seal = request.cookies.get(sessionCookieName(https))?.value;
    const session = await resolveSession(seal);
    if (session.status !== "valid") {
      const response = api
        ? unauthorizedResponse()
        : NextResponse.redirect(new URL(loginUrl({ next: nextFromUrl(url) }), url));
      // A cookie that no longer works is dropped, so the browser stops sending it — but never
      // because the users could not be read: that is our problem, not the cookie's.
      if (seal && session.status !== "unavailable") {
        response.headers.append("set-cookie", serializeSessionCookie("", clearedCookieAttributes(https)));
      }
      return withSecurityHeaders(response, headers);
    }
    if (session.renew) renewedSeal = await resealRenewed(session.data);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Always overwritten here, so a client cannot choose which cookie name server code reads.
  requestHeaders.set(SECURE_REQUEST_HEADER, https ? "1" : "0");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (renewedSeal)
    response.cookies.set(
      sessionCookieName(https),
      renewedSeal,
      sessionCookieAttributes(https, sessionTtlMs()),
    );
  return withSecurityHeaders(response, headers);
}

export const config = {
  // Every path: the function itself decides what is public, so a new route is protected by default.
  matcher: ["/:path*"],
};
