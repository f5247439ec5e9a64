import fc from "fast-check";
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
    ["dot segment before //", "/.//evil.com"],
    ["dot-dot segment before //", "/..//evil.com"],
    ["encoded dot before //", "/%2e//evil.com"],
    ["encoded dot-dot before //", "/%2e%2e//evil.com/x?y=1"],
    ["deeper dot-dot before //", "/a/../..//evil.com"],
  ])("rejects %s", (_label, raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(["/templates"])).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});

const ORIGIN = "http://console.invalid";

/** URL-ish strings: path segments (empty, dot, encoded dot, hosts, slashes) joined by "/", plus anything. */
const segment = fc.constantFrom(
  "",
  ".",
  "..",
  "%2e",
  "%2E%2e",
  ".%2e",
  "evil.com",
  "a",
  "\\",
  "%2f",
  "%5c",
  "login",
  "api",
  "@evil.com",
  "?x=1",
  "#h",
);
const urlish = fc.oneof(
  fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join("/")}`),
  fc
    .array(fc.constantFrom("/", "\\", ".", "%2e", "evil.com", ":", "@", "a", "\t"), { maxLength: 10 })
    .map((p) => p.join("")),
  fc.webUrl().map((u) => u.replace(/^https?:/, "")),
  fc.string({ maxLength: 40 }),
);

describe("safeNextPath (fuzzed)", () => {
  it("returns only same-origin paths that no browser reads as another host", () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const out = safeNextPath(raw);
        if (out === null) return;
        expect(out.startsWith("/")).toBe(true);
        expect(out.startsWith("//")).toBe(false);
        expect(out.startsWith("/\\")).toBe(false);
        expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
        // Stable: feeding the answer back gives the same answer (what the browser gets is what we checked).
        expect(safeNextPath(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
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
