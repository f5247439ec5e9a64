import type { Transaction } from "kysely";
import type { ChangeEvent } from "@/lib/history/contracts";
import type { Database } from "@/server/db/schema";

/**
 * Called INSIDE the sync transaction, after the snapshot rows and the change events are written
 * and before the commit: whatever it writes commits or rolls back with them (the alert outbox of
 * issue 16 writes its rows here). Called on every complete walk, also with `events: []` (the
 * baseline, or no change). Throwing aborts the sync: the previous snapshot stays.
 */
export type OnChangesRecorded = (
  trx: Transaction<Database>,
  events: readonly ChangeEvent[],
  context: { account: string; observedAt: number; baseline: boolean },
) => Promise<void>;
