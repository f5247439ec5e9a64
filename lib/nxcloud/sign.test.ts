import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSignString, type SignHeaders, sign } from "./sign";

// Common inputs of the official examples (reference §1.4).
const headers: SignHeaders = {
  accessKey: "fme2na3kdi3ki",
  action: "send",
  bizType: "1",
  ts: "1655710885431",
};
const accessSecret = "abciiiko2k3";

describe("buildSignString", () => {
  it("matches the documented worked example exactly", () => {
    expect(buildSignString({ headers, body: '{"name":"牛小信","id":10001}', accessSecret })).toBe(
      'accessKey=fme2na3kdi3ki&action=send&bizType=1&ts=1655710885431&body={"name":"牛小信","id":10001}&accessSecret=abciiiko2k3',
    );
  });

  it("sorts header names in ASCII order whatever order they come in", () => {
    const shuffled = { ts: "1", bizType: "2", action: "getTemplate", accessKey: "k" } as SignHeaders;
    expect(buildSignString({ headers: shuffled, body: "", accessSecret: "s" })).toBe(
      "accessKey=k&action=getTemplate&bizType=2&ts=1&accessSecret=s",
    );
  });

  it("leaves out sign and algorithm even when passed along", () => {
    const extra = { ...headers, sign: "x", algorithm: "sha256" } as SignHeaders;
    expect(buildSignString({ headers: extra, body: "", accessSecret })).toBe(
      "accessKey=fme2na3kdi3ki&action=send&bizType=1&ts=1655710885431&accessSecret=abciiiko2k3",
    );
  });

  it("omits &body= for an empty body", () => {
    expect(buildSignString({ headers, body: "", accessSecret })).not.toContain("&body=");
  });

  it("keeps the body verbatim (no re-serialization, no encoding)", () => {
    const body = '{"a": "x&y=z",\n"b":"%20"}';
    expect(buildSignString({ headers, body, accessSecret })).toContain(`&body=${body}&accessSecret=`);
  });
});

describe("sign — official md5 vectors (reference §1.4)", () => {
  it.each([
    ['{"name":"牛小信","id":10001}', "87c3560d3331ae23f1021e2025722354"],
    ['{"id":10001,"name":"牛小信"}', "7750759da06333f20d0640be09355e34"],
    ['{"id": 10001, "name": "牛小信"}', "d0c24a9886c629330d7f3f2056c65bc2"],
  ])("body %s → %s", (body, expected) => {
    expect(sign({ headers, body, accessSecret })).toBe(expected);
    expect(sign({ headers, body, accessSecret, algorithm: "md5" })).toBe(expected);
  });

  it("matches JSON.stringify output for the Go/PHP key order", () => {
    const body = JSON.stringify({ id: 10001, name: "牛小信" });
    expect(sign({ headers, body, accessSecret })).toBe("7750759da06333f20d0640be09355e34");
  });
});

describe("sign — computed vectors", () => {
  it.each([
    ['{"name":"牛小信","id":10001}', "e0eec2c99ef80f269a82795e2223f618ebfc0616c8b6c8c7d438021ec38ad0eb"],
    ['{"id":10001,"name":"牛小信"}', "d04863619d46121592cdb312ec0a91c148a1f5daea64930ad0e1fb31a04dc808"],
  ])("sha256 of body %s → %s", (body, expected) => {
    expect(sign({ headers, body, accessSecret, algorithm: "sha256" })).toBe(expected);
  });

  it("empty body, md5 and sha256", () => {
    expect(sign({ headers, body: "", accessSecret })).toBe("884afe159e39b6c88a0d6102ca97d704");
    expect(sign({ headers, body: "", accessSecret, algorithm: "sha256" })).toBe(
      "921e82155cc02cdf78da934307c33cdca3f412d35ddb5b965482a2e029e900f4",
    );
  });

  it("getTemplate-shaped request, md5 and sha256", () => {
    const input = {
      headers: { accessKey: "fme2na3kdi3ki", action: "getTemplate", bizType: "2", ts: "1655710885431" },
      body: '{"business_phone":"185xxx99","appkey":"jh42xxxd434","messaging_product":"whatsapp"}',
      accessSecret,
    };
    expect(sign(input)).toBe("01f349b9c26519679ca4a31b5d3a3315");
    expect(sign({ ...input, algorithm: "sha256" })).toBe(
      "f10399a1160a877a1e65488e49c7108acff4b40ac3b6d0ca62cdb917d87399e4",
    );
  });

  it("hashes the UTF-8 bytes of a non-ASCII body", () => {
    const input = {
      headers: { ...headers, action: "getTemplate", bizType: "2" },
      body: JSON.stringify({ name: "订单通知 ✅ café" }),
      accessSecret,
    };
    const utf8 = new TextEncoder().encode(buildSignString(input));
    const latin1 = Buffer.from(buildSignString(input), "latin1");
    const result = sign(input);
    expect(result).toBe(createHash("md5").update(utf8).digest("hex"));
    expect(result).not.toBe(createHash("md5").update(latin1).digest("hex"));
    expect(sign({ ...input, algorithm: "sha256" })).toBe(createHash("sha256").update(utf8).digest("hex"));
  });

  it("returns lowercase hex of the right length", () => {
    expect(sign({ headers, body: "{}", accessSecret })).toMatch(/^[0-9a-f]{32}$/);
    expect(sign({ headers, body: "{}", accessSecret, algorithm: "sha256" })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any input changes", () => {
    const base = sign({ headers, body: "{}", accessSecret });
    expect(sign({ headers: { ...headers, ts: "1655710885432" }, body: "{}", accessSecret })).not.toBe(base);
    expect(sign({ headers, body: "{ }", accessSecret })).not.toBe(base);
    expect(sign({ headers, body: "{}", accessSecret: "other" })).not.toBe(base);
  });
});
