import type { TemplateInput } from "../lib/nxcloud/schemas";
import type { SimAccount, SimDataset } from "./dataset/types";

/**
 * Runtime data changes (loopback-only admin endpoints, see admin.ts), so tests and the demo can make
 * the upstream change under the console like Meta does:
 *   PATCH  /__sim/accounts/{account}/templates/{id}  merge fields → 200 with the new template
 *   POST   /__sim/accounts/{account}/templates       add (id generated unless given) → 201
 *   DELETE /__sim/accounts/{account}/templates/{id}  → 204
 * Unknown account or id → 404; a body that is not a JSON object, or a bad field → 400.
 * `quality_score` may be a score string ("YELLOW") or Meta's object ({score, date}).
 * Pure over the dataset; the server re-indexes the account after every change (`onChanged`).
 */
export type MutationResult = { status: number; body?: unknown };

export const TEMPLATES_PATH = /^\/__sim\/accounts\/([^/]+)\/templates(?:\/([^/]+))?$/;

const STRING_FIELDS = ["name", "language", "category", "status", "rejected_reason", "sub_category"] as const;

function normalise(input: Record<string, unknown>, now: number): Record<string, unknown> | string {
  const out: Record<string, unknown> = { ...input };
  delete out.id;
  for (const key of STRING_FIELDS) {
    if (key in out && out[key] !== null && typeof out[key] !== "string") return `${key} must be a string`;
  }
  if ("components" in out && !Array.isArray(out.components)) return "components must be an array";
  if ("quality_score" in out) {
    const q = out.quality_score;
    if (typeof q === "string") out.quality_score = { score: q, date: Math.floor(now / 1000) };
    else if (q !== null && (typeof q !== "object" || typeof (q as { score?: unknown }).score !== "string"))
      return "quality_score must be a score string or {score, date}";
  }
  return out;
}

function nextId(account: SimAccount): string {
  let max = 0n;
  for (const t of account.templates) {
    const id = String(t.id);
    if (/^\d{1,30}$/.test(id) && BigInt(id) > max) max = BigInt(id);
  }
  return String(max > 0n ? max + 1n : BigInt(Date.now()) * 1000n);
}

export function mutateTemplates(
  dataset: SimDataset,
  method: string,
  accountId: string,
  templateId: string | undefined,
  body: unknown,
  now: number,
): MutationResult {
  const account = dataset.accounts.find((a) => a.id === accountId);
  if (!account) return { status: 404, body: { error: "not_found", message: `unknown account ${accountId}` } };
  const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
  if (method === "POST" && templateId === undefined) {
    if (!isObject)
      return { status: 400, body: { error: "invalid_body", message: "body must be a JSON object" } };
    const fields = normalise(body as Record<string, unknown>, now);
    if (typeof fields === "string") return { status: 400, body: { error: "invalid_body", message: fields } };
    if (typeof fields.name !== "string" || typeof fields.language !== "string")
      return { status: 400, body: { error: "invalid_body", message: "name and language are required" } };
    const given = (body as { id?: unknown }).id;
    const id = typeof given === "string" || typeof given === "number" ? String(given) : nextId(account);
    if (account.templates.some((t) => String(t.id) === id))
      return { status: 409, body: { error: "conflict", message: `template ${id} exists` } };
    const template = {
      category: "UTILITY",
      status: "PENDING",
      components: [{ type: "BODY", text: `New template ${fields.name}` }],
      ...fields,
      id,
    } as TemplateInput;
    // Listing order is newest first, like Meta.
    account.templates.unshift(template);
    return { status: 201, body: template };
  }
  if (templateId === undefined) return { status: 405, body: { error: "method_not_allowed" } };
  const index = account.templates.findIndex((t) => String(t.id) === templateId);
  if (index < 0)
    return { status: 404, body: { error: "not_found", message: `unknown template ${templateId}` } };
  if (method === "DELETE") {
    account.templates.splice(index, 1);
    return { status: 204 };
  }
  if (method === "PATCH") {
    if (!isObject)
      return { status: 400, body: { error: "invalid_body", message: "body must be a JSON object" } };
    const fields = normalise(body as Record<string, unknown>, now);
    if (typeof fields === "string") return { status: 400, body: { error: "invalid_body", message: fields } };
    const updated = { ...account.templates[index], ...fields } as TemplateInput;
    for (const [k, v] of Object.entries(updated))
      if (v === null) delete (updated as Record<string, unknown>)[k];
    account.templates[index] = updated;
    return { status: 200, body: updated };
  }
  return { status: 405, body: { error: "method_not_allowed" } };
}
