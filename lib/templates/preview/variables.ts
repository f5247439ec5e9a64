import type { NamedParam, Template, TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";
import { componentsOfType, findComponent, normalizeType } from "./components";

/**
 * Template variables (`{{1}}`, `{{first_name}}`): finding them, deciding which parameter format a
 * template uses, and resolving each one to the example value stored with the template.
 *
 * Names are not validated here — `{{First-Name}}` is still found so that the diagnostics can say
 * what is wrong with it; the preview shows it like any other variable.
 */

export type ParameterFormat = "NAMED" | "POSITIONAL";

/** A variable as drawn by the preview: an example value, or null for "show a placeholder chip". */
export interface VariableSpan {
  kind: "variable";
  /** "1", "2", … for positional variables; "first_name" for named ones. */
  name: string;
  value: string | null;
}

export interface VariableOccurrence {
  name: string;
  /** The marker exactly as written, e.g. `{{ 1 }}`. */
  raw: string;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
}

/** Looks a variable name up; null when there is no usable example. */
export type VariableResolver = (name: string) => string | null;

export const noExamples: VariableResolver = () => null;

// Anything but braces between double braces; surrounding spaces are allowed (`{{ 1 }}`).
const VARIABLE_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function findVariables(text: string | null | undefined): VariableOccurrence[] {
  if (!text) return [];
  const out: VariableOccurrence[] = [];
  for (const match of text.matchAll(VARIABLE_RE)) {
    const name = match[1] ?? "";
    if (name === "") continue; // `{{}}` is literal text
    out.push({ name, raw: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Distinct names in order of first appearance. */
export function distinctVariableNames(text: string | null | undefined): string[] {
  return [...new Set(findVariables(text).map((v) => v.name))];
}

export function isPositionalName(name: string): boolean {
  return /^\d+$/.test(name);
}

/** Meta: named parameters are lowercase letters and underscores only. */
export function isValidNamedParam(name: string): boolean {
  return /^[a-z_]+$/.test(name);
}

export function declaredParameterFormat(
  template: Pick<Template, "parameter_format">,
): ParameterFormat | null {
  const declared = normalizeType(template.parameter_format);
  return declared === "NAMED" || declared === "POSITIONAL" ? declared : null;
}

/** The texts that can hold template parameters: header, body and carousel card bodies (not URLs). */
export function parameterTexts(components: readonly TemplateComponent[] | undefined): string[] {
  const texts: string[] = [];
  for (const c of components ?? []) {
    const type = normalizeType(c.type);
    if ((type === "HEADER" || type === "BODY") && typeof c.text === "string") texts.push(c.text);
    if (type === "CAROUSEL") {
      for (const card of c.cards ?? []) texts.push(...parameterTexts(card.components));
    }
  }
  return texts;
}

/** Which kinds of variable names the header/body texts use (URL `{{1}}` suffixes excluded). */
export function usedVariableKinds(components: readonly TemplateComponent[] | undefined): {
  positional: string[];
  named: string[];
} {
  const positional = new Set<string>();
  const named = new Set<string>();
  for (const text of parameterTexts(components)) {
    for (const v of findVariables(text)) (isPositionalName(v.name) ? positional : named).add(v.name);
  }
  return { positional: [...positional], named: [...named] };
}

/**
 * `parameter_format` when present (any case); otherwise read from the text, because NxCloud's
 * getTemplate may not return the field (reference §2.1): any named variable → NAMED, else
 * POSITIONAL (Meta's default).
 */
export function detectParameterFormat(
  template: Pick<Template, "parameter_format" | "components">,
): ParameterFormat {
  const declared = declaredParameterFormat(template);
  if (declared) return declared;
  return usedVariableKinds(template.components).named.length > 0 ? "NAMED" : "POSITIONAL";
}

function usable(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function namedLookup(params: readonly NamedParam[] | undefined, name: string): string | null {
  if (!params?.length) return null;
  const exact = params.find((p) => p.param_name === name);
  if (exact) return usable(exact.example);
  const loose = params.find((p) => p.param_name.trim().toLowerCase() === name.toLowerCase());
  return loose ? usable(loose.example) : null;
}

/**
 * Resolver for the variables of one HEADER or BODY component (also a carousel card's body).
 *
 * - Positional `{{n}}` → `example.header_text[n-1]` / `example.body_text[0][n-1]`.
 * - Named `{{x}}` → the `*_named_params` entry with `param_name` x, in any order. If the template
 *   only carries positional examples, named variables fall back to them by order of first
 *   appearance (that is how Meta orders positional examples).
 * - Empty strings count as missing.
 */
export function componentResolver(component: TemplateComponent | undefined): VariableResolver {
  if (!component) return noExamples;
  const isHeader = normalizeType(component.type) === "HEADER";
  const example = component.example;
  const positional: readonly string[] =
    (isHeader ? example?.header_text : example?.body_text?.[0]) ?? ([] as string[]);
  const named = isHeader ? example?.header_text_named_params : example?.body_text_named_params;
  const order = distinctVariableNames(component.text);
  return (name) => {
    if (isPositionalName(name)) {
      const n = Number(name);
      return n >= 1 ? usable(positional[n - 1]) : null;
    }
    const found = namedLookup(named, name);
    if (found !== null) return found;
    if (named?.length) return null;
    const index = order.indexOf(name);
    return index >= 0 ? usable(positional[index]) : null;
  };
}

/** Resolver for a template's top-level header or body (first component of that type). */
export function templateResolver(
  template: Pick<Template, "components">,
  type: "HEADER" | "BODY",
): VariableResolver {
  return componentResolver(findComponent(template.components, type));
}

/** The first string of a button `example` (array or string), or null. */
export function buttonExample(button: TemplateButton): string | null {
  const raw = Array.isArray(button.example) ? button.example[0] : button.example;
  return usable(typeof raw === "string" ? raw.trim() : raw);
}

export interface UrlResolution {
  /** The URL as stored, with its `{{1}}` marker. */
  template: string;
  /** The URL's variable (at most one is filled; Meta allows one trailing variable). */
  variable: VariableSpan | null;
  /** The URL with every variable filled, or null if a variable has no example. Not yet safety-checked. */
  filled: string | null;
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Picks, out of a full example URL, the part that stands where the variable is. */
function suffixFromFullExample(example: string, prefix: string, suffix: string): string | null {
  if (
    example.toLowerCase().startsWith(prefix.toLowerCase()) &&
    example.endsWith(suffix) &&
    example.length > prefix.length + suffix.length
  ) {
    return example.slice(prefix.length, example.length - suffix.length);
  }
  // Same shape on a slightly different host (www., http vs https): align on the query parameter
  // or path segment the variable sits in.
  const param = /[?&]([^?&=#]+)=$/.exec(prefix)?.[1];
  if (param) {
    const escaped = param.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const value = new RegExp(`[?&]${escaped}=([^&#]*)`).exec(example)?.[1];
    return usable(value);
  }
  if (prefix.endsWith("/")) {
    const path = example.replace(/[?#].*$/, "").replace(ABSOLUTE_URL, "");
    const segments = path.split("/").filter(Boolean);
    return segments.length > 1 ? usable(segments.at(-1)) : null;
  }
  return null;
}

/**
 * Fills a URL button's dynamic suffix from its `example`. The example is either the suffix itself
 * (`["summer2023"]`) or, in some Meta examples, the full URL; in that case the part replacing
 * `{{1}}` is cut out of it.
 */
export function resolveUrlButton(button: TemplateButton): UrlResolution {
  const template = typeof button.url === "string" ? button.url : "";
  const vars = findVariables(template);
  const first = vars[0];
  if (!first) return { template, variable: null, filled: template === "" ? null : template };
  const example = buttonExample(button);
  const prefix = template.slice(0, first.start);
  const suffix = template.slice(first.end);
  let value: string | null = null;
  if (example !== null) {
    value = ABSOLUTE_URL.test(example) ? suffixFromFullExample(example, prefix, suffix) : example;
  }
  const filled = value !== null && vars.length === 1 ? prefix + value + suffix : null;
  return { template, variable: { kind: "variable", name: first.name, value }, filled };
}

export interface ComponentVariables {
  component: "HEADER" | "BODY";
  /** Carousel card index (0-based) for card bodies/headers. */
  cardIndex?: number;
  names: string[];
}

/** Variables of every header/body text (card bodies included), with their component. */
export function variablesByComponent(template: Pick<Template, "components">): ComponentVariables[] {
  const out: ComponentVariables[] = [];
  const visit = (components: readonly TemplateComponent[] | undefined, cardIndex?: number) => {
    for (const type of ["HEADER", "BODY"] as const) {
      const c = findComponent(components, type);
      const names = distinctVariableNames(c?.text);
      if (c && names.length)
        out.push({ component: type, ...(cardIndex === undefined ? {} : { cardIndex }), names });
    }
  };
  visit(template.components);
  componentsOfType(template.components, "CAROUSEL").forEach((carousel) => {
    (carousel.cards ?? []).forEach((card, i) => {
      visit(card.components, i);
    });
  });
  return out;
}
