import * as z from "zod";

/**
 * `GET /api/me/last-visit` (read only) and `POST /api/me/last-visit` with `{ action }`:
 * `visit` records that the user opened the console, `seen` marks every change as seen.
 */
export const lastVisitActionSchema = z.object({ action: z.enum(["visit", "seen"]) });
export type LastVisitAction = z.infer<typeof lastVisitActionSchema>["action"];

export const lastVisitResponseSchema = z.object({
  /** Changes observed after this time (epoch ms) are new to the user; null before any visit. */
  seenAt: z.number().nullable(),
  /** How many changes were recorded since then in the user's accounts. */
  changes: z.number(),
});
export type LastVisitResponse = z.infer<typeof lastVisitResponseSchema>;
