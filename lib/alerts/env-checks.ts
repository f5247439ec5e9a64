/**
 * Start-up checks and defaults for alerts. In production (NODE_ENV=production without DEMO_MODE):
 * ALERTS_SECRET_KEY encrypts channel secrets at rest, so it is required; private targets are
 * never allowed (ALERTS_ALLOW_PRIVATE_TARGETS would let a rule reach the internal network);
 * CONSOLE_PUBLIC_URL is required, because links in chat messages must open the console from
 * outside. In the demo and in development, links point at this server on loopback.
 */

export interface AlertsEnv {
  NODE_ENV: string;
  DEMO_MODE: boolean;
  ALERTS_SECRET_KEY?: string | undefined;
  ALERTS_ALLOW_PRIVATE_TARGETS: boolean;
  CONSOLE_PUBLIC_URL?: string | undefined;
}

function isProduction(env: AlertsEnv): boolean {
  return env.NODE_ENV === "production" && !env.DEMO_MODE;
}

export function alertsConfigProblems(env: AlertsEnv): string[] {
  if (!isProduction(env)) return [];
  const problems: string[] = [];
  if (!env.ALERTS_SECRET_KEY?.trim())
    problems.push(
      "ALERTS_SECRET_KEY: required in production (encrypts alert channel secrets at rest); generate one with `openssl rand -base64 32`",
    );
  if (env.ALERTS_ALLOW_PRIVATE_TARGETS)
    problems.push(
      "ALERTS_ALLOW_PRIVATE_TARGETS: refused in production (alerts could reach private and loopback addresses); remove it",
    );
  if (!env.CONSOLE_PUBLIC_URL)
    problems.push(
      "CONSOLE_PUBLIC_URL: required in production (alert messages link to the console), e.g. https://console.example.com",
    );
  return problems;
}

/** The base of links in alert messages. */
export function consolePublicUrl(env: AlertsEnv, port: string | undefined): string {
  if (env.CONSOLE_PUBLIC_URL) return env.CONSOLE_PUBLIC_URL.replace(/\/+$/, "");
  return `http://127.0.0.1:${port && /^\d+$/.test(port) ? port : "3000"}`;
}
