import { mkdirSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type FullConfig, request } from "@playwright/test";
import { E2E_USERS, STORAGE_STATE } from "../playwright.config";

export type E2EUser = (typeof E2E_USERS)[keyof typeof E2E_USERS];

/** Signs in through the real form endpoint; the cookie lands in `api` (or its browser context). */
export async function signIn(api: APIRequestContext, baseURL: string, user: E2EUser): Promise<void> {
  const res = await api.post("/api/auth/login", {
    form: { user: user.name, password: user.password },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  if (res.status() !== 303 || !(res.headers()["set-cookie"] ?? "").includes("tc_session="))
    throw new Error(
      `sign-in as ${user.name} failed (HTTP ${res.status()} → ${res.headers().location ?? ""})`,
    );
}

/**
 * Signs in once as the demo user (all accounts) and saves the session cookie, so every spec runs
 * signed in by default. Specs that need to be signed out use
 * `test.use({ storageState: { cookies: [], origins: [] } })`.
 */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("global-setup: no baseURL in playwright.config.ts");
  const context = await request.newContext({ baseURL });
  await signIn(context, baseURL, E2E_USERS.demo);
  mkdirSync(path.dirname(STORAGE_STATE), { recursive: true });
  await context.storageState({ path: STORAGE_STATE });
  await context.dispose();
}
