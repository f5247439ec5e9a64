import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./origin";

const post = (headers: Record<string, string>) =>
  checkSameOrigin({ method: "POST", headers: new Headers(headers) });

describe("checkSameOrigin", () => {
  it("lets safe methods through", () => {
    expect(checkSameOrigin({ method: "GET", headers: new Headers({ origin: "https://evil.com" }) }).ok).toBe(
      true,
    );
  });

  it("accepts same-origin browser requests", () => {
    expect(
      post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }).ok,
    ).toBe(true);
    expect(post({ host: "console.example", origin: "https://console.example" }).ok).toBe(true);
    expect(
      post({
        host: "internal:3000",
        "x-forwarded-host": "console.example",
        origin: "https://console.example",
      }).ok,
    ).toBe(true);
  });

  it("refuses cross-site and same-site requests by Sec-Fetch-Site", () => {
    expect(post({ host: "c.example", "sec-fetch-site": "cross-site" }).ok).toBe(false);
    expect(post({ host: "c.example", "sec-fetch-site": "same-site", origin: "https://c.example" }).ok).toBe(
      false,
    );
  });

  it("refuses a foreign, opaque or malformed Origin", () => {
    expect(post({ host: "127.0.0.1:3000", origin: "http://evil.com" }).ok).toBe(false);
    expect(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }).ok).toBe(false);
    expect(post({ host: "127.0.0.1:3000", origin: "null" }).ok).toBe(false);
    expect(post({ host: "127.0.0.1:3000", origin: "not a url" }).ok).toBe(false);
    expect(post({ host: "127.0.0.1:3000", origin: "file://127.0.0.1:3000" }).ok).toBe(false);
    expect(post({ origin: "http://127.0.0.1:3000" }).ok).toBe(false);
  });

  it("allows non-browser clients that send neither header (no ambient cookies to abuse)", () => {
    expect(post({ host: "127.0.0.1:3000" }).ok).toBe(true);
  });
});
