import { describe, expect, it } from "vitest";
import { mediaUrl } from "./media-url";

describe("mediaUrl", () => {
  it("sends third-party http(s) media through the console's own route", () => {
    expect(mediaUrl("https://scontent.whatsapp.net/v/t61/abc.jpg?x=1&y=2")).toBe(
      "/api/media?url=https%3A%2F%2Fscontent.whatsapp.net%2Fv%2Ft61%2Fabc.jpg%3Fx%3D1%26y%3D2",
    );
    expect(mediaUrl("http://127.0.0.1:4010/media/product-1.png")).toBe(
      "/api/media?url=http%3A%2F%2F127.0.0.1%3A4010%2Fmedia%2Fproduct-1.png",
    );
  });

  it("gives nothing for anything else (no javascript:, no protocol-relative, no garbage)", () => {
    for (const bad of [
      null,
      undefined,
      "",
      "javascript:alert(1)",
      "//evil.com/a.png",
      "ftp://x/a.png",
      "not a url",
    ])
      expect(mediaUrl(bad)).toBeNull();
  });
});
