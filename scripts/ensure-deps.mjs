// Installs dependencies when they are missing or older than the lockfile, so that a fresh clone
// needs exactly one command (`npm run demo` or `npm test`). The lockfile pins every version.
// `npm install --no-save` rather than `npm ci`: npm 11 leaves other platforms' optional packages
// (biome, swc, sharp binaries) out of the lock it writes and `npm ci` then refuses that very lock;
// `install` accepts it, installs the locked versions, and `--no-save` keeps the checkout clean.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const marker = path.join(root, "node_modules", ".package-lock.json");
const lock = path.join(root, "package-lock.json");

export function dependenciesMissing() {
  if (!existsSync(marker)) return true;
  return statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
}

export function ensureDependencies() {
  if (!dependenciesMissing()) return;
  console.log("› Installing dependencies (npm install, versions from package-lock.json)…");
  const result = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("✗ npm install failed; see the output above.");
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDependencies();
