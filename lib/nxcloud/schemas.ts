import * as z from "zod";

/**
 * Schemas for NxCloud getTemplate responses (a proxy over Meta's message_templates edge).
 *
 * Tolerant by design (DESIGN.md, decision 2): Meta adds enum values, component types and button
 * types over time. Known shapes are parsed strictly enough to render; every enum is kept as a plain
 * string; unknown components and buttons are kept as raw objects (passthrough) so the UI can show
 * "not previewable: TYPE" instead of failing the whole page.
 *
 * This file has no `server-only` import on purpose: the browser receives the same template objects
 * (detail route) and the simulator validates its data files with them.
 */

// The enum values live in a zod-free module (the browser needs them for labels); re-exported
// here for the server code and the simulator that think of them as part of the schema.
export {
  KNOWN_CATEGORIES,
  KNOWN_QUALITY_SCORES,
  KNOWN_REJECTED_REASONS,
  KNOWN_STATUSES,
  LEGACY_CATEGORIES,
  NO_QUALITY,
} from "./template-enums";

import { READ_NOTE_FIELD, type ReadNote, readTemplates } from "./template-tolerant";

const namedParamSchema = z.looseObject({
  param_name: z.string(),
  example: z.string().optional(),
});
export type NamedParam = z.infer<typeof namedParamSchema>;

/** `example` object of a component. Every field is optional; arrays may be empty. */
export const exampleSchema = z.looseObject({
  header_handle: z.array(z.string()).optional(),
  custom_header_handle_url: z.string().optional(),
  header_text: z.array(z.string()).optional(),
  header_text_named_params: z.array(namedParamSchema).optional(),
  body_text: z.array(z.array(z.string())).optional(),
  body_text_named_params: z.array(namedParamSchema).optional(),
});
export type TemplateExample = z.infer<typeof exampleSchema>;

/**
 * A button. Only `type` is required; the rest depends on the type (QUICK_REPLY, URL, PHONE_NUMBER,
 * COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, VOICE_CALL, … and whatever Meta adds next). Extra
 * fields are kept.
 */
export const buttonSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  /** URL buttons: example suffix (or full URL); COPY_CODE: the example code (string or [string]). */
  example: z.union([z.array(z.string()), z.string()]).optional(),
  otp_type: z.string().optional(),
  autofill_text: z.string().optional(),
  flow_id: z.union([z.string(), z.number()]).optional(),
  flow_name: z.string().optional(),
  flow_action: z.string().optional(),
  navigate_screen: z.string().optional(),
});
export type TemplateButton = z.infer<typeof buttonSchema>;

/**
 * A component. HEADER/BODY/FOOTER/BUTTONS/CAROUSEL/LIMITED_TIME_OFFER are the known types (upper or
 * lower case); anything else is kept as-is with its raw fields.
 */
export const componentSchema = z.looseObject({
  type: z.string(),
  format: z.string().optional(),
  text: z.string().optional(),
  example: exampleSchema.optional(),
  buttons: z.array(buttonSchema).optional(),
  /** CAROUSEL: each card holds its own components (header, body, buttons). */
  get cards() {
    return z.array(z.looseObject({ components: z.array(componentSchema) })).optional();
  },
  /** LIMITED_TIME_OFFER */
  limited_time_offer: z
    .looseObject({ text: z.string().optional(), has_expiration: z.boolean().optional() })
    .optional(),
  /** AUTHENTICATION body / footer extras */
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().optional(),
});
export type TemplateComponent = z.infer<typeof componentSchema>;

export const qualityScoreSchema = z.looseObject({
  score: z.string(),
  /** unix seconds */
  date: z.number().optional(),
  reasons: z.array(z.string()).nullish(),
});

export const templateSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  language: z.string(),
  category: z.string(),
  status: z.string(),
  components: z.array(componentSchema).default([]),
  rejected_reason: z.string().nullish(),
  quality_score: qualityScoreSchema.nullish(),
  parameter_format: z.string().nullish(),
  sub_category: z.string().nullish(),
  previous_category: z.string().nullish(),
  correct_category: z.string().nullish(),
  namespace: z.string().nullish(),
  library_template_name: z.string().nullish(),
  message_send_ttl_seconds: z.number().nullish(),
  cta_url_link_tracking_opted_out: z.boolean().nullish(),
  /** Added by the console (template-tolerant.ts), never by NxCloud. */
  [READ_NOTE_FIELD]: z
    .object({
      issues: z.array(z.object({ path: z.string(), problem: z.enum(["missing", "invalid"]) })),
      raw: z.unknown(),
    })
    .optional(),
});
export type Template = z.infer<typeof templateSchema>;
export type { ReadNote };
export type TemplateInput = z.input<typeof templateSchema>;

export const pagingSchema = z.looseObject({
  cursors: z.looseObject({ before: z.string().optional(), after: z.string().optional() }).optional(),
  next: z.string().nullish(),
  previous: z.string().nullish(),
});
export type Paging = z.infer<typeof pagingSchema>;

/**
 * `data` of a successful (code 0) getTemplate response. The envelope (`data` is an array, `paging`
 * has its shape) is strict: a broken page still fails the walk. Each template is read on its own
 * (template-tolerant.ts): kept, coerced, or kept partially and marked; only templates without a
 * usable id or name are dropped, and counted in `skipped`.
 */
export const pageShapeSchema = z.looseObject({
  data: z.array(z.unknown()),
  paging: pagingSchema.nullish(),
});
/** Reads every template of a page whose shape is already checked (see `pageShapeSchema`). */
export function readPageTemplates(data: readonly unknown[]): { data: Template[]; skipped: number } {
  const read = readTemplates(data, templateSchema);
  return { data: read.templates, skipped: read.skipped };
}
export const templatePageSchema = pageShapeSchema.transform(({ data, ...rest }) => ({
  ...rest,
  ...readPageTemplates(data),
}));
export interface TemplatePage {
  data: Template[];
  paging?: Paging | null;
  /** Templates on this page that had no usable id or name (not listed). */
  skipped?: number;
}

/**
 * A page whose envelope, shape and cursor are checked but whose templates are not read yet: a
 * walk asks for the next page first and reads this one while that request is on the wire.
 */
export interface UnreadTemplatePage {
  paging?: Paging | null;
  /**
   * A digest of the response body. The same text reads as the same templates, so a walk may reuse
   * what it read from an identical page before instead of reading it again (page-memo.ts).
   */
  fingerprint?: string;
  /** Reads the templates (tolerant per template; does not throw for a bad template). */
  read(): { data: Template[]; skipped: number };
}

/**
 * The NxCloud envelope. `data` is anything at this level: success bodies are parsed with
 * templatePageSchema, error bodies may carry Meta's nested error (code 9099) or null.
 */
export const envelopeSchema = z.looseObject({
  code: z.number(),
  message: z.string().nullish(),
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Meta's nested error, carried in `data.error` with code 9099. */
export const metaErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.number().optional(),
    message: z.string().optional(),
    type: z.string().optional(),
    fbtrace_id: z.string().optional(),
    error_subcode: z.number().optional(),
    error_data: z.unknown().optional(),
  }),
});
