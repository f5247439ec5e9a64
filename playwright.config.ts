import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";
import { hashPasswordSync } from "./lib/auth/password";

/**
 * E2E against the production build (`next start`) and the NxCloud simulator, on dedicated
 * 127.0.0.1 ports so a running demo is never reused by mistake. Chromium is Debian's
 * (/usr/bin/chromium, or CHROMIUM_PATH): Playwright never downloads a browser here.
 */
export const CONSOLE_PORT = Number(process.env.E2E_PORT ?? 3110);
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);

/**
 * Sign-in for e2e. Specs run as the demo user (all accounts) by default: global-setup signs in and
 * saves the cookie to STORAGE_STATE. `alice` may see only `acme`; `bob` (only `initech`) exists to
 * be locked out by the throttling spec. The session secret is fixed so specs can seal cookies
 * (expired, forged user) themselves; it is test-only.
 */
export const STORAGE_STATE = path.join(import.meta.dirname, "e2e/.auth/demo.json");
export const E2E_USERS = {
  demo: { name: "demo", password: "demo", accounts: "*" },
  alice: { name: "alice", password: "alice-e2e-password", accounts: ["acme"] },
  bob: { name: "bob", password: "bob-e2e-password", accounts: ["initech"] },
} as const;
export const E2E_SESSION_SECRET = "e2e-only-session-secret-0123456789-abcdefghijklmnop";
export const E2E_SESSION_TTL_HOURS = 12;

// The e2e console keeps its database in a throwaway directory, never the repo's .data: every run
// starts cold. Set once in the main process; workers inherit it through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "tc-e2e-"));
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR;

// Deterministic salts: the config is evaluated in every worker too, and must mean the same users.
const consoleUsers = [E2E_USERS.alice, E2E_USERS.bob].map(({ name, password, accounts }) => ({
  name,
  passwordHash: hashPasswordSync(password, {
    salt: createHash("sha256").update(`e2e-salt:${name}`).digest().subarray(0, 16),
  }),
  accounts,
}));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    storageState: STORAGE_STATE,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/stack.mjs",
    url: `http://127.0.0.1:${CONSOLE_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(CONSOLE_PORT),
      SIM_PORT: String(SIM_PORT),
      LOG_LEVEL: "error",
      SESSION_SECRET: E2E_SESSION_SECRET,
      SESSION_TTL_HOURS: String(E2E_SESSION_TTL_HOURS),
      CONSOLE_USERS: JSON.stringify(consoleUsers),
      DEMO_USER: E2E_USERS.demo.name,
      DEMO_PASSWORD: E2E_USERS.demo.password,
      // Many specs sign in from 127.0.0.1; per-IP locking is unit-tested, per-user locking is e2e.
      LOGIN_MAX_FAILURES_PER_IP: "500",
      DATA_DIR: E2E_DATA_DIR,
      // No background sync during the run: specs control walks themselves (refresh, TTL); a
      // scheduled walk of every account would only add load and timing noise.
      SYNC_INTERVAL_MS: "86400000",
    },
  },
});
