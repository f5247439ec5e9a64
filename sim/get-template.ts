import type { SimAccount } from "./dataset/types";
import { listingFingerprint } from "./paging";

/** Per-account precomputed data: serialized templates, name index and listing fingerprint. */
export interface AccountIndex {
  account: SimAccount;
  /** JSON text of each template, in listing order (serialized once at start-up). */
  json: string[];
  fingerprint: string;
  /** name → positions in the listing (every language of that name, listing order). */
  byName: Map<string, number[]>;
}

export function indexAccount(account: SimAccount): AccountIndex {
  const byName = new Map<string, number[]>();
  account.templates.forEach((t, i) => {
    const list = byName.get(t.name);
    if (list) list.push(i);
    else byName.set(t.name, [i]);
  });
  return {
    account,
    json: account.templates.map((t) => JSON.stringify(t)),
    fingerprint: listingFingerprint(account.templates.map((t) => String(t.id))),
    byName,
  };
}

export interface ParsedBody {
  appkey: string;
  business_phone: string;
  after?: string;
  before?: string;
  /** Requested limit (already validated ≥ 1), before capping. */
  limit?: number;
  name?: string;
}

/**
 * Validates the getTemplate JSON body. Returns the parsed fields or a 9000 detail message.
 * - appkey, business_phone: non-empty strings; messaging_product must be "whatsapp";
 * - limit: integer ≥ 1 (a JSON number, or a string of digits as a Java backend would coerce); null → default;
 * - after / before / name: strings; null or "" count as absent; after and before are mutually exclusive.
 * Unknown fields are ignored.
 */
export function parseBody(raw: Buffer): ParsedBody | { error: string } {
  if (raw.length === 0) return { error: "request body is empty" };
  let body: unknown;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    return { error: "request body is not valid JSON" };
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { error: "request body must be a JSON object" };
  }
  const b = body as Record<string, unknown>;
  for (const key of ["appkey", "business_phone", "messaging_product"] as const) {
    if (typeof b[key] !== "string" || (b[key] as string).length === 0) return { error: `${key} is required` };
  }
  if (b.messaging_product !== "whatsapp") return { error: 'messaging_product must be "whatsapp"' };
  const out: ParsedBody = { appkey: b.appkey as string, business_phone: b.business_phone as string };
  for (const key of ["after", "before", "name"] as const) {
    const v = b[key];
    if (v === undefined || v === null || v === "") continue;
    if (typeof v !== "string") return { error: `${key} must be a string` };
    out[key] = v;
  }
  if (out.after !== undefined && out.before !== undefined) {
    return { error: "after and before cannot be used together" };
  }
  const limit = b.limit;
  if (limit !== undefined && limit !== null) {
    const n = typeof limit === "string" && /^\d{1,9}$/.test(limit) ? Number(limit) : limit;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
      return { error: "limit must be an integer greater than or equal to 1" };
    }
    out.limit = n;
  }
  return out;
}
