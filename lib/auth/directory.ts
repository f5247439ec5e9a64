import "server-only";
import { readFileSync, statSync } from "node:fs";
import { getEnv } from "@/lib/config/env";
import { ConfigError } from "@/lib/config/env-schema";
import { logger } from "@/lib/log/logger";
import { buildUserDirectory, directoryOf, type UserDirectory } from "./users";

interface Cached {
  key: string;
  directory: UserDirectory;
  /** The last directory that loaded without error, kept while the file is broken. */
  lastValid: UserDirectory | null;
}

const CACHE = Symbol.for("template-console.user-directory");

/** Identifies the current content of CONSOLE_USERS_FILE without reading it (cheap on every request). */
function fileStamp(path: string): string {
  try {
    const st = statSync(path);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch (e) {
    return `unreadable:${(e as NodeJS.ErrnoException).code ?? "error"}`;
  }
}

/** Builds the directory, throwing ConfigError: used by the start-up checks. */
export function loadUserDirectory(): UserDirectory {
  const env = getEnv();
  return buildUserDirectory(env, {
    knownAccounts: env.NXCLOUD_ACCOUNTS.map((a) => a.id),
    readFile: (path) => readFileSync(path, "utf8"),
  });
}

/**
 * The users as configured right now. CONSOLE_USERS_FILE is re-read when it changes, so removing a
 * user or an account takes effect on the next request. A file that turns invalid while running
 * (caught mid-write, a typo) keeps the last valid users in force and is logged loudly on every
 * change, with the problem in `error`; start-up refuses it outright.
 */
export function getUserDirectory(): UserDirectory {
  const env = getEnv();
  const file = env.CONSOLE_USERS?.trim() ? undefined : env.CONSOLE_USERS_FILE?.trim();
  const key = file ? `file:${file}:${fileStamp(file)}` : "env";
  const g = globalThis as { [CACHE]?: Cached };
  const cached = g[CACHE];
  if (cached?.key === key) return cached.directory;
  let directory: UserDirectory;
  let lastValid = cached?.lastValid ?? null;
  try {
    directory = loadUserDirectory();
    lastValid = directory;
    if (cached) logger.info("console users reloaded", { users: directory.size });
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : ["the users file could not be loaded"];
    logger.error(
      lastValid
        ? "console users file is invalid; KEEPING THE LAST VALID USERS until it is fixed"
        : "console users file is invalid and was never read successfully; nobody can sign in until it is fixed",
      { problems, keptUsers: lastValid?.size ?? 0 },
    );
    const kept = new Map((lastValid?.list() ?? []).map((u) => [u.name, u]));
    directory = directoryOf(kept, problems.join("; "));
  }
  g[CACHE] = { key, directory, lastValid };
  return directory;
}
