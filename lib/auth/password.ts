import { randomBytes, type ScryptOptions, scrypt, scryptSync, timingSafeEqual } from "node:crypto";

/**
 * Password hashes: scrypt from node:crypto, self-describing so parameters can be raised later
 * without breaking existing entries:
 *
 *   scrypt$<N>$<r>$<p>$<salt base64url>$<key base64url>
 *
 * Pure (no `server-only`): used by the server, by `npm run hash-password` and by the e2e config.
 */

export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

// Bounds refuse hashes that would make verification absurdly slow or memory-hungry (a hostile or
// corrupted config must not turn a sign-in into a denial of service) or trivially weak.
const LIMITS = { minLogN: 14, maxLogN: 20, maxR: 32, maxP: 16, minSalt: 16, minKey: 16, maxKey: 128 };
const B64URL = /^[A-Za-z0-9_-]+$/;

/** Memory scrypt needs for these parameters, plus headroom (node's default cap is 32 MiB). */
function maxmemFor(N: number, r: number, p: number): number {
  return 128 * N * r * (p + 1) + 16 * 1024 * 1024;
}

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Parses a stored hash; null when it is not a well-formed scrypt hash within sane bounds. */
export function parsePasswordHash(encoded: string): ScryptParams | null {
  if (typeof encoded !== "string" || encoded.length > 512) return null;
  const parts = encoded.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [, nRaw = "", rRaw = "", pRaw = "", saltRaw = "", keyRaw = ""] = parts;
  if (![nRaw, rRaw, pRaw].every((v) => /^[1-9]\d{0,8}$/.test(v))) return null;
  const N = Number(nRaw);
  const r = Number(rRaw);
  const p = Number(pRaw);
  const logN = Math.log2(N);
  if (!Number.isInteger(logN) || logN < LIMITS.minLogN || logN > LIMITS.maxLogN) return null;
  if (r > LIMITS.maxR || p > LIMITS.maxP) return null;
  if (!B64URL.test(saltRaw) || !B64URL.test(keyRaw)) return null;
  const salt = Buffer.from(saltRaw, "base64url");
  const key = Buffer.from(keyRaw, "base64url");
  // Round-trip check: rejects non-canonical base64 (e.g. a trailing character that decodes to nothing).
  if (salt.toString("base64url") !== saltRaw || key.toString("base64url") !== keyRaw) return null;
  if (salt.length < LIMITS.minSalt || key.length < LIMITS.minKey || key.length > LIMITS.maxKey) return null;
  return { N, r, p, salt, key };
}

/** Why a hash string is not usable, for configuration errors (never includes the hash itself). */
export function describePasswordHashProblem(encoded: string): string | null {
  if (parsePasswordHash(encoded)) return null;
  if (typeof encoded !== "string" || !encoded.startsWith("scrypt$"))
    return 'passwordHash must start with "scrypt$" (create one with `npm run hash-password`)';
  return (
    "passwordHash is not a valid scrypt hash: expected scrypt$N$r$p$salt$key with N a power of two " +
    `from 2^${LIMITS.minLogN} to 2^${LIMITS.maxLogN}, r ≤ ${LIMITS.maxR}, p ≤ ${LIMITS.maxP}, ` +
    `a salt of at least ${LIMITS.minSalt} bytes (create one with \`npm run hash-password\`)`
  );
}

export async function hashPassword(
  password: string,
  options: Partial<Pick<ScryptParams, "N" | "r" | "p">> & { salt?: Buffer } = {},
): Promise<string> {
  const N = options.N ?? SCRYPT_DEFAULTS.N;
  const r = options.r ?? SCRYPT_DEFAULTS.r;
  const p = options.p ?? SCRYPT_DEFAULTS.p;
  const salt = options.salt ?? randomBytes(SCRYPT_DEFAULTS.saltBytes);
  const key = await scryptAsync(password, salt, SCRYPT_DEFAULTS.keyBytes, {
    N,
    r,
    p,
    maxmem: maxmemFor(N, r, p),
  });
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/**
 * True when `password` matches `encoded`. Malformed or tampered hashes are simply false (never a
 * throw: a broken entry must not turn into a 500 that tells the user apart from a wrong password).
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const params = parsePasswordHash(encoded);
  if (!params || typeof password !== "string") return false;
  const { N, r, p, salt, key } = params;
  let derived: Buffer;
  try {
    derived = await scryptAsync(password, salt, key.length, { N, r, p, maxmem: maxmemFor(N, r, p) });
  } catch {
    return false;
  }
  return derived.length === key.length && timingSafeEqual(derived, key);
}

/** Synchronous variant for tooling (e2e config); the server uses the async one. */
export function hashPasswordSync(password: string, options: { salt?: Buffer } = {}): string {
  const { N, r, p, saltBytes, keyBytes } = SCRYPT_DEFAULTS;
  const salt = options.salt ?? randomBytes(saltBytes);
  const key = scryptSync(password.normalize("NFC"), salt, keyBytes, { N, r, p, maxmem: maxmemFor(N, r, p) });
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Synchronous variant for start-up checks only (blocks the event loop for one scrypt). */
export function verifyPasswordSync(password: string, encoded: string): boolean {
  const params = parsePasswordHash(encoded);
  if (!params) return false;
  const { N, r, p, salt, key } = params;
  try {
    const derived = scryptSync(password.normalize("NFC"), salt, key.length, {
      N,
      r,
      p,
      maxmem: maxmemFor(N, r, p),
    });
    return timingSafeEqual(derived, key);
  } catch {
    return false;
  }
}
