// Run with: tsx --conditions=react-server bench/measure-history.ts  → one JSON line on stdout.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Template, templateSchema } from "../lib/nxcloud/schemas";
import { templateListQuerySchema } from "../lib/templates/list-contract";
import { createDatabaseCatalogStore } from "../server/catalog/database-store";
import type { FetchPage } from "../server/catalog/walker";
import { createContainer } from "../server/container";
import { openDatabase } from "../server/db/connect";
import { listTemplates } from "../server/use-cases/list";
import { generateDataset } from "../sim/dataset/generate";

/**
 * History numbers for `npm run bench` (in-process, SQLite in a temp dir, the simulator's dataset):
 * restart → first full answer for the 6,000-template account beside the cold walk of the same run,
 * rows written by a sync with no change and with 1 % changed, and the database size after the
 * 90-day demo history (scripts/seed-history.ts, timed).
 */
process.env.LOG_LEVEL = "error";
const root = path.resolve(import.meta.dirname, "..");
const dataset = generateDataset({ seed: 42, mediaBaseUrl: "http://127.0.0.1:4010" });
const initech = dataset.accounts.find((a) => a.id === "initech");
if (!initech) throw new Error("no initech");
// Upstream pages as the client would parse them (a JSON round trip, new objects every walk).
const pages: FetchPage = async ({ after, limit }) => {
  const start = after === undefined ? 0 : Number(after);
  const slice = initech.templates.slice(start, start + limit);
  const data = (JSON.parse(JSON.stringify(slice)) as unknown[]).map((t) => templateSchema.parse(t));
  const end = start + data.length;
  return end < initech.templates.length
    ? { data, paging: { cursors: { after: String(end) }, next: `http://x/?after=${end}` } }
    : { data };
};
const account = {
  id: "initech",
  label: "Initech",
  appkey: initech.appkey,
  business_phone: initech.business_phone,
};
const user = { name: "bench", accounts: "*" as const, role: "viewer" as const };
const dir = mkdtempSync(path.join(tmpdir(), "tc-bench-history-"));

const cold = await createContainer({
  accounts: [account],
  fetchPageFor: () => pages,
  database: openDatabase({ dataDir: dir }),
});
let t0 = performance.now();
await cold.catalog.refresh("initech");
await cold.catalog.whenIdle("initech");
const coldWalkMs = performance.now() - t0;
await cold.close();

t0 = performance.now();
const restarted = await createContainer({
  accounts: [account],
  fetchPageFor: () => () => new Promise(() => undefined),
  database: openDatabase({ dataDir: dir }),
});
const first = await listTemplates(restarted, user, templateListQuerySchema.parse({ account: "initech" }));
const restartMs = performance.now() - t0;
if (first.total !== initech.templates.length || !first.catalog.complete)
  throw new Error("restart answer incomplete");
restarted.catalog.close();
await restarted.database?.close();

const handle = openDatabase({ dataDir: dir });
const rows: number[] = [];
const store = createDatabaseCatalogStore({ db: handle.db, onRecorded: (_a, _e, n) => rows.push(n) });
const held = await store.get("initech");
if (!held) throw new Error("nothing stored");
const copy = (list: readonly Template[]) => list.map((t) => JSON.parse(JSON.stringify(t)) as Template);
await store.set("initech", {
  ...held,
  templates: copy(held.templates),
  fetchedAt: held.fetchedAt + 60_000,
  version: held.version + 1,
});
const changed = copy(held.templates).map((t, i) => (i % 100 === 0 ? { ...t, status: "PAUSED" } : t));
await store.set("initech", {
  ...held,
  templates: changed,
  fetchedAt: held.fetchedAt + 120_000,
  version: held.version + 2,
});
await handle.close();
rmSync(dir, { recursive: true, force: true });

const demoDir = mkdtempSync(path.join(tmpdir(), "tc-bench-demo-"));
t0 = performance.now();
const seeded = spawnSync(
  path.join(root, "node_modules", ".bin", "tsx"),
  ["--conditions=react-server", "scripts/seed-history.ts"],
  {
    cwd: root,
    env: { ...process.env, DATA_DIR: demoDir },
    encoding: "utf8",
  },
);
const seedMs = performance.now() - t0;
const demoDbMb = seeded.status === 0 ? statSync(path.join(demoDir, "console.db")).size / 1_048_576 : null;
rmSync(demoDir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    coldWalkMs: Math.round(coldWalkMs),
    restartFirstAnswerMs: Math.round(restartMs),
    templates: initech.templates.length,
    rowsNoChange: rows[0],
    rowsOnePercent: rows[1],
    changedTemplates: Math.ceil(initech.templates.length / 100),
    demoSeed: {
      ms: Math.round(seedMs),
      dbMb: demoDbMb === null ? null : Number(demoDbMb.toFixed(1)),
      summary: seeded.stdout.trim(),
    },
  }),
);
process.exit(0);
