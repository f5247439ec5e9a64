import { sealData, unsealData } from "iron-session";
import * as z from "zod";

/**
 * What the session cookie holds (sealed by iron-session: encrypted and authenticated). Only the
 * user name and times: the user's accounts are looked up in the current configuration on every
 * request, so removing access takes effect at once.
 *
 * Pure apart from the seal/unseal helpers at the bottom, so expiry and sliding renewal are tested
 * as plain functions.
 */

export const SESSION_COOKIE = "tc_session";

/**
 * The cookie's name: over https with the `__Host-` prefix, which browsers only accept with
 * Secure, Path=/ and no Domain — so a sibling subdomain cannot set or shadow it. Plain http (a
 * local demo) cannot use the prefix.
 */
/** Request header proxy.ts sets ("1"/"0") so server components know which cookie name applies. */
export const SECURE_REQUEST_HEADER = "x-tc-secure";

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export const sessionDataSchema = z.object({
  v: z.literal(1),
  /** Random session id: lets sign-out revoke this session server-side. */
  sid: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  /** User name. */
  sub: z.string().min(1).max(64),
  /** When the user signed in (ms since epoch). */
  iat: z.number().int().nonnegative(),
  /** When the cookie was last (re)sealed. */
  ren: z.number().int().nonnegative(),
  /** When the session ends unless renewed. */
  exp: z.number().int().positive(),
  /** Credential fingerprint at sign-in (see UserRecord.credentialVersion). */
  cv: z.string().min(1).max(64),
});
export type SessionData = z.infer<typeof sessionDataSchema>;

export function newSession(
  user: { name: string; credentialVersion: string },
  now: number,
  ttlMs: number,
  sid: string = newSessionId(),
) {
  return {
    v: 1,
    sid,
    sub: user.name,
    iat: now,
    ren: now,
    exp: now + ttlMs,
    cv: user.credentialVersion,
  } satisfies SessionData;
}

export function newSessionId(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64url");
}

export type SessionCheck =
  | { status: "valid"; data: SessionData; renew: boolean }
  | { status: "expired" | "invalid" };

/** Small tolerance for clocks that run backwards (NTP steps). */
const CLOCK_SKEW_MS = 60_000;

/**
 * Decides whether unsealed data is a live session, and whether to renew it: sliding expiry renews
 * once more than half the TTL has passed since the last seal. A seal whose `exp` is past is
 * rejected even if the browser still sends the cookie; one issued "in the future" is refused too.
 * A lifetime longer than the TTL (a TTL lowered since sign-in) is cut to the current TTL, and no
 * session outlives `maxAgeMs` after sign-in, so a stolen cookie cannot be renewed forever.
 */
export function checkSession(
  raw: unknown,
  now: number,
  ttlMs: number,
  /** Absolute lifetime counted from sign-in (`iat`), whatever the renewals. */
  maxAgeMs = Number.POSITIVE_INFINITY,
): SessionCheck {
  const parsed = sessionDataSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid" };
  const data = parsed.data;
  if (data.iat > data.ren || data.ren >= data.exp) return { status: "invalid" };
  if (data.iat > now + CLOCK_SKEW_MS || data.ren > now + CLOCK_SKEW_MS) return { status: "invalid" };
  const effectiveExp = Math.min(data.exp, data.ren + ttlMs, data.iat + maxAgeMs);
  if (now >= effectiveExp) return { status: "expired" };
  return { status: "valid", data, renew: now - data.ren > ttlMs / 2 };
}

export function renewSession(
  data: SessionData,
  now: number,
  ttlMs: number,
  maxAgeMs = Number.POSITIVE_INFINITY,
): SessionData {
  return { ...data, ren: now, exp: Math.min(now + ttlMs, data.iat + maxAgeMs) };
}

/** iron-session's own expiry matches ours, plus a minute, so a stale seal also fails to unseal. */
function ironTtlSeconds(ttlMs: number) {
  return Math.ceil(ttlMs / 1000) + 60;
}

export function sealSession(data: SessionData, secret: string, ttlMs: number): Promise<string> {
  return sealData(data, { password: secret, ttl: ironTtlSeconds(ttlMs) });
}

/** The unsealed payload, or null for a forged, corrupted, foreign or expired seal. Never throws. */
/**
 * Verified seals, so the proxy and the route handler of one request (and a user's next requests)
 * don't redo the key derivation + decryption — it was the largest CPU cost of a warm API call.
 * Only successful unseals are kept, briefly, and at most a bounded number; the session's own
 * expiry and revocation are still checked on every request by the caller.
 */
const UNSEAL_CACHE_MS = 60_000;
const UNSEAL_CACHE_MAX = 1_000;
const unsealCache = new Map<string, { data: unknown; until: number; secret: string }>();

export async function unsealSession(
  seal: string | undefined,
  secret: string,
  ttlMs: number,
  now = Date.now(),
): Promise<unknown> {
  if (!seal || seal.length > 4096) return null;
  const cached = unsealCache.get(seal);
  if (cached && cached.secret === secret && cached.until > now) return cached.data;
  try {
    const data = await unsealData<unknown>(seal, { password: secret, ttl: ironTtlSeconds(ttlMs) });
    if (!(data && typeof data === "object" && Object.keys(data).length > 0)) return null;
    if (unsealCache.size >= UNSEAL_CACHE_MAX) unsealCache.delete(unsealCache.keys().next().value as string);
    unsealCache.set(seal, { data, until: now + UNSEAL_CACHE_MS, secret });
    return data;
  } catch {
    return null;
  }
}

export interface CookieAttributes {
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  maxAge: number;
}

/** `Secure` whenever the console is served over https (directly or behind a TLS proxy). */
export function sessionCookieAttributes(secure: boolean, ttlMs: number): CookieAttributes {
  return { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: Math.floor(ttlMs / 1000) };
}

export function clearedCookieAttributes(secure: boolean): CookieAttributes {
  return { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: 0 };
}

/** The Set-Cookie header value for the session cookie. */
export function serializeSessionCookie(value: string, attrs: CookieAttributes): string {
  return [
    `${sessionCookieName(attrs.secure)}=${value}`,
    `Path=${attrs.path}`,
    `Max-Age=${attrs.maxAge}`,
    ...(attrs.maxAge === 0 ? ["Expires=Thu, 01 Jan 1970 00:00:00 GMT"] : []),
    "HttpOnly",
    "SameSite=Lax",
    ...(attrs.secure ? ["Secure"] : []),
  ].join("; ");
}
