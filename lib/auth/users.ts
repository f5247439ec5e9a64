import { createHash } from "node:crypto";
import * as z from "zod";
import type { AccountGrant } from "@/lib/accounts/access";
import { ConfigError } from "@/lib/config/env-schema";
import { describePasswordHashProblem } from "./password";

/**
 * Console users from configuration: `CONSOLE_USERS` (JSON) or `CONSOLE_USERS_FILE` (a path to a
 * file with the same JSON), plus the documented demo user in demo mode. Pure: the server accessor
 * (re-reading the file when it changes) lives in `directory.ts`.
 *
 *   [{ "name": "alice", "passwordHash": "scrypt$…", "accounts": ["acme"] },
 *    { "name": "ops",   "passwordHash": "scrypt$…", "accounts": "*", "role": "admin" }]
 *
 * `role` is `admin` (manages alert rules) or `viewer` (reads only); an entry without one is a viewer,
 * so files written before roles existed grant nobody new rights. The demo user is an admin.
 */

export const USER_ROLES = ["admin", "viewer"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}$/;

const accountIdSchema = z
  .string()
  .regex(/^[a-zA-Z0-9_.-]{1,64}$/, "account ids are 1–64 letters, digits, '_', '.' or '-'");

export const consoleUserSchema = z.strictObject(
  {
    name: z
      .string({ error: "name is required (a string)" })
      .regex(USER_NAME_PATTERN, "name must be 1–64 letters, digits, '_', '.', '@', '+' or '-'"),
    passwordHash: z
      .string({ error: "passwordHash is required (create it with `npm run hash-password`)" })
      .superRefine((value, ctx) => {
        const problem = describePasswordHashProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    accounts: z.union([z.literal("*"), z.array(accountIdSchema).min(1, "list at least one account id")], {
      error: 'accounts must be "*" (every account) or a list of account ids such as ["acme"]',
    }),
    role: z.enum(USER_ROLES, { error: 'role must be "admin" or "viewer"' }).optional(),
  },
  {
    // A plain-text password in the file is the most likely mistake: say what to do instead.
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}${
            issue.keys.includes("password")
              ? " — store a passwordHash made with `npm run hash-password`, never a plain password"
              : ""
          }`
        : "each user must be an object with name, passwordHash, accounts and an optional role",
  },
);
export type ConsoleUser = z.infer<typeof consoleUserSchema>;

export const consoleUsersSchema = z.array(consoleUserSchema, { error: "must be a JSON list of users" });

/** A user the console knows, whatever the source. */
export interface UserRecord extends AccountGrant {
  name: string;
  role: UserRole;
  /** scrypt hash for configured users; absent for the demo user (checked against DEMO_PASSWORD). */
  passwordHash?: string;
  demo?: true;
  /**
   * Fingerprint of the credential, stored in the session: changing a user's password (or the demo
   * password) signs out their existing sessions.
   */
  credentialVersion: string;
}

export interface UserDirectory {
  find(name: string): UserRecord | undefined;
  list(): UserRecord[];
  readonly size: number;
  /**
   * Why the users file could not be (re)loaded at runtime, if so. The directory then holds the
   * last valid users (or none, if the file was never read successfully in this process).
   */
  readonly error?: string;
}

export interface UsersSettings {
  DEMO_MODE: boolean;
  DEMO_USER: string;
  DEMO_PASSWORD: string;
  CONSOLE_USERS?: string | undefined;
  CONSOLE_USERS_FILE?: string | undefined;
}

export function credentialVersion(secretMaterial: string): string {
  return createHash("sha256").update(secretMaterial).digest("base64url").slice(0, 16);
}

/** `CONSOLE_USERS[1].accounts: <message>`: where, then what is expected. Never the value. */
function describeIssue(source: string, issue: z.core.$ZodIssue): string {
  const where = issue.path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    source,
  );
  return `${where}: ${issue.message}`;
}

/**
 * Parses and validates the users JSON. Every problem is named with its place (`CONSOLE_USERS[1].
 * accounts`), never with a hash or password value. `knownAccounts` catches typos in account ids.
 */
export function parseConsoleUsers(
  raw: string,
  source: string,
  knownAccounts?: readonly string[],
): ConsoleUser[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new ConfigError([`${source}: not valid JSON (${(e as Error).message})`]);
  }
  const result = consoleUsersSchema.safeParse(json);
  if (!result.success)
    throw new ConfigError(result.error.issues.map((issue) => describeIssue(source, issue)));
  const users = result.data;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const known = knownAccounts ? new Set(knownAccounts) : undefined;
  users.forEach((user, i) => {
    const key = user.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`${source}[${i}].name: "${user.name}" is already used by ${source}[${first}]`);
    else seen.set(key, i);
    if (known && user.accounts !== "*")
      for (const id of user.accounts)
        if (!known.has(id))
          problems.push(
            `${source}[${i}].accounts: unknown account id "${id}" (configured in NXCLOUD_ACCOUNTS: ${
              [...known].join(", ") || "none"
            })`,
          );
  });
  if (problems.length) throw new ConfigError(problems);
  return users;
}

/**
 * Builds the directory from settings. `readFile` is injected so the pure part is testable; the
 * server passes `fs.readFileSync`. Throws ConfigError naming the problem.
 */
export function buildUserDirectory(
  settings: UsersSettings,
  options: { knownAccounts?: readonly string[]; readFile?: (path: string) => string } = {},
): UserDirectory {
  const inline = settings.CONSOLE_USERS?.trim();
  const file = settings.CONSOLE_USERS_FILE?.trim();
  if (inline && file)
    throw new ConfigError([
      "CONSOLE_USERS and CONSOLE_USERS_FILE are both set: use one (the file is handy for secrets mounts)",
    ]);
  let configured: ConsoleUser[] = [];
  if (inline) configured = parseConsoleUsers(inline, "CONSOLE_USERS", options.knownAccounts);
  else if (file) {
    let text: string;
    try {
      if (!options.readFile) throw new Error("no file reader");
      text = options.readFile(file);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new ConfigError([`CONSOLE_USERS_FILE: cannot read "${file}" (${reason})`]);
    }
    configured = parseConsoleUsers(text, `CONSOLE_USERS_FILE (${file})`, options.knownAccounts);
  }

  const byName = new Map<string, UserRecord>();
  for (const u of configured)
    byName.set(u.name, {
      name: u.name,
      accounts: u.accounts,
      role: u.role ?? "viewer",
      passwordHash: u.passwordHash,
      credentialVersion: credentialVersion(`hash:${u.passwordHash}`),
    });

  if (settings.DEMO_MODE) {
    const demoName = settings.DEMO_USER;
    if (!USER_NAME_PATTERN.test(demoName))
      throw new ConfigError(["DEMO_USER: must be 1–64 letters, digits, '_', '.', '@', '+' or '-'"]);
    if ([...byName.keys()].some((n) => n.toLowerCase() === demoName.toLowerCase()))
      throw new ConfigError([
        `DEMO_USER: "${demoName}" is also a configured user; pick another DEMO_USER or rename that user`,
      ]);
    byName.set(demoName, {
      name: demoName,
      accounts: "*",
      role: "admin",
      demo: true,
      credentialVersion: credentialVersion(`demo:${demoName}:${settings.DEMO_PASSWORD}`),
    });
  }
  return directoryOf(byName);
}

export function directoryOf(byName: Map<string, UserRecord>, error?: string): UserDirectory {
  return {
    // Exact, case-sensitive names: what the administrator wrote is what signs in.
    find: (name) => (typeof name === "string" ? byName.get(name) : undefined),
    list: () => [...byName.values()],
    size: byName.size,
    error,
  };
}
