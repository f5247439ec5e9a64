import type { Env } from "@/lib/config/env-schema";
import { verifyPasswordSync } from "./password";
import { MIN_SECRET_LENGTH } from "./secret";
import type { UserRecord } from "./users";

/**
 * Start-up rules for sign-in, pure so they are unit-tested. "Production" means NODE_ENV=production
 * without DEMO_MODE: there the console must not start with a weak session secret or with
 * credentials anyone could guess, and says why.
 */

export type SafetyEnv = Pick<
  Env,
  | "NODE_ENV"
  | "DEMO_MODE"
  | "SESSION_SECRET"
  | "DEMO_USER"
  | "DEMO_PASSWORD"
  | "CONSOLE_USERS"
  | "CONSOLE_USERS_FILE"
>;

/** Placeholders from docs and tutorials, and the demo stack's own values. */
const PLACEHOLDER =
  /change.?me|changeit|replace.?me|your.?secret|example|placeholder|secret.?key|^(?:secret|password|default|test|demo)/i;

export function isProduction(env: Pick<Env, "NODE_ENV" | "DEMO_MODE">): boolean {
  return env.NODE_ENV === "production" && !env.DEMO_MODE;
}

export function sessionSecretProblems(env: SafetyEnv): string[] {
  const secret = env.SESSION_SECRET ?? "";
  const how = "generate one with `openssl rand -base64 48`";
  if (env.DEMO_MODE) {
    return secret && secret.length < MIN_SECRET_LENGTH
      ? [
          `SESSION_SECRET: must be at least ${MIN_SECRET_LENGTH} characters, or empty in demo mode for a random one`,
        ]
      : [];
  }
  if (!secret)
    return [
      `SESSION_SECRET: is required outside demo mode (at least ${MIN_SECRET_LENGTH} characters); ${how}`,
    ];
  if (secret.length < MIN_SECRET_LENGTH)
    return [
      `SESSION_SECRET: must be at least ${MIN_SECRET_LENGTH} characters (it is ${secret.length}); ${how}`,
    ];
  if (isProduction(env) && (PLACEHOLDER.test(secret) || new Set(secret).size < 12))
    return [`SESSION_SECRET: looks like a default or placeholder value, not a random key; ${how}`];
  return [];
}

/**
 * With DATABASE_URL several instances may share one database and sessions move between them: each
 * must unseal the others' cookies, so a per-process random key (demo mode without a secret) would
 * sign users out at every other request. Refused even in demo mode.
 */
export function sharedSecretProblems(env: Pick<Env, "DATABASE_URL" | "SESSION_SECRET">): string[] {
  if (!env.DATABASE_URL || env.SESSION_SECRET) return [];
  return [
    "SESSION_SECRET: is required when DATABASE_URL is set (every instance on the database must use the same one; `openssl rand -base64 48`)",
  ];
}

/**
 * Production refuses demo credentials: the demo user only exists with DEMO_MODE, so here this
 * catches configured users whose password is the demo password or their own name, and the
 * DEMO_USER/DEMO_PASSWORD settings left over from a demo setup (they would do nothing, and their
 * presence says the deployment was copied from a demo).
 */
export function demoCredentialProblems(
  env: SafetyEnv,
  source: Record<string, string | undefined>,
  /** null when the users could not be loaded (that problem is reported on its own). */
  users: readonly UserRecord[] | null,
): string[] {
  if (!isProduction(env)) return [];
  const problems: string[] = [];
  if (source.DEMO_USER !== undefined || source.DEMO_PASSWORD !== undefined)
    problems.push(
      "DEMO_USER / DEMO_PASSWORD: demo users are refused in production (NODE_ENV=production without DEMO_MODE); remove these settings",
    );
  if (users === null) return problems;
  if (users.length === 0)
    problems.push(
      "CONSOLE_USERS: no users are configured, so nobody could sign in; add users with `npm run hash-password` (CONSOLE_USERS or CONSOLE_USERS_FILE)",
    );
  for (const user of users) {
    if (!user.passwordHash) continue;
    const guesses = new Set(["demo", env.DEMO_PASSWORD, user.name, "password", "admin"]);
    if ([...guesses].some((guess) => verifyPasswordSync(guess, user.passwordHash as string)))
      problems.push(
        `CONSOLE_USERS: user "${user.name}" has a demo or trivially guessable password; set a real one with \`npm run hash-password\``,
      );
  }
  return problems;
}

/** Loopback interfaces: 127.0.0.0/8, ::1, and their IPv4-mapped form. */
export function isLoopbackHost(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, "");
  if (a === "::1" || a === "localhost") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Demo mode adds an all-accounts user with a documented password: it may only listen on loopback
 * unless DEMO_ALLOW_REMOTE=1 says, explicitly, that others on the network may use it (the sign-in
 * page then warns in red).
 */
export function demoBindProblems(
  env: Pick<Env, "DEMO_MODE" | "DEMO_ALLOW_REMOTE">,
  addresses: readonly string[],
): string[] {
  if (!env.DEMO_MODE || env.DEMO_ALLOW_REMOTE) return [];
  const remote = addresses.filter((a) => !isLoopbackHost(a));
  if (remote.length === 0) return [];
  return [
    `DEMO_MODE: the console listens on ${remote.join(", ")}, not only on loopback; demo mode has a user with a known password, so start it with -H 127.0.0.1, or set DEMO_ALLOW_REMOTE=1 if others on the network really may use this demo`,
  ];
}
