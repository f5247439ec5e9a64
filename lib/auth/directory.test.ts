import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPasswordSync } from "./password";

// The server accessor re-reads CONSOLE_USERS_FILE when it changes and fails closed when it breaks.
const dir = mkdtempSync(path.join(tmpdir(), "tc-users-"));
const file = path.join(dir, "users.json");
const hash = hashPasswordSync("alice-password");
let stamp = Date.now() / 1000;

function writeUsers(content: unknown) {
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  stamp += 10; // a distinct mtime even on coarse file systems
  utimesSync(file, stamp, stamp);
}

const saved = { ...process.env };
beforeAll(() => {
  Object.assign(process.env, {
    NXCLOUD_BASE_URL: "http://127.0.0.1:4010",
    NXCLOUD_ACCESS_KEY: "k",
    NXCLOUD_ACCESS_SECRET: "s",
    NXCLOUD_ACCOUNTS: JSON.stringify([
      { id: "acme", label: "Acme", appkey: "a", business_phone: "8613800138000" },
      { id: "globex", label: "Globex", appkey: "g", business_phone: "8613800138001" },
    ]),
    CONSOLE_USERS_FILE: file,
    DEMO_MODE: "0",
    LOG_LEVEL: "silent",
  });
  delete process.env.CONSOLE_USERS;
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("getUserDirectory", () => {
  it("picks up changes to the users file on the next call, and keeps the last valid users when it breaks", async () => {
    vi.resetModules();
    const { getUserDirectory, loadUserDirectory } = await import("./directory");
    writeUsers([{ name: "alice", passwordHash: hash, accounts: ["acme", "globex"] }]);
    expect(getUserDirectory().find("alice")?.accounts).toEqual(["acme", "globex"]);

    writeUsers([{ name: "alice", passwordHash: hash, accounts: ["acme"] }]);
    expect(getUserDirectory().find("alice")?.accounts).toEqual(["acme"]);

    writeUsers([]);
    expect(getUserDirectory().find("alice")).toBeUndefined();

    writeUsers([{ name: "alice", passwordHash: hash, accounts: ["acme"] }]);
    expect(getUserDirectory().find("alice")?.accounts).toEqual(["acme"]);

    // Caught mid-write, or broken by hand: the last valid directory stays in force, with the error.
    writeUsers("[{ not json");
    const broken = getUserDirectory();
    expect(broken.find("alice")?.accounts).toEqual(["acme"]);
    expect(broken.error).toMatch(/CONSOLE_USERS_FILE .*not valid JSON/);
    expect(() => loadUserDirectory()).toThrow(/not valid JSON/);

    writeUsers([{ name: "alice", passwordHash: hash, accounts: ["nope"] }]);
    expect(getUserDirectory().error).toMatch(/unknown account id "nope"/);
    expect(getUserDirectory().find("alice")?.accounts).toEqual(["acme"]);

    writeUsers([{ name: "alice", passwordHash: hash, accounts: "*" }]);
    expect(getUserDirectory().find("alice")?.accounts).toBe("*");
  });
});

describe("sessions while the users file is unreadable", () => {
  it("keeps signed-in users signed in, and never reports their cookie as revoked", async () => {
    vi.resetModules();
    process.env.SESSION_SECRET = "a-test-secret-that-is-long-enough-1234567890";
    writeUsers([{ name: "alice", passwordHash: hash, accounts: ["acme"] }]);
    const { getUserDirectory } = await import("./directory");
    const { resolveSession, sessionSecret, sessionTtlMs } = await import("./session-resolve");
    const { newSession, sealSession } = await import("./session-token");
    const record = getUserDirectory().find("alice");
    if (!record) throw new Error("no alice");
    const seal = await sealSession(
      newSession(record, Date.now(), sessionTtlMs()),
      sessionSecret(),
      sessionTtlMs(),
    );
    writeUsers("");
    expect((await resolveSession(seal)).status).toBe("valid");

    // Never read successfully in this process: the session is "unavailable", not revoked.
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("template-console.user-directory")];
    const fresh = await import("./session-resolve");
    expect((await fresh.resolveSession(seal)).status).toBe("unavailable");
  });
});
