import * as z from "zod";

/**
 * Every setting of the console, from environment variables. Pure (no `server-only`) so it can be
 * unit-tested and reused by scripts; `env.ts` is the server-only accessor that parses once.
 * Documented one by one in `.env.example`.
 */

const bool = z
  .enum(["0", "1", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const intIn = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: "custom",
          message: `expected a whole number from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

export const accountConfigSchema = z.object({
  id: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{1,64}$/, "id must be 1–64 letters, digits, '_', '.' or '-'")
    .refine((v) => v !== "all", "id 'all' is reserved for the all-accounts view"),
  label: z.string().min(1, "label must not be empty").max(80),
  appkey: z.string().min(1, "appkey must not be empty"),
  business_phone: z.string().regex(/^\d{6,20}$/, "business_phone must be 6–20 digits with country code"),
  /** Optional per-account credentials, for customers with several NxCloud keys. */
  access_key: z.string().min(1).optional(),
  access_secret: z.string().min(1).optional(),
});
export type AccountConfig = z.infer<typeof accountConfigSchema>;

export const accountsSchema = z.array(accountConfigSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((a, i) => {
    if (seen.has(a.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate account id "${a.id}"` });
    seen.add(a.id);
    if (Boolean(a.access_key) !== Boolean(a.access_secret))
      ctx.addIssue({ code: "custom", path: [i], message: "access_key and access_secret go together" });
  });
});

/** An empty value (`SMTP_URL=` in a .env file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const jsonArray = z.string().transform((v, ctx) => {
  try {
    return JSON.parse(v) as unknown;
  } catch (e) {
    // Only where, never the parser's message: V8 quotes part of the input, which may hold a secret.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    ctx.addIssue({
      code: "custom",
      message: at ? `not valid JSON (near character ${at})` : "not valid JSON",
    });
    return z.NEVER;
  }
});

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** Demo mode: accounts from the simulator, a documented demo user, localhost only. */
  DEMO_MODE: bool,
  /** Lets demo mode listen beyond loopback (the sign-in page then warns). */
  DEMO_ALLOW_REMOTE: bool,
  NXCLOUD_BASE_URL: z.url({
    protocol: /^https?$/,
    error: "must be an http(s) URL such as https://api2.nxcloud.com",
  }),
  NXCLOUD_ACCESS_KEY: z.string().min(1, "is required (NxCloud console → API credentials)"),
  NXCLOUD_ACCESS_SECRET: z.string().min(1, "is required (NxCloud console → API credentials)"),
  NXCLOUD_SIGN_ALGORITHM: z.enum(["md5", "sha256"]).default("md5"),
  NXCLOUD_TIMEOUT_MS: intIn(500, 120_000, 10_000),
  NXCLOUD_RETRIES: intIn(0, 10, 3),
  /** Largest upstream response body read, in bytes; larger ones fail as upstream_too_large. */
  NXCLOUD_MAX_RESPONSE_BYTES: intIn(64 * 1024, 512 * 1024 * 1024, 20 * 1024 * 1024),
  /** Page size used to walk getTemplate; falls back to 20 when the upstream rejects it. */
  NXCLOUD_PAGE_SIZE: intIn(1, 1000, 100),
  NXCLOUD_ACCOUNTS: jsonArray.pipe(accountsSchema),
  CATALOG_TTL_MS: intIn(1_000, 86_400_000, 60_000),
  CATALOG_MAX_PAGES: intIn(1, 100_000, 1_000),
  /** Failed walks in a row after which an account is paused (circuit breaker)… */
  CATALOG_BREAKER_FAILURES: intIn(1, 100, 3),
  /** …for this long (ms); then one trial walk. */
  CATALOG_BREAKER_PAUSE_MS: intIn(1_000, 3_600_000, 120_000),
  /** Where the embedded SQLite database lives (created if missing). Ignored with DATABASE_URL. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** postgres://… : use PostgreSQL instead of the embedded SQLite file. */
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
  /** Connections in this instance's PostgreSQL pool (plus one for locks and notifications). */
  DATABASE_POOL_SIZE: intIn(2, 200, 10),
  /**
   * Several instances: a first walk's progress not updated for this long (ms) is shown as stalled
   * ("waiting for another instance to take over") instead of its frozen count. A few page timeouts.
   */
  WALK_PROGRESS_STALE_MS: intIn(5_000, 3_600_000, 60_000),
  /** Background sync of every account, in ms. */
  SYNC_INTERVAL_MS: intIn(5_000, 86_400_000, 300_000),
  /** Change events, sync runs and daily roll-ups older than this are pruned. */
  HISTORY_RETENTION_DAYS: intIn(1, 36_500, 400),
  /** Session cookie encryption secret (at least 32 characters). */
  SESSION_SECRET: z.string().optional(),
  SESSION_TTL_HOURS: intIn(1, 24 * 90, 12),
  /** Absolute session lifetime from sign-in, however often the sliding expiry renewed it. */
  SESSION_MAX_AGE_HOURS: intIn(1, 24 * 366, 168),
  /** Users as JSON (see README) or a path to a JSON file with the same content. */
  CONSOLE_USERS: z.string().optional(),
  CONSOLE_USERS_FILE: z.string().optional(),
  /** Sign-in throttling: failures per user name, and per client IP, in 15 minutes. */
  LOGIN_MAX_FAILURES_PER_USER: intIn(1, 1000, 5),
  LOGIN_MAX_FAILURES_PER_IP: intIn(1, 100_000, 20),
  /**
   * Reverse proxies in front of the console that append to X-Forwarded-For. 0: the client talks
   * to the console directly — use the socket address, ignore the header.
   */
  TRUST_PROXY_HOPS: intIn(0, 10, 0),
  DEMO_USER: z.string().min(1).default("demo"),
  DEMO_PASSWORD: z.string().min(1).default("demo"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Public base URL of the console, for links in alert messages (no trailing path needed). */
  CONSOLE_PUBLIC_URL: optional(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://console.example.com" }),
  ),
  /** SMTP server for email alerts: smtp://[user:pass@]host[:port] or smtps://… (port 465). */
  SMTP_URL: optional(
    z
      .string()
      .refine((v) => /^smtps?:\/\/[^\s/]+/.test(v) && URL.canParse(v), "must be an smtp:// or smtps:// URL"),
  ),
  /** Sender of email alerts, e.g. "Template Console <alerts@example.com>". */
  SMTP_FROM: optional(
    z.string().regex(/^[^\r\n]*@[^\r\n]*$/, "must be an email address, optionally with a name"),
  ),
  /** Encrypts alert channel secrets at rest (≥ 32 characters); required in production. */
  ALERTS_SECRET_KEY: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
  /** Lets alerts reach private/loopback addresses (the demo's chat sink, tests). Never in production. */
  ALERTS_ALLOW_PRIVATE_TARGETS: bool,
  /** Port of the simulator's chat sink (alerts receiver for the demo); "off" (null): none. */
  SIM_SINK_PORT: z.union([z.literal("off").transform(() => null), intIn(0, 65_535, 4015)]),
  /** First retry delay of a failed alert delivery; doubles per attempt (tests shorten it). */
  ALERTS_RETRY_BASE_MS: intIn(10, 3_600_000, 30_000),
  /** How long a failing delivery is retried before it is marked dead (24 h). */
  ALERTS_RETRY_WINDOW_MS: intIn(1_000, 7 * 86_400_000, 86_400_000),
  /** How often the alerts worker looks for due deliveries and digests. */
  ALERTS_WORKER_INTERVAL_MS: intIn(50, 600_000, 2_000),
  /** Demo mode seeds one rule per channel type at the chat sink when there are none (0 turns it off). */
  ALERTS_DEMO_RULES: z
    .enum(["0", "1", "true", "false", "yes", "no", ""])
    .optional()
    .transform((v) => v === undefined || v === "" || v === "1" || v === "true" || v === "yes"),
});
export type Env = z.infer<typeof envSchema>;

/** Turns zod issues into lines that name the variable and what is expected. */
export function describeEnvIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [name, ...rest] = issue.path;
    const where = rest.reduce<string>(
      (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
      String(name),
    );
    const message =
      issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
    return `${where}: ${message}`;
  });
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new ConfigError(describeEnvIssues(result.error));
  return result.data;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}\nSee .env.example for every setting.`);
    this.name = "ConfigError";
  }
}
