import type { Severity } from "@/lib/alerts/rule-schema";

/**
 * What every channel file shares: the request/answer shapes, text neutralizing for chat markdown,
 * size helpers and the HTTP-level reading of an answer. Pure; no `server-only` so the chat sink's
 * tests and the previews' type imports can reach it (it holds no secret).
 */

/** One HTTP request ready to send: exactly these bytes are signed and sent. */
export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What came back (body already capped by send.ts). */
export interface ChannelResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type DeliveryOutcome =
  | { ok: true; httpStatus: number | null; detail: string | null }
  | {
      ok: false;
      /** Transient (busy, rate-limited, 5xx, network): try again later with backoff. */
      retryable: boolean;
      httpStatus: number | null;
      /** Vendor error code (errcode/code, Slack's error word), when there is one. */
      code: string | null;
      /** Short, human-readable, safe to show to admins (no secrets; capped). */
      error: string;
      /** From Retry-After or the vendor's documented block time. */
      retryAfterMs?: number;
    };

export const SEVERITY_COLOR: Record<Severity, { wecom: string; feishu: string; hex: string }> = {
  critical: { wecom: "warning", feishu: "red", hex: "#d93025" },
  warning: { wecom: "warning", feishu: "orange", hex: "#e37400" },
  info: { wecom: "info", feishu: "blue", hex: "#1a73e8" },
};

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Cuts to at most `max` characters (code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Makes untrusted text inert inside chat markdown (WeCom, DingTalk, Feishu lark_md, Slack mrkdwn),
 * none of which documents a backslash escape: markup characters become look-alike full-width
 * characters, line breaks become spaces (so a value cannot start a heading or a quote), and
 * "://" is broken with a zero-width space so a name is never auto-linked. Underscores inside a word
 * stay (template names are snake_case); only those that could open or close emphasis change.
 */
export function neutralizeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, " ")
    .replace(/\\/g, "＼")
    .replace(/\*/g, "＊")
    .replace(/`/g, "ˋ")
    .replace(/~/g, "～")
    .replace(/\[/g, "［")
    .replace(/\]/g, "］")
    .replace(/</g, "＜")
    .replace(/>/g, "＞")
    .replace(/\|/g, "｜")
    .replace(/#/g, "＃")
    .replace(/&(?=#?\w+;)/g, "＆")
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace("_", "＿"))
    .replace(/:\/\//g, ":/\u200b/");
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * A link target safe inside `[text](url)` and `<url|text>`: only http(s), and the characters
 * that could end the link early percent-encoded. Our links are built by us from CONSOLE_PUBLIC_URL,
 * but their query carries upstream ids.
 */
export function safeLinkUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return "#";
  return url.replace(
    /[()<>[\]|`"'\s*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function header(res: ChannelResponse, name: string): string | undefined {
  const key = Object.keys(res.headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : res.headers[key];
}

export function excerpt(body: string, max = 300): string {
  return truncate(body.replace(/\s+/g, " ").trim(), max);
}

/**
 * The HTTP-level reading every channel starts with; null when the status is 2xx (the vendor file
 * then reads the body). 3xx is a failure (redirects are never followed: a moved webhook must be
 * updated by an admin); 408/425/429/5xx are transient; any other 4xx is permanent.
 */
export function httpOutcome(res: ChannelResponse): DeliveryOutcome | null {
  if (res.status >= 200 && res.status < 300) return null;
  const retryAfterMs = parseRetryAfter(header(res, "retry-after"));
  if (res.status >= 300 && res.status < 400)
    return {
      ok: false,
      retryable: false,
      httpStatus: res.status,
      code: null,
      error: `redirect to ${header(res, "location") ? "another address" : "nowhere"} not followed: update the webhook URL`,
    };
  const retryable = res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500;
  return {
    ok: false,
    retryable,
    httpStatus: res.status,
    code: null,
    error: `HTTP ${res.status}${res.body ? `: ${excerpt(res.body)}` : ""}`,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

export function parseJsonObject(body: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `?` or `&` to append query parameters to a URL string without re-encoding what is there. */
export function appendQuery(url: string, query: string): string {
  const hashAt = url.indexOf("#");
  const [head, hash] = hashAt === -1 ? [url, ""] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${head}${head.includes("?") ? (head.endsWith("?") || head.endsWith("&") ? "" : "&") : "?"}${query}${hash}`;
}

/** The chat robots' request: the payload as UTF-8 JSON (signing, where any, is in URL or body). */
export function jsonRequest(url: string, payload: unknown): OutgoingRequest {
  return {
    url,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(payload),
  };
}

/** A 2xx answer the vendor's format does not explain: retry (it may be a proxy's page). */
export function unexpectedAnswer(res: ChannelResponse): DeliveryOutcome {
  return {
    ok: false,
    retryable: true,
    httpStatus: res.status,
    code: null,
    error: `unexpected answer: ${excerpt(res.body) || "(empty)"}`,
  };
}

export type ErrcodeFailure = Pick<Extract<DeliveryOutcome, { ok: false }>, "retryable" | "retryAfterMs"> & {
  /** Appended to "errcode N: message" (which check failed, what to change). */
  hint?: string;
};

/**
 * WeCom and DingTalk answer HTTP 200 with `{errcode, errmsg}`: errcode 0 is sent, anything else a
 * failure that the vendor file classifies (`failure`) from the code and the message.
 */
export function interpretErrcodeAnswer(
  res: ChannelResponse,
  failure: (code: number, errmsg: string) => ErrcodeFailure,
): DeliveryOutcome {
  const http = httpOutcome(res);
  if (http) return http;
  const json = parseJsonObject(res.body);
  if (!json || typeof json.errcode !== "number") return unexpectedAnswer(res);
  if (json.errcode === 0) return { ok: true, httpStatus: res.status, detail: "errcode 0" };
  const errmsg = excerpt(String(json.errmsg ?? ""), 200);
  const { hint = "", retryable, retryAfterMs } = failure(json.errcode, errmsg);
  return {
    ok: false,
    retryable,
    httpStatus: res.status,
    code: String(json.errcode),
    error: `errcode ${json.errcode}: ${errmsg}${hint}`,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}
