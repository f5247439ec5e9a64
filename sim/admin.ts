import type { IncomingMessage, ServerResponse } from "node:http";
import { formatIssues } from "./config-error";
import type { SimDataset } from "./dataset/types";
import { type FaultState, faultsSchema } from "./faults";
import type { Stats } from "./stats";
import { mutateTemplates, TEMPLATES_PATH } from "./templates-admin";

/**
 * Admin endpoints on the simulator's own port, answered ONLY to loopback clients (socket address
 * 127.0.0.0/8, ::1 or IPv4-mapped ::ffff:127.x; proxy headers are ignored) that address a
 * loopback host name (Host: localhost, 127.x or [::1], against DNS rebinding). Others get 403.
 *   GET    /__sim/health         → {ok, source, seed, accounts, templates, uptimeMs}
 *   GET    /__sim/accounts       → {accounts:[{id,label,appkey,business_phone,templateCount}]} (no secrets)
 *   GET    /__sim/faults         → current faults
 *   PUT    /__sim/faults         → replace faults (JSON; omitted fields take defaults) → new faults
 *   DELETE /__sim/faults         → reset to no faults → new faults
 *   GET    /__sim/stats          → {total, byAccount, walksByAccount, byCode, since}
 *   POST   /__sim/stats/reset    → reset counters → new (zeroed) stats
 *   PATCH/POST/DELETE /__sim/accounts/{account}/templates[/{id}] → runtime data changes (templates-admin.ts)
 */

export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  if (a === "::1" || a === "0:0:0:0:0:0:0:1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  return m?.slice(1).every((o) => Number(o) <= 255) ?? false;
}

/**
 * The Host header names a loopback host: "localhost", 127.x or [::1], with or without a port.
 * A web page on a domain the attacker re-points at 127.0.0.1 (DNS rebinding) still sends its own
 * domain as Host, so checking the socket address alone would let it reach these endpoints.
 */
export function isLoopbackHostHeader(host: string | undefined | null): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  const name = h.startsWith("[") ? h.slice(1, h.indexOf("]")) : h.replace(/:\d+$/, "");
  return name === "localhost" || isLoopbackAddress(name);
}

export interface AdminContext {
  dataset: SimDataset;
  faults: FaultState;
  stats: Stats;
  startedAt: number;
  readBody(req: IncomingMessage): Promise<Buffer | null>;
  /** Rebuilds the serving index of an account after its templates changed. */
  onTemplatesChanged(accountId: string): void;
  /**
   * Brings the data up to now before a template route reads or changes it (the timeline only
   * moves when a walk starts). A change made to the data as it stood at the timeline's origin
   * would be replayed through 90 days of history, every later step depending on the state: the
   * next walk then showed thousands of changes that never happened.
   */
  beforeTemplates?(): void;
  now(): number;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: AdminContext,
): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    json(res, 403, { error: "forbidden", message: "/__sim/* only answers loopback clients" });
    return;
  }
  if (!isLoopbackHostHeader(req.headers.host)) {
    json(res, 403, {
      error: "forbidden",
      message: "/__sim/* only answers requests for a loopback host name",
    });
    return;
  }
  const method = req.method ?? "GET";
  const templates = TEMPLATES_PATH.exec(path.replace(/\/+$/, ""));
  if (templates) {
    const [, account, id] = templates.map((p) => (p === undefined ? p : decodeURIComponent(p)));
    ctx.beforeTemplates?.();
    let body: unknown;
    if (method === "PATCH" || method === "POST") {
      const raw = await ctx.readBody(req);
      try {
        body = raw && raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        return json(res, 400, { error: "invalid_json", message: "body must be a JSON object" });
      }
    }
    const result = mutateTemplates(ctx.dataset, method, account as string, id, body, ctx.now());
    if (result.status < 300) ctx.onTemplatesChanged(account as string);
    if (result.status === 204) {
      res.writeHead(204, { "Cache-Control": "no-store" });
      res.end();
      return;
    }
    return json(res, result.status, result.body);
  }
  const route = `${method} ${path.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__sim/health":
      return json(res, 200, {
        ok: true,
        source: ctx.dataset.source,
        seed: ctx.dataset.seed,
        accounts: ctx.dataset.accounts.length,
        templates: ctx.dataset.accounts.reduce((n, a) => n + a.templates.length, 0),
        uptimeMs: Date.now() - ctx.startedAt,
      });
    case "GET /__sim/accounts":
      return json(res, 200, {
        accounts: ctx.dataset.accounts.map((a) => ({
          id: a.id,
          label: a.label,
          appkey: a.appkey,
          business_phone: a.business_phone,
          templateCount: a.templates.length,
        })),
      });
    case "GET /__sim/faults":
      return json(res, 200, ctx.faults.get());
    case "DELETE /__sim/faults":
      return json(res, 200, ctx.faults.reset());
    case "PUT /__sim/faults": {
      const raw = await ctx.readBody(req);
      let input: unknown;
      try {
        input = raw && raw.length > 0 ? JSON.parse(raw.toString("utf8")) : {};
      } catch {
        return json(res, 400, { error: "invalid_json", message: "body must be a JSON object" });
      }
      const parsed = faultsSchema.safeParse(input);
      if (!parsed.success) {
        return json(res, 400, {
          error: "invalid_faults",
          message: formatIssues(parsed.error.issues),
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        });
      }
      return json(res, 200, ctx.faults.replace(parsed.data));
    }
    case "GET /__sim/stats":
      return json(res, 200, ctx.stats.snapshot());
    case "POST /__sim/stats/reset":
      ctx.stats.reset();
      return json(res, 200, ctx.stats.snapshot());
    default: {
      const known = [
        "/__sim/health",
        "/__sim/accounts",
        "/__sim/faults",
        "/__sim/stats",
        "/__sim/stats/reset",
      ];
      const exists = known.includes(path.replace(/\/+$/, ""));
      return json(res, exists ? 405 : 404, { error: exists ? "method_not_allowed" : "not_found" });
    }
  }
}
