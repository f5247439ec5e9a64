import { describe, expect, it } from "vitest";
import { SimConfigError } from "./config-error";
import { parseSimEnv } from "./env";

describe("parseSimEnv", () => {
  it("uses documented defaults", () => {
    const c = parseSimEnv({});
    expect(c).toMatchObject({
      accessKey: "demo-access-key",
      accessSecret: "demo-access-secret-change-me",
      port: 4010,
      host: "127.0.0.1",
      seed: 42,
      log: true,
      demoCredentials: true,
    });
    expect(c.faults).toMatchObject({ latencyMs: 0, forceCode: null, maxLimit: 100, hang: false });
    expect(c.publicUrl).toBeUndefined();
    expect(c.dataFile).toBeUndefined();
  });

  it("reads every variable, ignoring empty values", () => {
    const c = parseSimEnv({
      NXCLOUD_ACCESS_KEY: "k",
      NXCLOUD_ACCESS_SECRET: "s",
      SIM_PORT: "0",
      SIM_HOST: "0.0.0.0",
      SIM_SEED: "7",
      SIM_PUBLIC_URL: "https://sim.example.com/",
      NXCLOUD_SIM_DATA: "./data.json",
      SIM_LOG: "0",
      SIM_LATENCY_MS: "100",
      SIM_JITTER_MS: "50",
      SIM_ERROR_RATE: "0.25",
      SIM_FORCE_CODE: "-1",
      SIM_MALFORMED: "1",
      SIM_HANG: "true",
      SIM_FAIL_AT_PAGE: "3",
      SIM_FAIL_CODE: "9001",
      SIM_MAX_LIMIT: "50",
      UNRELATED: "x",
    });
    expect(c).toMatchObject({
      accessKey: "k",
      accessSecret: "s",
      port: 0,
      host: "0.0.0.0",
      seed: 7,
      publicUrl: "https://sim.example.com",
      dataFile: "./data.json",
      log: false,
      demoCredentials: false,
    });
    expect(c.faults).toEqual({
      latencyMs: 100,
      jitterMs: 50,
      errorRate: 0.25,
      forceCode: -1,
      malformed: true,
      hang: true,
      failAtPage: 3,
      failCode: 9001,
      maxLimit: 50,
    });
    expect(parseSimEnv({ SIM_PORT: "", SIM_SEED: "  " }).port).toBe(4010);
  });

  it.each([
    ["SIM_PORT", "abc"],
    ["SIM_PORT", "70000"],
    ["SIM_SEED", "-1"],
    ["SIM_ERROR_RATE", "1.5"],
    ["SIM_LATENCY_MS", "fast"],
    ["SIM_FORCE_CODE", "0"],
    ["SIM_MALFORMED", "maybe"],
    ["SIM_FAIL_AT_PAGE", "0"],
    ["SIM_MAX_LIMIT", "0"],
    ["SIM_PUBLIC_URL", "not a url"],
    ["SIM_HOST", "bad host!"],
  ])("%s=%s stops start-up naming the variable", (name, value) => {
    expect(() => parseSimEnv({ [name]: value })).toThrow(SimConfigError);
    expect(() => parseSimEnv({ [name]: value })).toThrow(
      new RegExp(`${name}: .*\\(got "${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\)`),
    );
  });
});

describe("chat sink settings", () => {
  it("defaults to SIM_PORT + 5 (SMTP + 6) with the demo secrets", () => {
    expect(parseSimEnv({}).sink).toEqual({
      port: 4015,
      smtpPort: 4016,
      secrets: {
        dingtalk: "SECdemo-dingtalk-sink-secret",
        feishu: "demo-feishu-sink-secret",
        webhook: "demo-webhook-sink-secret",
      },
    });
    expect(parseSimEnv({ SIM_PORT: "4160" }).sink).toMatchObject({ port: 4165, smtpPort: 4166 });
    expect(parseSimEnv({ SIM_PORT: "0" }).sink).toMatchObject({ port: 0, smtpPort: 0 });
  });

  it("reads ports, 'off' and secrets", () => {
    const c = parseSimEnv({
      SIM_SINK_PORT: "5000",
      SIM_SINK_SMTP_PORT: "off",
      SIM_SINK_DINGTALK_SECRET: "off",
      SIM_SINK_WEBHOOK_SECRET: "w",
    });
    expect(c.sink).toEqual({
      port: 5000,
      smtpPort: null,
      secrets: { dingtalk: null, feishu: "demo-feishu-sink-secret", webhook: "w" },
    });
    expect(parseSimEnv({ SIM_SINK_PORT: "off" }).sink).toMatchObject({ port: null, smtpPort: null });
    expect(() => parseSimEnv({ SIM_SINK_PORT: "x" })).toThrow(/SIM_SINK_PORT/);
  });
});
