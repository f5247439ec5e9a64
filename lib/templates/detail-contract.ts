import * as z from "zod";
import { templateSchema } from "@/lib/nxcloud/schemas";

/** `GET /api/templates/{id}?account=`: the full template, its other languages and its account. */
export const templateDetailQuerySchema = z.object({
  account: z
    .string()
    .max(64, "account is too long")
    .regex(/^[\w.-]+$/, "account must be an account id or 'all'")
    .optional()
    .default("all"),
});

export const templateIdSchema = z
  .string()
  .min(1, "id must not be empty")
  .max(64, "id must be at most 64 characters")
  .regex(/^[\w.-]+$/, "id may hold only letters, digits, '_', '.' and '-'");

export const templateDetailSchema = z.object({
  template: templateSchema,
  account: z.object({ id: z.string(), label: z.string(), maskedPhone: z.string() }),
  /** Same name, other languages, in the same account. */
  siblings: z.array(z.object({ id: z.string(), language: z.string(), status: z.string() })),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;
