import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { isAllowedOrigin, isPrivateAddress, type MediaPolicy, mediaTargetProblem } from "./address-policy";

/**
 * Fetches one example media file for the media route, server-side: no cookies or other headers
 * of the user are sent, redirects are not followed, only allow-listed image types are passed on,
 * bodies are capped and time-limited, and every address DNS returns is checked against the
 * private ranges at connect time (no DNS-rebinding window between check and connect).
 */

/** Images only (video posters are images). SVG is not here: it can carry script. PDFs are shown as file cards, never fetched. */
export const MEDIA_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"]);
export const MEDIA_MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 8_000;

export type MediaResult =
  | { ok: true; body: Buffer; contentType: string }
  | { ok: false; status: number; reason: string };

function guardedLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad || list.length === 0) {
        return callback(Object.assign(new Error("private address"), { code: "EPRIVATE" }), "", 4);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

export async function fetchMedia(raw: string, policy: MediaPolicy): Promise<MediaResult> {
  const problem = mediaTargetProblem(raw, policy);
  if (problem) return { ok: false, status: 403, reason: problem };
  const url = new URL(raw);
  const trusted = isAllowedOrigin(raw, policy);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<MediaResult>((resolve) => {
    const req = request(
      url,
      {
        method: "GET",
        headers: { accept: [...MEDIA_TYPES].join(", "), "user-agent": "template-console-media/1" },
        timeout: TIMEOUT_MS,
        ...(trusted ? {} : { lookup: guardedLookup() }),
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const type = String(res.headers["content-type"] ?? "")
          .split(";")[0]
          ?.trim()
          .toLowerCase();
        if (status !== 200) {
          res.resume();
          return resolve({ ok: false, status: 502, reason: `upstream answered ${status}` });
        }
        if (!type || !MEDIA_TYPES.has(type)) {
          res.destroy();
          return resolve({ ok: false, status: 415, reason: "not an allowed media type" });
        }
        const declared = Number(res.headers["content-length"] ?? "");
        if (Number.isFinite(declared) && declared > MEDIA_MAX_BYTES) {
          res.destroy();
          return resolve({ ok: false, status: 413, reason: "media too large" });
        }
        const chunks: Buffer[] = [];
        let total = 0;
        res.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > MEDIA_MAX_BYTES) {
            res.destroy();
            resolve({ ok: false, status: 413, reason: "media too large" });
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ ok: true, body: Buffer.concat(chunks), contentType: type }));
        res.on("error", () => resolve({ ok: false, status: 502, reason: "media download failed" }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === "EPRIVATE"
          ? { ok: false, status: 403, reason: "private address" }
          : { ok: false, status: 502, reason: "media could not be fetched" },
      ),
    );
    req.end();
  });
}
