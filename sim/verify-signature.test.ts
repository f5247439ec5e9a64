import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testSign } from "./testing/client";
import { computeSign, parseAlgorithm, signString, verifySign } from "./verify-signature";

// Reference §1.4: common inputs of the official NxCloud examples.
const official = {
  accessKey: "fme2na3kdi3ki",
  action: "send",
  bizType: "1",
  ts: "1655710885431",
  accessSecret: "abciiiko2k3",
};

describe("NxCloud signature (sim implementation)", () => {
  it("reproduces the official md5 vector of the worked example", () => {
    const body = '{"name":"牛小信","id":10001}';
    expect(signString({ ...official, body }).toString("utf8")).toBe(
      'accessKey=fme2na3kdi3ki&action=send&bizType=1&ts=1655710885431&body={"name":"牛小信","id":10001}&accessSecret=abciiiko2k3',
    );
    expect(computeSign({ ...official, body })).toBe("87c3560d3331ae23f1021e2025722354");
  });

  it("reproduces the other documented md5 vectors (PHP/Go key order, Python spacing)", () => {
    expect(computeSign({ ...official, body: '{"id":10001,"name":"牛小信"}' })).toBe(
      "7750759da06333f20d0640be09355e34",
    );
    expect(computeSign({ ...official, body: '{"id": 10001, "name": "牛小信"}' })).toBe(
      "d0c24a9886c629330d7f3f2056c65bc2",
    );
  });

  it("matches the computed sha256 and empty-body vectors of the reference", () => {
    expect(computeSign({ ...official, body: '{"name":"牛小信","id":10001}' }, "sha256")).toBe(
      "e0eec2c99ef80f269a82795e2223f618ebfc0616c8b6c8c7d438021ec38ad0eb",
    );
    expect(computeSign({ ...official, body: '{"id":10001,"name":"牛小信"}' }, "sha256")).toBe(
      "d04863619d46121592cdb312ec0a91c148a1f5daea64930ad0e1fb31a04dc808",
    );
    expect(computeSign({ ...official, body: "" })).toBe("884afe159e39b6c88a0d6102ca97d704");
    expect(computeSign({ ...official, body: "" }, "sha256")).toBe(
      "921e82155cc02cdf78da934307c33cdca3f412d35ddb5b965482a2e029e900f4",
    );
  });

  it("matches the getTemplate-shaped vectors", () => {
    const input = {
      ...official,
      action: "getTemplate",
      bizType: "2",
      body: '{"business_phone":"185xxx99","appkey":"jh42xxxd434","messaging_product":"whatsapp"}',
    };
    expect(computeSign(input)).toBe("01f349b9c26519679ca4a31b5d3a3315");
    expect(computeSign(input, "sha256")).toBe(
      "f10399a1160a877a1e65488e49c7108acff4b40ac3b6d0ca62cdb917d87399e4",
    );
  });

  it("signs raw bytes exactly (string and Buffer bodies agree)", () => {
    const body = '{"a":"ü\\n","b":[1, 2]}\n';
    expect(computeSign({ ...official, body: Buffer.from(body, "utf8") })).toBe(
      computeSign({ ...official, body }),
    );
  });

  it("agrees with the independent test-side signer for arbitrary bodies and both algorithms", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.constantFrom("md5" as const, "sha256" as const),
        (body, alg) => {
          expect(computeSign({ ...official, body }, alg)).toBe(testSign({ ...official, body }, alg));
        },
      ),
    );
  });

  it("parses the algorithm header (default md5, case-insensitive, unknown → null)", () => {
    expect(parseAlgorithm(undefined)).toBe("md5");
    expect(parseAlgorithm("")).toBe("md5");
    expect(parseAlgorithm("MD5")).toBe("md5");
    expect(parseAlgorithm("sha256")).toBe("sha256");
    expect(parseAlgorithm("SHA256")).toBe("sha256");
    expect(parseAlgorithm("sha1")).toBeNull();
  });

  it("verifies in constant time and rejects uppercase, truncated or wrong signs", () => {
    const input = { ...official, body: "{}" };
    const good = computeSign(input);
    expect(verifySign(input, "md5", good)).toBe(true);
    expect(verifySign(input, "md5", good.toUpperCase())).toBe(false);
    expect(verifySign(input, "md5", good.slice(0, 31))).toBe(false);
    expect(verifySign(input, "sha256", good)).toBe(false);
    expect(verifySign({ ...input, accessSecret: "other" }, "md5", good)).toBe(false);
  });
});
