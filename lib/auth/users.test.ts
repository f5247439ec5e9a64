import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config/env-schema";
import { hashPassword } from "./password";
import { buildUserDirectory, parseConsoleUsers, type UsersSettings } from "./users";

let hash: string;
beforeAll(async () => {
  hash = await hashPassword("alice-password");
});

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

const settings = (over: Partial<UsersSettings> = {}): UsersSettings => ({
  DEMO_MODE: false,
  DEMO_USER: "demo",
  DEMO_PASSWORD: "demo",
  ...over,
});

describe("parseConsoleUsers", () => {
  it("accepts users with every account or a list", () => {
    const users = parseConsoleUsers(
      JSON.stringify([
        { name: "alice", passwordHash: hash, accounts: ["acme"] },
        { name: "ops", passwordHash: hash, accounts: "*" },
      ]),
      "CONSOLE_USERS",
      ["acme", "globex"],
    );
    expect(users.map((u) => [u.name, u.accounts])).toEqual([
      ["alice", ["acme"]],
      ["ops", "*"],
    ]);
  });

  it("names invalid JSON", () => {
    expect(problems(() => parseConsoleUsers("[{name:", "CONSOLE_USERS"))).toEqual([
      expect.stringMatching(/^CONSOLE_USERS: not valid JSON/),
    ]);
  });

  it("requires a list", () => {
    expect(problems(() => parseConsoleUsers('{"name":"a"}', "CONSOLE_USERS"))[0]).toMatch(
      /^CONSOLE_USERS: must be a JSON list of users/,
    );
  });

  it("names each bad field with its position", () => {
    const found = problems(() =>
      parseConsoleUsers(
        JSON.stringify([
          { name: "ok", passwordHash: hash, accounts: "*" },
          { name: "bad name!", passwordHash: "md5$abc", accounts: "all" },
          { passwordHash: hash, accounts: [] },
        ]),
        "CONSOLE_USERS",
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CONSOLE_USERS\[1\]\.name: name must be/),
        expect.stringMatching(/^CONSOLE_USERS\[1\]\.passwordHash: passwordHash must start with "scrypt\$"/),
        expect.stringMatching(/^CONSOLE_USERS\[1\]\.accounts: accounts must be "\*"/),
        expect.stringMatching(/^CONSOLE_USERS\[2\]\.name: name is required/),
        expect.stringMatching(/^CONSOLE_USERS\[2\]\.accounts: .*at least one account/),
      ]),
    );
  });

  it("refuses a plain-text password field and says what to do instead", () => {
    const found = problems(() =>
      parseConsoleUsers(
        JSON.stringify([{ name: "bob", password: "hunter2", passwordHash: hash, accounts: "*" }]),
        "CONSOLE_USERS",
      ),
    );
    expect(found[0]).toMatch(/CONSOLE_USERS\[0\]: unknown field\(s\) "password" — store a passwordHash/);
    expect(found.join("\n")).not.toContain("hunter2");
  });

  it("never echoes a hash in an error", () => {
    const broken = hash.replace("$8$", "$x$");
    const found = problems(() =>
      parseConsoleUsers(
        JSON.stringify([{ name: "a", passwordHash: broken, accounts: "*" }]),
        "CONSOLE_USERS",
      ),
    );
    expect(found[0]).toMatch(/passwordHash is not a valid scrypt hash/);
    expect(found.join("\n")).not.toContain(hash.split("$")[5]);
  });

  it("refuses duplicate names (case-insensitively) and unknown account ids", () => {
    const found = problems(() =>
      parseConsoleUsers(
        JSON.stringify([
          { name: "alice", passwordHash: hash, accounts: ["acme"] },
          { name: "Alice", passwordHash: hash, accounts: ["acmee"] },
        ]),
        "CONSOLE_USERS_FILE (/etc/users.json)",
        ["acme", "globex"],
      ),
    );
    expect(found).toEqual([
      'CONSOLE_USERS_FILE (/etc/users.json)[1].name: "Alice" is already used by CONSOLE_USERS_FILE (/etc/users.json)[0]',
      'CONSOLE_USERS_FILE (/etc/users.json)[1].accounts: unknown account id "acmee" (configured in NXCLOUD_ACCOUNTS: acme, globex)',
    ]);
  });
});

describe("buildUserDirectory", () => {
  it("gives entries without a role the viewer role, names a bad role, and makes the demo user admin", () => {
    const dir = buildUserDirectory(
      settings({
        DEMO_MODE: true,
        CONSOLE_USERS: JSON.stringify([
          { name: "alice", passwordHash: hash, accounts: ["acme"] },
          { name: "ops", passwordHash: hash, accounts: "*", role: "admin" },
        ]),
      }),
    );
    expect(dir.find("alice")?.role).toBe("viewer");
    expect(dir.find("ops")?.role).toBe("admin");
    expect(dir.find("demo")?.role).toBe("admin");
    expect(
      problems(() =>
        parseConsoleUsers(
          JSON.stringify([{ name: "x", passwordHash: hash, accounts: "*", role: "root" }]),
          "U",
        ),
      ),
    ).toEqual(['U[0].role: role must be "admin" or "viewer"']);
  });

  it("reads CONSOLE_USERS_FILE through the injected reader", () => {
    const dir = buildUserDirectory(settings({ CONSOLE_USERS_FILE: "/srv/users.json" }), {
      readFile: (p) => {
        expect(p).toBe("/srv/users.json");
        return JSON.stringify([{ name: "alice", passwordHash: hash, accounts: ["acme"] }]);
      },
    });
    expect(dir.find("alice")?.accounts).toEqual(["acme"]);
    expect(dir.find("ALICE")).toBeUndefined();
    expect(dir.find("bob")).toBeUndefined();
  });

  it("names an unreadable file", () => {
    const err = Object.assign(new Error("nope"), { code: "ENOENT" });
    expect(
      problems(() =>
        buildUserDirectory(settings({ CONSOLE_USERS_FILE: "/missing.json" }), {
          readFile: () => {
            throw err;
          },
        }),
      ),
    ).toEqual(['CONSOLE_USERS_FILE: cannot read "/missing.json" (ENOENT)']);
  });

  it("refuses both sources at once", () => {
    expect(
      problems(() => buildUserDirectory(settings({ CONSOLE_USERS: "[]", CONSOLE_USERS_FILE: "/x" })))[0],
    ).toMatch(/both set/);
  });

  it("adds the demo user (all accounts) only in demo mode, next to configured users", () => {
    const users = JSON.stringify([{ name: "alice", passwordHash: hash, accounts: ["acme"] }]);
    expect(buildUserDirectory(settings({ CONSOLE_USERS: users })).find("demo")).toBeUndefined();
    const demo = buildUserDirectory(settings({ CONSOLE_USERS: users, DEMO_MODE: true }));
    expect(demo.find("demo")).toMatchObject({ name: "demo", accounts: "*", demo: true });
    expect(demo.find("alice")?.accounts).toEqual(["acme"]);
    expect(demo.size).toBe(2);
  });

  it("refuses a demo user that clashes with a configured one", () => {
    const users = JSON.stringify([{ name: "Demo", passwordHash: hash, accounts: "*" }]);
    expect(
      problems(() => buildUserDirectory(settings({ CONSOLE_USERS: users, DEMO_MODE: true })))[0],
    ).toMatch(/^DEMO_USER: "demo" is also a configured user/);
  });

  it("gives each credential its own version, so a password change ends old sessions", async () => {
    const other = await hashPassword("alice-password");
    const v1 = buildUserDirectory(
      settings({ CONSOLE_USERS: JSON.stringify([{ name: "a", passwordHash: hash, accounts: "*" }]) }),
    ).find("a")?.credentialVersion;
    const v2 = buildUserDirectory(
      settings({ CONSOLE_USERS: JSON.stringify([{ name: "a", passwordHash: other, accounts: "*" }]) }),
    ).find("a")?.credentialVersion;
    expect(v1).toBeTruthy();
    expect(v1).not.toBe(v2);
    const d1 = buildUserDirectory(settings({ DEMO_MODE: true, DEMO_PASSWORD: "one" })).find("demo");
    const d2 = buildUserDirectory(settings({ DEMO_MODE: true, DEMO_PASSWORD: "two" })).find("demo");
    expect(d1?.credentialVersion).not.toBe(d2?.credentialVersion);
  });
});
