import { describe, expect, it } from "vitest";
import enErrors from "@/messages/en/errors.json";
import zhErrors from "@/messages/zh-CN/errors.json";
import {
  badBodyError,
  badJsonError,
  errorFromUpstreamCode,
  httpError,
  NXCLOUD_ERROR_CODES,
  NxCloudError,
  timeoutError,
  unreachableError,
} from "./errors";

// Codes the console's routes answer themselves (not NxCloud's), in the same `errors` namespace.
const ROUTE_CODES = ["invalid_query", "not_found", "forbidden", "unauthorized", "internal"];

describe("message files", () => {
  it("hold every error code plus the route codes, and the same keys in both languages", () => {
    const expected = [...NXCLOUD_ERROR_CODES, ...ROUTE_CODES];
    expect(Object.keys(enErrors)).toEqual(expect.arrayContaining(expected));
    expect(Object.keys(zhErrors).sort()).toEqual(Object.keys(enErrors).sort());
  });

  it("are flat, full sentences; zh-CN is Chinese", () => {
    for (const [key, text] of Object.entries(enErrors)) {
      expect(typeof text, key).toBe("string");
      expect(text, key).toMatch(/^[A-Z].{20,}\.$/);
    }
    for (const [key, text] of Object.entries(zhErrors)) {
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(text, key).toMatch(/。$/);
    }
  });

  it("contain no ICU syntax that would need arguments", () => {
    for (const text of [...Object.values(enErrors), ...Object.values(zhErrors)]) {
      expect(text).not.toMatch(/[{}]/);
    }
  });
});

describe("errorFromUpstreamCode", () => {
  it.each([
    [-1, "nxcloud_failed", true],
    [1001, "nxcloud_missing_headers", false],
    [1002, "nxcloud_bad_parameter", false],
    [1003, "nxcloud_bad_signature", false],
    [1004, "nxcloud_clock_skew", false],
    [1005, "nxcloud_forbidden", false],
    [9000, "nxcloud_missing_fields", false],
    [9001, "nxcloud_system_error", true],
    [9002, "nxcloud_bad_phone", false],
    [9006, "nxcloud_phone_not_bound", false],
    [9099, "nxcloud_meta_error", false],
    [9003, "nxcloud_unknown_code", false],
    [12345, "nxcloud_unknown_code", false],
  ])("code %i → %s (retryable %s)", (upstream, code, retryable) => {
    const error = errorFromUpstreamCode(upstream, "msg", null);
    expect(error).toBeInstanceOf(NxCloudError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("NxCloudError");
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.httpStatus).toBe(502);
    expect(error.messageKey).toBe(`errors.${code}`);
    expect(error.upstreamCode).toBe(upstream);
    expect(error.upstreamMessage).toBe("msg");
  });

  it("explains what to do for the common configuration failures", () => {
    expect(errorFromUpstreamCode(1004, null, null).message).toMatch(/clock.*60 seconds.*NTP/);
    expect(errorFromUpstreamCode(1003, null, null).message).toMatch(/NXCLOUD_ACCESS_SECRET/);
    expect(errorFromUpstreamCode(9006, null, null).message).toMatch(/not bound to the app key/);
  });

  it("keeps Meta's nested error for 9099 and drops undocumented fields", () => {
    const data = {
      error: {
        code: 100,
        message: "(#100) Invalid parameter",
        type: "OAuthException",
        fbtrace_id: "AbCdEf123",
        access_token: "should-not-travel",
      },
    };
    const error = errorFromUpstreamCode(9099, "WhatsApp error", data);
    expect(error.detail).toEqual({
      code: 100,
      message: "(#100) Invalid parameter",
      type: "OAuthException",
      fbtrace_id: "AbCdEf123",
    });
    expect(error.message).toContain("Meta error 100: (#100) Invalid parameter; fbtrace_id AbCdEf123");
  });

  it("tolerates a 9099 without a readable Meta error", () => {
    const error = errorFromUpstreamCode(9099, "WhatsApp error", { unexpected: true });
    expect(error.code).toBe("nxcloud_meta_error");
    expect(error.detail).toBeUndefined();
  });

  it("names the unknown code and its message", () => {
    expect(errorFromUpstreamCode(12345, "Weird thing", null).message).toContain(
      "NxCloud code 12345: Weird thing",
    );
  });

  it("scrubs upstream text and clips runaway messages", () => {
    const error = errorFromUpstreamCode(
      9099,
      "x".repeat(500),
      { error: { message: "bad TOPSECRET here" } },
      (t) => t.replaceAll("TOPSECRET", "[redacted]"),
    );
    expect(error.detail?.message).toBe("bad [redacted] here");
    expect(error.upstreamMessage?.length).toBeLessThanOrEqual(201);
  });
});

describe("transport errors", () => {
  it("HTTP 5xx is retryable, 4xx is not; both answer 502", () => {
    expect(httpError(503)).toMatchObject({ code: "upstream_http_error", retryable: true, httpStatus: 502 });
    expect(httpError(404)).toMatchObject({ code: "upstream_http_error", retryable: false, httpStatus: 502 });
    expect(httpError(500).upstreamHttpStatus).toBe(500);
    expect(httpError(500).message).toContain("HTTP 500");
  });

  it("network failure answers 503, timeout 504, both retryable", () => {
    const cause = new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
    const unreachable = unreachableError(cause);
    expect(unreachable).toMatchObject({ code: "upstream_unreachable", retryable: true, httpStatus: 503 });
    expect(unreachable.message).toContain("ECONNREFUSED");
    expect(unreachable.cause).toBe(cause);
    expect(timeoutError(10_000)).toMatchObject({
      code: "upstream_timeout",
      retryable: true,
      httpStatus: 504,
    });
  });

  it("bad JSON and bad bodies are not retryable and answer 502", () => {
    expect(badJsonError(200)).toMatchObject({ code: "upstream_bad_json", retryable: false, httpStatus: 502 });
    const bad = badBodyError("data.data.0.name: Invalid input");
    expect(bad).toMatchObject({ code: "upstream_bad_body", retryable: false, httpStatus: 502 });
    expect(bad.message).toContain("data.data.0.name");
  });
});

describe("toApiError", () => {
  it("returns exactly code, message, messageKey, retryable", () => {
    const api = errorFromUpstreamCode(1004, "Timestamp expired", null).toApiError();
    expect(api).toEqual({
      code: "nxcloud_clock_skew",
      message: enErrors.nxcloud_clock_skew,
      messageKey: "errors.nxcloud_clock_skew",
      retryable: false,
    });
  });
});
