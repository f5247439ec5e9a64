import * as z from "zod";

/**
 * What the browser may know of an account: its id, its label and a masked number — never the
 * appkey, the full number or the keys. One schema for every place that shows or returns an
 * account (the account switcher, the table's account column, the overview cards, the detail
 * response, `GET /api/accounts`). Browser code imports the type only, so zod stays on the server.
 */
export const accountSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  maskedPhone: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
