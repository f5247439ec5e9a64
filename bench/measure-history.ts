// Run with: tsx --conditions=react-server bench/measure-history.ts  → one JSON line on stdout:
// { rows: BenchRow[], details }.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readPageTemplates, type Template, type UnreadTemplatePage } from "../lib/nxcloud/schemas";
import { templateListQuerySchema } from "../lib/templates/list-contract";
import { createDatabaseCatalogStore } from "../server/catalog/database-store";
import { type FetchPage, walkTemplates } from "../server/catalog/walker";
import { createContainer } from "../server/container";
import { openDatabase } from "../server/db/connect";
import { listTemplates } from "../server/use-cases/list";
import { generateDataset } from "../sim/dataset/generate";
import { type BenchRow, median, round } from "./report";

/**
 * Server-side numbers for `npm run bench`, in-process (SQLite in a temp dir, the simulator's
 * dataset, no network), each beside a baseline of the same run:
 * - restart → first full answer for the 6,000-template account (from the store), beside its cold walk;
 * - sync without change: rows written, and CPU time beside the bare walk's (process.cpuUsage);
 * - sync with 1 % changed: rows written;
 * - heap held per snapshot beside its raw JSON size (walked, and loaded from the store);
 * - rows of a failed refresh kept beside the snapshot.
 */
process.env.LOG_LEVEL = "error";
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const dataset = generateDataset({ seed: 42, mediaBaseUrl: "http://127.0.0.1:4010" });
const initech = dataset.accounts.find((a) => a.id === "initech");
if (!initech) throw new Error("no initech");
const rawTemplates = initech.templates;
const PAGE = 100;

/** The upstream's page bodies for a list of templates (PAGE per page). */
function pageTextsOf(list: readonly unknown[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < list.length; i += PAGE) texts.push(JSON.stringify(list.slice(i, i + PAGE)));
  return texts;
}
const pageTexts = pageTextsOf(rawTemplates);

/**
 * Upstream pages as the client hands them over (lib/nxcloud/client.ts): JSON text → JSON.parse,
 * a fingerprint of the text, templates read (zod, new objects) when the walk asks for them.
 */
function pagesOf(texts: readonly string[], failAfterPage?: number): FetchPage {
  return async ({ after }) => {
    const index = after === undefined ? 0 : Number(after);
    if (failAfterPage !== undefined && index >= failAfterPage) throw new Error("upstream went away");
    const text = texts[index] as string;
    const items = JSON.parse(text) as unknown[];
    const next = index + 1;
    const page: UnreadTemplatePage = {
      fingerprint: createHash("sha1").update(text).digest("base64"),
      read: () => readPageTemplates(items),
      ...(next < texts.length
        ? { paging: { cursors: { after: String(next) }, next: `http://x/?after=${next}` } }
        : {}),
    };
    return page;
  };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const account = {
  id: "initech",
  label: "Initech",
  appkey: initech.appkey,
  business_phone: initech.business_phone,
};
const user = { name: "bench", accounts: "*" as const, role: "viewer" as const };
const dir = mkdtempSync(path.join(tmpdir(), "tc-bench-history-"));
const rows: BenchRow[] = [];
const details: Record<string, unknown> = {};

// 1. Cold walk into the store, then restart → first full answer from the store.
const cold = await createContainer({
  accounts: [account],
  fetchPageFor: () => pagesOf(pageTexts),
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
if (first.total !== rawTemplates.length || !first.catalog.complete)
  throw new Error("restart answer incomplete");
restarted.catalog.close();
await restarted.database?.close();
rows.push({
  name: "restart → first full answer, 6,000 templates",
  value: Math.round(restartMs),
  unit: "ms",
  baseline: `cold walk in-process, no latency ${Math.round(coldWalkMs)} ms`,
  target: { op: "<=", value: 1000 },
});

// 2. CPU of a sync without change beside the bare walk (median of 5 each, alternating): the
// steady state (the catalog remembers what it read from each page of its last walk), and the first
// sync after a restart (nothing remembered: every page is read and compared with the held rows).
const bareCpu: number[] = [];
const syncCpu: number[] = [];
const afterRestartCpu: number[] = [];
const bareWalkCpu = async () => {
  gc();
  const c = process.cpuUsage();
  await walkTemplates({ fetchPage: pagesOf(pageTexts), limit: PAGE, fallbackPageSize: 20, maxPages: 1000 });
  return cpuMs(c);
};
const warm = await createContainer({
  accounts: [account],
  fetchPageFor: () => pagesOf(pageTexts),
  database: openDatabase({ dataDir: dir }),
});
await warm.catalog.get("initech"); // loads the held snapshot from the store (not measured)
await warm.catalog.refresh("initech"); // its first sync: pages remembered from now on
await warm.catalog.whenIdle("initech");
for (let i = 0; i < 5; i++) {
  bareCpu.push(await bareWalkCpu());
  gc();
  const c = process.cpuUsage();
  await warm.catalog.refresh("initech");
  await warm.catalog.whenIdle("initech");
  syncCpu.push(cpuMs(c));
}
for (let i = 0; i < 5; i++) {
  const restartedAgain = await createContainer({
    accounts: [account],
    fetchPageFor: () => pagesOf(pageTexts),
    database: openDatabase({ dataDir: dir }),
  });
  await restartedAgain.catalog.get("initech");
  bareCpu.push(await bareWalkCpu());
  gc();
  const c = process.cpuUsage();
  await restartedAgain.catalog.refresh("initech");
  await restartedAgain.catalog.whenIdle("initech");
  afterRestartCpu.push(cpuMs(c));
  await restartedAgain.close();
}
const bare = median(bareCpu);
const sync = median(syncCpu);
const afterRestart = median(afterRestartCpu);
rows.push({
  name: "sync without change: CPU ÷ bare walk",
  value: round(sync / bare, 2),
  unit: "×",
  baseline: `bare walk ${Math.round(bare)} ms CPU · sync ${Math.round(sync)} ms CPU (walk + diff + write)`,
  target: { op: "<=", value: 1.2 },
});
rows.push({
  name: "first sync after a restart, without change: CPU ÷ bare walk",
  value: round(afterRestart / bare, 2),
  unit: "×",
  baseline: `bare walk ${Math.round(bare)} ms CPU · sync ${Math.round(afterRestart)} ms CPU (pages known from the stored snapshot)`,
  target: { op: "<=", value: 1.2 },
});

// The other end: 1 % changed, one template on every page, so no page is known and every one is
// read, compared with the held rows, and 60 changes are written. Alternates between two states.
const flipped = rawTemplates.map((t, i) =>
  i % 100 === 0
    ? { ...(t as object), status: (t as { status?: string }).status === "PAUSED" ? "APPROVED" : "PAUSED" }
    : t,
);
const flippedTexts = pageTextsOf(flipped);
let flip = false;
const changing = await createContainer({
  accounts: [account],
  fetchPageFor: () => {
    flip = !flip;
    return pagesOf(flip ? flippedTexts : pageTexts);
  },
  database: openDatabase({ dataDir: dir }),
});
await changing.catalog.get("initech");
const changedCpu: number[] = [];
for (let i = 0; i < 6; i++) {
  gc();
  const c = process.cpuUsage();
  await changing.catalog.refresh("initech");
  await changing.catalog.whenIdle("initech");
  if (i > 0) changedCpu.push(cpuMs(c)); // the first one also loads nothing new, but warms
}
await changing.close();
rows.push({
  name: "sync with 1 % changed on every page: CPU ÷ bare walk",
  value: round(median(changedCpu) / bare, 2),
  unit: "×",
  baseline: `bare walk ${Math.round(bare)} ms CPU · sync ${Math.round(median(changedCpu))} ms CPU (all 60 pages read, 60 changes written)`,
});
details.cpu = {
  bareMs: bareCpu.map(Math.round),
  syncMs: syncCpu.map(Math.round),
  afterRestartMs: afterRestartCpu.map(Math.round),
  changedMs: changedCpu.map(Math.round),
};

// 3. Failed refresh beside a snapshot: how many partial rows stay held.
const failing = await createContainer({
  accounts: [account],
  fetchPageFor: () => pagesOf(pageTexts, 30),
  database: openDatabase({ dataDir: dir }),
});
await failing.catalog.get("initech");
await failing.catalog.refresh("initech");
await failing.catalog.whenIdle("initech");
const failedState = await failing.catalog.peekState("initech");
rows.push({
  name: "failed refresh: partial rows kept beside the snapshot",
  value: failing.catalog.retainedPartialRows("initech"),
  unit: "rows",
  baseline: `refresh failed on page 31 (${30 * PAGE} rows walked) · snapshot ${failedState.templatesFetched} rows kept`,
  target: { op: "<=", value: 0 },
});
await failing.close();
await warm.close();

// 4. Rows written: sync with no change, with 1 % changed.
const handle = openDatabase({ dataDir: dir });
const written: number[] = [];
const store = createDatabaseCatalogStore({ db: handle.db, onRecorded: (_a, _e, n) => written.push(n) });
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
const changedCount = Math.ceil(held.templates.length / 100);
rows.push({
  name: "sync without change: rows written",
  value: written[0] ?? null,
  unit: "rows",
  baseline: `${held.templates.length} templates`,
  target: { op: "<=", value: 2 },
});
rows.push({
  name: "sync with 1 % changed: rows written",
  value: written[1] ?? null,
  unit: "rows",
  baseline: `${changedCount} templates changed (row + event each, + 2)`,
  target: { op: "<=", value: 2 * changedCount + 2 },
});

// 5. Heap per held snapshot beside its raw JSON size: what the heap gives back when the snapshot is
// dropped (robust against unrelated garbage collected meanwhile). Both paths ran once above, so
// one-time costs (zod compiling its parsers, SQLite statements) are not counted.
const rawBytes = Buffer.byteLength(JSON.stringify(held.templates));
const fullGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
async function retainedBytes(make: () => Promise<{ drop: () => void }>): Promise<number> {
  const held = await make();
  const withIt = fullGc();
  held.drop();
  return withIt - fullGc();
}
const walkedBytes = await retainedBytes(async () => {
  let result: unknown = await walkTemplates({
    fetchPage: pagesOf(pageTexts),
    limit: PAGE,
    fallbackPageSize: 20,
    maxPages: 1000,
  });
  return {
    drop: () => {
      result = null;
      void result;
    },
  };
});
const loadedBytes = await retainedBytes(async () => {
  let other: ReturnType<typeof createDatabaseCatalogStore> | null = createDatabaseCatalogStore({
    db: handle.db,
  });
  await other.get("initech");
  return {
    drop: () => {
      other = null;
      void other;
    },
  };
});
await handle.close();
rmSync(dir, { recursive: true, force: true });
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
rows.push({
  name: "heap per snapshot ÷ raw JSON (walked)",
  value: round(walkedBytes / rawBytes, 2),
  unit: "×",
  baseline: `raw JSON ${mb(rawBytes)} · heap ${mb(walkedBytes)}`,
  target: { op: "<=", value: 2 },
});
rows.push({
  name: "heap per snapshot ÷ raw JSON (loaded from store)",
  value: round(loadedBytes / rawBytes, 2),
  unit: "×",
  baseline: `raw JSON ${mb(rawBytes)} · heap ${mb(loadedBytes)} (with its hashes)`,
  target: { op: "<=", value: 2 },
});
details.memory = { rawBytes, walkedBytes, loadedBytes };

console.log(JSON.stringify({ rows, details }));
process.exit(0);
