import "server-only";
import { getEnv } from "@/lib/config/env";
import { getUserDirectory } from "./directory";
import { revocations } from "./revocations";
import { resolveSessionSecret } from "./secret";
import {
  checkSession,
  renewSession,
  type SessionData,
  sealSession,
  sessionDataSchema,
  unsealSession,
} from "./session-token";
import type { SessionUser } from "./session-user";

export type ResolvedSession =
  | { status: "valid"; user: SessionUser; data: SessionData; renew: boolean }
  | { status: "none" | "invalid" | "expired" | "revoked" }
  /** The users could not be read: access is refused, but the cookie is not the problem. */
  | { status: "unavailable" };

export function sessionTtlMs(): number {
  return getEnv().SESSION_TTL_HOURS * 60 * 60 * 1000;
}

/** Absolute lifetime of a session from sign-in, whatever the renewals (SESSION_MAX_AGE_HOURS). */
export function sessionMaxAgeMs(): number {
  return getEnv().SESSION_MAX_AGE_HOURS * 60 * 60 * 1000;
}

export function sessionSecret(): string {
  return resolveSessionSecret(getEnv());
}

/**
 * Turns the session cookie into the signed-in user, checking everything on every request: the
 * seal (forged or foreign cookies fail), our own expiry (a lingering cookie fails), that it was
 * not signed out (a copied cookie fails after sign-out), that the user
 * still exists in the current configuration with the same credential (deleted users and changed
 * passwords fail), and the user's current accounts (never the ones at sign-in).
 */
export async function resolveSession(seal: string | undefined, now = Date.now()): Promise<ResolvedSession> {
  if (!seal) return { status: "none" };
  const ttl = sessionTtlMs();
  const raw = await unsealSession(seal, sessionSecret(), ttl);
  if (!raw) return { status: "invalid" };
  const check = checkSession(raw, now, ttl, sessionMaxAgeMs());
  if (check.status !== "valid") return { status: check.status };
  if (await revocations().isRevoked(check.data.sid, now)) return { status: "revoked" };
  const directory = getUserDirectory();
  const record = directory.find(check.data.sub);
  if (!record && directory.error) return { status: "unavailable" };
  if (!record || record.credentialVersion !== check.data.cv) return { status: "revoked" };
  return {
    status: "valid",
    user: { name: record.name, accounts: record.accounts, role: record.role },
    data: check.data,
    renew: check.renew,
  };
}

/** A fresh seal for a session past half its TTL (sliding expiry). */
export function resealRenewed(data: SessionData, now = Date.now()): Promise<string> {
  const ttl = sessionTtlMs();
  return sealSession(renewSession(data, now, ttl, sessionMaxAgeMs()), sessionSecret(), ttl);
}

/**
 * Sign-out: the session in this cookie stops working everywhere at once, not only in this browser.
 * Revoked until `now + TTL`, not until this cookie's own expiry: a copy renewed just before
 * sign-out lives that long, and any copy ends at the maximum age anyway.
 */
export async function revokeSession(seal: string | undefined, now = Date.now()): Promise<void> {
  if (!seal) return;
  const ttl = sessionTtlMs();
  const parsed = sessionDataSchema.safeParse(await unsealSession(seal, sessionSecret(), ttl));
  if (!parsed.success) return;
  const until = Math.min(now + ttl, parsed.data.iat + sessionMaxAgeMs());
  await revocations().revoke(parsed.data.sid, until, now);
}
