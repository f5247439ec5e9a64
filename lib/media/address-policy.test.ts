import { describe, expect, it } from "vitest";
import { isPrivateAddress, mediaTargetProblem } from "./address-policy";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fc00::1",
    "fd12::1",
    "fe80::1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
  ])("%s is private", (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each(["8.8.8.8", "157.240.1.1", "172.32.0.1", "2a03:2880::1"])("%s is public", (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );
});

describe("mediaTargetProblem", () => {
  const demo = { allowedOrigins: ["http://127.0.0.1:4010"] };
  it("accepts public http(s) URLs and the configured simulator", () => {
    expect(mediaTargetProblem("https://cdn.example/a.png", { allowedOrigins: [] })).toBeNull();
    expect(mediaTargetProblem("http://127.0.0.1:4010/media/a.png", demo)).toBeNull();
  });
  it("refuses other schemes, credentials in the URL, and private literal addresses", () => {
    expect(mediaTargetProblem("file:///etc/passwd", demo)).toMatch(/http/);
    expect(mediaTargetProblem("https://user:pw@cdn.example/a.png", demo)).toMatch(/credentials/);
    expect(mediaTargetProblem("http://127.0.0.1:4011/x.png", demo)).toMatch(/private/);
    expect(mediaTargetProblem("http://169.254.169.254/latest/meta-data", demo)).toMatch(/private/);
    expect(mediaTargetProblem("http://[::1]:4010/x.png", demo)).toMatch(/private/);
    expect(mediaTargetProblem("http://localhost:4010/x.png", { allowedOrigins: [] })).toMatch(/private/);
  });
});
