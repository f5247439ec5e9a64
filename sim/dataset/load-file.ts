import { readFileSync } from "node:fs";
import * as z from "zod";
import { type TemplateInput, templateSchema } from "../../lib/nxcloud/schemas";
import { readTemplate } from "../../lib/nxcloud/template-tolerant";
import { formatIssues, SimConfigError } from "../config-error";
import type { SimAccount, SimDataset } from "./types";

/**
 * NXCLOUD_SIM_DATA: replaces the generated dataset with a JSON file
 * `{"accounts":[{"id"?, "label", "appkey", "business_phone", "waba_id"?, "templates":[…]}]}` where each
 * template is an object as in getTemplate's `data.data`. Only what the simulator itself needs is
 * validated (id, name, language); everything else is served exactly as written, so templates the
 * console cannot fully read (missing status, string booleans, lowercase enums…) can be tested end to
 * end. What the console will not fully read is reported as start-up warnings. Listing order = file order. Media handles starting with
 * `/media/` are made absolute with the simulator's public URL.
 */

const accountFileSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "must be 1–40 chars of a-z, 0-9, _ or -")
    .optional(),
  label: z.string().min(1),
  appkey: z.string().min(1),
  business_phone: z.string().regex(/^\d{6,20}$/, "must be 6–20 digits (country code, no +)"),
  waba_id: z
    .string()
    .regex(/^\d{1,20}$/, "must be digits")
    .optional(),
  templates: z.array(
    z.looseObject({
      id: z.union([
        z.string().regex(/^[\w.-]{1,64}$/, "must be 1–64 chars of letters, digits, _ . -"),
        z.number().int(),
      ]),
      name: z.string().min(1),
      language: z.string().min(1),
    }),
  ),
});

const dataFileSchema = z.object({ accounts: z.array(accountFileSchema).min(1) });

export interface LoadedDataFile {
  path: string;
  accounts: Omit<SimAccount, "templates">[];
  /** Raw template objects per account, same order as `accounts`. */
  templates: Record<string, unknown>[][];
  /** What the console will not fully read, one line per template (printed at start-up). */
  warnings: string[];
}

/** Reads and validates the file; throws SimConfigError naming the file and the offending path. */
export function loadDataFile(path: string): LoadedDataFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new SimConfigError(`NXCLOUD_SIM_DATA=${path}: cannot read file (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SimConfigError(`NXCLOUD_SIM_DATA=${path}: not valid JSON (${(err as Error).message})`);
  }
  return validateDataFile(json, path);
}

export function validateDataFile(json: unknown, path: string): LoadedDataFile {
  const parsed = dataFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SimConfigError(`NXCLOUD_SIM_DATA=${path} is invalid:\n${formatIssues(parsed.error.issues)}`);
  }
  const raw = json as { accounts: { templates: Record<string, unknown>[] }[] };
  const problems: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const phones = new Set<string>();
  const templateIds = new Map<string, string>();
  const accounts = parsed.data.accounts.map((a, i) => {
    const id = a.id ?? `account-${i + 1}`;
    if (ids.has(id)) problems.push(`accounts[${i}].id: duplicate account id "${id}"`);
    ids.add(id);
    if (phones.has(a.business_phone)) {
      problems.push(`accounts[${i}].business_phone: "${a.business_phone}" is used by another account`);
    }
    phones.add(a.business_phone);
    a.templates.forEach((t, j) => {
      const where = `accounts[${i}].templates[${j}].id`;
      const key = String(t.id);
      const seen = templateIds.get(key);
      if (seen) problems.push(`${where}: duplicate template id "${key}" (also ${seen})`);
      else templateIds.set(key, where);
      const read = readTemplate(t, templateSchema);
      const issues = read.ok ? (read.template.console_read?.issues ?? []) : [];
      if (!read.ok) warnings.push(`accounts[${i}].templates[${j}]: ${read.reason}; the console will skip it`);
      else if (issues.length > 0) {
        warnings.push(
          `accounts[${i}].templates[${j}] (${t.name}): the console cannot fully read ${issues
            .map((x) => `${x.path} (${x.problem})`)
            .join(", ")}`,
        );
      }
    });
    return {
      id,
      label: a.label,
      appkey: a.appkey,
      business_phone: a.business_phone,
      waba_id: a.waba_id ?? String(100_000_000_000_000 + i + 1),
    };
  });
  if (problems.length > 0) {
    throw new SimConfigError(
      `NXCLOUD_SIM_DATA=${path} is invalid:\n${problems
        .slice(0, 10)
        .map((p) => `  - ${p}`)
        .join("\n")}`,
    );
  }
  return { path, accounts, templates: raw.accounts.map((a) => a.templates), warnings };
}

/** Builds the dataset, resolving `/media/…` handles against the simulator's public base URL. */
export function materializeDataFile(file: LoadedDataFile, mediaBaseUrl: string): SimDataset {
  const base = mediaBaseUrl.replace(/\/+$/, "");
  return {
    seed: null,
    source: "file",
    accounts: file.accounts.map((a, i) => ({
      ...a,
      templates: (file.templates[i] ?? []).map(
        (t) => resolveMedia(structuredClone(t), base) as TemplateInput,
      ),
    })),
  };
}

function resolveMedia(value: unknown, base: string, key = ""): unknown {
  if (typeof value === "string") {
    const isHandle = key === "header_handle" || key === "custom_header_handle_url";
    return isHandle && value.startsWith("/media/") ? `${base}${value}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveMedia(v, base, key));
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) obj[k] = resolveMedia(obj[k], base, k);
  }
  return value;
}
