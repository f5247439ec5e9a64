// `npm run demo`: install if needed, build, start the NxCloud simulator and the console
// (production build), print where to go and how to sign in. PORT changes the console's port.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ensureDependencies } from "./ensure-deps.mjs";

const root = path.resolve(import.meta.dirname, "..");
ensureDependencies();

if (process.env.SKIP_BUILD !== "1") {
  console.log("› Building the console (next build)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 90 days of history, observed by the console's own sync under a virtual clock (first start only;
// cached in DATA_DIR). DEMO_HISTORY=0 starts without history and without the simulator's timeline.
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const simPort = process.env.SIM_PORT ?? "4010";
const withHistory = process.env.DEMO_HISTORY !== "0";
const env = { DATA_DIR: dataDir, SYNC_INTERVAL_MS: process.env.SYNC_INTERVAL_MS ?? "60000" };
if (withHistory) {
  console.log("› Preparing the demo history (first start only)…");
  const seeded = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/seed-history.ts"],
    { cwd: root, stdio: "inherit", env: { ...process.env, DATA_DIR: dataDir, SIM_PORT: simPort } },
  );
  if (seeded.status !== 0) process.exit(seeded.status ?? 1);
  const timeline = JSON.parse(readFileSync(path.join(dataDir, "demo-timeline.json"), "utf8"));
  Object.assign(env, {
    SIM_TIMELINE: "1",
    SIM_TIMELINE_ORIGIN: String(timeline.origin),
    SIM_TIMELINE_LIVE_FROM: String(timeline.liveFrom),
    SIM_SEED: String(timeline.seed),
  });
}

const { startStack } = await import("./stack.mjs");
const stack = await startStack({ quiet: process.env.DEMO_VERBOSE !== "1", env });
const user = process.env.DEMO_USER ?? "demo";
const password = process.env.DEMO_PASSWORD ?? "demo";
console.log(`
  Template Console is running on the NxCloud simulator.

    Console     ${stack.url}
    Sign in     user "${user}" · password "${password}"
    Simulator   ${stack.simUrl}  (accounts: ${stack.accounts.map((a) => a.id).join(", ")})
    Chat sink   ${stack.sinkUrl}/  (alerts received: WeCom, DingTalk, Feishu, Slack, webhook, email)
    Data        ${dataDir}${withHistory ? "  (90 days of history; templates keep changing)" : ""}

  Press Ctrl+C to stop.
`);
// Exits once the servers have: a demo started right after finds its ports free.
const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
for (const c of stack.children)
  c.on("exit", (code) => {
    if (code) {
      console.error(`A server stopped (exit ${code}); shutting down.`);
      stack.stop().then(() => process.exit(code));
    }
  });
