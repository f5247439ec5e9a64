import { defineConfig, devices } from "@playwright/test";

/**
 * E2E against the production build (`next start`) and the NxCloud simulator, on dedicated
 * 127.0.0.1 ports so a running demo is never reused by mistake. Chromium is Debian's
 * (/usr/bin/chromium, or CHROMIUM_PATH): Playwright never downloads a browser here.
 */
export const CONSOLE_PORT = Number(process.env.E2E_PORT ?? 3110);
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/stack.mjs",
    url: `http://127.0.0.1:${CONSOLE_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(CONSOLE_PORT), SIM_PORT: String(SIM_PORT), LOG_LEVEL: "warn" },
  },
});
