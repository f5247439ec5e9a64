import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isBlockedAddress } from "./address-policy";
import type { ChannelResponse, DeliveryOutcome, OutgoingRequest } from "./channels/common";

/**
 * The one way alerts leave the server. Rules of the road:
 * - 10 s for the whole exchange (connect, send, answer), then the request is aborted.
 * - Redirects are never followed (node:http does not follow them; a 3xx is a failed delivery).
 * - At most `maxResponseBytes` of the answer are read; the rest is dropped.
 * - In production only https.
 * - No private, loopback, link-local… targets (address-policy.ts), checked in the socket's own
 *   `lookup` hook: the address that was checked is the address connected to, so a name that
 *   resolves to a public address for a validator and to 127.0.0.1 a second later (DNS rebinding)
 *   gains nothing. IP-literal hosts skip DNS, so they are checked before connecting.
 *   ALERTS_ALLOW_PRIVATE_TARGETS=1 lifts this (the demo's chat sink and tests are on 127.0.0.1).
 */

export interface SendOptions {
  /** Whether private/loopback targets are allowed (ALERTS_ALLOW_PRIVATE_TARGETS). */
  allowPrivateTargets: boolean;
  /** Refuse http:// (production). */
  requireHttps: boolean;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Name resolution (tests inject one to simulate DNS answers); default: the system resolver. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

export const SEND_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 64 * 1024;

export type SendErrorCode =
  | "invalid_url"
  | "insecure_url"
  | "private_target"
  | "dns_failed"
  | "timeout"
  | "network";

export class SendError extends Error {
  constructor(
    readonly code: SendErrorCode,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "SendError";
  }
}

export function sendOptionsFromEnv(env: {
  NODE_ENV: string;
  DEMO_MODE?: boolean;
  ALERTS_ALLOW_PRIVATE_TARGETS: boolean;
}): SendOptions {
  return {
    allowPrivateTargets: env.ALERTS_ALLOW_PRIVATE_TARGETS,
    // The demo (a production build) talks to the simulator's plain-http chat sink on loopback.
    requireHttps: env.NODE_ENV === "production" && !env.DEMO_MODE,
  };
}

function systemResolve(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );
}

/** Checks a target URL without sending (for saving a rule: a clear 400 early). Throws SendError. */
export async function checkTarget(rawUrl: string, options: SendOptions): Promise<void> {
  const url = parseTarget(rawUrl, options);
  if (options.allowPrivateTargets) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return checkAddresses(host, [host]);
  checkAddresses(host, await resolveOrFail(host, options));
}

function parseTarget(rawUrl: string, options: SendOptions): URL {
  if (!URL.canParse(rawUrl)) throw new SendError("invalid_url", "not a valid URL", false);
  const url = new URL(rawUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new SendError("invalid_url", "only http(s) URLs are supported", false);
  if (options.requireHttps && url.protocol !== "https:")
    throw new SendError("insecure_url", "only https URLs are allowed in production", false);
  if (url.username || url.password)
    throw new SendError("invalid_url", "URLs with user:password are not allowed", false);
  return url;
}

async function resolveOrFail(host: string, options: SendOptions): Promise<string[]> {
  try {
    const addresses = await (options.resolve ?? systemResolve)(host);
    if (addresses.length === 0) throw new Error("no address");
    return addresses.map((a) => a.address);
  } catch (error) {
    if (error instanceof SendError) throw error;
    // Transient by nature (resolver down) or a typo; retrying costs little and covers the first.
    throw new SendError("dns_failed", `could not resolve ${host}`, true);
  }
}

function checkAddresses(host: string, addresses: string[]): void {
  // Refuse when any answer is private: a mixed answer is a rebinding attempt or a misconfiguration.
  const blocked = addresses.find(isBlockedAddress);
  if (blocked !== undefined)
    throw new SendError(
      "private_target",
      `${host} resolves to a private, loopback or link-local address (${blocked}); refused (ALERTS_ALLOW_PRIVATE_TARGETS=1 lifts this for local demos)`,
      false,
    );
}

/** POSTs one request; resolves with the answer (any status), rejects with SendError. */
export function sendRequest(request: OutgoingRequest, options: SendOptions): Promise<ChannelResponse> {
  return new Promise<ChannelResponse>((resolve, reject) => {
    let url: URL;
    try {
      url = parseTarget(request.url, options);
    } catch (error) {
      reject(error);
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!options.allowPrivateTargets && isIP(host)) {
      try {
        checkAddresses(host, [host]);
      } catch (error) {
        reject(error);
        return;
      }
    }
    const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
      resolveOrFail(hostname, options)
        .then((addresses) => {
          if (!options.allowPrivateTargets) checkAddresses(hostname, addresses);
          const family = (a: string) => (isIP(a) === 6 ? 6 : 4);
          const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
          const usable = addresses.filter((a) => wanted === 0 || family(a) === wanted);
          if (usable.length === 0)
            throw new SendError("dns_failed", `no usable address for ${hostname}`, true);
          if (lookupOptions.all)
            (callback as (e: null, a: LookupAddress[]) => void)(
              null,
              usable.map((address) => ({ address, family: family(address) })),
            );
          else callback(null, usable[0] as string, family(usable[0] as string));
        })
        .catch((error: unknown) => callback(error as NodeJS.ErrnoException, "", 4));
    };
    const body = Buffer.from(request.body, "utf8");
    const client = url.protocol === "https:" ? https : http;
    const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = client.request(url, {
      method: "POST",
      headers: {
        "user-agent": "TemplateConsole-Alerts/1",
        ...request.headers,
        "content-length": String(body.length),
      },
      lookup,
      agent: false,
    });
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new SendError(
            "timeout",
            `no answer within ${(options.timeoutMs ?? SEND_TIMEOUT_MS) / 1000} s`,
            true,
          ),
        ),
      );
      req.destroy();
    }, options.timeoutMs ?? SEND_TIMEOUT_MS);
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error instanceof SendError) finish(() => reject(error));
      else
        finish(() =>
          reject(
            new SendError(
              "network",
              `${error.code ?? "network error"}: ${error.message}`.slice(0, 300),
              true,
            ),
          ),
        );
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;
        finish(() =>
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      };
      res.on("data", (chunk: Buffer) => {
        if (size >= maxBytes) return;
        const room = maxBytes - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (size >= maxBytes) {
          // Enough to judge the answer; do not let a receiver make us buffer without end.
          done();
          res.destroy();
        }
      });
      res.on("end", done);
      res.on("error", () => done());
    });
    req.end(body);
  });
}

/** Sends and interprets: never throws, every failure becomes an outcome. */
export async function deliverHttp(
  request: OutgoingRequest,
  interpret: (response: ChannelResponse) => DeliveryOutcome,
  options: SendOptions,
): Promise<DeliveryOutcome> {
  try {
    return interpret(await sendRequest(request, options));
  } catch (error) {
    if (error instanceof SendError)
      return {
        ok: false,
        retryable: error.retryable,
        httpStatus: null,
        code: error.code,
        error: error.message,
      };
    return {
      ok: false,
      retryable: true,
      httpStatus: null,
      code: "network",
      error: String(error).slice(0, 300),
    };
  }
}
