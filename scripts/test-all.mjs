// `npm test`: every check, in order, stopping at the first failure:
// lint → typecheck → unit tests → production build → Playwright e2e (system Chromium).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureDependencies } from "./ensure-deps.mjs";

const root = path.resolve(import.meta.dirname, "..");
ensureDependencies();

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `✗ Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const steps = [
  ["lint", bin("biome"), ["check", "."]],
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["unit tests", bin("vitest"), ["run"]],
  ["build", bin("next"), ["build"]],
  ["e2e", bin("playwright"), ["test"]],
];
const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name.split(" ")[0])) continue;
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CI: process.env.CI ?? "1" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log("\nAll checks passed.");
