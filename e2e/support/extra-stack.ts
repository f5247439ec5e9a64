import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";

/**
 * A second console + simulator, started by a spec that needs a COLD catalog (nothing walked yet)
 * or simulator faults that must not disturb the shared stack. Same build, its own ports, memory
 * and database: a fresh temporary DATA_DIR unless `env.DATA_DIR` is given (a restart test passes
 * the same one to two stacks); a temporary one is removed on `stop`.
 */
export interface ExtraStack {
  url: string;
  simUrl: string;
  stop: () => Promise<void>;
  setFaults: (faults: Record<string, unknown>) => Promise<void>;
  signedInContext: (browser: Browser) => Promise<BrowserContext>;
}

export async function startExtraStack(
  port: number,
  simPort: number,
  env: Record<string, string> = {},
): Promise<ExtraStack> {
  const root = path.resolve(import.meta.dirname, "../..");
  const ownDataDir = env.DATA_DIR ? null : mkdtempSync(path.join(tmpdir(), "tc-e2e-extra-"));
  const dataDir = env.DATA_DIR ?? (ownDataDir as string);
  const child: ChildProcess = spawn(process.execPath, ["scripts/stack.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SIM_PORT: String(simPort),
      LOG_LEVEL: "error",
      // No chat sink: its ports (SIM_PORT + 5, + 6) would collide with the shared stack's.
      SIM_SINK_PORT: "off",
      ...env,
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const simUrl = `http://127.0.0.1:${simPort}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`extra stack exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() - started > 60_000) throw new Error("extra stack did not start within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    simUrl,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
    setFaults: async (faults) => {
      const res = await fetch(`${simUrl}/__sim/faults`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(faults),
      });
      if (!res.ok) throw new Error(`faults rejected: ${await res.text()}`);
    },
    signedInContext: async (browser) => {
      const context = await browser.newContext({ baseURL: url, storageState: { cookies: [], origins: [] } });
      const res = await context.request.post("/api/auth/login", {
        form: { user: process.env.DEMO_USER ?? "demo", password: process.env.DEMO_PASSWORD ?? "demo" },
        headers: { origin: url },
        maxRedirects: 0,
      });
      if (res.status() >= 400) throw new Error(`sign-in failed: ${res.status()}`);
      return context;
    },
  };
}
