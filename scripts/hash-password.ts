// `npm run hash-password -- [user] [accounts] [role]` prints a user entry for CONSOLE_USERS /
// CONSOLE_USERS_FILE:
//
//   {"name":"alice","passwordHash":"scrypt$32768$8$1$…","accounts":["acme"],"role":"viewer"}
//
// accounts: `*` (every account) or ids separated by commas. role: `admin` (manages alert rules) or
// `viewer` (the default). Missing arguments are asked for.
// The password is NEVER an argument (it would land in shell history and `ps`): it is read from a
// hidden prompt (typed twice), or from stdin when piped: `printf %s "$PW" | npm run hash-password -- alice acme`.
import { createInterface } from "node:readline";
import { hashPassword } from "../lib/auth/password";
import { consoleUserSchema, USER_NAME_PATTERN, USER_ROLES, type UserRole } from "../lib/auth/users";

const MIN_PASSWORD_LENGTH = 8;

function fail(message: string): never {
  process.stderr.write(`✗ ${message}\n`);
  process.exit(1);
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from `echo`) is not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer.trim());
    }),
  );
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    // Raw mode first, so nothing typed ahead of the prompt is echoed by the terminal.
    stdin.setRawMode(true);
    process.stderr.write(question);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

function parseAccounts(raw: string): "*" | string[] {
  const trimmed = raw.trim();
  if (trimmed === "*" || trimmed.toLowerCase() === "all") return "*";
  const ids = trimmed
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) fail('accounts: give "*" for every account, or account ids such as acme,globex');
  return [...new Set(ids)];
}

function parseRole(raw: string): UserRole {
  const value = raw.trim().toLowerCase() || "viewer";
  if (!(USER_ROLES as readonly string[]).includes(value)) fail('role: "admin" or "viewer"');
  return value as UserRole;
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    process.stderr.write(
      "Usage: npm run hash-password -- [user] [accounts: * | id,id] [role: admin | viewer]\n" +
        "The password is prompted for, or read from stdin when piped. Never pass it as an argument.\n",
    );
    return;
  }
  if (args.length > 3)
    fail("too many arguments. The password is never an argument: type it at the prompt or pipe it on stdin.");
  const interactive = Boolean(process.stdin.isTTY);
  if (!interactive && args.length < 2)
    fail(
      "with a piped password, give the user and the accounts as arguments: hash-password -- alice acme,globex",
    );

  const name = args[0] ?? (await ask("User name: "));
  if (!USER_NAME_PATTERN.test(name)) fail("user name: 1–64 letters, digits, '_', '.', '@', '+' or '-'");
  const accounts = parseAccounts(
    args[1] ?? (await ask('Accounts ("*" for all, or ids separated by commas): ')),
  );
  const role = parseRole(
    args[2] ??
      (interactive ? await ask("Role (admin manages alert rules; viewer reads only) [viewer]: ") : ""),
  );

  let password: string;
  if (interactive) {
    password = await askHidden("Password: ");
    const again = await askHidden("Password again: ");
    if (password !== again) fail("the two passwords differ");
  } else {
    password = await readAllStdin();
  }
  if (password.length < MIN_PASSWORD_LENGTH) fail(`password: at least ${MIN_PASSWORD_LENGTH} characters`);

  const entry = consoleUserSchema.parse({
    name,
    passwordHash: await hashPassword(password),
    accounts,
    role,
  });
  process.stdout.write(`${JSON.stringify(entry)}\n`);
  if (interactive)
    process.stderr.write(
      "Add this entry to the JSON list in CONSOLE_USERS or in the file named by CONSOLE_USERS_FILE.\n",
    );
}

await main();
