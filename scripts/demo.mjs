// `npm run demo`: install if needed, build, start the NxCloud simulator and the console
// (production build), print where to go and how to sign in. PORT changes the console's port.
import { spawnSync } from "node:child_process";
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

const { startStack } = await import("./stack.mjs");
const stack = await startStack({ quiet: process.env.DEMO_VERBOSE !== "1" });
const user = process.env.DEMO_USER ?? "demo";
const password = process.env.DEMO_PASSWORD ?? "demo";
console.log(`
  Template Console is running on the NxCloud simulator.

    Console     ${stack.url}
    Sign in     user "${user}" · password "${password}"
    Simulator   ${stack.simUrl}  (accounts: ${stack.accounts.map((a) => a.id).join(", ")})
    Chat sink   ${stack.sinkUrl}/  (alerts received: WeCom, DingTalk, Feishu, Slack, webhook, email)

  Press Ctrl+C to stop.
`);
const shutdown = () => {
  stack.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
for (const c of stack.children)
  c.on("exit", (code) => {
    if (code) {
      console.error(`A server stopped (exit ${code}); shutting down.`);
      stack.stop();
      process.exit(code);
    }
  });
