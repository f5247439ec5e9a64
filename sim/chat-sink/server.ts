import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { renderPage } from "./render-html";
import { type ReceivedMail, startSmtpReceiver } from "./smtp";
import { SINK_CHANNELS, type SinkChannel, type SinkMessage, SinkStore } from "./store";
import { checkDingtalk, checkFeishu, checkWebhook, type SignatureState } from "./verify";

/**
 * The demo's chat sink: a loopback receiver for every alert channel, answering like each vendor
 * (errcode/code bodies, Slack's `ok` and error words), verifying DingTalk, Feishu and webhook
 * signatures when a secret is configured, and showing what arrived (GET / as each app would draw
 * it; GET /messages as JSON). Paths:
 *
 *   POST /wecom/cgi-bin/webhook/send?key=…        WeCom group robot
 *   POST /dingtalk/robot/send?access_token=…      DingTalk custom robot (+ timestamp & sign)
 *   POST /feishu/open-apis/bot/v2/hook/<id>       Feishu custom bot (timestamp & sign in the body)
 *   POST /slack/services/T…/B…/<token>            Slack incoming webhook
 *   POST /webhook/<anything>                      generic signed webhook
 *   SMTP on smtpPort                              email
 *
 * `?fail=N` on any webhook path fails the first N requests of each delivery (keyed by the
 * X-Template-Console-Delivery header, the body's deliveryId or msgUuid, else the body's hash) with
 * a transient error in that vendor's format — for retry tests. DELETE /messages clears everything.
 */

export interface ChatSinkOptions {
  port: number;
  host?: string;
  /** SMTP receiver port; null: no SMTP. */
  smtpPort?: number | null;
  secrets?: { dingtalk?: string | null; feishu?: string | null; webhook?: string | null };
  log?: boolean;
  now?: () => number;
}

export interface ChatSink {
  url: string;
  port: number;
  smtpPort: number | null;
  store: SinkStore;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/** The path without its credentials: query values, and Slack's / Feishu's token segment. */
function maskPath(url: URL, channel: SinkChannel): string {
  const q = [...url.searchParams.keys()].map((k) => `${k}=…`).join("&");
  const path =
    channel === "slack" || channel === "feishu" ? url.pathname.replace(/\/[^/]+$/, "/…") : url.pathname;
  return `${path}${q ? `?${q}` : ""}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
    .end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on("end", () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(null));
  });
}

interface Answer {
  status: number;
  body: string;
  accepted: boolean;
  contentType?: string;
}
const ok = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body), accepted: true });
/** A vendor's logical failure: HTTP 200 with an error code in the body. */
const refused = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body), accepted: false });
const fail = (status: number, body: unknown): Answer => ({
  status,
  body: typeof body === "string" ? body : JSON.stringify(body),
  accepted: false,
  contentType: typeof body === "string" ? "text/plain; charset=utf-8" : undefined,
});

/** Per channel: validate like the vendor, return (signature, answer). */
function handle(
  channel: Exclude<SinkChannel, "email">,
  url: URL,
  req: IncomingMessage,
  raw: string,
  payload: Record<string, unknown> | null,
  options: ChatSinkOptions,
  now: number,
): { signature: SignatureState; answer: Answer } {
  const secrets = options.secrets ?? {};
  switch (channel) {
    case "wecom": {
      if (!url.searchParams.get("key"))
        return { signature: "absent", answer: refused({ errcode: 93000, errmsg: "invalid webhook url" }) };
      const content = (payload?.markdown as { content?: unknown } | undefined)?.content;
      if (payload?.msgtype !== "markdown" || typeof content !== "string")
        return {
          signature: "absent",
          answer: refused({ errcode: 40008, errmsg: "invalid message type" }),
        };
      if (Buffer.byteLength(content) > 4096)
        return {
          signature: "absent",
          answer: {
            ...ok({ errcode: 40058, errmsg: "markdown.content exceed max length 4096" }),
            accepted: false,
          },
        };
      return { signature: "absent", answer: ok({ errcode: 0, errmsg: "ok" }) };
    }
    case "dingtalk": {
      const sig = checkDingtalk(secrets.dingtalk ?? null, url.searchParams, now);
      if (secrets.dingtalk && sig.state !== "valid")
        return {
          signature: sig.state,
          answer: refused({ errcode: 310000, errmsg: sig.reason ?? "sign not match" }),
        };
      const md = payload?.markdown as { title?: unknown; text?: unknown } | undefined;
      if (payload?.msgtype !== "markdown" || typeof md?.text !== "string")
        return {
          signature: sig.state,
          answer: refused({ errcode: 400105, errmsg: "unsupported msgtype" }),
        };
      if (typeof md.title !== "string" || md.title === "")
        return {
          signature: sig.state,
          answer: refused({ errcode: 400402, errmsg: "title is missing" }),
        };
      return { signature: sig.state, answer: ok({ errcode: 0, errmsg: "ok" }) };
    }
    case "feishu": {
      if (Buffer.byteLength(raw) > 20 * 1024 || !payload)
        return { signature: "absent", answer: fail(400, { code: 9499, msg: "Bad Request" }) };
      const sig = checkFeishu(secrets.feishu ?? null, payload, now);
      if (secrets.feishu && sig !== "valid")
        return {
          signature: sig,
          answer: {
            ...ok({
              code: 19021,
              msg: "sign match fail or timestamp is not within one hour from current time",
            }),
            accepted: false,
          },
        };
      if (payload.msg_type !== "interactive" || typeof payload.card !== "object")
        return { signature: sig, answer: fail(400, { code: 9499, msg: "Bad Request" }) };
      return {
        signature: sig,
        answer: ok({ StatusCode: 0, StatusMessage: "success", code: 0, data: {}, msg: "success" }),
      };
    }
    case "slack": {
      if (!payload) return { signature: "absent", answer: fail(400, "invalid_payload") };
      if (typeof payload.text !== "string" || payload.text === "")
        return { signature: "absent", answer: fail(400, "no_text") };
      if (Array.isArray(payload.blocks) && payload.blocks.length > 50)
        return { signature: "absent", answer: fail(400, "invalid_blocks") };
      return {
        signature: "absent",
        answer: { status: 200, body: "ok", accepted: true, contentType: "text/plain; charset=utf-8" },
      };
    }
    case "webhook": {
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const sig = checkWebhook(
        secrets.webhook ?? null,
        header("x-template-console-timestamp"),
        header("x-template-console-signature"),
        raw,
        now,
      );
      if (secrets.webhook && sig !== "valid")
        return { signature: sig, answer: fail(401, { error: `signature ${sig}` }) };
      if (!payload || typeof payload.deliveryId !== "string")
        return { signature: sig, answer: fail(400, { error: "deliveryId missing" }) };
      return { signature: sig, answer: ok({ ok: true }) };
    }
  }
}

/** A transient failure in the vendor's own words. */
function transientFailure(channel: Exclude<SinkChannel, "email">): Answer {
  switch (channel) {
    case "wecom":
      return refused({ errcode: -1, errmsg: "system busy (chat sink: ?fail)" });
    case "dingtalk":
      return refused({ errcode: -1, errmsg: "busy (chat sink: ?fail)" });
    case "slack":
      return fail(503, "service_unavailable");
    default:
      return fail(503, { error: "failing on purpose (chat sink: ?fail)" });
  }
}

export async function startChatSink(options: ChatSinkOptions): Promise<ChatSink> {
  const host = options.host ?? "127.0.0.1";
  const now = options.now ?? Date.now;
  const store = new SinkStore();
  const log = (line: string) => {
    if (options.log) console.log(`chat-sink: ${line}`);
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sink.local");
    const method = req.method ?? "GET";
    if (method === "GET" && url.pathname === "/health") return json(res, 200, { ok: true });
    if (url.pathname === "/messages") {
      if (method === "GET") {
        const channel = url.searchParams.get("channel");
        return json(res, 200, { messages: store.all().filter((m) => !channel || m.channel === channel) });
      }
      if (method === "DELETE") {
        store.clear();
        return json(res, 200, { ok: true });
      }
    }
    if (method === "GET" && url.pathname === "/") {
      const filter = url.searchParams.get("channel");
      const body = renderPage(
        store.all(),
        (SINK_CHANNELS as readonly string[]).includes(filter ?? "") ? filter : null,
      );
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy":
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'",
        "cache-control": "no-store",
      });
      return res.end(body);
    }
    const channel = url.pathname.split("/")[1] as Exclude<SinkChannel, "email">;
    if (
      method !== "POST" ||
      !(SINK_CHANNELS as readonly string[]).includes(channel) ||
      channel === ("email" as string)
    )
      return json(res, 404, {
        error: "not found: POST /{wecom,dingtalk,feishu,slack,webhook}/…, GET /, GET /messages",
      });

    const raw = await readBody(req);
    if (raw === null) return json(res, 413, { error: "body too large" });
    let payload: Record<string, unknown> | null = null;
    try {
      const v = JSON.parse(raw) as unknown;
      if (v && typeof v === "object" && !Array.isArray(v)) payload = v as Record<string, unknown>;
    } catch {
      payload = null;
    }
    const headerId = req.headers["x-template-console-delivery"];
    const deliveryId =
      (typeof headerId === "string" && headerId) ||
      (typeof payload?.deliveryId === "string" && payload.deliveryId) ||
      (typeof payload?.msgUuid === "string" && payload.msgUuid) ||
      null;
    const key = `${channel}|${url.pathname}|${deliveryId ?? createHash("sha256").update(raw).digest("hex")}`;
    const attempt = store.nextAttempt(key);
    const failN = Number(url.searchParams.get("fail") ?? 0);
    const t = now();
    let { signature, answer } = handle(channel, url, req, raw, payload, options, t);
    if (answer.accepted && Number.isInteger(failN) && failN > 0 && store.shouldFail(key, failN))
      answer = transientFailure(channel);
    store.add({
      channel,
      receivedAt: t,
      path: maskPath(url, channel),
      deliveryId,
      attempt,
      signature,
      accepted: answer.accepted,
      status: answer.status,
      answer: answer.body.slice(0, 500),
      payload: payload ?? raw.slice(0, 2000),
    });
    log(
      `${channel} ${answer.accepted ? "accepted" : "failed"} ${answer.status} attempt ${attempt} signature ${signature}`,
    );
    res
      .writeHead(answer.status, { "content-type": answer.contentType ?? "application/json; charset=utf-8" })
      .end(answer.body);
  });

  const sockets = new Set<Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>> | null = null;
  if (options.smtpPort !== null && options.smtpPort !== undefined) {
    try {
      smtp = await startSmtpReceiver(options.smtpPort, host, (mail: ReceivedMail) => {
        const id = mail.headers["x-template-console-delivery"] ?? null;
        const key = `email|${id ?? mail.subject}`;
        store.add({
          channel: "email",
          receivedAt: now(),
          path: `smtp:${mail.to.join(",")}`,
          deliveryId: id,
          attempt: store.nextAttempt(key),
          signature: "absent",
          accepted: true,
          status: 250,
          answer: "250 2.0.0 queued",
          payload: { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
        });
        log(`email to ${mail.to.join(",")}: ${mail.subject}`);
      });
    } catch (error) {
      server.close();
      throw error;
    }
  }

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    smtpPort: smtp?.port ?? null,
    store,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise<void>((r) => server.close(() => r())), smtp?.close()]);
    },
  };
}

export type { SinkMessage };
