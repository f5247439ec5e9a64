/**
 * Every kind of change the diff records, in the order the UI lists them. Its own module without
 * zod: the activity page, the overview and the alerts editor import the list in the browser, and
 * the schema module (`change-event.ts`) would bring zod (~30 kB gzip) into their first load.
 */
export const CHANGE_KINDS = [
  "added",
  "removed",
  "status_changed",
  "quality_changed",
  "category_changed",
  "rejected_reason_changed",
  "content_changed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
