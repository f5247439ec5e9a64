import * as z from "zod";

/** The body of `POST /api/catalog/refresh`. */
export const refreshBodySchema = z.object({
  account: z
    .string({ error: "account is required (an account id or 'all')" })
    .max(64)
    .regex(/^[\w.-]+$/, "account must be an account id or 'all'"),
});
export type RefreshBody = z.infer<typeof refreshBodySchema>;
