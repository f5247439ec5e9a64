// Starts the NxCloud simulator and the built console (`next start`) side by side, wired together:
// the console signs with the simulator's credentials and takes its accounts from the simulator's
// dataset. Used by `npm run demo` and by Playwright's webServer (see playwright.config.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export const DEMO_ACCESS_KEY = "demo-access-key";
export const DEMO_ACCESS_SECRET = "demo-access-secret-change-me";

async function waitFor(url, child, label, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000}s`);
}

/**
 * Fails unless every port is free. Without it, a simulator or console left running (an orphan of
 * an earlier demo, another checkout's stack) answers the health check before the new process has
 * died of EADDRINUSE, and the console talks to a simulator with another timeline: its first sync
 * then records thousands of changes that never happened.
 * @param {string} host
 * @param {[number, string][]} ports
 */
async function assertPortsFree(host, ports, graceMs = 10_000) {
  const free = (port) =>
    new Promise((resolve, reject) => {
      const probe = net.createServer();
      probe.once("error", (error) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error)));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
  for (const [port, label] of ports) {
    // A stack stopped a moment ago may still be closing its servers: give it a few seconds.
    const started = Date.now();
    while (!(await free(port))) {
      if (Date.now() - started >= graceMs)
        throw new Error(
          `Port ${port} (${label}) is already in use: is another demo, simulator or test stack still running? Stop it, or choose other ports (PORT, SIM_PORT, SIM_SINK_PORT).`,
        );
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * @param {{ port?: number, host?: string, simPort?: number, sinkPort?: number, env?: Record<string,string>, quiet?: boolean, portGraceMs?: number }} options
 */
export async function startStack(options = {}) {
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  const simPort = Number(options.simPort ?? process.env.SIM_PORT ?? 4010);
  const accessKey = process.env.NXCLOUD_ACCESS_KEY ?? DEMO_ACCESS_KEY;
  const accessSecret = process.env.NXCLOUD_ACCESS_SECRET ?? DEMO_ACCESS_SECRET;
  const simUrl = `http://127.0.0.1:${simPort}`;
  // The simulator's chat sink (alerts receiver) and its SMTP receiver: SIM_PORT + 5 and + 6.
  // SIM_SINK_PORT=off: no sink (extra test stacks, whose ports sit right next to the main one's).
  const sinkSetting = options.sinkPort ?? process.env.SIM_SINK_PORT ?? simPort + 5;
  const sinkOff = sinkSetting === "off";
  const sinkPort = sinkOff ? "off" : Number(sinkSetting);
  const smtpPort = sinkOff ? "off" : Number(process.env.SIM_SINK_SMTP_PORT ?? sinkPort + 1);
  const sinkUrl = sinkOff ? null : `http://127.0.0.1:${sinkPort}`;
  const stdio = options.quiet ? ["ignore", "ignore", "inherit"] : "inherit";

  // SIM_EXTERNAL=1: a simulator is already running on simPort (a second console on one simulator).
  const external = (options.env?.SIM_EXTERNAL ?? process.env.SIM_EXTERNAL) === "1";
  const graceMs = options.portGraceMs ?? 10_000;
  await assertPortsFree(host, [[port, "console"]], graceMs);
  if (!external)
    await assertPortsFree(
      "127.0.0.1",
      [
        [simPort, "simulator"],
        ...(sinkOff
          ? []
          : [
              [sinkPort, "chat sink"],
              [smtpPort, "SMTP sink"],
            ]),
      ],
      graceMs,
    );
  const sim = external
    ? { exitCode: null }
    : spawn(bin("tsx"), ["sim/main.ts"], {
        cwd: root,
        stdio,
        env: {
          ...process.env,
          SIM_PORT: String(simPort),
          SIM_HOST: "127.0.0.1",
          SIM_SINK_PORT: String(sinkPort),
          SIM_SINK_SMTP_PORT: String(smtpPort),
          NXCLOUD_ACCESS_KEY: accessKey,
          NXCLOUD_ACCESS_SECRET: accessSecret,
          ...options.env,
        },
      });
  const children = external ? [] : [sim];
  /** Signals every child; resolves once they have exited (at most 15 s): their ports are free. */
  const stop = () => {
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = running.map((c) => new Promise((resolve) => c.once("exit", resolve)));
    for (const c of running) c.kill("SIGTERM");
    return Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  };
  try {
    await waitFor(`${simUrl}/__sim/health`, sim, "NxCloud simulator");
    if (sinkUrl) await waitFor(`${sinkUrl}/health`, sim, "Chat sink");
    const { accounts } = await (await fetch(`${simUrl}/__sim/accounts`)).json();
    const consoleAccounts = accounts.map(({ id, label, appkey, business_phone }) => ({
      id,
      label,
      appkey,
      business_phone,
    }));
    const web = spawn(bin("next"), ["start", "-H", host, "-p", String(port)], {
      cwd: root,
      stdio,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DEMO_MODE: "1",
        // Our instrumentation shuts down gracefully (finish the write, release locks) and exits.
        NEXT_MANUAL_SIG_HANDLE: "1",
        NXCLOUD_BASE_URL: simUrl,
        NXCLOUD_ACCESS_KEY: accessKey,
        NXCLOUD_ACCESS_SECRET: accessSecret,
        NXCLOUD_ACCOUNTS: JSON.stringify(consoleAccounts),
        SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString("base64url"),
        // Alerts: links point at this console; the demo's receivers (chat sink, SMTP) are on loopback.
        CONSOLE_PUBLIC_URL:
          process.env.CONSOLE_PUBLIC_URL ?? `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
        ALERTS_ALLOW_PRIVATE_TARGETS: process.env.ALERTS_ALLOW_PRIVATE_TARGETS ?? "1",
        ...(sinkOff && !process.env.SMTP_URL
          ? {}
          : { SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${smtpPort}` }),
        SMTP_FROM: process.env.SMTP_FROM ?? "Template Console demo <alerts@template-console.test>",
        SIM_SINK_PORT: String(sinkPort),
        ...options.env,
      },
    });
    children.push(web);
    await waitFor(`http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/api/health`, web, "Console");
    return { url: `http://${host}:${port}`, simUrl, sinkUrl, accounts: consoleAccounts, stop, children };
  } catch (error) {
    stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stack = await startStack();
  console.log(
    `Console ${stack.url} · simulator ${stack.simUrl}${stack.sinkUrl ? ` · chat sink ${stack.sinkUrl}/` : ""}`,
  );
  // Exits once the children have: whoever stopped this process may start another stack on the
  // same ports right away.
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  for (const c of stack.children)
    c.on("exit", (code) => {
      if (code !== null && code !== 0) stack.stop().then(() => process.exit(code));
    });
}
