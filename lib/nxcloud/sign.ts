import { createHash } from "node:crypto";

/**
 * NxCloud request signing (reference §1.3). Pure on purpose, without `server-only`: the simulator
 * verifies signatures with the same code, and the tests import it directly.
 */

export const SIGN_ALGORITHMS = ["md5", "sha256"] as const;
export type SignAlgorithm = (typeof SIGN_ALGORITHMS)[number];

/** The required common headers that take part in the signature (`sign`/`algorithm` never do). */
export interface SignHeaders {
  accessKey: string;
  action: string;
  bizType: string;
  ts: string;
}

export interface SignInput {
  headers: SignHeaders;
  /** The exact string sent as the HTTP body; byte-for-byte, or NxCloud answers 1003. */
  body: string;
  accessSecret: string;
}

/** Headers the docs exclude from headersStr even if a caller passes them along. */
const EXCLUDED_HEADERS = new Set(["sign", "algorithm"]);

/** Ordinal (UTF-16 code unit) comparison equals ASCII order for header names; no locale rules. */
function asciiCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `accessKey=…&action=…&bizType=…&ts=…[&body=<json>]&accessSecret=…`. Values are not URL-encoded
 * and the body is not re-serialized: NxCloud hashes the literal text.
 */
export function buildSignString({ headers, body, accessSecret }: SignInput): string {
  const headersStr = Object.entries(headers)
    .filter(([name]) => !EXCLUDED_HEADERS.has(name))
    .sort(([a], [b]) => asciiCompare(a, b))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  // The documented implementations skip `&body=` entirely for an empty body (isNotEmpty checks).
  const bodyStr = body.length > 0 ? `&body=${body}` : "";
  return `${headersStr}${bodyStr}&accessSecret=${accessSecret}`;
}

/** Lowercase hex digest of the UTF-8 bytes of the sign string; md5 unless sha256 is asked for. */
export function sign(input: SignInput & { algorithm?: SignAlgorithm }): string {
  const algorithm = input.algorithm ?? "md5";
  return createHash(algorithm).update(buildSignString(input), "utf8").digest("hex");
}
