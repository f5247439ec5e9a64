import type { Template, TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";
import type { Diagnostic, DiagnosticComponent, DiagnosticId, DiagnosticSeverity } from "./diagnostic-kinds";
import {
  buttonsOf,
  charLength,
  componentsOfType,
  findComponent,
  hasUnsafeScheme,
  isAuthenticationCategory,
  isKnownComponentType,
  KNOWN_COMPONENT_TYPES,
  normalizeType,
  otpTypeOf,
} from "./preview/components";
import {
  buttonExample,
  componentResolver,
  declaredParameterFormat,
  distinctVariableNames,
  findVariables,
  isPositionalName,
  isValidNamedParam,
  resolveUrlButton,
  usedVariableKinds,
  type VariableResolver,
} from "./preview/variables";

/**
 * Static checks of a template against Meta's documented format rules (reference §3.4, §3.6–3.9).
 * They point support staff at the part of a template that explains a rejection (mostly
 * INVALID_FORMAT) and warn marketing staff before they submit a look-alike.
 *
 * A diagnostic is data: `id` is stable and is translated by the UI as `diagnostics.<id>` with
 * `params` (ICU). No sentence lives here. Diagnostics never throw on odd shapes.
 */

// What a diagnostic is lives in diagnostic-kinds.ts; importers of the checks get it from here too.
export * from "./diagnostic-kinds";

/** Documented limits (reference §3.9). Lengths are counted in characters (code points). */
export const LIMITS = {
  headerText: 60,
  headerVariables: 1,
  bodyText: 1024,
  ltoBodyText: 600,
  cardBodyText: 160,
  footerText: 60,
  buttonLabel: 25,
  url: 2000,
  phoneNumber: 20,
  copyCode: 15,
  ltoText: 16,
  buttons: 10,
  urlButtons: 2,
  phoneButtons: 1,
  copyCodeButtons: 1,
  cardButtons: 2,
  cardsMin: 2,
  cardsMax: 10,
  codeExpirationMin: 1,
  codeExpirationMax: 90,
} as const;

/**
 * "Too many variables for the message length" (a documented INVALID_FORMAT cause) has no published
 * threshold. Heuristic used here: the fixed text must hold at least this many words per variable
 * occurrence. Words are counted with `Intl.Segmenter` (word-like segments), so Chinese and
 * Japanese text, written without spaces, counts its words too. "Hi {{1}}, your order {{2}} ships
 * {{3}}" (4 words, 3 variables) is flagged; "Hello {{1}}, your code is {{2}}" (4 words, 2
 * variables) is not.
 */
export const MIN_WORDS_PER_VARIABLE = 2;

const COMPONENT_ORDER: readonly DiagnosticComponent[] = ["TEMPLATE", ...KNOWN_COMPONENT_TYPES];
const SEVERITY_ORDER: DiagnosticSeverity[] = ["error", "warning", "info"];

type Place = { component: DiagnosticComponent; cardIndex?: number; buttonIndex?: number };

class Collector {
  readonly list: Diagnostic[] = [];

  add(
    id: DiagnosticId,
    severity: DiagnosticSeverity,
    place: Place,
    params: Record<string, string | number> = {},
  ) {
    const d: Diagnostic = { id, severity, component: place.component, params: { ...params } };
    if (place.cardIndex !== undefined) {
      d.cardIndex = place.cardIndex;
      d.params.card = place.cardIndex + 1;
    }
    if (place.buttonIndex !== undefined) {
      d.buttonIndex = place.buttonIndex;
      d.params.button = place.buttonIndex + 1;
    }
    this.list.push(d);
  }
}

function formatVariable(name: string): string {
  return `{{${name}}}`;
}

// ---------------------------------------------------------------- variables in one text

/** Strips what cannot make a variable "not dangling": whitespace and formatting markers. */
function trimForDangling(text: string): string {
  return text.replace(/^[\s*_~`]+|[\s*_~`]+$/gu, "");
}

function checkDangling(text: string, out: Collector, place: Place) {
  const trimmed = trimForDangling(text);
  const vars = findVariables(trimmed);
  const first = vars[0];
  const last = vars.at(-1);
  if (first && first.start === 0) {
    out.add("danglingVariable", "error", place, { position: "start", variable: formatVariable(first.name) });
  }
  if (last && last.end === trimmed.length && !(first && first.start === 0 && vars.length === 1)) {
    out.add("danglingVariable", "error", place, { position: "end", variable: formatVariable(last.name) });
  }
}

/**
 * Variables with nothing but whitespace between them (`{{1}}{{2}}`, `{{1}} {{2}}`) are an error
 * (Meta's INVALID_FORMAT example). Separated only by punctuation (`{{day}}, {{date}}`) is a
 * warning: Meta's own documented example does it, but reviewers may still count it as adjacent.
 */
function checkAdjacent(text: string, out: Collector, place: Place) {
  const vars = findVariables(text);
  for (let i = 1; i < vars.length; i++) {
    const prev = vars[i - 1];
    const cur = vars[i];
    if (!prev || !cur) continue;
    const between = text.slice(prev.end, cur.start);
    const separator =
      between === ""
        ? "none"
        : /^\s+$/u.test(between)
          ? "space"
          : /^[\s\p{P}\p{S}]+$/u.test(between)
            ? "punctuation"
            : null;
    if (separator) {
      out.add("adjacentVariables", separator === "punctuation" ? "warning" : "error", place, {
        first: formatVariable(prev.name),
        second: formatVariable(cur.name),
        separator,
      });
      return; // one is enough to explain the rejection
    }
  }
}

function checkSequence(text: string, out: Collector, place: Place) {
  const numbers = distinctVariableNames(text)
    .filter(isPositionalName)
    .map((n) => Number(n));
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] !== i + 1) {
      out.add("nonSequentialVariables", "error", place, { expected: i + 1, found: numbers[i] ?? 0 });
      return;
    }
  }
}

function checkNames(text: string, out: Collector, place: Place) {
  for (const name of distinctVariableNames(text)) {
    if (!isPositionalName(name) && !isValidNamedParam(name)) {
      out.add("invalidParameterName", "error", place, { variable: formatVariable(name) });
    }
  }
}

function countWords(text: string): number {
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    let n = 0;
    for (const seg of new Intl.Segmenter(undefined, { granularity: "word" }).segment(text))
      if (seg.isWordLike) n++;
    return n;
  }
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function checkRatio(text: string, out: Collector, place: Place) {
  const variables = findVariables(text).length;
  if (variables === 0) return;
  const words = countWords(text.replace(/\{\{[^{}]*\}\}/g, " "));
  const minWords = variables * MIN_WORDS_PER_VARIABLE;
  if (words < minWords) out.add("tooManyVariables", "warning", place, { variables, words, minWords });
}

/** Codes for the first problem in an example value, or null. */
function exampleIssue(value: string, isUrl: boolean): string | null {
  if (/[\r\n]/.test(value)) return "newline";
  if (value.includes("\t")) return "tab";
  if (/ {4,}/.test(value)) return "spaces";
  // URL suffixes are percent-encoded by design, so #, $ and % are only checked in text.
  if (isUrl) return null;
  if (value.includes("#")) return "hash";
  if (value.includes("$")) return "dollar";
  if (value.includes("%")) return "percent";
  return null;
}

/**
 * Line breaks, tabs and long runs of spaces make the send fail (Meta rejects such parameter
 * values), so they warn. `#`, `$` and `%` are only a review risk (Meta's own carousel example uses
 * "30%"), so they are informational.
 */
function issueSeverity(issue: string): DiagnosticSeverity {
  return issue === "hash" || issue === "dollar" || issue === "percent" ? "info" : "warning";
}

function checkExamples(names: string[], resolve: VariableResolver, out: Collector, place: Place) {
  const missing: string[] = [];
  for (const name of names) {
    const value = resolve(name);
    if (value === null) {
      missing.push(formatVariable(name));
      continue;
    }
    const issue = exampleIssue(value, false);
    if (issue)
      out.add("specialCharactersInExample", issueSeverity(issue), place, {
        variable: formatVariable(name),
        issue,
      });
  }
  if (missing.length) {
    out.add("missingExample", "warning", place, { variables: missing.join(", "), count: missing.length });
  }
}

// ---------------------------------------------------------------- components

function hasMediaExample(component: TemplateComponent): boolean {
  const ex = component.example;
  const handle = ex?.header_handle?.find((h) => typeof h === "string" && h.trim() !== "");
  return (
    Boolean(handle) ||
    (typeof ex?.custom_header_handle_url === "string" && ex.custom_header_handle_url.trim() !== "")
  );
}

function checkHeader(
  header: TemplateComponent | undefined,
  out: Collector,
  place: Place,
  checkText: boolean,
) {
  if (!header) return;
  const format = normalizeType(header.format) || (typeof header.text === "string" ? "TEXT" : "");
  if (["IMAGE", "VIDEO", "GIF", "DOCUMENT"].includes(format) && !hasMediaExample(header)) {
    out.add("missingHeaderMedia", "warning", place, { format });
  }
  if (format !== "TEXT" || !checkText || typeof header.text !== "string") return;
  const length = charLength(header.text);
  if (length > LIMITS.headerText)
    out.add("headerTooLong", "error", place, { length, max: LIMITS.headerText });
  const names = distinctVariableNames(header.text);
  if (names.length > LIMITS.headerVariables) {
    out.add("headerTooManyVariables", "error", place, { count: names.length, max: LIMITS.headerVariables });
  }
  checkNames(header.text, out, place);
  checkSequence(header.text, out, place);
  checkExamples(names, componentResolver(header), out, place);
}

function checkBodyText(
  body: TemplateComponent,
  out: Collector,
  place: Place,
  max: number,
  tooLong: DiagnosticId,
) {
  const text = body.text ?? "";
  const length = charLength(text);
  if (length > max) out.add(tooLong, "error", place, { length, max });
  checkDangling(text, out, place);
  checkAdjacent(text, out, place);
  checkSequence(text, out, place);
  checkNames(text, out, place);
  checkRatio(text, out, place);
  checkExamples(distinctVariableNames(text), componentResolver(body), out, place);
}

const LABEL_REQUIRED = new Set(["QUICK_REPLY", "URL", "PHONE_NUMBER", "FLOW"]);
const KNOWN_BUTTONS = new Set([
  "QUICK_REPLY",
  "URL",
  "PHONE_NUMBER",
  "COPY_CODE",
  "OTP",
  "FLOW",
  "CATALOG",
  "MPM",
  "SPM",
  "VOICE_CALL",
]);

function checkButton(button: TemplateButton, out: Collector, place: Place, isAuth: boolean) {
  const type = normalizeType(button.type);
  const otp = otpTypeOf(button) !== null;
  if (!KNOWN_BUTTONS.has(type)) out.add("unknownButtonType", "info", place, { type: button.type || "?" });

  const label = typeof button.text === "string" ? button.text : "";
  if (label.trim() === "" && LABEL_REQUIRED.has(type) && !otp)
    out.add("buttonLabelMissing", "warning", place, { type });
  const labelLength = charLength(label);
  if (labelLength > LIMITS.buttonLabel) {
    out.add("buttonLabelTooLong", "error", place, { length: labelLength, max: LIMITS.buttonLabel });
  }
  const autofill = typeof button.autofill_text === "string" ? charLength(button.autofill_text) : 0;
  if (autofill > LIMITS.buttonLabel) {
    out.add("buttonLabelTooLong", "error", place, { length: autofill, max: LIMITS.buttonLabel });
  }

  if (type === "URL" && typeof button.url === "string" && !otp) {
    const url = button.url;
    const urlLength = charLength(url);
    if (urlLength > LIMITS.url) out.add("urlTooLong", "error", place, { length: urlLength, max: LIMITS.url });
    const vars = findVariables(url);
    if (vars.length > 1) out.add("urlTooManyVariables", "error", place, { count: vars.length, max: 1 });
    const first = vars[0];
    if (first && vars.length === 1 && url.slice(first.end).trim() !== "") {
      out.add("urlVariableNotAtEnd", "error", place, { variable: formatVariable(first.name) });
    }
    const resolved = resolveUrlButton(button);
    if (hasUnsafeScheme(url) || (resolved.filled !== null && hasUnsafeScheme(resolved.filled))) {
      const scheme =
        /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\t\n\r]/g, ""))?.[1]?.toLowerCase() ?? "?";
      out.add("unsafeButtonUrl", "error", place, { scheme });
    }
    if (first && !isAuth) {
      if (resolved.variable?.value == null) {
        out.add("missingExample", "warning", place, { variables: formatVariable(first.name), count: 1 });
      } else {
        const issue = exampleIssue(resolved.variable.value, true);
        if (issue) {
          out.add("specialCharactersInExample", "warning", place, {
            variable: formatVariable(first.name),
            issue,
          });
        }
      }
    }
  }
  if (type === "PHONE_NUMBER" && typeof button.phone_number === "string") {
    const length = charLength(button.phone_number);
    if (length > LIMITS.phoneNumber)
      out.add("phoneNumberTooLong", "error", place, { length, max: LIMITS.phoneNumber });
  }
  if (type === "COPY_CODE") {
    const code = buttonExample(button);
    const length = code === null ? 0 : charLength(code);
    if (length > LIMITS.copyCode)
      out.add("copyCodeTooLong", "error", place, { length, max: LIMITS.copyCode });
  }
}

function checkButtons(
  buttons: TemplateButton[],
  out: Collector,
  where: { component: DiagnosticComponent; cardIndex?: number },
  isAuth: boolean,
) {
  buttons.forEach((button, buttonIndex) => {
    checkButton(button, out, { ...where, buttonIndex }, isAuth);
  });
  if (buttons.length === 0) return;
  const types = buttons.map((b) => (otpTypeOf(b) !== null ? "OTP" : normalizeType(b.type)));
  const count = (t: string) => types.filter((x) => x === t).length;

  if (where.cardIndex !== undefined) {
    if (buttons.length > LIMITS.cardButtons) {
      out.add("tooManyCardButtons", "error", where, { count: buttons.length, max: LIMITS.cardButtons });
    }
  } else if (buttons.length > LIMITS.buttons) {
    out.add("tooManyButtons", "error", where, { count: buttons.length, max: LIMITS.buttons });
  }
  if (count("URL") > LIMITS.urlButtons) {
    out.add("tooManyUrlButtons", "error", where, { count: count("URL"), max: LIMITS.urlButtons });
  }
  if (count("PHONE_NUMBER") > LIMITS.phoneButtons) {
    out.add("tooManyPhoneButtons", "error", where, {
      count: count("PHONE_NUMBER"),
      max: LIMITS.phoneButtons,
    });
  }
  if (count("COPY_CODE") > LIMITS.copyCodeButtons) {
    out.add("tooManyCopyCodeButtons", "error", where, {
      count: count("COPY_CODE"),
      max: LIMITS.copyCodeButtons,
    });
  }
  // Quick replies and the other buttons must each form one contiguous group (QR,QR,URL and
  // URL,PHONE,QR,QR are fine; QR,URL,QR and URL,QR,URL are not).
  let groups = 0;
  types.forEach((t, i) => {
    if (i === 0 || (t === "QUICK_REPLY") !== (types[i - 1] === "QUICK_REPLY")) groups++;
  });
  if (groups > 2) out.add("quickRepliesNotGrouped", "error", where);
}

// ---------------------------------------------------------------- carousel

function cardSignature(components: readonly TemplateComponent[]): string {
  return components
    .map((c) => {
      const type = normalizeType(c.type);
      if (type === "HEADER") return `HEADER(${normalizeType(c.format) || "TEXT"})`;
      if (type === "BUTTONS")
        return `BUTTONS(${(c.buttons ?? []).map((b) => normalizeType(b.type)).join(", ")})`;
      return type;
    })
    .sort()
    .join(", ");
}

function checkCarousel(carousel: TemplateComponent, out: Collector) {
  const cards = Array.isArray(carousel.cards) ? carousel.cards : [];
  if (cards.length < LIMITS.cardsMin || cards.length > LIMITS.cardsMax) {
    out.add(
      "carouselCardCount",
      "error",
      { component: "CAROUSEL" },
      {
        count: cards.length,
        min: LIMITS.cardsMin,
        max: LIMITS.cardsMax,
      },
    );
  }
  const signatures = cards.map((card) =>
    cardSignature(Array.isArray(card?.components) ? card.components : []),
  );
  const expected = signatures[0] ?? "";
  signatures.forEach((found, cardIndex) => {
    if (cardIndex > 0 && found !== expected) {
      out.add(
        "carouselCardsMismatch",
        "error",
        { component: "CAROUSEL", cardIndex },
        {
          expected: expected || "—",
          found: found || "—",
        },
      );
    }
  });
  cards.forEach((card, cardIndex) => {
    const components = Array.isArray(card?.components) ? card.components : [];
    const place: Place = { component: "CAROUSEL", cardIndex };
    checkHeader(findComponent(components, "HEADER"), out, place, true);
    const body = findComponent(components, "BODY");
    if (body && typeof body.text === "string" && body.text !== "") {
      checkBodyText(body, out, place, LIMITS.cardBodyText, "cardBodyTooLong");
    }
    checkButtons(buttonsOf(components), out, place, false);
  });
}

// ---------------------------------------------------------------- template

export function diagnoseTemplate(template: Template): Diagnostic[] {
  const out = new Collector();
  const components: TemplateComponent[] = Array.isArray(template.components) ? template.components : [];
  const isAuth =
    isAuthenticationCategory(template) || buttonsOf(components).some((b) => otpTypeOf(b) !== null);
  const lto = findComponent(components, "LIMITED_TIME_OFFER");

  // Template-wide: parameter format.
  const kinds = usedVariableKinds(components);
  if (kinds.named.length > 0 && kinds.positional.length > 0) {
    out.add(
      "mixedParameterFormats",
      "error",
      { component: "TEMPLATE" },
      {
        named: kinds.named.map(formatVariable).join(", "),
        positional: kinds.positional.map(formatVariable).join(", "),
      },
    );
  } else {
    const declared = declaredParameterFormat(template);
    const used = kinds.named.length > 0 ? "NAMED" : kinds.positional.length > 0 ? "POSITIONAL" : null;
    if (declared && used && declared !== used) {
      out.add("parameterFormatMismatch", "warning", { component: "TEMPLATE" }, { declared, used });
    }
  }

  for (const type of KNOWN_COMPONENT_TYPES) {
    const count = componentsOfType(components, type).length;
    if (count > 1) out.add("duplicateComponent", "warning", { component: "TEMPLATE" }, { type, count });
  }
  for (const c of components) {
    if (!isKnownComponentType(normalizeType(c.type))) {
      out.add("unknownComponent", "info", { component: "TEMPLATE" }, { type: c.type || "?" });
    }
  }

  checkHeader(findComponent(components, "HEADER"), out, { component: "HEADER" }, true);

  const body = findComponent(components, "BODY");
  const bodyText = body?.text ?? "";
  if (bodyText.trim() === "") {
    // Authentication bodies carry no text: WhatsApp fills in preset text.
    if (!isAuth) out.add("missingBody", "error", { component: "BODY" });
  } else if (body) {
    const max = lto ? LIMITS.ltoBodyText : LIMITS.bodyText;
    if (isAuth) {
      // The stored text is Meta's own preset (`*{{1}}* is your verification code.`): only the length applies.
      const length = charLength(bodyText);
      if (length > max) out.add("bodyTooLong", "error", { component: "BODY" }, { length, max });
    } else {
      checkBodyText(body, out, { component: "BODY" }, max, "bodyTooLong");
    }
  }

  const footer = findComponent(components, "FOOTER");
  if (footer) {
    if (lto) out.add("footerInLimitedTimeOffer", "error", { component: "FOOTER" });
    const length = charLength(footer.text ?? "");
    if (length > LIMITS.footerText)
      out.add("footerTooLong", "error", { component: "FOOTER" }, { length, max: LIMITS.footerText });
    const minutes = footer.code_expiration_minutes;
    if (
      typeof minutes === "number" &&
      (!Number.isInteger(minutes) || minutes < LIMITS.codeExpirationMin || minutes > LIMITS.codeExpirationMax)
    ) {
      out.add(
        "codeExpirationOutOfRange",
        "error",
        { component: "FOOTER" },
        {
          minutes,
          min: LIMITS.codeExpirationMin,
          max: LIMITS.codeExpirationMax,
        },
      );
    }
  }

  checkButtons(buttonsOf(components), out, { component: "BUTTONS" }, isAuth);

  const carousel = findComponent(components, "CAROUSEL");
  if (carousel) checkCarousel(carousel, out);

  if (lto) {
    const text = lto.limited_time_offer?.text ?? "";
    const length = charLength(text);
    if (length > LIMITS.ltoText) {
      out.add(
        "offerTextTooLong",
        "error",
        { component: "LIMITED_TIME_OFFER" },
        { length, max: LIMITS.ltoText },
      );
    }
  }

  return sortDiagnostics(out.list);
}

/** Component order (template-wide first), then severity, then position; stable otherwise. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        COMPONENT_ORDER.indexOf(a.d.component) - COMPONENT_ORDER.indexOf(b.d.component) ||
        (a.d.cardIndex ?? -1) - (b.d.cardIndex ?? -1) ||
        SEVERITY_ORDER.indexOf(a.d.severity) - SEVERITY_ORDER.indexOf(b.d.severity) ||
        (a.d.buttonIndex ?? -1) - (b.d.buttonIndex ?? -1) ||
        a.i - b.i,
    )
    .map((x) => x.d);
}

/** Highest severity present, or null for a clean template. */
export function worstSeverity(list: readonly Diagnostic[]): DiagnosticSeverity | null {
  for (const s of SEVERITY_ORDER) if (list.some((d) => d.severity === s)) return s;
  return null;
}
