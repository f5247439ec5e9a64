import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interpretWebhookResponse } from "./channels/webhook";
import { checkTarget, deliverHttp, SendError, type SendOptions, sendRequest } from "./send";

/** A real receiver on 127.0.0.1: no mocked fetch. */
let server: Server;
let base: string;
const received: { path: string; headers: IncomingMessage["headers"]; body: string }[] = [];

function handler(req: IncomingMessage, res: ServerResponse) {
  let body = "";
  req.on("data", (c) => {
    body += c;
  });
  req.on("end", () => {
    received.push({ path: req.url ?? "", headers: req.headers, body });
    const path = req.url ?? "";
    if (path.startsWith("/redirect")) {
      res.writeHead(302, { location: `${base}/ok` }).end();
    } else if (path.startsWith("/slow")) {
      setTimeout(() => res.end("late"), 2_000);
    } else if (path.startsWith("/huge")) {
      res.writeHead(200);
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < 64; i++) res.write(chunk);
      res.end();
    } else if (path.startsWith("/busy")) {
      res.writeHead(429, { "retry-after": "7" }).end("slow down");
    } else {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    }
  });
}

beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const allow: SendOptions = { allowPrivateTargets: true, requireHttps: false };
const strict: SendOptions = { allowPrivateTargets: false, requireHttps: false };
const post = (url: string, body = '{"a":1}') => ({
  url,
  headers: { "content-type": "application/json" },
  body,
});

async function rejection(p: Promise<unknown>): Promise<SendError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SendError) return e;
    throw e;
  }
  throw new Error("expected a SendError");
}

describe("sendRequest", () => {
  it("POSTs exactly the body and headers, and reads the answer", async () => {
    const res = await sendRequest(post(`${base}/ok?x=1`, '{"hello":"世界"}'), allow);
    expect(res).toMatchObject({ status: 200, body: "ok" });
    const last = received.at(-1);
    expect(last?.path).toBe("/ok?x=1");
    expect(last?.body).toBe('{"hello":"世界"}');
    expect(last?.headers["content-length"]).toBe(String(Buffer.byteLength('{"hello":"世界"}')));
    expect(last?.headers["user-agent"]).toBe("TemplateConsole-Alerts/1");
  });

  it("does not follow redirects: a 3xx is a failed delivery", async () => {
    const before = received.length;
    const outcome = await deliverHttp(post(`${base}/redirect`), interpretWebhookResponse, allow);
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 302 });
    expect(received.length).toBe(before + 1);
  });

  it("times out", async () => {
    const e = await rejection(sendRequest(post(`${base}/slow`), { ...allow, timeoutMs: 300 }));
    expect(e).toMatchObject({ code: "timeout", retryable: true });
  });

  it("caps the response size", async () => {
    const res = await sendRequest(post(`${base}/huge`), { ...allow, maxResponseBytes: 10_000 });
    expect(res.body.length).toBe(10_000);
  });

  it("reads 429 + Retry-After as retryable", async () => {
    expect(await deliverHttp(post(`${base}/busy`), interpretWebhookResponse, allow)).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 429,
      retryAfterMs: 7_000,
    });
  });

  it("refuses loopback targets unless allowed, before connecting", async () => {
    const before = received.length;
    const e = await rejection(sendRequest(post(`${base}/ok`), strict));
    expect(e).toMatchObject({ code: "private_target", retryable: false });
    const v6 = await rejection(sendRequest(post("http://[::ffff:127.0.0.1]:9/x"), strict));
    expect(v6.code).toBe("private_target");
    const zero = await rejection(sendRequest(post("http://0.0.0.0:9/x"), strict));
    expect(zero.code).toBe("private_target");
    const local = await rejection(sendRequest(post("http://localhost:9/x"), strict));
    expect(local.code).toBe("private_target");
    expect(received.length).toBe(before);
  });

  it("checks the address it connects to (DNS rebinding): a name resolving to 127.0.0.1 is refused", async () => {
    const port = (server.address() as AddressInfo).port;
    let calls = 0;
    // First answer public (what a save-time check would see), then loopback (the rebinding).
    const resolve = async () =>
      calls++ === 0 ? [{ address: "93.184.216.34", family: 4 }] : [{ address: "127.0.0.1", family: 4 }];
    await expect(
      checkTarget(`http://hooks.example.test:${port}/ok`, { ...strict, resolve }),
    ).resolves.toBeUndefined();
    const before = received.length;
    const e = await rejection(
      sendRequest(post(`http://hooks.example.test:${port}/ok`), { ...strict, resolve }),
    );
    expect(e.code).toBe("private_target");
    expect(received.length).toBe(before);
    // Mixed answers are refused too.
    const mixed = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.1", family: 4 },
    ];
    expect(
      (await rejection(sendRequest(post(`http://h.test:${port}/ok`), { ...strict, resolve: mixed }))).code,
    ).toBe("private_target");
  });

  it("connects to the resolved address itself (with the override)", async () => {
    const port = (server.address() as AddressInfo).port;
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const res = await sendRequest(post(`http://sink.example.test:${port}/ok`), { ...allow, resolve });
    expect(res.status).toBe(200);
    expect(received.at(-1)?.headers.host).toBe(`sink.example.test:${port}`);
  });

  it("requires https in production and refuses odd URLs", async () => {
    expect((await rejection(sendRequest(post(`${base}/ok`), { ...allow, requireHttps: true }))).code).toBe(
      "insecure_url",
    );
    expect((await rejection(sendRequest(post("ftp://example.com/x"), allow))).code).toBe("invalid_url");
    expect((await rejection(sendRequest(post("not a url"), allow))).code).toBe("invalid_url");
    expect(
      (await rejection(checkTarget("http://example.com/x", { ...strict, requireHttps: true }))).code,
    ).toBe("insecure_url");
  });

  it("network errors are retryable outcomes, never throws", async () => {
    const outcome = await deliverHttp(post("http://127.0.0.1:1/x"), interpretWebhookResponse, allow);
    expect(outcome).toMatchObject({ ok: false, retryable: true, code: "network" });
    const dns = await deliverHttp(post("http://does-not-exist.invalid/x"), interpretWebhookResponse, {
      ...strict,
      resolve: async () => {
        throw new Error("ENOTFOUND");
      },
    });
    expect(dns).toMatchObject({ ok: false, retryable: true, code: "dns_failed" });
  });
});
