/**
 * One spelling per enum value. Providers send `approved`, ` Rejected `, `marketing`; Meta sends
 * `APPROVED`. Everything that compares, counts or sorts enum values (filters, facets, sorting,
 * attention rules) uses the normalised form; the upstream's own spelling stays in the raw JSON.
 * Zod-free and pure: the browser may use it too.
 */
export function normaliseEnum(value: string): string {
  return value.trim().toUpperCase();
}
