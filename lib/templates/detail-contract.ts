import * as z from "zod";
import { accountSummarySchema } from "@/lib/accounts/account-summary";
import { templateSchema } from "@/lib/nxcloud/schemas";
import { accountParamSchema } from "./list-contract";

/** `GET /api/templates/{id}?account=`: the full template, its other languages and its account. */
export const templateDetailQuerySchema = z.object({
  account: accountParamSchema,
});

export const templateIdSchema = z
  .string()
  .min(1, "id must not be empty")
  .max(64, "id must be at most 64 characters")
  .regex(/^[\w.-]+$/, "id may hold only letters, digits, '_', '.' and '-'");

export const templateDetailSchema = z.object({
  template: templateSchema,
  account: accountSummarySchema,
  /** Same name, other languages, in the same account. */
  siblings: z.array(z.object({ id: z.string(), language: z.string(), status: z.string() })),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;
