import type * as z from "zod";
import { normaliseEnum } from "../templates/enum-normalise";

/**
 * Reads one upstream template on its own (DESIGN.md, decision 2): real accounts hold templates that
 * do not match Meta's documented shape (string booleans, flat `body_text`, lowercase enums, missing
 * `status`…). One such template must never fail the page, the walk or the account.
 *
 * 1. Obvious coercions: booleans sent as "true"/"True", numbers sent as strings, a flat
 *    `example.body_text` array, `header_handle` as a string, a numeric id.
 * 2. Enum normalisation: status, category, quality score, component/format/button types are
 *    trimmed and upper-cased, so filters, facets, sorting and attention rules see one value.
 * 3. Whatever still does not parse is pruned (field by field, component by component); the template
 *    is kept with what could be read and marked with the reasons (field paths). Missing `category`
 *    / `status` become "UNKNOWN", a missing language "und" (BCP 47: undetermined).
 *
 * When anything was changed, the upstream object is kept verbatim in `console_read.raw` so the
 * drawer's raw JSON shows what NxCloud actually sent. Only a template without a usable id or name
 * is skipped (there is nothing to list it by); the page reports how many.
 *
 * No zod import at runtime and no import of schemas.ts: schemas.ts calls this module, and the
 * schema is passed in, so there is no import cycle.
 */

export type ReadProblem = "missing" | "invalid";
export interface ReadIssue {
  /** Field path, e.g. `components[1].buttons[0].type`. */
  path: string;
  problem: ReadProblem;
}

/** Added by the console, never by NxCloud: how the template was read. */
export interface ReadNote {
  /** Empty when the template was read completely (only coerced or normalised). */
  issues: ReadIssue[];
  /** The template exactly as the upstream sent it. */
  raw: unknown;
}

export const READ_NOTE_FIELD = "console_read";
export const UNKNOWN_ENUM = "UNKNOWN";
export const UNDETERMINED_LANGUAGE = "und";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const BOOLEAN_FIELDS = new Set([
  "add_security_recommendation",
  "has_expiration",
  "cta_url_link_tracking_opted_out",
]);
const NUMBER_FIELDS = new Set(["code_expiration_minutes", "date", "message_send_ttl_seconds"]);

/** "true"/"True"/"FALSE" → boolean; anything else unchanged. */
export function coerceBoolean(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const v = value.trim().toLowerCase();
  return v === "true" ? true : v === "false" ? false : value;
}

/** "15" / " 600 " → number; anything else unchanged. */
export function coerceNumber(value: unknown): unknown {
  if (typeof value !== "string" || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return value;
  return Number(value);
}

/** `body_text: ["a","b"]` (one example set, flat) → `[["a","b"]]`. */
export function coerceBodyText(value: unknown): unknown {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")) return [value];
  return value;
}

/** `header_handle: "https://…"` → `["https://…"]`. */
export function coerceHeaderHandle(value: unknown): unknown {
  return typeof value === "string" ? [value] : value;
}

/** Counts changes while copying, so "was anything coerced?" costs no second pass. */
interface Tally {
  changes: number;
}

function normaliseInPlace(node: unknown, tally: Tally): unknown {
  if (Array.isArray(node)) return node.map((item) => normaliseInPlace(item, tally));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    let value = v;
    if (BOOLEAN_FIELDS.has(k)) value = coerceBoolean(value);
    else if (NUMBER_FIELDS.has(k)) value = coerceNumber(value);
    else if (k === "body_text") value = coerceBodyText(value);
    else if (k === "header_handle") value = coerceHeaderHandle(value);
    else if ((k === "type" || k === "format") && typeof value === "string") value = normaliseEnum(value);
    if (value !== v) tally.changes += 1;
    out[k] = normaliseInPlace(value, tally);
  }
  return out;
}

function normaliseField(out: Json, field: string, tally: Tally): void {
  const value = out[field];
  if (typeof value !== "string") return;
  const normalised = normaliseEnum(value);
  if (normalised !== value) {
    out[field] = normalised;
    tally.changes += 1;
  }
}

/** Coercions and enum normalisation of a whole template (a new object; the input is untouched). */
export function coerceTemplate(input: Json, tally: Tally = { changes: 0 }): Json {
  const out = normaliseInPlace(input, tally) as Json;
  if (typeof out.id === "number" && Number.isFinite(out.id)) {
    out.id = String(out.id);
    tally.changes += 1;
  }
  for (const field of ["status", "category", "previous_category", "correct_category", "sub_category"]) {
    normaliseField(out, field, tally);
  }
  if (isObject(out.quality_score)) {
    const score = { ...out.quality_score };
    normaliseField(score, "score", tally);
    out.quality_score = score;
  }
  return out;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(template)";
}

const REMOVED = Symbol("removed");

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** Fallbacks for required top-level fields, so the rest of the template can still be read. */
const REQUIRED_FALLBACK: Record<string, unknown> = {
  category: UNKNOWN_ENUM,
  status: UNKNOWN_ENUM,
  language: UNDETERMINED_LANGUAGE,
};

/**
 * Removes (or replaces) the value at `path`. A missing required key inside a nested object removes
 * that object from its array (a button without `type` cannot be shown as a button).
 */
function prune(root: Json, path: readonly PropertyKey[], missing: boolean): void {
  if (path.length === 1 && typeof path[0] === "string" && path[0] in REQUIRED_FALLBACK) {
    root[path[0]] = REQUIRED_FALLBACK[path[0]];
    return;
  }
  const target = missing ? path.slice(0, -1) : path;
  if (target.length === 0) return;
  // Walk up to the nearest array element or optional object field we may drop.
  const parent = valueAt(root, target.slice(0, -1)) as Record<PropertyKey, unknown> | unknown[] | undefined;
  const key = target[target.length - 1];
  if (Array.isArray(parent) && typeof key === "number") parent[key] = REMOVED;
  else if (isObject(parent)) delete parent[key as string];
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== REMOVED).map(sweep);
  if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) node[k] = sweep(v);
  }
  return node;
}

function usableId(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.trim()) return value.trim();
  return null;
}

export type ReadResult<T> = { ok: true; template: T } | { ok: false; reason: string };

/**
 * Reads one template: strict schema first; on failure, pruned until it parses (a few rounds).
 * Never throws.
 */
export function readTemplate<T>(input: unknown, schema: z.ZodType<T>): ReadResult<T> {
  if (!isObject(input)) return { ok: false, reason: "not an object" };
  const id = usableId(input.id);
  const name = typeof input.name === "string" && input.name.trim() ? input.name : null;
  if (!id || !name) return { ok: false, reason: "no usable id or name" };

  const { [READ_NOTE_FIELD]: _ignored, ...upstream } = input;
  const tally: Tally = { changes: 0 };
  const working = coerceTemplate(upstream, tally);
  if (working.id !== id) tally.changes += 1;
  working.id = id;
  const changed = tally.changes > 0;
  const issues: ReadIssue[] = [];
  const seen = new Set<string>();

  for (let round = 0; round < 8; round++) {
    const parsed = schema.safeParse(working);
    if (parsed.success) {
      const template = parsed.data as Json;
      if (issues.length > 0 || changed) template[READ_NOTE_FIELD] = { issues, raw: input } satisfies ReadNote;
      return { ok: true, template: template as T };
    }
    for (const issue of parsed.error.issues) {
      const missing = valueAt(working, issue.path) === undefined;
      const path = formatPath(issue.path);
      if (!seen.has(path)) {
        seen.add(path);
        issues.push({ path, problem: missing ? "missing" : "invalid" });
      }
      prune(working, issue.path, missing);
    }
    sweep(working);
  }
  return { ok: false, reason: "could not be read" };
}

export interface ReadPage<T> {
  templates: T[];
  /** Templates without a usable id or name: nothing to list them by. */
  skipped: number;
}

export function readTemplates<T>(items: readonly unknown[], schema: z.ZodType<T>): ReadPage<T> {
  const templates: T[] = [];
  let skipped = 0;
  for (const item of items) {
    const result = readTemplate(item, schema);
    if (result.ok) templates.push(result.template);
    else skipped += 1;
  }
  return { templates, skipped };
}
