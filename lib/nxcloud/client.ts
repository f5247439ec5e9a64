import "server-only";
import { createHash } from "node:crypto";
import type * as z from "zod";
import { abortReason, abortable as raceAbort } from "@/lib/utils/abortable";
import {
  badBodyError,
  badJsonError,
  errorFromUpstreamCode,
  httpError,
  NxCloudError,
  timeoutError,
  tooLargeError,
  unreachableError,
} from "./errors";
import type { RetryBudget } from "./retry-budget";
import {
  envelopeSchema,
  pageShapeSchema,
  readPageTemplates,
  type TemplatePage,
  type UnreadTemplatePage,
} from "./schemas";
import { type SignAlgorithm, sign } from "./sign";

/** Fixed by the getTemplate doc (reference §2.1). */
const GET_TEMPLATE_PATH = "/api/wa/getTemplate";
const ACTION = "getTemplate";
const BIZ_TYPE_WHATSAPP = "2";
/** Default cap of one response body (NXCLOUD_MAX_RESPONSE_BYTES). A page of 1000 templates is ~2 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;
/** Upper bound of one backoff wait, so a large retry count cannot stall a walk for minutes. */
const BACKOFF_CAP_MS = 5_000;

export interface NxCloudClientOptions {
  baseUrl: string;
  accessKey: string;
  accessSecret: string;
  algorithm?: SignAlgorithm;
  /** Per attempt, covering the request and reading the body. */
  timeoutMs?: number;
  /** Extra attempts after the first one, for retryable errors only. */
  retries?: number;
  /** Bodies larger than this fail with `upstream_too_large` (not retried). Default 20 MB. */
  maxResponseBytes?: number;
  backoffBaseMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** [0, 1); drives the backoff jitter. */
  random?: () => number;
}

export interface GetTemplatesParams {
  appkey: string;
  businessPhone: string;
  after?: string;
  before?: string;
  limit?: number;
  name?: string;
  signal?: AbortSignal;
  /** Shared by the requests of one catalog walk; without it each request may use `retries`. */
  retryBudget?: RetryBudget;
}

export interface NxCloudClient {
  /** One page, its templates read. */
  getTemplates(params: GetTemplatesParams): Promise<TemplatePage>;
  /**
   * One page with its envelope, shape and cursor checked, its templates read on demand: a walk
   * sends the next request before reading them (reading 100 templates costs a few ms of CPU).
   */
  getTemplatePage(params: GetTemplatesParams): Promise<UnreadTemplatePage>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Field order mirrors the doc; empty optional values are left out rather than sent as "". */
function serializeBody(params: GetTemplatesParams): string {
  const payload: Record<string, string | number> = {
    appkey: params.appkey,
    business_phone: params.businessPhone,
    messaging_product: "whatsapp",
  };
  if (params.after) payload.after = params.after;
  if (params.before) payload.before = params.before;
  if (params.limit !== undefined) payload.limit = params.limit;
  if (params.name) payload.name = params.name;
  return JSON.stringify(payload);
}

/** Paths and zod's messages only: the messages name expected types, never the offending values. */
function summarizeIssues(error: z.ZodError, prefix: readonly PropertyKey[]): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join(".");
    return `${path || "(root)"}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; ");
}

class ResponseTooLarge extends Error {}

/** The body as text, counting bytes on the stream: stops (and cancels) as soon as `max` is passed. */
async function readCapped(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

interface RawResponse {
  status: number;
  text: string;
}

export function createNxCloudClient(options: NxCloudClientOptions): NxCloudClient {
  // Credentials stay in this closure: the returned object exposes no field that holds them.
  const { accessKey, accessSecret } = options;
  const algorithm: SignAlgorithm = options.algorithm ?? "md5";
  const url = `${options.baseUrl.replace(/\/+$/, "")}${GET_TEMPLATE_PATH}`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = Math.max(0, Math.floor(options.retries ?? 3)) + 1;
  const backoffBaseMs = options.backoffBaseMs ?? 200;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;

  /** Upstream text is echoed into errors; make sure our own credentials can never ride along. */
  function scrub(text: string): string {
    let out = text;
    for (const secret of [accessSecret, accessKey]) {
      if (secret) out = out.split(secret).join("[redacted]");
    }
    return out;
  }

  function signedHeaders(body: string): Record<string, string> {
    // A fresh ts per attempt: a retry after backoff must not drift toward the ±60 s window edge.
    const ts = String(Math.floor(now()));
    const common = { accessKey, action: ACTION, bizType: BIZ_TYPE_WHATSAPP, ts };
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      ...common,
      sign: sign({ headers: common, body, accessSecret, algorithm }),
    };
    // md5 is NxCloud's default; the header is only documented (and only needed) for sha256.
    if (algorithm === "sha256") headers.algorithm = "sha256";
    return headers;
  }

  async function exchange(body: string, signal: AbortSignal): Promise<RawResponse> {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: signedHeaders(body),
      body,
      signal,
      cache: "no-store",
    });
    if (!response.ok) {
      // Release the connection; the error body of a failing gateway is not worth reading.
      await response.body?.cancel().catch(() => undefined);
      throw httpError(response.status);
    }
    try {
      return { status: response.status, text: await readCapped(response, maxResponseBytes) };
    } catch (error) {
      if (error instanceof ResponseTooLarge) throw tooLargeError(maxResponseBytes);
      throw error;
    }
  }

  async function attemptOnce(
    body: string,
    callerSignal: AbortSignal | undefined,
  ): Promise<UnreadTemplatePage> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    let raw: RawResponse;
    try {
      raw = await raceAbort(exchange(body, signal), signal);
    } catch (error) {
      // The caller's abort wins over everything: it is a decision, not a failure to retry.
      if (callerSignal?.aborted) throw abortReason(callerSignal);
      if (timeout.signal.aborted) throw timeoutError(timeoutMs);
      if (error instanceof NxCloudError) throw error;
      throw unreachableError(error);
    } finally {
      clearTimeout(timer);
    }
    return parseResponse(raw);
  }

  function parseResponse({ status, text }: RawResponse): UnreadTemplatePage {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw badJsonError(status);
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) throw badBodyError(scrub(summarizeIssues(envelope.error, [])));
    const { code, message, data } = envelope.data;
    if (code !== 0) throw errorFromUpstreamCode(code, message, data, scrub);
    // A broken page shape fails here, before the walk asks for the next page.
    const page = pageShapeSchema.safeParse(data);
    if (!page.success) throw badBodyError(scrub(summarizeIssues(page.error, ["data"])));
    const { data: items, ...rest } = page.data;
    const fingerprint = createHash("sha1").update(text).digest("base64");
    return { ...rest, fingerprint, read: () => readPageTemplates(items) };
  }

  async function getTemplatePage(params: GetTemplatesParams): Promise<UnreadTemplatePage> {
    const { signal } = params;
    // Serialized once: every attempt sends (and signs) this exact string.
    const body = serializeBody(params);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortReason(signal);
      try {
        return await attemptOnce(body, signal);
      } catch (error) {
        if (!(error instanceof NxCloudError) || !error.retryable || attempt >= maxAttempts) throw error;
        if (
          params.retryBudget &&
          !params.retryBudget.take(error.code === "upstream_timeout" ? "timeout" : "other")
        )
          throw error;
        // Full jitter: spreads retries of many concurrent walks instead of synchronizing them.
        const ceiling = Math.min(BACKOFF_CAP_MS, backoffBaseMs * 2 ** (attempt - 1));
        const delay = Math.floor(random() * ceiling);
        await (signal ? raceAbort(sleep(delay), signal) : sleep(delay));
      }
    }
  }

  return {
    getTemplatePage,
    async getTemplates(params) {
      const { read, fingerprint: _, ...rest } = await getTemplatePage(params);
      return { ...rest, ...read() };
    },
  };
}
