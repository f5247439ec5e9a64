import { describe, expect, it } from "vitest";
import { loginUrl, nextFromUrl, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    ["/templates", "/templates"],
    ["/templates?status=REJECTED&q=otp", "/templates?status=REJECTED&q=otp"],
    ["/overview#quality", "/overview#quality"],
    ["/", "/"],
    ["/templates/../overview", "/overview"],
    ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
  ])("keeps the same-origin path %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with path", "//evil.com/templates"],
    ["absolute https", "https://evil.com"],
    ["absolute http", "http://evil.com/templates"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,hi"],
    ["backslash", "/\\evil.com"],
    ["backslashes", "\\\\evil.com"],
    ["mixed slashes", "/\\/evil.com"],
    ["tab trick", "/\t/evil.com"],
    ["newline trick", "/\n/evil.com"],
    ["leading space", " /templates"],
    ["relative", "templates"],
    ["empty", ""],
    ["the sign-in page (loop)", "/login?next=/templates"],
    ["an API route", "/api/templates?account=all"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("rejects %s", (_label, raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(["/templates"])).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});

describe("loginUrl", () => {
  it("carries a valid next and the error", () => {
    expect(loginUrl({ next: "/overview?account=acme" })).toBe("/login?next=%2Foverview%3Faccount%3Dacme");
    expect(loginUrl({ next: "/templates?q=a", error: "throttled", retryAfter: 60 })).toBe(
      "/login?error=throttled&retry=60&next=%2Ftemplates%3Fq%3Da",
    );
  });

  it("drops an unsafe next and the default one", () => {
    expect(loginUrl({ next: "//evil.com" })).toBe("/login");
    expect(loginUrl({ next: "/templates", error: "invalid" })).toBe("/login?error=invalid");
  });

  it("builds next from a request URL with its query", () => {
    expect(nextFromUrl(new URL("http://x/templates?status=REJECTED"))).toBe("/templates?status=REJECTED");
  });
});
