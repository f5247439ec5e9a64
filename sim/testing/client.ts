import { createHash } from "node:crypto";

/**
 * Test-side NxCloud client with its OWN signing code (deliberately not importing
 * sim/verify-signature.ts, so the two implementations cross-check each other).
 */

export const DEMO_CREDENTIALS = {
  accessKey: "demo-access-key",
  accessSecret: "demo-access-secret-change-me",
};

export function testSign(
  p: { accessKey: string; action: string; bizType: string; ts: string; body: string; accessSecret: string },
  algorithm: "md5" | "sha256" = "md5",
): string {
  let s = `accessKey=${p.accessKey}&action=${p.action}&bizType=${p.bizType}&ts=${p.ts}`;
  if (p.body !== "") s += `&body=${p.body}`;
  s += `&accessSecret=${p.accessSecret}`;
  return createHash(algorithm).update(s, "utf8").digest("hex");
}

export interface TestTemplate {
  id: string;
  name: string;
  language: string;
  [key: string]: unknown;
}

export interface TestPaging {
  cursors?: { before?: string; after?: string };
  next?: string;
  previous?: string;
}

export interface TestEnvelope {
  code: number;
  message: string;
  data: {
    data?: TestTemplate[];
    paging?: TestPaging;
    error?: { code: number; message: string; type?: string; fbtrace_id?: string };
  } | null;
}

export interface CallOptions {
  accessKey?: string;
  accessSecret?: string;
  ts?: string;
  bizType?: string;
  action?: string;
  /** Hash used for signing; sent as the `algorithm` header unless sendAlgorithm is false. */
  algorithm?: "md5" | "sha256";
  /** Override the `algorithm` header value (or null to omit it). */
  algorithmHeader?: string | null;
  /** Headers to leave out (accessKey, ts, bizType, action, sign). */
  omit?: string[];
  contentType?: string | null;
  /** Sign this string instead of the body actually sent. */
  signBody?: string;
  sign?: string;
  signal?: AbortSignal;
}

export interface CallResult {
  status: number;
  text: string;
  json: TestEnvelope;
  ms: number;
}

/** POST /api/wa/getTemplate. `body` objects are JSON.stringify'd once; strings are sent as-is. */
export async function callGetTemplate(
  baseUrl: string,
  body: unknown,
  opts: CallOptions = {},
): Promise<CallResult> {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const creds = {
    accessKey: opts.accessKey ?? DEMO_CREDENTIALS.accessKey,
    accessSecret: opts.accessSecret ?? DEMO_CREDENTIALS.accessSecret,
  };
  const ts = opts.ts ?? String(Date.now());
  const bizType = opts.bizType ?? "2";
  const action = opts.action ?? "getTemplate";
  const sign =
    opts.sign ??
    testSign(
      {
        accessKey: creds.accessKey,
        action,
        bizType,
        ts,
        body: opts.signBody ?? raw,
        accessSecret: creds.accessSecret,
      },
      opts.algorithm ?? "md5",
    );
  const headers: Record<string, string> = { accessKey: creds.accessKey, ts, bizType, action, sign };
  for (const name of opts.omit ?? []) delete headers[name];
  if (opts.contentType !== null) headers["Content-Type"] = opts.contentType ?? "application/json";
  const algorithmHeader = opts.algorithmHeader === undefined ? opts.algorithm : opts.algorithmHeader;
  if (algorithmHeader) headers.algorithm = algorithmHeader;
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/wa/getTemplate`, {
    method: "POST",
    headers,
    body: raw === "" ? undefined : raw,
    signal: opts.signal,
  });
  const text = await res.text();
  let json: TestEnvelope;
  try {
    json = JSON.parse(text) as TestEnvelope;
  } catch {
    json = { code: Number.NaN, message: "(unparsable)", data: null };
  }
  return { status: res.status, text, json, ms: performance.now() - started };
}

export interface AccountRef {
  appkey: string;
  business_phone: string;
}

export function bodyFor(account: AccountRef, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    appkey: account.appkey,
    business_phone: account.business_phone,
    messaging_product: "whatsapp",
    ...extra,
  };
}

/** Follows cursors in one direction until `next` (or `previous`) disappears; returns pages in walk order. */
export async function walk(
  baseUrl: string,
  account: AccountRef,
  opts: { limit?: number; name?: string; direction?: "after" | "before"; start?: string } = {},
): Promise<{ pages: TestTemplate[][]; paging: TestPaging[] }> {
  const direction = opts.direction ?? "after";
  const pages: TestTemplate[][] = [];
  const pagings: TestPaging[] = [];
  let cursor = opts.start;
  for (let guard = 0; guard < 10_000; guard++) {
    const extra: Record<string, unknown> = {};
    if (opts.limit !== undefined) extra.limit = opts.limit;
    if (opts.name !== undefined) extra.name = opts.name;
    if (cursor !== undefined) extra[direction] = cursor;
    const { json } = await callGetTemplate(baseUrl, bodyFor(account, extra));
    if (json.code !== 0) throw new Error(`walk failed: ${json.code} ${json.message}`);
    pages.push(json.data?.data ?? []);
    const paging = json.data?.paging ?? {};
    pagings.push(paging);
    const more = direction === "after" ? paging.next : paging.previous;
    if (!more) break;
    cursor = direction === "after" ? paging.cursors?.after : paging.cursors?.before;
  }
  return { pages, paging: pagings };
}
