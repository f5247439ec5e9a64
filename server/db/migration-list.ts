import type { Migration } from "kysely";
import * as m0001 from "./migrations/0001-initial";
import * as m0010 from "./migrations/0010-shared-state";
import * as m0020 from "./migrations/0020-alerts";
import * as m0021 from "./migrations/0021-alert-requeued-at";
import * as m0030 from "./migrations/0030-user-visits";
import * as m0031 from "./migrations/0031-template-versions";
import * as m0040 from "./migrations/0040-change-event-kind-index";
import * as m0050 from "./migrations/0050-walk-progress";
import * as m0051 from "./migrations/0051-catalog-page-spans";

/**
 * Every migration, in order. Static imports (not a folder scan) so the Next.js server bundle
 * carries them. To add one: create `migrations/NNNN-what-it-does.ts` exporting `up` (and `down`),
 * add it here under the same name. Never edit a migration that was released.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0010-shared-state": m0010,
  "0020-alerts": m0020,
  "0021-alert-requeued-at": m0021,
  "0030-user-visits": m0030,
  "0031-template-versions": m0031,
  "0040-change-event-kind-index": m0040,
  "0050-walk-progress": m0050,
  "0051-catalog-page-spans": m0051,
};
