import type { Migration } from "kysely";
import * as m0001 from "./migrations/0001-initial";
import * as m0020 from "./migrations/0020-alerts";

/**
 * Every migration, in order. Static imports (not a folder scan) so the Next.js server bundle
 * carries them. To add one: create `migrations/NNNN-what-it-does.ts` exporting `up` (and `down`),
 * add it here under the same name. Never edit a migration that was released.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0020-alerts": m0020,
};
