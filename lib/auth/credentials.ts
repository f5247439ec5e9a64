import "server-only";
import { getEnv } from "@/lib/config/env";
import { getUserDirectory } from "./directory";
import { createHashQueue, type HashQueue } from "./hash-queue";
import { hashPassword, verifyPassword as verifyPasswordNow } from "./password";
import type { UserRecord } from "./users";

/**
 * A valid hash of a random, forgotten password with the default parameters. Unknown user names
 * are verified against it, so a wrong name costs the same scrypt work as a wrong password and the
 * response time does not reveal which names exist.
 */
const DUMMY_HASH = "scrypt$32768$8$1$c8oU_q0xd7BaOCPLtr2s3g$q4hvdzLGMh0C0ypUsgx4QwUWRRXu9pBk3vOUhA4AORA";

export const MAX_PASSWORD_LENGTH = 1024;

const QUEUE = Symbol.for("template-console.hash-queue");

/** Two scrypts at a time, 16 waiting, the rest refused (HashQueueFullError → 429): see hash-queue.ts. */
function hashQueue(): HashQueue {
  const g = globalThis as { [QUEUE]?: HashQueue };
  g[QUEUE] ??= createHashQueue({ concurrency: 2, maxQueued: 16 });
  return g[QUEUE];
}

const verifyPassword = (password: string, hash: string) =>
  hashQueue().run(() => verifyPasswordNow(password, hash));

let demoHash: { password: string; hash: Promise<string> } | undefined;

function demoPasswordHash(password: string): Promise<string> {
  if (demoHash?.password !== password) demoHash = { password, hash: hashPassword(password) };
  return demoHash.hash;
}

/** The user whose name and password these are, or null; the same work either way. */
export async function verifyCredentials(name: string, password: string): Promise<UserRecord | null> {
  const user = getUserDirectory().find(name);
  const candidate = password.slice(0, MAX_PASSWORD_LENGTH);
  if (!user) {
    await verifyPassword(candidate, DUMMY_HASH);
    return null;
  }
  const hash = user.demo ? await demoPasswordHash(getEnv().DEMO_PASSWORD) : (user.passwordHash ?? DUMMY_HASH);
  const ok = await verifyPassword(candidate, hash);
  return ok && password.length <= MAX_PASSWORD_LENGTH ? user : null;
}
