// Run with: tsx --conditions=react-server scripts/seed-history.ts  (the console's server modules are
// "server-only"; the react-server condition is how a server runtime imports them).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Template, templateSchema } from "../lib/nxcloud/schemas";
import { readTemplate } from "../lib/nxcloud/template-tolerant";
import type { FetchPage } from "../server/catalog/walker";
import { createContainer } from "../server/container";
import { openDatabase } from "../server/db/connect";
import { generateDataset } from "../sim/dataset/generate";
import type { SimAccount } from "../sim/dataset/types";
import { createTimeline } from "../sim/timeline";

/**
 * The demo's 90 days of history, produced by the console's REAL sync and diff (walker → catalog →
 * database store → change log and roll-ups) observing the simulator's timeline under a virtual
 * clock: a sync of every account every 4 virtual hours from 90 days ago until now. No row is
 * written by hand. The timeline's origin and live start are saved in DATA_DIR/demo-timeline.json;
 * the simulator started afterwards replays the same timeline from them (sim/timeline.ts), so what
 * the live console sees next continues this history. A second start finds the file and does
 * nothing.
 *
 * The walk here reads the simulator's dataset in-process (same pages, same templates as over
 * HTTP, without 60 s signature windows that a virtual clock cannot satisfy).
 */
const DAY = 86_400_000;
const dataDir = process.env.DATA_DIR ?? ".data";
const seed = Number(process.env.SIM_SEED ?? 42);
const publicUrl = (process.env.SIM_PUBLIC_URL ?? `http://127.0.0.1:${process.env.SIM_PORT ?? 4010}`).replace(
  /\/+$/,
  "",
);
const days = Number(process.env.DEMO_HISTORY_DAYS ?? 90);
const stepMs = Number(process.env.DEMO_HISTORY_STEP_MS ?? 4 * 3_600_000);
const marker = path.join(dataDir, "demo-timeline.json");

export interface DemoTimeline {
  seed: number;
  origin: number;
  liveFrom: number;
  publicUrl: string;
}

if (existsSync(marker)) {
  const saved = JSON.parse(readFileSync(marker, "utf8")) as DemoTimeline;
  console.log(`demo history: already in ${dataDir} (from ${new Date(saved.origin).toISOString()})`);
  process.exit(0);
}

const started = Date.now();
const liveFrom = started;
const origin = liveFrom - days * DAY;
const dataset = generateDataset({ seed, mediaBaseUrl: publicUrl });
const timeline = createTimeline(dataset, { seed, origin, liveFrom });
/** Each dataset template read once, tolerantly, as the catalog reads a page (null: skipped). */
const parsed = new WeakMap<object, Template | null>();
function read(input: object): Template | null {
  let t = parsed.get(input);
  if (t === undefined) {
    const result = readTemplate(input, templateSchema);
    t = result.ok ? result.template : null;
    parsed.set(input, t);
  }
  return t;
}

function pagesOf(account: SimAccount): FetchPage {
  let listing: readonly SimAccount["templates"][number][] = [];
  return async ({ after, limit }) => {
    // A walk reads one listing from its first page to its last, like cursors over Meta's edge.
    if (after === undefined) listing = [...account.templates];
    const start = after === undefined ? 0 : Number(after);
    const slice = listing.slice(start, start + limit);
    const data = slice.map(read).filter((t): t is Template => t !== null);
    const skipped = slice.length - data.length;
    const end = start + slice.length;
    return end < listing.length
      ? { data, skipped, paging: { cursors: { after: String(end) }, next: `${publicUrl}/page?after=${end}` } }
      : { data, skipped };
  };
}

let virtual = origin;
const accounts = dataset.accounts.map((a) => ({
  id: a.id,
  label: a.label,
  appkey: a.appkey,
  business_phone: a.business_phone,
}));
const byId = new Map(dataset.accounts.map((a) => [a.id, a]));
process.env.LOG_LEVEL ??= "warn";
const container = await createContainer({
  accounts,
  fetchPageFor: (account) => pagesOf(byId.get(account.id) as SimAccount),
  database: openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir }),
  now: () => virtual,
  ttlMs: DAY,
  pageSize: 100,
});
let syncs = 0;
for (virtual = origin; virtual <= liveFrom; virtual += stepMs) {
  timeline.advanceTo(virtual);
  for (const a of accounts) {
    await container.catalog.refresh(a.id);
    await container.catalog.whenIdle(a.id);
    syncs += 1;
  }
}
const changes = container.history
  ? (await container.history.listChanges({ accounts: accounts.map((a) => a.id), page: 1, pageSize: 1 })).total
  : 0;
await container.close();
const saved: DemoTimeline = { seed, origin, liveFrom, publicUrl };
writeFileSync(marker, `${JSON.stringify(saved, null, 2)}\n`);
console.log(
  `demo history: ${days} days, ${syncs} syncs, ${changes} changes recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
