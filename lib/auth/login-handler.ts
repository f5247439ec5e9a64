import "server-only";
import { createHash } from "node:crypto";
import { BodyTooLargeError, readBodyForm, readBodyText } from "@/lib/api/read-body";
import { getEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { clientIp } from "./client-ip";
import { MAX_PASSWORD_LENGTH, verifyCredentials } from "./credentials";
import { HashQueueFullError } from "./hash-queue";
import { createKeyedMutex } from "./keyed-mutex";
import { socketAddressesStamped } from "./listen-hooks";
import { DEFAULT_AFTER_SIGN_IN, loginUrl, safeNextPath } from "./next-path";
import { checkSameOrigin } from "./origin";
import {
  badRequestResponse,
  crossOriginResponse,
  invalidCredentialsResponse,
  seeOther,
  throttledResponse,
} from "./responses";
import { isHttpsRequest } from "./security-headers";
import { revokeSession, sessionSecret, sessionTtlMs } from "./session-resolve";
import {
  clearedCookieAttributes,
  newSession,
  sealSession,
  serializeSessionCookie,
  sessionCookieAttributes,
  sessionCookieName,
} from "./session-token";
import { type CounterStore, LoginThrottle } from "./throttle";

const MAX_BODY_BYTES = 16 * 1024;
const attemptsInOrder = createKeyedMutex();
const THROTTLE = Symbol.for("template-console.login-throttle");
const COUNTERS = Symbol.for("template-console.login-counter-store");

/** The throttle's counter storage for the whole process (with DATABASE_URL: PostgreSQL). */
export function installCounterStore(store: CounterStore): void {
  const g = globalThis as { [COUNTERS]?: CounterStore; [THROTTLE]?: LoginThrottle };
  g[COUNTERS] = store;
  g[THROTTLE] = undefined;
}

function throttle(): LoginThrottle {
  const g = globalThis as { [THROTTLE]?: LoginThrottle; [COUNTERS]?: CounterStore };
  const env = getEnv();
  g[THROTTLE] ??= new LoginThrottle({
    maxPerUser: env.LOGIN_MAX_FAILURES_PER_USER,
    maxPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    ...(g[COUNTERS] ? { store: g[COUNTERS] } : {}),
  });
  return g[THROTTLE];
}

interface LoginInput {
  user: string;
  password: string;
  next: string | null;
  /** A browser form post (no JS): answer with 303 redirects instead of JSON. */
  form: boolean;
}

function field(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * Failed sign-ins log this instead of the typed name: people type passwords into the user field.
 * A short, unsalted digest still lets an operator match repeated attempts and a known name.
 */
export function userNameDigest(name: string): string {
  return createHash("sha256").update(LoginThrottle.userKey(name)).digest("hex").slice(0, 16);
}

const tooLarge = () =>
  Response.json(
    {
      error: {
        code: "body_too_large",
        message: `The sign-in form is larger than ${MAX_BODY_BYTES} bytes.`,
        messageKey: "auth.errors.missing",
      },
    },
    { status: 413, headers: { "cache-control": "no-store" } },
  );

async function readInput(request: Request): Promise<LoginInput | null> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  try {
    if (type.includes("application/json")) {
      const text = await readBodyText(request, MAX_BODY_BYTES);
      const body = JSON.parse(text) as Record<string, unknown>;
      if (!body || typeof body !== "object") return null;
      return {
        user: field(body.user ?? body.username).trim(),
        password: field(body.password),
        next: typeof body.next === "string" ? body.next : null,
        form: false,
      };
    }
    if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
      const data = await readBodyForm(request, MAX_BODY_BYTES);
      return {
        user: field(data.get("user") ?? data.get("username")).trim(),
        password: field(data.get("password")),
        next: field(data.get("next")) || null,
        form: true,
      };
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    return null;
  }
  return null;
}

/**
 * POST /api/auth/login — JSON (`{user,password,next}` → 200 `{ok,next}` / 401 / 429) for the
 * enhanced form, or a plain form post (→ 303 to `next`, or back to `/login?error=…&next=…`).
 * Unknown user and wrong password get the very same answer, after the same work.
 */
export async function handleLogin(request: Request): Promise<Response> {
  if (!checkSameOrigin(request).ok) return crossOriginResponse();
  let input: LoginInput | null;
  try {
    input = await readInput(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    throw error;
  }
  if (!input) return badRequestResponse("Send user and password as a form or as JSON.");
  const next = safeNextPath(input.next) ?? DEFAULT_AFTER_SIGN_IN;
  if (
    !input.user ||
    !input.password ||
    input.user.length > 128 ||
    input.password.length > MAX_PASSWORD_LENGTH
  ) {
    return input.form
      ? seeOther(loginUrl({ error: "missing", next }))
      : badRequestResponse("Enter your user name and password.");
  }

  const ip = clientIp(request.headers, getEnv().TRUST_PROXY_HOPS, socketAddressesStamped());
  const limiter = throttle();
  const throttled = (retryAfter: number) =>
    input.form
      ? seeOther(loginUrl({ error: "throttled", retryAfter, next }), { "retry-after": String(retryAfter) })
      : throttledResponse(retryAfter);
  // One attempt at a time per (name, address) pair and per address: each sees the failures before
  // it. Never per name alone: a flood against one name must not queue its owner behind it.
  const outcome = await attemptsInOrder(
    [`pair:${LoginThrottle.userKey(input.user)}\u0000${ip}`, `ip:${ip}`],
    async () => {
      const gate = await limiter.check(input.user, ip);
      if (!gate.allowed) return { kind: "throttled" as const, retryAfter: gate.retryAfterSeconds };
      // A name under attack from elsewhere: slow down, never refuse (see throttle.ts).
      if (gate.delayMs) await new Promise((resolve) => setTimeout(resolve, gate.delayMs));
      let user: Awaited<ReturnType<typeof verifyCredentials>>;
      try {
        user = await verifyCredentials(input.user, input.password);
      } catch (error) {
        if (error instanceof HashQueueFullError) return { kind: "throttled" as const, retryAfter: 1 };
        throw error;
      }
      if (user) {
        await limiter.succeed(input.user, ip);
        return { kind: "ok" as const, user };
      }
      const verdict = await limiter.fail(input.user, ip);
      logger.warn("sign-in failed", { userDigest: userNameDigest(input.user), ip, locked: !verdict.allowed });
      return verdict.allowed
        ? { kind: "invalid" as const }
        : { kind: "throttled" as const, retryAfter: verdict.retryAfterSeconds };
    },
  );
  if (outcome.kind === "throttled") return throttled(outcome.retryAfter);
  if (outcome.kind === "invalid")
    return input.form ? seeOther(loginUrl({ error: "invalid", next })) : invalidCredentialsResponse();
  const { user } = outcome;

  const ttl = sessionTtlMs();
  const seal = await sealSession(newSession(user, Date.now(), ttl), sessionSecret(), ttl);
  const cookie = serializeSessionCookie(
    seal,
    sessionCookieAttributes(isHttpsRequest(new URL(request.url), request.headers), ttl),
  );
  logger.info("signed in", { user: user.name, ip });
  if (input.form) return seeOther(next, { "set-cookie": cookie });
  return Response.json(
    { ok: true, user: { name: user.name }, next },
    { headers: { "cache-control": "no-store", "set-cookie": cookie } },
  );
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** POST /api/auth/logout — clears the cookie; a form post is sent on to the sign-in page. */
export async function handleLogout(request: Request): Promise<Response> {
  if (!checkSameOrigin(request).ok) return crossOriginResponse();
  const https = isHttpsRequest(new URL(request.url), request.headers);
  await revokeSession(readCookie(request.headers.get("cookie"), sessionCookieName(https)));
  const cookie = serializeSessionCookie("", clearedCookieAttributes(https));
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  const accept = request.headers.get("accept")?.toLowerCase() ?? "";
  const form =
    type.includes("application/x-www-form-urlencoded") ||
    type.includes("multipart/form-data") ||
    (accept.includes("text/html") && !type.includes("json"));
  if (form) return seeOther("/login", { "set-cookie": cookie });
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store", "set-cookie": cookie } });
}
