import * as z from "zod";
import { CHANGE_KINDS, type ChangeKind } from "./change-kinds";

/**
 * One observed change of one template, as the change log (history) records it and the alerts
 * consume it. The shape is a contract between the history engine and the alerts: keep it exactly.
 * `previousObservedAt` → `observedAt` is the observation window: the change happened somewhere in
 * between (history is observed, never invented). `from`/`to` are the raw upstream values (status,
 * quality score, category, rejected reason, a content digest) or null for `added`/`removed`.
 */

export const changeKindSchema = z.enum(CHANGE_KINDS);
export { CHANGE_KINDS, type ChangeKind };

export const changeEventSchema = z.object({
  id: z.string().min(1),
  account: z.string().min(1),
  templateId: z.string().min(1),
  name: z.string(),
  language: z.string(),
  kind: changeKindSchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Epoch milliseconds of the walk that saw the change. */
  observedAt: z.number().int().nonnegative(),
  /** Epoch milliseconds of the previous complete walk; null for the baseline. */
  previousObservedAt: z.number().int().nonnegative().nullable(),
  category: z.string().nullable().optional(),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;
