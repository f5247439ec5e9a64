import * as z from "zod";
import { SimConfigError } from "./config-error";
import { type Faults, faultsSchema } from "./faults";

/**
 * Environment of `tsx sim/main.ts`, parsed with zod. Empty values count as unset. Any bad value stops
 * start-up with a SimConfigError naming the variable.
 */

export const DEMO_ACCESS_KEY = "demo-access-key";
export const DEMO_ACCESS_SECRET = "demo-access-secret-change-me";

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `must be an integer between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be an integer between ${min} and ${max}`);
const flag = z
  .enum(["0", "1", "true", "false", "yes", "no", "on", "off"], {
    message: "must be 1/0, true/false, yes/no or on/off",
  })
  .transform((v) => ["1", "true", "yes", "on"].includes(v));
const rate = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, "must be a number between 0 and 1")
  .transform(Number);
const httpUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), "must be an absolute http(s) URL")
  .transform((v) => v.replace(/\/+$/, ""));

const envSchema = z.object({
  NXCLOUD_ACCESS_KEY: z.string().min(1).default(DEMO_ACCESS_KEY),
  NXCLOUD_ACCESS_SECRET: z.string().min(1).default(DEMO_ACCESS_SECRET),
  SIM_PORT: int(0, 65_535).optional(),
  SIM_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:_-]+$/, "must be a host name or IP address")
    .default("127.0.0.1"),
  SIM_SEED: int(0, 4_294_967_295).optional(),
  SIM_PUBLIC_URL: httpUrl.optional(),
  NXCLOUD_SIM_DATA: z.string().min(1).optional(),
  SIM_LOG: flag.optional(),
  SIM_LATENCY_MS: int(0, 600_000).optional(),
  SIM_JITTER_MS: int(0, 600_000).optional(),
  SIM_ERROR_RATE: rate.optional(),
  SIM_FORCE_CODE: int(-1_000_000, 1_000_000)
    .refine((n) => n !== 0, "must be a non-zero code")
    .optional(),
  SIM_MALFORMED: flag.optional(),
  SIM_HANG: flag.optional(),
  SIM_FAIL_AT_PAGE: int(1, 1_000_000).optional(),
  SIM_FAIL_CODE: int(-1_000_000, 1_000_000)
    .refine((n) => n !== 0, "must be a non-zero code")
    .optional(),
  SIM_MAX_LIMIT: int(1, 100_000).optional(),
  /** Chat sink (alerts receiver): port, or "off". Default: SIM_PORT + 5. */
  SIM_SINK_PORT: z.union([z.literal("off"), int(0, 65_535)]).optional(),
  /** The sink's SMTP receiver: port, or "off". Default: sink port + 1. */
  SIM_SINK_SMTP_PORT: z.union([z.literal("off"), int(0, 65_535)]).optional(),
  /** Secrets the sink verifies signatures with ("off": accept unsigned). Demo defaults below. */
  SIM_SINK_DINGTALK_SECRET: z.string().min(1).optional(),
  SIM_SINK_FEISHU_SECRET: z.string().min(1).optional(),
  SIM_SINK_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Templates change over time (timeline.ts). */
  SIM_TIMELINE: flag.optional(),
  /** Epoch ms where the timeline starts; default: 90 days before start-up. */
  SIM_TIMELINE_ORIGIN: int(0, 8_640_000_000_000).optional(),
  /** Epoch ms from which changes come at the live pace (~1/min); default: start-up. */
  SIM_TIMELINE_LIVE_FROM: int(0, 8_640_000_000_000).optional(),
});

/** The chat sink's signing secrets in the demo (public: the sink is a local toy). */
export const DEMO_SINK_SECRETS = {
  dingtalk: "SECdemo-dingtalk-sink-secret",
  feishu: "demo-feishu-sink-secret",
  webhook: "demo-webhook-sink-secret",
} as const;

export interface SinkEnvConfig {
  /** null: no sink. */
  port: number | null;
  smtpPort: number | null;
  secrets: { dingtalk: string | null; feishu: string | null; webhook: string | null };
}

export interface SimEnvConfig {
  accessKey: string;
  accessSecret: string;
  port: number;
  host: string;
  seed: number;
  publicUrl?: string;
  dataFile?: string;
  log: boolean;
  faults: Faults;
  timeline?: { origin: number; liveFrom: number };
  /** True when the demo credentials are in use (main.ts warns about it). */
  demoCredentials: boolean;
  sink: SinkEnvConfig;
}

export function parseSimEnv(env: Readonly<Record<string, string | undefined>>): SimEnvConfig {
  const input: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== "") input[key] = value.trim();
  }
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const got = input[name];
      return `  - ${name}: ${issue.message}${got !== undefined ? ` (got ${JSON.stringify(got)})` : ""}`;
    });
    throw new SimConfigError(`Invalid simulator environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const faults = faultsSchema.parse({
    latencyMs: e.SIM_LATENCY_MS,
    jitterMs: e.SIM_JITTER_MS,
    errorRate: e.SIM_ERROR_RATE,
    forceCode: e.SIM_FORCE_CODE ?? null,
    malformed: e.SIM_MALFORMED,
    hang: e.SIM_HANG,
    failAtPage: e.SIM_FAIL_AT_PAGE ?? null,
    failCode: e.SIM_FAIL_CODE,
    maxLimit: e.SIM_MAX_LIMIT,
  });
  const port = e.SIM_PORT ?? 4010;
  const sinkPort = e.SIM_SINK_PORT === "off" ? null : (e.SIM_SINK_PORT ?? (port === 0 ? 0 : port + 5));
  const smtpPort =
    sinkPort === null || e.SIM_SINK_SMTP_PORT === "off"
      ? null
      : (e.SIM_SINK_SMTP_PORT ?? (sinkPort === 0 ? 0 : sinkPort + 1));
  const secret = (v: string | undefined, fallback: string) => (v === "off" ? null : (v ?? fallback));
  return {
    accessKey: e.NXCLOUD_ACCESS_KEY,
    accessSecret: e.NXCLOUD_ACCESS_SECRET,
    port,
    host: e.SIM_HOST,
    seed: e.SIM_SEED ?? 42,
    publicUrl: e.SIM_PUBLIC_URL,
    dataFile: e.NXCLOUD_SIM_DATA,
    log: e.SIM_LOG ?? true,
    faults,
    ...(e.SIM_TIMELINE
      ? {
          timeline: {
            origin: e.SIM_TIMELINE_ORIGIN ?? Date.now() - 90 * 86_400_000,
            liveFrom: e.SIM_TIMELINE_LIVE_FROM ?? Date.now(),
          },
        }
      : {}),
    demoCredentials:
      e.NXCLOUD_ACCESS_KEY === DEMO_ACCESS_KEY || e.NXCLOUD_ACCESS_SECRET === DEMO_ACCESS_SECRET,
    sink: {
      port: sinkPort,
      smtpPort,
      secrets: {
        dingtalk: secret(e.SIM_SINK_DINGTALK_SECRET, DEMO_SINK_SECRETS.dingtalk),
        feishu: secret(e.SIM_SINK_FEISHU_SECRET, DEMO_SINK_SECRETS.feishu),
        webhook: secret(e.SIM_SINK_WEBHOOK_SECRET, DEMO_SINK_SECRETS.webhook),
      },
    },
  };
}
