import enErrors from "@/messages/en/errors.json";
import { metaErrorSchema } from "./schemas";

/**
 * Typed NxCloud failures ("errors are data", DESIGN.md decision 4). No `server-only` import: tests
 * and pure code import it, and nothing here touches credentials. The English explanation comes
 * from messages/en/errors.json so the API fallback text and the UI never drift apart.
 */

export const NXCLOUD_ERROR_CODES = [
  "nxcloud_failed",
  "nxcloud_missing_headers",
  "nxcloud_bad_parameter",
  "nxcloud_bad_signature",
  "nxcloud_clock_skew",
  "nxcloud_forbidden",
  "nxcloud_missing_fields",
  "nxcloud_system_error",
  "nxcloud_bad_phone",
  "nxcloud_phone_not_bound",
  "nxcloud_meta_error",
  "nxcloud_unknown_code",
  "upstream_http_error",
  "upstream_unreachable",
  "upstream_timeout",
  "upstream_bad_json",
  "upstream_bad_body",
  "upstream_too_large",
] as const;
export type NxCloudErrorCode = (typeof NXCLOUD_ERROR_CODES)[number];

/** Documented NxCloud envelope codes (reference §1.5, §2.2); anything else is nxcloud_unknown_code. */
export const UPSTREAM_CODE_MAP: Readonly<Record<number, NxCloudErrorCode>> = {
  [-1]: "nxcloud_failed",
  1001: "nxcloud_missing_headers",
  1002: "nxcloud_bad_parameter",
  1003: "nxcloud_bad_signature",
  1004: "nxcloud_clock_skew",
  1005: "nxcloud_forbidden",
  9000: "nxcloud_missing_fields",
  9001: "nxcloud_system_error",
  9002: "nxcloud_bad_phone",
  9006: "nxcloud_phone_not_bound",
  9099: "nxcloud_meta_error",
};

/**
 * Only transient failures are worth another attempt: NxCloud's generic -1 and 9001 ("contact
 * support", but often momentary), plus network trouble. Auth and parameter codes fail the same way
 * every time, and retrying 1003/1005 would only hammer NxCloud with bad credentials.
 */
const RETRYABLE_CODES: ReadonlySet<NxCloudErrorCode> = new Set([
  "nxcloud_failed",
  "nxcloud_system_error",
  "upstream_unreachable",
  "upstream_timeout",
]);

/** What the console's own route answers: a bad gateway, unless the gateway is down or slow. */
function httpStatusFor(code: NxCloudErrorCode): number {
  if (code === "upstream_timeout") return 504;
  if (code === "upstream_unreachable") return 503;
  return 502;
}

/** Meta's nested error carried by code 9099 (`data.error`). */
export interface MetaErrorDetail {
  code?: number;
  message?: string;
  type?: string;
  error_subcode?: number;
  fbtrace_id?: string;
}

/** Shape answered by the console's API routes (compatible with `apiErrorSchema`). */
export interface NxCloudApiError {
  code: NxCloudErrorCode;
  message: string;
  messageKey: string;
  retryable: boolean;
}

export interface NxCloudErrorInit {
  code: NxCloudErrorCode;
  /** Technical context appended to the explanation, e.g. "HTTP 500"; must never hold secrets. */
  context?: string;
  retryable?: boolean;
  upstreamCode?: number;
  upstreamMessage?: string;
  upstreamHttpStatus?: number;
  detail?: MetaErrorDetail;
  cause?: unknown;
}

export class NxCloudError extends Error {
  readonly code: NxCloudErrorCode;
  readonly retryable: boolean;
  readonly httpStatus: number;
  readonly messageKey: string;
  readonly upstreamCode?: number;
  readonly upstreamMessage?: string;
  readonly upstreamHttpStatus?: number;
  readonly detail?: MetaErrorDetail;

  constructor(init: NxCloudErrorInit) {
    const base = enErrors[init.code];
    super(init.context ? `${base} (${init.context})` : base, { cause: init.cause });
    this.name = "NxCloudError";
    this.code = init.code;
    this.retryable = init.retryable ?? RETRYABLE_CODES.has(init.code);
    this.httpStatus = httpStatusFor(init.code);
    this.messageKey = `errors.${init.code}`;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage = init.upstreamMessage;
    this.upstreamHttpStatus = init.upstreamHttpStatus;
    this.detail = init.detail;
  }

  toApiError(): NxCloudApiError {
    return { code: this.code, message: this.message, messageKey: this.messageKey, retryable: this.retryable };
  }
}

/** Keeps only the documented Meta fields, so arbitrary upstream payloads never leak onward. */
function metaDetail(data: unknown): MetaErrorDetail | undefined {
  const parsed = metaErrorSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { code, message, type, error_subcode, fbtrace_id } = parsed.data.error;
  const detail: MetaErrorDetail = { code, message, type, error_subcode, fbtrace_id };
  for (const key of Object.keys(detail) as (keyof MetaErrorDetail)[]) {
    if (detail[key] === undefined) delete detail[key];
  }
  return detail;
}

function metaContext(detail: MetaErrorDetail | undefined): string | undefined {
  if (!detail) return undefined;
  const head = detail.code !== undefined ? `Meta error ${detail.code}` : "Meta error";
  const text = detail.message ? `${head}: ${detail.message}` : head;
  return detail.fbtrace_id ? `${text}; fbtrace_id ${detail.fbtrace_id}` : text;
}

/** Upstream text lands in logs and API answers; a runaway HTML page or stack trace must not. */
function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A non-zero envelope code → typed error. `scrub` removes anything secret from upstream text. */
export function errorFromUpstreamCode(
  upstreamCode: number,
  upstreamMessage: string | null | undefined,
  data: unknown,
  scrub: (text: string) => string = (text) => text,
): NxCloudError {
  const code = UPSTREAM_CODE_MAP[upstreamCode] ?? "nxcloud_unknown_code";
  const message = upstreamMessage ? clip(scrub(upstreamMessage)) : undefined;
  let detail: MetaErrorDetail | undefined;
  if (code === "nxcloud_meta_error") {
    detail = metaDetail(data);
    if (detail?.message) detail.message = clip(scrub(detail.message));
  }
  const context =
    code === "nxcloud_meta_error"
      ? metaContext(detail)
      : code === "nxcloud_unknown_code"
        ? `NxCloud code ${upstreamCode}${message ? `: ${message}` : ""}`
        : undefined;
  return new NxCloudError({ code, context, upstreamCode, upstreamMessage: message, detail });
}

export function httpError(status: number): NxCloudError {
  return new NxCloudError({
    code: "upstream_http_error",
    context: `HTTP ${status}`,
    retryable: status >= 500,
    upstreamHttpStatus: status,
  });
}

/** Only the errno-style code goes into the message: free-form error text is not ours to vouch for. */
export function unreachableError(cause: unknown): NxCloudError {
  const reason = cause instanceof Error ? (errorCode(cause.cause) ?? errorCode(cause)) : undefined;
  return new NxCloudError({ code: "upstream_unreachable", context: reason, cause });
}

/** undici wraps the socket error (ECONNREFUSED, ENOTFOUND, …) in `cause`; that code is the useful bit. */
function errorCode(cause: unknown): string | undefined {
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") {
    return cause.code;
  }
  return undefined;
}

export function timeoutError(timeoutMs: number): NxCloudError {
  return new NxCloudError({ code: "upstream_timeout", context: `no answer within ${timeoutMs} ms` });
}

export function badJsonError(upstreamHttpStatus?: number): NxCloudError {
  return new NxCloudError({ code: "upstream_bad_json", upstreamHttpStatus });
}

/**
 * The upstream answered more than NXCLOUD_MAX_RESPONSE_BYTES: almost always a wrong base URL (a
 * download, a web page). Never retried: the next attempt would be just as large.
 */
export function tooLargeError(limitBytes: number): NxCloudError {
  return new NxCloudError({
    code: "upstream_too_large",
    context: `more than ${limitBytes} bytes`,
    retryable: false,
  });
}

/** `summary` names the offending paths (e.g. "data.data.0.name: …"), never the values. */
export function badBodyError(summary: string): NxCloudError {
  return new NxCloudError({ code: "upstream_bad_body", context: summary });
}
