import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAdmin } from "./admin";
import { SimConfigError } from "./config-error";
import { generateDataset } from "./dataset/generate";
import { loadDataFile, materializeDataFile } from "./dataset/load-file";
import { createRng } from "./dataset/rng";
import type { SimDataset } from "./dataset/types";
import { DEMO_ACCESS_KEY, DEMO_ACCESS_SECRET } from "./env";
import { errorEnvelope, META_INVALID_PARAMETER, META_RATE_LIMIT } from "./envelope";
import { FaultState, type FaultsInput } from "./faults";
import { type AccountIndex, indexAccount, parseBody } from "./get-template";
import { serveMedia } from "./media";
import { buildPaging, type CursorScope, pageWindow } from "./paging";
import { Stats } from "./stats";
import { createTimeline, type Timeline } from "./timeline";
import { parseAlgorithm, verifySign } from "./verify-signature";

/**
 * The NxCloud simulator: one node:http server answering
 *   POST /api/wa/getTemplate   the NxCloud API (signature-checked, paged like Graph, faults on demand)
 *   GET  /media/<file>         sample media referenced by the templates
 *   /__sim/*                   admin endpoints (loopback clients only, see admin.ts)
 *
 * getTemplate check order (first failure wins), all answered HTTP 200 with {code, message, data}:
 *   1001 a common header is missing (accessKey, ts, bizType, action, sign)
 *   1002 bizType ≠ "2" or action ≠ "getTemplate"
 *   1005 unknown accessKey
 *   1004 ts is not a 13-digit millisecond timestamp or is outside ±60 s of server time
 *   1003 bad signature, unknown `algorithm`, or Content-Type not application/json
 *   9000 body not a JSON object, appkey/business_phone/messaging_product missing, messaging_product ≠
 *        "whatsapp", bad limit (non-integer or < 1), after+before together, wrong field types
 *   9002 business_phone not 6–20 digits, or not a known number
 *   9006 known number, but not bound to that appkey
 *   9099 unknown/garbage/stale cursor: Meta's "(#100) Invalid parameter" in data.error
 * then the faults of faults.ts, then the page. Limit: default 20, capped at maxLimit (default 100).
 */

export interface StartSimulatorOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 42. Ignored when dataFile is set. */
  seed?: number;
  /** JSON dataset replacing the generated one (see dataset/load-file.ts). */
  dataFile?: string;
  /** Initial faults (same shape as PUT /__sim/faults). */
  faults?: FaultsInput;
  /** Default demo credentials: demo-access-key / demo-access-secret-change-me. */
  accessKey?: string;
  accessSecret?: string;
  /** Base URL for media examples; default http://<host or 127.0.0.1>:<port>. */
  publicUrl?: string;
  /** One line per getTemplate request: true → console.log, or a custom sink. Default off. */
  log?: boolean | ((line: string) => void);
  /** Server clock in ms (tests). Default Date.now. */
  now?: () => number;
  /** Templates change over time (timeline.ts), seeded with `seed`. Off by default. */
  timeline?: { origin: number; liveFrom?: number; clock?: () => number };
}

export interface RunningSimulator {
  /** http://host:port of this server. */
  url: string;
  port: number;
  host: string;
  /** Base URL used in media examples. */
  publicUrl: string;
  dataset: SimDataset;
  faults: FaultState;
  stats: Stats;
  credentials: { accessKey: string; accessSecret: string };
  /** NXCLOUD_SIM_DATA templates the console will not fully read (printed at start-up). */
  warnings: string[];
  /** Present with `options.timeline`. */
  timeline?: Timeline;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_048_576;
const DEFAULT_LIMIT = 20;
const TS_WINDOW_MS = 60_000;

export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? "127.0.0.1";
  const seed = options.seed ?? 42;
  const accessKey = options.accessKey ?? DEMO_ACCESS_KEY;
  const accessSecret = options.accessSecret ?? DEMO_ACCESS_SECRET;
  const now = options.now ?? Date.now;
  const log =
    typeof options.log === "function" ? options.log : options.log ? (l: string) => console.log(l) : undefined;
  // Validate the data file before binding the port: a bad file must stop start-up.
  const file = options.dataFile ? loadDataFile(options.dataFile) : undefined;
  const faults = new FaultState(options.faults);
  const dice = createRng((seed ^ 0x5eed_fa17) >>> 0);
  let timeline: Timeline | undefined;
  let state: { dataset: SimDataset; byPhone: Map<string, AccountIndex>; stats: Stats } | undefined;
  const startedAt = Date.now();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log?.(`simulator error: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent && !res.destroyed)
        sendJson(res, 500, errorEnvelope(-1, "simulator internal error"));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://sim.invalid").pathname;
    if (!state) {
      sendJson(res, 503, errorEnvelope(-1, "simulator starting"));
      return;
    }
    if (path === "/__sim" || path.startsWith("/__sim/")) {
      await handleAdmin(req, res, path, {
        dataset: state.dataset,
        faults,
        stats: state.stats,
        startedAt,
        readBody: (r) => readBody(r, MAX_BODY_BYTES),
        now,
        onTemplatesChanged: (accountId) => reindex(accountId),
        beforeTemplates: advanceTimeline,
      });
      return;
    }
    if (path.startsWith("/media/")) {
      serveMedia(req, res, decodeURIComponent(path.slice("/media/".length)));
      return;
    }
    if (path === "/api/wa/getTemplate") {
      if (req.method !== "POST") {
        res.setHeader("Allow", "POST");
        sendJson(res, 405, errorEnvelope(-1, "use POST"));
        return;
      }
      await getTemplate(req, res, state.byPhone, state.stats);
      return;
    }
    sendJson(res, 404, errorEnvelope(-1, `no route for ${req.method} ${path}`));
  }

  function advanceTimeline() {
    if (!timeline || !options.timeline) return;
    for (const id of timeline.advanceTo((options.timeline.clock ?? Date.now)())) reindex(id);
  }

  function reindex(accountId: string) {
    const account = state?.dataset.accounts.find((a) => a.id === accountId);
    if (state && account) state.byPhone.set(account.business_phone, indexAccount(account));
  }

  async function getTemplate(
    req: IncomingMessage,
    res: ServerResponse,
    byPhone: Map<string, AccountIndex>,
    stats: Stats,
  ): Promise<void> {
    const started = now();
    stats.request();
    const f = faults.get();
    const raw = await readBody(req, MAX_BODY_BYTES);
    let accountId = "-";
    const answer = (code: number, text: string, note = "") => {
      stats.code(code);
      log?.(
        `POST /api/wa/getTemplate ${accountId} → ${code}${note ? ` ${note}` : ""} (${now() - started} ms)`,
      );
      sendJson(res, 200, text);
    };
    const fail = (code: number, detail?: string) => answer(code, errorEnvelope(code, detail), detail ?? "");

    const delay = f.latencyMs + (f.jitterMs > 0 ? Math.floor(dice.next() * (f.jitterMs + 1)) : 0);
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return;
    if (f.hang) {
      stats.code("hang");
      log?.("POST /api/wa/getTemplate → (hang: never answering)");
      return;
    }
    if (raw === null) return fail(9000, `request body larger than ${MAX_BODY_BYTES} bytes`);

    // ── Authentication (reference §1): 1001 → 1002 → 1005 → 1004 → 1003 ────────────────────────
    const header = (name: string): string | undefined => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    const h = {
      accessKey: header("accessKey"),
      ts: header("ts"),
      bizType: header("bizType"),
      action: header("action"),
      sign: header("sign"),
    };
    const missing = Object.entries(h).filter(([, v]) => v === undefined || v === "");
    if (missing.length > 0) return fail(1001, `missing header ${missing.map(([k]) => k).join(", ")}`);
    const { accessKey: ak, ts, bizType, action, sign } = h as Record<keyof typeof h, string>;
    if (bizType !== "2") return fail(1002, 'bizType must be "2"');
    if (action !== "getTemplate") return fail(1002, 'action must be "getTemplate"');
    if (ak !== accessKey) return fail(1005, "unknown accessKey");
    if (!/^\d{13}$/.test(ts)) return fail(1004, "ts must be a 13-digit millisecond timestamp");
    if (Math.abs(now() - Number(ts)) > TS_WINDOW_MS)
      return fail(1004, "ts is more than 60 s away from server time");
    const contentType = (header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (contentType !== "application/json") return fail(1003, "Content-Type must be application/json");
    const algorithm = parseAlgorithm(header("algorithm"));
    if (algorithm === null) return fail(1003, "algorithm must be md5 or sha256");
    if (!verifySign({ accessKey: ak, action, bizType, ts, body: raw, accessSecret }, algorithm, sign)) {
      return fail(1003);
    }

    // ── Body and account ────────────────────────────────────────────────────────────────────────
    const body = parseBody(raw);
    if ("error" in body) return fail(9000, body.error);
    // The timeline moves only when a walk starts (a first page): a listing that changed under a
    // running walk would invalidate its cursors, which Meta does too, but rarely.
    if (body.after === undefined && body.before === undefined) advanceTimeline();
    if (!/^\d{6,20}$/.test(body.business_phone)) return fail(9002, "business_phone must be 6–20 digits");
    const idx = byPhone.get(body.business_phone);
    if (!idx) return fail(9002, "unknown business_phone");
    if (idx.account.appkey !== body.appkey) return fail(9006);
    accountId = idx.account.id;
    stats.account(accountId);
    if (body.after === undefined && body.before === undefined && body.name === undefined)
      stats.walk(accountId);

    if (f.forceCode !== null) {
      const code = f.forceCode;
      return answer(
        code,
        errorEnvelope(code, "forced (fault injection)", META_RATE_LIMIT(fbtrace())),
        "(forced)",
      );
    }

    // ── Page ────────────────────────────────────────────────────────────────────────────────────
    const limit = Math.min(body.limit ?? DEFAULT_LIMIT, f.maxLimit);
    const positions = body.name !== undefined ? (idx.byName.get(body.name) ?? []) : undefined;
    const total = positions ? positions.length : idx.json.length;
    const scope: CursorScope = { accountId, fingerprint: idx.fingerprint, name: body.name ?? null };
    const win = pageWindow(total, { after: body.after, before: body.before, limit }, scope);
    if (!win) {
      const text = errorEnvelope(9099, undefined, META_INVALID_PARAMETER(fbtrace()));
      return answer(9099, text, "(invalid cursor)");
    }
    if (f.failAtPage !== null && win.start === (f.failAtPage - 1) * limit) {
      return answer(f.failCode, errorEnvelope(f.failCode, `failAtPage ${f.failAtPage}`), "(failAtPage)");
    }
    if (f.errorRate > 0 && dice.next() < f.errorRate) {
      return answer(f.failCode, errorEnvelope(f.failCode, "random failure (errorRate)"), "(errorRate)");
    }
    const items: string[] = [];
    for (let i = win.start; i < win.end; i++)
      items.push(idx.json[positions ? (positions[i] as number) : i] as string);
    const paging = buildPaging(win, total, limit, scope, idx.account.waba_id);
    const text = `{"code":0,"message":"Request successful","data":{"data":[${items.join(",")}]${
      paging ? `,"paging":${JSON.stringify(paging)}` : ""
    }}}`;
    if (f.malformed) {
      stats.code("malformed");
      log?.(`POST /api/wa/getTemplate ${accountId} → malformed JSON (fault)`);
      sendJson(res, 200, text.slice(0, Math.max(20, Math.floor(text.length * 0.6))));
      return;
    }
    answer(0, text, `items ${win.start}–${win.end} of ${total}${body.name ? ` name=${body.name}` : ""}`);
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(
        err.code === "EADDRINUSE"
          ? new SimConfigError(`SIM_PORT: port ${options.port ?? 4010} on ${host} is already in use`)
          : err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND"
            ? new SimConfigError(`SIM_HOST: cannot listen on ${host} (${err.code})`)
            : err,
      );
    };
    server.once("error", onError);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", onError);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  const wildcard = host === "0.0.0.0" || host === "::";
  const publicUrl = (options.publicUrl ?? (wildcard ? `http://127.0.0.1:${port}` : url)).replace(/\/+$/, "");
  const dataset = file
    ? materializeDataFile(file, publicUrl)
    : generateDataset({ seed, mediaBaseUrl: publicUrl });
  timeline = options.timeline
    ? createTimeline(dataset, { seed, origin: options.timeline.origin, liveFrom: options.timeline.liveFrom })
    : undefined;
  state = {
    dataset,
    byPhone: new Map(dataset.accounts.map((a) => [a.business_phone, indexAccount(a)])),
    stats: new Stats(dataset.accounts.map((a) => a.id)),
  };
  const stats = state.stats;

  return {
    url,
    port,
    host,
    publicUrl,
    dataset,
    faults,
    stats,
    credentials: { accessKey, accessSecret },
    warnings: file?.warnings ?? [],
    timeline,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    // Hanging requests (fault "hang") and keep-alive sockets would otherwise keep close() waiting.
    server.closeAllConnections();
  });
}

function sendJson(res: ServerResponse, status: number, text: string): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, {
    "Content-Type": "application/json;charset=UTF-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

/** The whole body, or null when larger than `max` bytes (the rest is drained and discarded). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooBig ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

let traceCounter = 0;
/** A Meta-like fbtrace_id (not secret, just distinct per error). */
function fbtrace(): string {
  traceCounter = (traceCounter + 1) % 1_000_000;
  return `Asim${Date.now().toString(36)}${traceCounter.toString(36)}`.slice(0, 23);
}
