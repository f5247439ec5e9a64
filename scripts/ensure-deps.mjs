// Installs dependencies when they are missing or older than the lockfile, so that a fresh clone
// needs exactly one command (`npm run demo` or `npm test`). The lockfile pins every version.
// `npm ci`: the committed lock lists every platform's optional binaries (swc, biome, sharp,
// lightningcss, rollup), so the same lock installs on Linux, macOS and Windows, exactly as pinned.
// Regenerate it with `npm install --package-lock-only` in a directory WITHOUT node_modules, or npm
// writes only this machine's binaries into it.
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

/** The Node.js floor of package.json `engines` (every dependency supports it: no EBADENGINE). */
export const NODE_MINIMUM = [20, 19, 0];

export function checkNodeVersion(version = process.versions.node) {
  const parts = version.split(".").map(Number);
  for (let i = 0; i < NODE_MINIMUM.length; i++) {
    if (parts[i] > NODE_MINIMUM[i]) return true;
    if (parts[i] < NODE_MINIMUM[i]) return false;
  }
  return true;
}

export function ensureDependencies() {
  if (!checkNodeVersion()) {
    console.error(
      `✗ Node.js ${NODE_MINIMUM.join(".")} or newer is required; this is ${process.versions.node}.`,
    );
    process.exit(1);
  }
  if (!dependenciesMissing()) return;
  console.log("› Installing dependencies (npm ci, exact versions from package-lock.json)…");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
    // npm is npm.cmd on Windows, which only a shell resolves.
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    console.error("✗ npm ci failed; see the output above.");
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDependencies();
