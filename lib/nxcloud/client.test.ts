import { describe, expect, it } from "vitest";
import { createNxCloudClient, type NxCloudClientOptions } from "./client";
import { NxCloudError } from "./errors";
import { createRetryBudget } from "./retry-budget";
import { sign } from "./sign";

// Distinctive values so a leak anywhere is easy to spot.
const ACCESS_KEY = "AK-live-7q2w9e";
const ACCESS_SECRET = "SECRET-do-not-leak-5f3c1b";
const T0 = 1_700_000_000_000;

interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal | undefined;
}

type Responder = (call: Captured, attempt: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `responder`. */
function fakeFetch(responder: Responder) {
  const calls: Captured[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Captured = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body as string,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    return responder(call, calls.length);
  }) as typeof globalThis.fetch;
  return { fetch: fetchImpl, calls };
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
}

const template = {
  id: "15xxxx67",
  name: "normal_text3",
  language: "en_US",
  category: "OTP",
  status: "REJECTED",
  rejected_reason: "INVALID_FORMAT",
  quality_score: { score: "UNKNOWN" },
  components: [{ type: "BODY", text: "hello{{1}}" }],
};
const okEnvelope = {
  code: 0,
  message: "Request successful",
  data: { data: [template], paging: { cursors: { before: "MAZDZD", after: "MTkZD" } } },
};

/** Never settles and ignores its signal: only the client's own timeout can end it. */
const hang = () => new Promise<Response>(() => undefined);

/** Rejects like undici does when its signal aborts. */
function hangUntilAborted(call: Captured): Promise<Response> {
  return new Promise((_, reject) => {
    call.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });
}

function setup(responder: Responder, options: Partial<NxCloudClientOptions> = {}) {
  const { fetch, calls } = fakeFetch(responder);
  const sleeps: number[] = [];
  let clock = T0;
  const client = createNxCloudClient({
    baseUrl: "https://nx.example.test/",
    accessKey: ACCESS_KEY,
    accessSecret: ACCESS_SECRET,
    fetch,
    now: () => clock++,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { client, calls, sleeps };
}

const params = { appkey: "jh42xxxd434", businessPhone: "185xxx99" };

async function failure(promise: Promise<unknown>): Promise<NxCloudError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NxCloudError);
  return error as NxCloudError;
}

/** Recomputes the signature from what actually went over the wire. */
function expectedSign(call: Captured, algorithm: "md5" | "sha256" = "md5") {
  const { accesskey, action, biztype, ts } = call.headers;
  return sign({
    headers: { accessKey: accesskey ?? "", action: action ?? "", bizType: biztype ?? "", ts: ts ?? "" },
    body: call.body,
    accessSecret: ACCESS_SECRET,
    algorithm,
  });
}

describe("getTemplates request", () => {
  it("POSTs the signed body to /api/wa/getTemplate and returns the parsed page", async () => {
    const { client, calls } = setup(() => json(okEnvelope));
    const page = await client.getTemplates(params);

    expect(page.data).toHaveLength(1);
    expect(page.data[0]?.name).toBe("normal_text3");
    expect(page.paging?.cursors?.after).toBe("MTkZD");

    expect(calls).toHaveLength(1);
    const call = calls[0] as Captured;
    expect(call.url).toBe("https://nx.example.test/api/wa/getTemplate");
    expect(call.method).toBe("POST");
    expect(call.body).toBe(
      '{"appkey":"jh42xxxd434","business_phone":"185xxx99","messaging_product":"whatsapp"}',
    );
    expect(call.headers).toEqual({
      "content-type": "application/json",
      accesskey: ACCESS_KEY,
      ts: String(T0),
      biztype: "2",
      action: "getTemplate",
      sign: expectedSign(call),
    });
    expect(call.headers.sign).toMatch(/^[0-9a-f]{32}$/);
  });

  it("sends the optional fields, drops empty ones, and signs the exact bytes sent", async () => {
    const { client, calls } = setup(() => json(okEnvelope));
    await client.getTemplates({ ...params, after: "MTkZD", before: "", limit: 100, name: "订单_通知" });
    const call = calls[0] as Captured;
    expect(JSON.parse(call.body)).toEqual({
      appkey: "jh42xxxd434",
      business_phone: "185xxx99",
      messaging_product: "whatsapp",
      after: "MTkZD",
      limit: 100,
      name: "订单_通知",
    });
    expect(call.body).toContain('"name":"订单_通知"');
    expect(call.headers.sign).toBe(expectedSign(call));
  });

  it("adds the algorithm header and signs with sha256 when configured", async () => {
    const { client, calls } = setup(() => json(okEnvelope), { algorithm: "sha256" });
    await client.getTemplates(params);
    const call = calls[0] as Captured;
    expect(call.headers.algorithm).toBe("sha256");
    expect(call.headers.sign).toMatch(/^[0-9a-f]{64}$/);
    expect(call.headers.sign).toBe(expectedSign(call, "sha256"));
  });

  it("never sends the secret", async () => {
    const { client, calls } = setup(() => json(okEnvelope));
    await client.getTemplates(params);
    expect(JSON.stringify(calls)).not.toContain(ACCESS_SECRET);
  });

  it("does not expose the credentials on the client object", () => {
    const { client } = setup(() => json(okEnvelope));
    expect(JSON.stringify(client)).not.toContain(ACCESS_SECRET);
    expect(Object.keys(client).sort()).toEqual(["getTemplatePage", "getTemplates"]);
  });

  it("re-signs every attempt with a fresh ts but the same body", async () => {
    const { client, calls } = setup((_, n) =>
      n < 3 ? json({ code: -1, message: "Request failed" }) : json(okEnvelope),
    );
    await client.getTemplates(params);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect(new Set(calls.map((c) => c.headers.ts)).size).toBe(3);
    for (const call of calls) expect(call.headers.sign).toBe(expectedSign(call));
  });
});

describe("error mapping", () => {
  it.each([
    [-1, "nxcloud_failed"],
    [1001, "nxcloud_missing_headers"],
    [1002, "nxcloud_bad_parameter"],
    [1003, "nxcloud_bad_signature"],
    [1004, "nxcloud_clock_skew"],
    [1005, "nxcloud_forbidden"],
    [9000, "nxcloud_missing_fields"],
    [9001, "nxcloud_system_error"],
    [9002, "nxcloud_bad_phone"],
    [9006, "nxcloud_phone_not_bound"],
    [12345, "nxcloud_unknown_code"],
  ])("envelope code %i → %s", async (upstream, code) => {
    const { client } = setup(() => json({ code: upstream, message: "upstream says no", data: null }), {
      retries: 0,
    });
    const error = await failure(client.getTemplates(params));
    expect(error.code).toBe(code);
    expect(error.upstreamCode).toBe(upstream);
    expect(error.upstreamMessage).toBe("upstream says no");
    expect(error.httpStatus).toBe(502);
    expect(error.messageKey).toBe(`errors.${code}`);
  });

  it("9099 keeps Meta's nested error", async () => {
    const body = {
      code: 9099,
      message: "WhatsApp error",
      data: {
        error: {
          code: 100,
          message: "(#100) Invalid parameter",
          type: "OAuthException",
          fbtrace_id: "AX1b2",
        },
      },
    };
    const { client } = setup(() => json(body));
    const error = await failure(client.getTemplates(params));
    expect(error.code).toBe("nxcloud_meta_error");
    expect(error.retryable).toBe(false);
    expect(error.detail).toMatchObject({
      code: 100,
      message: "(#100) Invalid parameter",
      fbtrace_id: "AX1b2",
    });
    expect(error.toApiError().message).toContain("fbtrace_id AX1b2");
  });

  it("unknown code 12345 carries the code in its message", async () => {
    const { client } = setup(() => json({ code: 12345, message: "Something new" }));
    const error = await failure(client.getTemplates(params));
    expect(error.toApiError()).toMatchObject({ code: "nxcloud_unknown_code", retryable: false });
    expect(error.message).toContain("12345");
  });

  it("HTTP 500 → upstream_http_error, retryable", async () => {
    const { client } = setup(() => new Response("<html>oops</html>", { status: 500 }), { retries: 0 });
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({
      code: "upstream_http_error",
      retryable: true,
      httpStatus: 502,
      upstreamHttpStatus: 500,
    });
  });

  it("HTTP 404 → upstream_http_error, not retryable", async () => {
    const { client, calls } = setup(() => new Response("not here", { status: 404 }));
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({ code: "upstream_http_error", retryable: false, upstreamHttpStatus: 404 });
    expect(calls).toHaveLength(1);
  });

  it("network TypeError → upstream_unreachable (503)", async () => {
    const { client } = setup(
      () => {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
        });
      },
      { retries: 0 },
    );
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({ code: "upstream_unreachable", retryable: true, httpStatus: 503 });
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("a fetch that hangs and ignores its signal → upstream_timeout (504)", async () => {
    const { client } = setup(hang, { retries: 0, timeoutMs: 20 });
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({ code: "upstream_timeout", retryable: true, httpStatus: 504 });
  });

  it("a fetch aborted by the timeout signal → upstream_timeout", async () => {
    const { client, calls } = setup(hangUntilAborted, { retries: 0, timeoutMs: 20 });
    const error = await failure(client.getTemplates(params));
    expect(error.code).toBe("upstream_timeout");
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it("a body that stalls after the headers → upstream_timeout", async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: () => undefined });
    const { client } = setup(() => new Response(stalled, { status: 200 }), { retries: 0, timeoutMs: 20 });
    expect((await failure(client.getTemplates(params))).code).toBe("upstream_timeout");
  });

  it("non-JSON → upstream_bad_json, not retried", async () => {
    const { client, calls } = setup(() => new Response("<html>maintenance</html>", { status: 200 }));
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({ code: "upstream_bad_json", retryable: false, httpStatus: 502 });
    expect(calls).toHaveLength(1);
  });

  it("schema-invalid page envelope → upstream_bad_body naming the path, not retried", async () => {
    const broken = { code: 0, data: { data: [template], paging: { next: 42 } } };
    const { client, calls } = setup(() => json(broken));
    const error = await failure(client.getTemplates(params));
    expect(error).toMatchObject({ code: "upstream_bad_body", retryable: false, httpStatus: 502 });
    expect(error.message).toContain("data.paging.next");
    expect(calls).toHaveLength(1);
  });

  it("a template without a usable name is skipped and counted, the page still succeeds", async () => {
    const page = {
      code: 0,
      data: {
        data: [
          { ...template, name: 42 },
          { ...template, id: "2" },
        ],
      },
    };
    const { client } = setup(() => json(page));
    const result = await client.getTemplates(params);
    expect(result.data.map((t) => t.id)).toEqual(["2"]);
    expect(result.skipped).toBe(1);
  });

  it("envelope without a code → upstream_bad_body", async () => {
    const { client } = setup(() => json({ message: "hi", data: [] }));
    const error = await failure(client.getTemplates(params));
    expect(error.code).toBe("upstream_bad_body");
    expect(error.message).toContain("code");
  });

  it("code 0 with null data → upstream_bad_body", async () => {
    const { client } = setup(() => json({ code: 0, message: "ok", data: null }));
    expect((await failure(client.getTemplates(params))).code).toBe("upstream_bad_body");
  });
});

describe("retries", () => {
  const retryable: [string, Responder][] = [
    ["-1", () => json({ code: -1, message: "Request failed" })],
    ["9001", () => json({ code: 9001, message: "System business error" })],
    ["HTTP 502", () => new Response("bad gateway", { status: 502 })],
    [
      "network",
      () => {
        throw new TypeError("fetch failed");
      },
    ],
    ["timeout", hang],
  ];

  it.each(retryable)("%s is retried up to the bound (1 + retries attempts)", async (_, responder) => {
    const { client, calls, sleeps } = setup(responder, { retries: 3, timeoutMs: 20 });
    const error = await failure(client.getTemplates(params));
    expect(error.retryable).toBe(true);
    expect(calls).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it.each([1001, 1002, 1003, 1004, 1005, 9000, 9002, 9006, 9099])(
    "code %i is never retried",
    async (upstream) => {
      const { client, calls, sleeps } = setup(() => json({ code: upstream, message: "no" }), { retries: 5 });
      await failure(client.getTemplates(params));
      expect(calls).toHaveLength(1);
      expect(sleeps).toHaveLength(0);
    },
  );

  it("retries: 0 means a single attempt", async () => {
    const { client, calls } = setup(() => json({ code: -1 }), { retries: 0 });
    await failure(client.getTemplates(params));
    expect(calls).toHaveLength(1);
  });

  it("defaults to 3 retries", async () => {
    const { client, calls } = setup(() => json({ code: 9001 }));
    await failure(client.getTemplates(params));
    expect(calls).toHaveLength(4);
  });

  it("recovers when a later attempt succeeds", async () => {
    const { client, calls } = setup((_, n) =>
      n === 1 ? new Response("", { status: 503 }) : json(okEnvelope),
    );
    const page = await client.getTemplates(params);
    expect(page.data).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it("backs off exponentially with full jitter", async () => {
    const { client, sleeps } = setup(() => json({ code: -1 }), { retries: 4, backoffBaseMs: 100 });
    await failure(client.getTemplates(params));
    // random() = 0.5 → half of 100, 200, 400, 800
    expect(sleeps).toEqual([50, 100, 200, 400]);
  });

  it("jitter spans [0, ceiling) and the ceiling is capped", async () => {
    const low = setup(() => json({ code: -1 }), { retries: 2, random: () => 0 });
    await failure(low.client.getTemplates(params));
    expect(low.sleeps).toEqual([0, 0]);

    const high = setup(() => json({ code: -1 }), { retries: 3, backoffBaseMs: 10_000, random: () => 0.999 });
    await failure(high.client.getTemplates(params));
    for (const ms of high.sleeps) expect(ms).toBeLessThan(5_000);
  });
});

describe("caller abort", () => {
  it("an already-aborted signal rejects without calling NxCloud", async () => {
    const { client, calls } = setup(() => json(okEnvelope));
    const controller = new AbortController();
    controller.abort();
    await expect(client.getTemplates({ ...params, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(calls).toHaveLength(0);
  });

  it("aborting mid-request rejects with AbortError and is not retried", async () => {
    const controller = new AbortController();
    const { client, calls } = setup(
      (call) => {
        setTimeout(() => controller.abort(), 5);
        return hangUntilAborted(call);
      },
      { timeoutMs: 5_000 },
    );
    const error = await client
      .getTemplates({ ...params, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NxCloudError);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(calls).toHaveLength(1);
  });

  it("aborting a fetch that ignores its signal still rejects promptly", async () => {
    const controller = new AbortController();
    const { client, calls } = setup(hang, { timeoutMs: 5_000 });
    setTimeout(() => controller.abort(), 5);
    await expect(client.getTemplates({ ...params, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(calls).toHaveLength(1);
  });

  it("aborting during the backoff stops the retries", async () => {
    const controller = new AbortController();
    const { client, calls } = setup(() => json({ code: -1 }), {
      sleep: (ms) => {
        controller.abort();
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    await expect(client.getTemplates({ ...params, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(calls).toHaveLength(1);
  });

  it("keeps a custom abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    controller.abort(reason);
    const { client } = setup(() => json(okEnvelope));
    await expect(client.getTemplates({ ...params, signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("secrets", () => {
  // Upstream text that echoes our credentials back must be scrubbed before it reaches any message.
  const echo = `signature mismatch for ${ACCESS_KEY} with ${ACCESS_SECRET}`;
  const scenarios: [string, Responder][] = [
    ...[-1, 1001, 1002, 1003, 1004, 1005, 9000, 9001, 9002, 9006, 12345].map((code): [string, Responder] => [
      `code ${code}`,
      () => json({ code, message: echo }),
    ]),
    [
      "9099",
      () =>
        json({ code: 9099, message: echo, data: { error: { code: 190, message: echo, fbtrace_id: "x" } } }),
    ],
    ["HTTP 500", () => new Response(echo, { status: 500 })],
    ["HTTP 404", () => new Response(echo, { status: 404 })],
    [
      "network",
      () => {
        throw new TypeError(`fetch failed ${echo}`);
      },
    ],
    ["timeout", hang],
    ["bad JSON", () => new Response(echo)],
    [
      "bad body",
      () => json({ code: 0, data: { data: [], paging: { [ACCESS_SECRET]: ACCESS_SECRET, next: 1 } } }),
    ],
    ["bad envelope", () => json({ code: ACCESS_SECRET })],
  ];

  it.each(scenarios)("%s: no credential in message, fields or toApiError()", async (_, responder) => {
    for (const algorithm of ["md5", "sha256"] as const) {
      const { client } = setup(responder, { retries: 0, timeoutMs: 20, algorithm });
      const error = await failure(client.getTemplates(params));
      const surfaces = [
        error.message,
        error.stack ?? "",
        String(error),
        error.upstreamMessage ?? "",
        JSON.stringify(error.detail ?? {}),
        JSON.stringify(error.toApiError()),
      ].join("\n");
      expect(surfaces).not.toContain(ACCESS_SECRET);
      expect(surfaces).not.toContain(ACCESS_KEY);
    }
  });
});

describe("response size cap", () => {
  /** A body of `total` bytes, streamed in 64 KiB chunks; `pulled()` says how much was read. */
  function bigBody(total: number) {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    return { body, pulled: () => sent };
  }

  it("fails with a clear, non-retried error once the body passes the cap, without reading it all", async () => {
    const big = bigBody(50 * 1024 * 1024);
    const { client, calls } = setup(() => new Response(big.body, { status: 200 }), {
      maxResponseBytes: 1024 * 1024,
      retries: 3,
    });
    const error = await failure(client.getTemplates(params));
    expect(error.code).toBe("upstream_too_large");
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/1048576 bytes|1 MB/);
    expect(calls).toHaveLength(1);
    expect(big.pulled()).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses at once when Content-Length announces too much", async () => {
    const { client, calls } = setup(
      () => new Response("{}", { status: 200, headers: { "content-length": String(30 * 1024 * 1024) } }),
      { maxResponseBytes: 1024 * 1024 },
    );
    expect((await failure(client.getTemplates(params))).code).toBe("upstream_too_large");
    expect(calls).toHaveLength(1);
  });

  it("defaults to 20 MB", async () => {
    const big = bigBody(24 * 1024 * 1024);
    const { client } = setup(() => new Response(big.body, { status: 200 }), { retries: 0 });
    expect((await failure(client.getTemplates(params))).code).toBe("upstream_too_large");
  });
});

describe("retry budget", () => {
  it("shares one budget across the requests of a walk, and retries a timeout at most once", async () => {
    const { client, calls } = setup(() => new Response("gateway", { status: 503 }), { retries: 3 });
    const budget = createRetryBudget({ retries: 3, timeoutRetries: 1 });
    await failure(client.getTemplates({ ...params, retryBudget: budget }));
    await failure(client.getTemplates({ ...params, retryBudget: budget }));
    // 4 + 1 requests, not 4 + 4.
    expect(calls).toHaveLength(5);

    const slow = setup(hang, { retries: 3, timeoutMs: 20 });
    const timeouts = createRetryBudget({ retries: 3, timeoutRetries: 1 });
    expect((await failure(slow.client.getTemplates({ ...params, retryBudget: timeouts }))).code).toBe(
      "upstream_timeout",
    );
    expect(slow.calls).toHaveLength(2);
  });
});
