import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function run(env: Record<string, string>): {
  child: ChildProcess;
  output: Promise<{ code: number | null; out: string; err: string }>;
} {
  const child = spawn(tsx, ["sim/main.ts"], { cwd: root, env: { ...process.env, SIM_LOG: "0", ...env } });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const output = new Promise<{ code: number | null; out: string; err: string }>((done) => {
    child.on("exit", (code) => done({ code, out, err }));
  });
  return { child, output };
}

describe("sim/main.ts", () => {
  it("stops with exit code 1 naming a bad environment variable", async () => {
    const { code, err } = await run({ SIM_PORT: "abc" }).output;
    expect(code).toBe(1);
    expect(err).toMatch(/SIM_PORT: must be an integer between 0 and 65535 \(got "abc"\)/);
  });

  it("stops with exit code 1 naming the invalid data file and the zod issue path", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "nxcloud-sim-main-")), "data.json");
    writeFileSync(
      file,
      JSON.stringify({ accounts: [{ label: "x", appkey: "k", business_phone: "123456", templates: [{}] }] }),
    );
    const { code, err } = await run({ NXCLOUD_SIM_DATA: file }).output;
    expect(code).toBe(1);
    expect(err).toContain(`NXCLOUD_SIM_DATA=${file} is invalid`);
    expect(err).toContain("accounts[0].templates[0].id");
  });

  it("prints the URL and the accounts, and exits cleanly on SIGTERM", async () => {
    const { child, output } = run({ SIM_PORT: "0" });
    let printed = "";
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error("no start-up banner")), 15_000);
      child.stdout?.on("data", (d: Buffer) => {
        printed += d.toString();
        if (printed.includes("initech")) {
          clearTimeout(timer);
          ready();
        }
      });
    });
    expect(printed).toMatch(/NxCloud simulator listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(printed).toMatch(
      /acme\s+Acme Store \(small\)\s+appkey=ak-acme-4f7c2e\s+business_phone=14155550123/,
    );
    expect(printed).not.toContain("demo-access-secret-change-me");
    child.kill("SIGTERM");
    expect((await output).code).toBe(0);
  });
});
