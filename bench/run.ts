/**
 * `npm run bench`: a performance REPORT (not a test; nothing here fails CI). Every number is put
 * next to a baseline measured in the same run on the same machine, so the ratios mean something
 * on any hardware. Prints a table and writes bench/results/latest.json.
 *
 *  1. Cold walk of the 6,000-template account with the simulator at 100 ms latency, against the
 *     bound pages × latency.                                       target ≤ 1.15 × bound
 *  2. Warm GET /api/templates (filters + sort + page) under autocannon, 50 connections, beside the
 *     trivial /api/health route.           target throughput ≥ 50 % of trivial, p99 ≤ 50 ms
 *  3. Server RSS with every account loaded.                                target ≤ 400 MB
 *  4. First-load JS of /templates (gzip), beside a page with only the shell (404).         target ≤ 220 kB
 *  5. Filter click → updated rows on the 6,000-template account, median of 20, beside the bare
 *     API call for the same query.                                        target ≤ 150 ms
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { filterClickMs, firstLoadJsKb, withBrowser } from "./measure-browser";
import { load } from "./measure-http";
import { measureInstances } from "./measure-instances";
import { treeRssMb } from "./measure-rss";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3510);
const SIM_PORT = Number(process.env.BENCH_SIM_PORT ?? 4510);
const LATENCY_MS = 100;
const PAGE_SIZE = 100;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

// @ts-expect-error — plain ESM helper shared with the demo and Playwright.
const { startStack } = (await import("../scripts/stack.mjs")) as {
  startStack: (
    o: object,
  ) => Promise<{ url: string; simUrl: string; stop: () => void; children: { pid?: number }[] }>;
};

if (!existsSync(path.join(root, ".next", "BUILD_ID")) || process.env.BENCH_BUILD === "1") {
  console.log("› next build");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(1);
}

console.log("› starting simulator + console");
const stack = await startStack({
  port: PORT,
  simPort: SIM_PORT,
  quiet: true,
  env: {
    SIM_LATENCY_MS: String(LATENCY_MS),
    NXCLOUD_PAGE_SIZE: String(PAGE_SIZE),
    CATALOG_TTL_MS: "3600000",
    LOG_LEVEL: "error",
    // A cold start: the bench measures the walk, not a persisted snapshot.
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "tc-bench-")),
    SIM_LOG: "0",
  },
});

async function signIn(): Promise<string> {
  const res = await fetch(`${stack.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: stack.url },
    body: JSON.stringify({
      user: process.env.DEMO_USER ?? "demo",
      password: process.env.DEMO_PASSWORD ?? "demo",
    }),
    redirect: "manual",
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("tc_session="));
  if (!cookie) throw new Error(`sign-in failed (${res.status})`);
  return cookie.split(";")[0] as string;
}

async function walk(cookie: string, account: string) {
  const started = performance.now();
  for (;;) {
    const res = await fetch(`${stack.url}/api/templates?account=${account}&pageSize=10`, {
      headers: { cookie },
    });
    const body = (await res.json()) as {
      catalog: { complete: boolean; pagesFetched: number; error: unknown };
    };
    if (body.catalog.error) throw new Error(`walk failed: ${JSON.stringify(body.catalog.error)}`);
    if (body.catalog.complete) return { ms: performance.now() - started, pages: body.catalog.pagesFetched };
    await new Promise((r) => setTimeout(r, 20));
  }
}

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
try {
  const cookie = await signIn();
  const webPid = stack.children[1]?.pid;
  const rss = () => (webPid ? treeRssMb(webPid) : null);
  const rssIdle = rss();

  const cold = await walk(cookie, "initech");
  const bound = cold.pages * LATENCY_MS;
  report.coldWalk = {
    ms: Math.round(cold.ms),
    pages: cold.pages,
    latencyMs: LATENCY_MS,
    boundMs: bound,
    ratio: cold.ms / bound,
  };

  await walk(cookie, "acme");
  await walk(cookie, "globex");
  await fetch(`${stack.simUrl}/__sim/faults`, { method: "DELETE" });
  // Every account loaded, the all-accounts view and overview computed once: what a running
  // console holds. Measured before the load test, whose garbage the GC may not have returned yet.
  await fetch(`${stack.url}/api/templates?account=all`, { headers: { cookie } });
  await fetch(`${stack.url}/api/overview?account=all`, { headers: { cookie } });
  const rssLoaded = rss();

  const query =
    "account=initech&status=APPROVED,PAUSED,REJECTED&quality=RED,YELLOW,GREEN&sort=-quality&page=3&pageSize=50";
  await load(`${stack.url}/api/templates?${query}`, 2, { cookie }); // warm-up
  const trivial = await load(`${stack.url}/api/health`, LOAD_SECONDS);
  const warm = await load(`${stack.url}/api/templates?${query}`, LOAD_SECONDS, { cookie });
  report.warmApi = {
    trivial,
    templates: warm,
    throughputRatio: warm.requestsPerSecond / trivial.requestsPerSecond,
  };

  report.rssMb = rssLoaded;
  report.rss = { idleMb: rssIdle, loadedMb: rssLoaded, afterLoadTestMb: rss() };

  const browser = await withBrowser(stack.url, cookie, async (context) => {
    const templatesKb = await firstLoadJsKb(context, "/templates?account=acme", root);
    // Baseline: a page with only the app shell (a signed-in 404), i.e. what every page pays.
    const loginKb = await firstLoadJsKb(context, "/bench-baseline-not-found", root);
    const click = await filterClickMs(context, "/templates?account=initech", 20);
    return { templatesKb, loginKb, click };
  });
  report.firstLoadJs = {
    templatesKb: browser.templatesKb,
    baselineLoginKb: browser.loginKb,
    ratio: browser.templatesKb / browser.loginKb,
  };
  report.filterClick = {
    medianMs: browser.click.clickMedianMs,
    baselineApiMedianMs: browser.click.apiMedianMs,
    ratio: browser.click.clickMedianMs / browser.click.apiMedianMs,
    runs: browser.click.clicks.map((n) => Math.round(n)),
  };
} finally {
  stack.stop();
}

const r = report as {
  coldWalk: { ms: number; boundMs: number; ratio: number; pages: number };
  warmApi: {
    trivial: { requestsPerSecond: number; p99: number };
    templates: { requestsPerSecond: number; p50: number; p99: number; non2xx: number };
    throughputRatio: number;
  };
  rssMb: number | null;
  rss: { idleMb: number | null; afterLoadTestMb: number | null };
  firstLoadJs: { templatesKb: number; baselineLoginKb: number; ratio: number };
  filterClick: { medianMs: number; baselineApiMedianMs: number; ratio: number };
};
console.log("› history: restart, rows written per sync, 90-day demo database");
const historyRun = spawnSync(
  path.join(root, "node_modules", ".bin", "tsx"),
  ["--conditions=react-server", "bench/measure-history.ts"],
  { cwd: root, encoding: "utf8" },
);
const history = JSON.parse(historyRun.stdout.trim().split("\n").at(-1) ?? "{}") as {
  coldWalkMs: number;
  restartFirstAnswerMs: number;
  templates: number;
  rowsNoChange: number;
  rowsOnePercent: number;
  changedTemplates: number;
  demoSeed: { ms: number; dbMb: number | null };
};
(report as Record<string, unknown>).history = history;
const ok = (pass: boolean) => (pass ? "✓" : "✗");
const rows: [string, string, string, string][] = [
  [
    "cold walk initech (6,000 @100 ms)",
    `${r.coldWalk.ms} ms (${r.coldWalk.pages} pages)`,
    `bound ${r.coldWalk.boundMs} ms · ${r.coldWalk.ratio.toFixed(2)}×`,
    `${ok(r.coldWalk.ratio <= 1.15)} ≤ 1.15×`,
  ],
  [
    "warm /api/templates req/s",
    r.warmApi.templates.requestsPerSecond.toFixed(0),
    `trivial ${r.warmApi.trivial.requestsPerSecond.toFixed(0)} · ${(r.warmApi.throughputRatio * 100).toFixed(0)} %`,
    `${ok(r.warmApi.throughputRatio >= 0.5)} ≥ 50 %`,
  ],
  [
    "warm /api/templates p50 / p99",
    `${r.warmApi.templates.p50} / ${r.warmApi.templates.p99} ms`,
    `trivial p99 ${r.warmApi.trivial.p99} ms`,
    `${ok(r.warmApi.templates.p99 <= 50)} p99 ≤ 50 ms`,
  ],
  [
    "server RSS, all accounts loaded",
    `${r.rssMb} MB`,
    `idle ${r.rss.idleMb} MB · after load test ${r.rss.afterLoadTestMb} MB`,
    `${ok((r.rssMb ?? 0) <= 400)} ≤ 400 MB`,
  ],
  [
    "first-load JS /templates (gzip)",
    `${r.firstLoadJs.templatesKb} kB`,
    `shell ${r.firstLoadJs.baselineLoginKb} kB · ${r.firstLoadJs.ratio.toFixed(2)}×`,
    `${ok(r.firstLoadJs.templatesKb <= 220)} ≤ 220 kB`,
  ],
  [
    "filter click → rows (initech, median 20)",
    `${r.filterClick.medianMs} ms`,
    `API alone ${r.filterClick.baselineApiMedianMs} ms · ${r.filterClick.ratio.toFixed(1)}×`,
    `${ok(r.filterClick.medianMs <= 150)} ≤ 150 ms`,
  ],
  [
    "restart → first full answer, initech (store)",
    `${history.restartFirstAnswerMs} ms`,
    `cold walk in-process, no latency ${history.coldWalkMs} ms`,
    `${ok(history.restartFirstAnswerMs <= 1000)} ≤ 1 s`,
  ],
  [
    "rows written: sync without change / 1 % changed",
    `${history.rowsNoChange} / ${history.rowsOnePercent}`,
    `${history.templates} templates · ${history.changedTemplates} changed`,
    `${ok(history.rowsNoChange <= 2 && history.rowsOnePercent <= 2 * history.changedTemplates + 2)} O(1) / O(k)`,
  ],
  [
    "90-day demo history: database size, time",
    `${history.demoSeed.dbMb} MB`,
    `${(history.demoSeed.ms / 1000).toFixed(1)} s to produce`,
    `${ok(history.demoSeed.ms <= 30_000)} ≤ 30 s`,
  ],
];
console.log("› several instances on one PostgreSQL");
const instances = await measureInstances({
  startStack,
  portA: PORT + 1,
  portB: PORT + 2,
  simPort: SIM_PORT + 10,
});
(report as Record<string, unknown>).instances = instances;
for (const row of instances)
  rows.push([
    row.name,
    `${row.value} ${row.unit}`,
    row.baseline === undefined ? "" : `${row.baseline} ${row.unit}`,
    row.target === undefined ? "" : `${ok(row.value <= row.target)} ≤ ${row.target} ${row.unit}`,
  ]);
console.log("");
console.table(rows.map(([what, value, baseline, target]) => ({ what, value, baseline, target })));
if (r.warmApi.templates.non2xx)
  console.warn(`warning: ${r.warmApi.templates.non2xx} non-2xx answers under load`);
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(path.join(root, "bench", "results", "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("written bench/results/latest.json");
process.exit(0);
