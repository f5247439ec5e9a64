import { randomBytes } from "node:crypto";
import pg from "pg";
import type { BenchContext, BenchRow } from "./report";

/**
 * Several instances on one PostgreSQL (issue 14), for `npm run bench`: two built consoles on one
 * (uniquely named, dropped) database and one simulator.
 *
 * - upstream walks per account per sync interval while 100 concurrent users (a request every
 *   ~500 ms each, spread over both instances) use the console — target 1.0 (one instance walks);
 * - commit → served elsewhere: after a change on the simulator, the time between the leader serving
 *   it and the follower serving it (LISTEN/NOTIFY reload), median of a few syncs.
 */
/** This module's own figures; `measure` below turns them into report rows (report.ts). */
export interface InstanceFigure {
  /** Stable across runs: the previous run's figure is found by it. */
  name: string;
  value: number;
  /** What it stands beside, as text. */
  baseline?: string;
  target?: number;
  unit: string;
}

export interface MeasureInstancesOptions {
  /** scripts/stack.mjs's startStack. */
  startStack: (o: object) => Promise<{ url: string; simUrl: string; stop: () => Promise<unknown> }>;
  portA: number;
  portB: number;
  simPort: number;
  databaseUrl?: string;
  intervalMs?: number;
  intervals?: number;
  users?: number;
}

export async function measureInstances(options: MeasureInstancesOptions): Promise<InstanceFigure[]> {
  const adminUrl =
    options.databaseUrl ?? process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  // Longer than the 6,000-template walk takes here (as production's 60 s is): with a shorter one the
  // figure counts ticks skipped while that walk still runs, not walks shared between instances.
  const intervalMs = options.intervalMs ?? 10_000;
  const intervals = options.intervals ?? 4;
  const users = options.users ?? 100;
  const name = `tc_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const env = {
    DATABASE_URL: u.toString(),
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    SYNC_INTERVAL_MS: String(intervalMs),
    CATALOG_TTL_MS: "3600000",
    LOG_LEVEL: "error",
    SIM_LOG: "0",
  };
  const stacks: { stop: () => Promise<unknown> }[] = [];
  try {
    // No chat sink: its ports (simulator + 5, + 6) would fall beside the bench's own stack's.
    const a = await options.startStack({
      port: options.portA,
      simPort: options.simPort,
      sinkPort: "off",
      quiet: true,
      env,
    });
    stacks.push(a);
    const b = await options.startStack({
      port: options.portB,
      simPort: options.simPort,
      sinkPort: "off",
      quiet: true,
      env: { ...env, SIM_EXTERNAL: "1" },
    });
    stacks.push(b);
    const cookies = await Promise.all([signIn(a.url), signIn(b.url)]);
    const bases = [a.url, b.url];
    const accounts = (
      (await (await fetch(`${a.simUrl}/__sim/accounts`)).json()) as { accounts: { id: string }[] }
    ).accounts.map((x) => x.id);
    const get = (i: number, path: string) =>
      fetch(`${bases[i]}${path}`, { headers: { cookie: cookies[i] as string } }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { catalog?: { complete: boolean }; template?: { status?: string } },
      }));
    // Everything walked once and served by both.
    const ready = Date.now() + 120_000;
    for (const account of accounts)
      for (const i of [0, 1])
        while (!(await get(i, `/api/templates?account=${account}&pageSize=10`)).body.catalog?.complete) {
          if (Date.now() > ready) throw new Error(`${account} never complete on instance ${i}`);
          await sleep(100);
        }

    await fetch(`${a.simUrl}/__sim/stats/reset`, { method: "POST" });
    const started = Date.now();
    const until = started + intervals * intervalMs;
    let requests = 0;
    // Walks are counted over exactly `intervals` intervals: any window that long holds exactly that
    // many scheduler ticks. Counted after the users' last requests (which overrun the deadline by up
    // to a request and a pause), the window could catch one tick more than it is divided by.
    const atDeadline = sleep(until - Date.now()).then(async () => {
      const at = Date.now();
      const stats = (await (await fetch(`${a.simUrl}/__sim/stats`)).json()) as {
        walksByAccount: Record<string, number>;
      };
      return { elapsedIntervals: (at - started) / intervalMs, stats };
    });
    await Promise.all(
      Array.from({ length: users }, async (_, n) => {
        await sleep(Math.random() * 500);
        while (Date.now() < until) {
          const account = accounts[n % accounts.length] as string;
          await get(n % 2, `/api/templates?account=${account}&pageSize=20&page=${1 + (requests % 5)}`);
          requests++;
          await sleep(500);
        }
      }),
    );
    const { elapsedIntervals, stats } = await atDeadline;
    const perAccount = accounts.map((x) => (stats.walksByAccount[x] ?? 0) / elapsedIntervals);
    const walksPerInterval = perAccount.reduce((s, x) => s + x, 0) / perAccount.length;

    // Commit on the leader → served by the follower.
    const lags: number[] = [];
    const detail = (await get(0, "/api/templates?account=acme&pageSize=20")).body as unknown as {
      items: { id: string; status: string }[];
    };
    for (const [i, item] of detail.items.slice(0, 3).entries()) {
      const status = i % 2 === 0 ? "PAUSED" : "APPROVED";
      await fetch(`${a.simUrl}/__sim/accounts/acme/templates/${item.id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: item.status === status ? "DISABLED" : status }),
      });
      const want = item.status === status ? "DISABLED" : status;
      const seen: [number | null, number | null] = [null, null];
      const deadline = Date.now() + 4 * intervalMs;
      while ((seen[0] === null || seen[1] === null) && Date.now() < deadline) {
        await Promise.all(
          [0, 1].map(async (k) => {
            if (seen[k as 0 | 1] !== null) return;
            const r = await get(k, `/api/templates/${item.id}?account=acme`);
            if (r.body.template?.status === want) seen[k as 0 | 1] = performance.now();
          }),
        );
        await sleep(5);
      }
      const [onLeader, onFollower] = seen;
      if (onLeader !== null && onFollower !== null) lags.push(Math.max(0, onFollower - onLeader));
    }
    lags.sort((x, y) => x - y);
    return [
      {
        name: `upstream walks per account per interval (2 instances, ${users} users)`,
        value: Number(walksPerInterval.toFixed(2)),
        baseline: `${requests} requests in ${elapsedIntervals.toFixed(1)} intervals of ${intervalMs / 1000} s; per account ${perAccount.map((x) => x.toFixed(2)).join(" / ")}`,
        target: 1,
        unit: "walks",
      },
      {
        name: "sync commit → other instance serving it (median)",
        value: Math.round(lags[Math.floor(lags.length / 2)] ?? Number.NaN),
        baseline: `${lags.length} syncs: ${lags.map((x) => Math.round(x)).join(" / ")} ms after the leader served it`,
        target: 1000,
        unit: "ms",
      },
    ];
  } finally {
    for (const s of stacks.reverse()) s.stop();
    await sleep(2_000);
    await admin(`drop database if exists ${name} with (force)`).catch(() => undefined);
  }
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Ports of the two extra consoles and their simulator, next to the bench's own stack (console
 * `port`, simulator `simPort`, its chat sink `simPort` + 5 and + 6): consoles `port` + 1 and + 2,
 * simulator `simPort` + 2 (without a sink).
 */
export function instancePorts(url: string, simUrl: string) {
  const port = Number(new URL(url).port);
  const simPort = Number(new URL(simUrl).port);
  return { portA: port + 1, portB: port + 2, simPort: simPort + 2 };
}

export async function loadStartStack(): Promise<MeasureInstancesOptions["startStack"]> {
  // @ts-expect-error — plain ESM helper shared with the demo and Playwright.
  const mod = (await import("../scripts/stack.mjs")) as unknown as Pick<
    MeasureInstancesOptions,
    "startStack"
  >;
  return mod.startStack;
}

/** Entry point for bench/run.ts: two extra consoles beside the bench's own stack. */
export async function measure(context: BenchContext): Promise<BenchRow[]> {
  const figures = await measureInstances({
    startStack: await loadStartStack(),
    ...instancePorts(context.url, context.simUrl),
  });
  return toRows(figures);
}

export function toRows(figures: readonly InstanceFigure[]): BenchRow[] {
  return figures.map((f) => ({
    name: f.name,
    value: f.value,
    unit: f.unit,
    ...(f.baseline === undefined ? {} : { baseline: f.baseline }),
    ...(f.target === undefined ? {} : { target: { op: "<=" as const, value: f.target } }),
  }));
}
