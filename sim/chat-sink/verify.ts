import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signature checks as each vendor performs them, written from the vendors' documentation
 * (alert-channels.md), independently of server/alerts/channels/* — so the sink checks the console's
 * signer instead of agreeing with it by construction.
 */

export type SignatureState = "valid" | "invalid" | "absent" | "not-configured";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** DingTalk: query `timestamp` (ms, within 1 h) and `sign` = base64(HMAC-SHA256(secret, ts\nsecret)). */
export function checkDingtalk(
  secret: string | null,
  query: URLSearchParams,
  nowMs: number,
): { state: SignatureState; reason?: string } {
  const ts = query.get("timestamp");
  const sign = query.get("sign");
  if (!secret) return { state: ts || sign ? "not-configured" : "absent" };
  if (!ts || !sign) return { state: "absent", reason: "sign not match" };
  if (!/^\d+$/.test(ts) || Math.abs(nowMs - Number(ts)) > 3_600_000)
    return { state: "invalid", reason: "invalid timestamp" };
  const expected = createHmac("sha256", secret).update(`${ts}\n${secret}`).digest("base64");
  return same(expected, sign) ? { state: "valid" } : { state: "invalid", reason: "sign not match" };
}

/** Feishu: body `timestamp` (s, within 1 h) and `sign` = base64(HMAC-SHA256(key = ts\nsecret, "")). */
export function checkFeishu(
  secret: string | null,
  body: Record<string, unknown>,
  nowMs: number,
): SignatureState {
  const ts = body.timestamp;
  const sign = body.sign;
  if (!secret) return ts !== undefined || sign !== undefined ? "not-configured" : "absent";
  if (ts === undefined || typeof sign !== "string") return "absent";
  const t = Number(ts);
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > 3600) return "invalid";
  const expected = createHmac("sha256", `${ts}\n${secret}`).update("").digest("base64");
  return same(expected, sign) ? "valid" : "invalid";
}

/** Generic webhook: sha256=hex(HMAC-SHA256(secret, ts + "." + raw body)), ts within 300 s. */
export function checkWebhook(
  secret: string | null,
  timestamp: string | undefined,
  signature: string | undefined,
  rawBody: string,
  nowMs: number,
): SignatureState {
  if (!secret) return signature ? "not-configured" : "absent";
  if (!timestamp || !signature) return "absent";
  if (!/^\d+$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > 300) return "invalid";
  const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`;
  return same(expected, signature) ? "valid" : "invalid";
}
