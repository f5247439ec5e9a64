import { createHash, timingSafeEqual } from "node:crypto";

/**
 * NxCloud request signature, implemented independently from the console's signer (reference §1.3):
 *
 *   headersStr = the common headers except `sign` and `algorithm`, sorted by name in ASCII order,
 *                joined as `k=v` with `&`  →  accessKey=…&action=…&bizType=…&ts=…
 *   bodyStr    = `&body=` + the exact raw request body bytes (omitted entirely when the body is empty)
 *   secretStr  = `&accessSecret=` + accessSecret
 *   sign       = lowercase hex(hash(headersStr + bodyStr + secretStr)), hash = md5 (default) or the
 *                `algorithm` header's value (`sha256`).
 */

export type SignAlgorithm = "md5" | "sha256";

export interface SignInput {
  accessKey: string;
  action: string;
  bizType: string;
  ts: string;
  /** Exact HTTP body (string → UTF-8, or the raw bytes). Empty → no `&body=` part. */
  body: string | Uint8Array;
  accessSecret: string;
}

/** Header names that take part in the signature (ASCII order computed, not hard-coded). */
const SIGNED_HEADERS = ["ts", "bizType", "accessKey", "action"] as const;

export function signString(input: SignInput): Buffer {
  const names = [...SIGNED_HEADERS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const headersStr = names.map((n) => `${n}=${input[n]}`).join("&");
  const body = typeof input.body === "string" ? Buffer.from(input.body, "utf8") : Buffer.from(input.body);
  const parts: Buffer[] = [Buffer.from(headersStr, "utf8")];
  if (body.length > 0) parts.push(Buffer.from("&body=", "utf8"), body);
  parts.push(Buffer.from(`&accessSecret=${input.accessSecret}`, "utf8"));
  return Buffer.concat(parts);
}

export function computeSign(input: SignInput, algorithm: SignAlgorithm = "md5"): string {
  return createHash(algorithm).update(signString(input)).digest("hex");
}

/**
 * Parses the optional `algorithm` header: absent/empty → md5; `md5`/`sha256` (case-insensitive);
 * anything else → null (the request is then answered 1003, invalid signature).
 */
export function parseAlgorithm(header: string | undefined): SignAlgorithm | null {
  if (header === undefined || header.trim() === "") return "md5";
  const v = header.trim().toLowerCase();
  return v === "md5" || v === "sha256" ? v : null;
}

/**
 * Constant-time comparison of the received sign with the expected one. Strict: the documentation
 * says lowercase hex, so an uppercase sign is rejected (this is a cross-check of the console's signer).
 */
export function verifySign(input: SignInput, algorithm: SignAlgorithm, received: string): boolean {
  const expected = Buffer.from(computeSign(input, algorithm), "utf8");
  const got = Buffer.from(received, "utf8");
  return got.length === expected.length && timingSafeEqual(got, expected);
}
