/**
 * Structured JSON logs, one line per event, with redaction: any field whose name looks like a
 * credential is replaced, and configured secret values are masked wherever they appear in strings.
 */
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const SECRET_KEY = /secret|password|passwd|token|sign|cookie|authorization|access.?key|appkey|hash/i;

/** Per-account credentials from NXCLOUD_ACCOUNTS (read leniently: logging must never throw). */
function accountSecrets(): unknown[] {
  try {
    const accounts = JSON.parse(process.env.NXCLOUD_ACCOUNTS ?? "[]") as unknown;
    if (!Array.isArray(accounts)) return [];
    return accounts.flatMap((a: { access_key?: unknown; access_secret?: unknown } | null) => [
      a?.access_key,
      a?.access_secret,
    ]);
  } catch {
    return [];
  }
}

/** Secret values shorter than this are not searched for inside text. */
const MIN_SECRET_IN_TEXT = 8;

let cachedSecrets: { source: string; values: string[] } | undefined;

/** Every configured secret value, re-read only when the environment changed. */
function secretValues(): string[] {
  const env = process.env;
  const source = [
    env.NXCLOUD_ACCESS_SECRET,
    env.NXCLOUD_ACCESS_KEY,
    env.SESSION_SECRET,
    env.NXCLOUD_ACCOUNTS,
  ].join("\u0000");
  if (cachedSecrets?.source !== source) {
    const values = [
      env.NXCLOUD_ACCESS_SECRET,
      env.NXCLOUD_ACCESS_KEY,
      env.SESSION_SECRET,
      ...accountSecrets(),
    ];
    cachedSecrets = {
      source,
      // A very short "secret" ("acme", "2026") matches ordinary words and numbers: masking it
      // inside text would mangle every log line and hide nothing an attacker could not guess.
      // Such values are still masked under credential-looking keys (SECRET_KEY above).
      values: values.filter((v): v is string => typeof v === "string" && v.length >= MIN_SECRET_IN_TEXT),
    };
  }
  return cachedSecrets.values;
}

export function redact(value: unknown, depth = 0, secrets = secretValues()): unknown {
  if (depth > 6) return "[…]";
  if (typeof value === "string") {
    return secrets.reduce((s, secret) => s.split(secret).join("[redacted]"), value);
  }
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redact(value.message, depth + 1, secrets),
      code: (value as { code?: unknown }).code,
    };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1, secrets),
      ]),
    );
  }
  return value;
}

function emit(level: Level, message: string, fields?: Record<string, unknown>) {
  const threshold = (process.env.LOG_LEVEL as Level | "silent" | undefined) ?? "info";
  if (ORDER[level] < (ORDER[threshold] ?? ORDER.info)) return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...(redact(fields ?? {}) as object),
  });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const logger = {
  debug: (m: string, f?: Record<string, unknown>) => emit("debug", m, f),
  info: (m: string, f?: Record<string, unknown>) => emit("info", m, f),
  warn: (m: string, f?: Record<string, unknown>) => emit("warn", m, f),
  error: (m: string, f?: Record<string, unknown>) => emit("error", m, f),
};
