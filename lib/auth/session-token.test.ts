import { describe, expect, it } from "vitest";
import {
  checkSession,
  clearedCookieAttributes,
  newSession,
  renewSession,
  sealSession,
  serializeSessionCookie,
  sessionCookieAttributes,
  sessionCookieName,
  unsealSession,
} from "./session-token";

const HOUR = 3_600_000;
const TTL = 12 * HOUR;
const T0 = Date.UTC(2026, 0, 1);
const user = { name: "alice", credentialVersion: "cv1" };
const SECRET = "a-test-secret-that-is-long-enough-1234567890";

describe("checkSession", () => {
  it("accepts a fresh session without renewing it", () => {
    const s = newSession(user, T0, TTL);
    expect(s).toMatchObject({ sub: "alice", iat: T0, ren: T0, exp: T0 + TTL, cv: "cv1" });
    expect(checkSession(s, T0 + HOUR, TTL)).toEqual({ status: "valid", data: s, renew: false });
  });

  it("renews once more than half the TTL has passed (sliding)", () => {
    const s = newSession(user, T0, TTL);
    expect(checkSession(s, T0 + TTL / 2, TTL)).toMatchObject({ status: "valid", renew: false });
    expect(checkSession(s, T0 + TTL / 2 + 1, TTL)).toMatchObject({ status: "valid", renew: true });
    const renewed = renewSession(s, T0 + 7 * HOUR, TTL);
    expect(renewed).toMatchObject({ iat: T0, ren: T0 + 7 * HOUR, exp: T0 + 19 * HOUR });
    // Past the original expiry, the renewed session still lives.
    expect(checkSession(renewed, T0 + 13 * HOUR, TTL)).toMatchObject({ status: "valid", renew: false });
  });

  it("rejects an expired session even if the cookie lingers", () => {
    const s = newSession(user, T0, TTL);
    expect(checkSession(s, T0 + TTL, TTL)).toEqual({ status: "expired" });
    expect(checkSession(s, T0 + 30 * 24 * HOUR, TTL)).toEqual({ status: "expired" });
  });

  it("cuts a session to a TTL lowered since it was issued", () => {
    const s = newSession(user, T0, 48 * HOUR);
    expect(checkSession(s, T0 + 13 * HOUR, TTL)).toEqual({ status: "expired" });
  });

  it("rejects sessions from the future and inconsistent times", () => {
    expect(checkSession(newSession(user, T0 + 2 * HOUR, TTL), T0, TTL)).toEqual({ status: "invalid" });
    expect(checkSession({ ...newSession(user, T0, TTL), ren: T0 - 1 }, T0, TTL)).toEqual({
      status: "invalid",
    });
    expect(checkSession({ ...newSession(user, T0, TTL), exp: T0 }, T0, TTL)).toEqual({ status: "invalid" });
  });

  it("ends a session at the absolute maximum age, however often it was renewed", () => {
    const MAX_AGE = 7 * 24 * HOUR;
    let s = newSession(user, T0, TTL);
    // Renewed every 7 hours for a week: each renewal alone would keep it alive.
    for (let t = T0 + 7 * HOUR; t < T0 + MAX_AGE; t += 7 * HOUR) s = renewSession(s, t, TTL);
    expect(checkSession(s, T0 + MAX_AGE - 1, TTL, MAX_AGE)).toMatchObject({ status: "valid" });
    expect(checkSession(s, T0 + MAX_AGE, TTL, MAX_AGE)).toEqual({ status: "expired" });
  });

  it("does not renew past the maximum age (the cookie ends when the session does)", () => {
    const MAX_AGE = 20 * HOUR;
    const renewed = renewSession(newSession(user, T0, TTL), T0 + 13 * HOUR, TTL, MAX_AGE);
    expect(renewed.exp).toBe(T0 + MAX_AGE);
  });

  it.each([
    ["nothing", null],
    ["empty object", {}],
    ["wrong version", { ...newSession(user, T0, TTL), v: 2 }],
    ["missing user", { ...newSession(user, T0, TTL), sub: "" }],
    ["missing session id", { ...newSession(user, T0, TTL), sid: undefined }],
    ["short session id", { ...newSession(user, T0, TTL), sid: "abc" }],
    ["string times", { ...newSession(user, T0, TTL), exp: String(T0 + TTL) }],
  ])("rejects malformed data (%s)", (_label, raw) => {
    expect(checkSession(raw, T0, TTL)).toEqual({ status: "invalid" });
  });
});

describe("seal and unseal", () => {
  it("round-trips through iron-session", async () => {
    const s = newSession(user, Date.now(), TTL);
    const seal = await sealSession(s, SECRET, TTL);
    expect(seal).not.toContain("alice");
    expect(await unsealSession(seal, SECRET, TTL)).toEqual(s);
  });

  it("returns null for forged, foreign and truncated seals", async () => {
    const seal = await sealSession(newSession(user, Date.now(), TTL), SECRET, TTL);
    expect(await unsealSession("Fe26.2*1*forged*cookie", SECRET, TTL)).toBeNull();
    expect(await unsealSession(seal, "another-secret-that-is-long-enough-0987654321", TTL)).toBeNull();
    expect(await unsealSession(seal.slice(0, -4), SECRET, TTL)).toBeNull();
    expect(await unsealSession(`${seal.slice(0, 40)}A${seal.slice(41)}`, SECRET, TTL)).toBeNull();
    expect(await unsealSession(undefined, SECRET, TTL)).toBeNull();
  });
});

describe("cookie attributes", () => {
  it("uses the __Host- prefix over https (host-only, Secure, Path=/), the plain name over http", () => {
    expect(sessionCookieName(true)).toBe("__Host-tc_session");
    expect(sessionCookieName(false)).toBe("tc_session");
    expect(serializeSessionCookie("v", sessionCookieAttributes(true, TTL))).toBe(
      "__Host-tc_session=v; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure",
    );
    expect(serializeSessionCookie("", clearedCookieAttributes(true))).toMatch(
      /^__Host-tc_session=; Path=\/;/,
    );
  });

  it("is httpOnly, Lax, path=/, Secure only over https, with Max-Age = TTL", () => {
    expect(serializeSessionCookie("v", sessionCookieAttributes(false, TTL))).toBe(
      "tc_session=v; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax",
    );
    expect(serializeSessionCookie("", clearedCookieAttributes(false))).toMatch(
      /^tc_session=; Path=\/; Max-Age=0; Expires=/,
    );
  });
});
