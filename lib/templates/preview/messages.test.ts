import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import {
  KNOWN_CATEGORIES,
  KNOWN_QUALITY_SCORES,
  KNOWN_REJECTED_REASONS,
  KNOWN_STATUSES,
  LEGACY_CATEGORIES,
} from "@/lib/nxcloud/schemas";
import { DIAGNOSTIC_IDS, type Diagnostic, diagnoseTemplate, diagnosticMessageKey } from "../diagnostics";
import { rejectionGuidance } from "../rejection-guidance";
import { categoryLabel, managerLabel, qualityInfo, statusInfo } from "../status-info";
import { makeTemplate } from "./fixtures";
import type { MessageRef } from "./message-ref";
import { buildButton, buildPreviewModel, KNOWN_BUTTON_TYPES, layoutButtons } from "./model";

/**
 * Every i18n key the preview model, diagnostics, status and rejection helpers can produce exists in
 * both languages, the two languages have the same keys, and every message formats (ICU) with the
 * params the code passes.
 */

const LOCALES = ["en", "zh-CN"] as const;
const NAMESPACES = ["preview", "diagnostics", "status"] as const;

type Tree = { [key: string]: string | Tree };

function load(locale: string, namespace: string): Tree {
  const file = path.resolve(import.meta.dirname, "../../../messages", locale, `${namespace}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Tree;
}

const MESSAGES = Object.fromEntries(
  LOCALES.map((l) => [l, Object.fromEntries(NAMESPACES.map((ns) => [ns, load(l, ns)]))]),
) as Record<(typeof LOCALES)[number], Record<string, Tree>>;

function flatten(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  );
}

function lookup(messages: Record<string, Tree>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

function translate(locale: (typeof LOCALES)[number], ref: MessageRef): { text: string; errors: unknown[] } {
  const errors: unknown[] = [];
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (e) => {
      errors.push(e);
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: keys are dynamic here by design
  const text = (t as any)(ref.key, ref.params ?? {}) as string;
  return { text, errors };
}

function expectTranslatable(ref: MessageRef) {
  for (const locale of LOCALES) {
    expect(typeof lookup(MESSAGES[locale], ref.key), `${locale}: ${ref.key}`).toBe("string");
    const { text, errors } = translate(locale, ref);
    expect(errors, `${locale}: ${ref.key}`).toEqual([]);
    // No unformatted ICU syntax left (param values themselves may contain braces, e.g. "{{1}}").
    const withoutValues = Object.values(ref.params ?? {}).reduce<string>(
      (acc, v) => acc.split(String(v)).join(""),
      text,
    );
    expect(withoutValues, `${locale}: ${ref.key}`).not.toMatch(/[{}]/);
    expect(text.trim(), `${locale}: ${ref.key}`).not.toBe("");
  }
}

// ---------------------------------------------------------------- produced by code

function previewRefs(): MessageRef[] {
  const refs: MessageRef[] = [];
  const types = [...KNOWN_BUTTON_TYPES, "TELEPORT", ""];
  types.forEach((type, i) => {
    const b = buildButton({ type }, i);
    refs.push(b.fallbackLabel, b.typeLabel);
  });
  for (const otp_type of ["COPY_CODE", "ONE_TAP", "ZERO_TAP", "NEW"]) {
    const b = buildButton({ type: "OTP", otp_type }, 0);
    refs.push(b.fallbackLabel, b.typeLabel);
  }
  const overflow = layoutButtons(types.map((type, i) => buildButton({ type }, i))).overflow;
  if (overflow) refs.push(overflow.label);
  const model = buildPreviewModel(
    makeTemplate({ components: [{ type: "BUTTONS", buttons: [{ type: "URL" }] }] }),
  );
  refs.push(...model.buttons.flatMap((b) => [b.fallbackLabel, b.typeLabel]));
  return refs;
}

/** Keys the preview components are told to use (documented in the model); params as they would pass them. */
const PREVIEW_UI_REFS: MessageRef[] = [
  { key: "preview.title" },
  { key: "preview.seeAllOptions" },
  { key: "preview.moreOptions", params: { count: 3 } },
  { key: "preview.allOptions" },
  { key: "preview.notPreviewable", params: { type: "HOLOGRAM" } },
  { key: "preview.notPreviewableHint" },
  { key: "preview.securityRecommendation" },
  { key: "preview.expiresIn", params: { minutes: 1 } },
  { key: "preview.expiresIn", params: { minutes: 10 } },
  { key: "preview.copyCode" },
  { key: "preview.autofill" },
  { key: "preview.documentFallback" },
  { key: "preview.mediaUnavailable" },
  { key: "preview.mediaUnavailableHint" },
  { key: "preview.location" },
  { key: "preview.locationHint" },
  { key: "preview.showExamples" },
  { key: "preview.showPlaceholders" },
  { key: "preview.variable", params: { name: "first_name" } },
  { key: "preview.missingExample" },
  { key: "preview.emptyBody" },
  { key: "preview.rtl" },
  ...["label", "image", "video", "gif", "document", "location"].map((k) => ({ key: `preview.header.${k}` })),
  { key: "preview.header.unknown", params: { format: "HOLOGRAM" } },
  ...["COPY_CODE", "ONE_TAP", "ZERO_TAP"].map((k) => ({ key: `preview.otpType.${k}` })),
  { key: "preview.otpType.UNKNOWN", params: { type: "NEW" } },
  { key: "preview.button.opensLink", params: { url: "https://x.test" } },
  { key: "preview.button.linkWithVariable", params: { url: "https://x.test/{{1}}" } },
  { key: "preview.button.unsafeLink" },
  { key: "preview.button.callsNumber", params: { phone: "+1 555" } },
  { key: "preview.button.copiesCode", params: { code: "SAVE10" } },
  { key: "preview.button.opensFlow", params: { name: "booking" } },
  { key: "preview.button.noExampleCode" },
  ...["title", "expires", "notOnDesktop"].map((k) => ({ key: `preview.offer.${k}` })),
  { key: "preview.offer.code", params: { code: "CARIBE25" } },
  { key: "preview.carousel.label" },
  { key: "preview.carousel.card", params: { index: 1, total: 3 } },
  ...["previous", "next", "empty"].map((k) => ({ key: `preview.carousel.${k}` })),
  ...["title", "presetText", "codeSample"].map((k) => ({ key: `preview.auth.${k}` })),
  ...["title", "name", "value", "where"].map((k) => ({ key: `preview.variables.${k}` })),
];

/** A spread of broken templates so every diagnostic id is produced with its real params. */
function sampleDiagnostics(): Diagnostic[] {
  const body = (text: string, values?: string[]) =>
    values ? { type: "BODY", text, example: { body_text: [values] } } : { type: "BODY", text };
  const img = { type: "HEADER", format: "IMAGE", example: { header_handle: ["https://c.test/a.png"] } };
  const templates = [
    makeTemplate({
      parameter_format: "NAMED",
      components: [
        { type: "HEADER", format: "TEXT", text: `${"h".repeat(60)} {{1}} {{2}}` },
        body("{{1}}{{2}} {{a}} {{B}} {{4}}", ["a\nb", "#", "$", "%", "a    b"]),
        body("dup"),
        { type: "FOOTER", text: "f".repeat(61), code_expiration_minutes: 0 },
        {
          type: "BUTTONS",
          buttons: [
            { type: "QUICK_REPLY" },
            { type: "URL", text: "u".repeat(26), url: `javascript:${"x".repeat(2000)}` },
            { type: "QUICK_REPLY", text: "b" },
            { type: "URL", text: "c", url: "https://s.test/{{1}}/{{2}}" },
            { type: "URL", text: "d", url: "https://s.test/{{1}}/x" },
            { type: "URL", text: "e", url: "https://s.test/{{1}}", example: ["a\tb"] },
            { type: "PHONE_NUMBER", text: "p", phone_number: "1".repeat(21) },
            { type: "PHONE_NUMBER", text: "p", phone_number: "1" },
            { type: "COPY_CODE", example: "C".repeat(16) },
            { type: "COPY_CODE", example: "C" },
            { type: "TELEPORT", text: "t" },
          ],
        },
        { type: "HOLOGRAM" },
      ],
    }),
    makeTemplate({ components: [body("Hi {{1}}, {{2}}", ["a", "b"]), { type: "HEADER", format: "VIDEO" }] }),
    makeTemplate({ components: [body("Hi {{1}} {{3}} and words around it", ["a", "b", "c"])] }),
    makeTemplate({
      parameter_format: "NAMED",
      components: [body("Hello {{1}} and welcome to the shop", ["a"])],
    }),
    makeTemplate({ components: [{ type: "FOOTER", text: "x" }] }),
    makeTemplate({
      components: [
        img,
        { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "o".repeat(17) } },
        body("b".repeat(601)),
        { type: "FOOTER", text: "x" },
      ],
    }),
    makeTemplate({
      components: [
        body("Plain body text here."),
        {
          type: "CAROUSEL",
          cards: [
            {
              components: [
                img,
                body("c".repeat(161)),
                {
                  type: "BUTTONS",
                  buttons: [
                    { type: "QUICK_REPLY", text: "a" },
                    { type: "QUICK_REPLY", text: "b" },
                    { type: "QUICK_REPLY", text: "c" },
                  ],
                },
              ],
            },
          ],
        },
      ],
    }),
    makeTemplate({
      components: [
        body("Plain body text here."),
        {
          type: "CAROUSEL",
          cards: [{ components: [img] }, { components: [{ type: "HEADER", format: "VIDEO" }] }],
        },
      ],
    }),
    makeTemplate({
      components: [
        body("Plain body."),
        { type: "BUTTONS", buttons: Array.from({ length: 11 }, () => ({ type: "QUICK_REPLY", text: "q" })) },
      ],
    }),
  ];
  return templates.flatMap((t) => diagnoseTemplate(t));
}

function statusRefs(): MessageRef[] {
  const refs: MessageRef[] = [];
  for (const s of [...KNOWN_STATUSES, "NEW_STATUS", ""]) {
    const info = statusInfo(s);
    refs.push(info.label, info.meaning);
    for (const q of [...KNOWN_QUALITY_SCORES, null]) refs.push(managerLabel(s, q));
  }
  for (const q of [...KNOWN_QUALITY_SCORES, null, "PURPLE"]) {
    const info = qualityInfo(q);
    refs.push(info.label, info.meaning);
  }
  for (const c of [...KNOWN_CATEGORIES, ...LEGACY_CATEGORIES, "NEW_CATEGORY"]) refs.push(categoryLabel(c));
  for (const r of [...KNOWN_REJECTED_REASONS, "NEW_REASON"]) {
    const g = rejectionGuidance(r);
    if (g) refs.push(g.title, g.meaning, g.fix);
  }
  refs.push(
    { key: "status.title" },
    { key: "status.canSend" },
    { key: "status.cannotSend" },
    { key: "status.canEdit" },
    { key: "status.cannotEdit" },
    { key: "status.quality.title" },
    { key: "status.category.title" },
    { key: "status.category.legacyHint" },
    { key: "status.rejection.title" },
  );
  return refs;
}

// ---------------------------------------------------------------- tests

describe("message files", () => {
  it.each(NAMESPACES.map((ns) => [ns]))("%s: en and zh-CN have the same keys", (ns) => {
    expect(flatten(load("zh-CN", ns)).sort()).toEqual(flatten(load("en", ns)).sort());
  });

  it.each(NAMESPACES.map((ns) => [ns]))("%s: zh-CN is actually translated", (ns) => {
    const en = load("en", ns);
    const zh = load("zh-CN", ns);
    const same = flatten(en).filter((k) => {
      const a = lookup({ x: en }, `x.${k}`) as string;
      return a === lookup({ x: zh }, `x.${k}`) && /[a-z]{4,}/.test(a.replace(/\{[^}]*\}/g, ""));
    });
    expect(same).toEqual([]);
  });
});

describe("every key the code can produce exists and formats in both languages", () => {
  it("preview model keys", () => {
    for (const ref of previewRefs()) expectTranslatable(ref);
  });

  it("preview UI keys", () => {
    for (const ref of PREVIEW_UI_REFS) expectTranslatable(ref);
  });

  it("diagnostic ids, with the params diagnoseTemplate produces", () => {
    const produced = sampleDiagnostics();
    expect(DIAGNOSTIC_IDS.filter((id) => !produced.some((d) => d.id === id))).toEqual([]);
    for (const d of produced) expectTranslatable({ key: diagnosticMessageKey(d), params: d.params });
  });

  it("diagnostics UI keys", () => {
    for (const s of ["error", "warning", "info"]) expectTranslatable({ key: `diagnostics.severity.${s}` });
    for (const c of ["TEMPLATE", "HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"]) {
      expectTranslatable({ key: `diagnostics.component.${c}` });
    }
    expectTranslatable({ key: "diagnostics.location.button", params: { button: 2 } });
    expectTranslatable({ key: "diagnostics.location.card", params: { card: 1 } });
    expectTranslatable({ key: "diagnostics.title" });
    expectTranslatable({ key: "diagnostics.none" });
    expectTranslatable({ key: "diagnostics.summary", params: { errors: 2, warnings: 0 } });
  });

  it("status, quality, category and rejection keys", () => {
    for (const ref of statusRefs()) expectTranslatable(ref);
  });

  it("selects and plurals pick the right branch", () => {
    expect(translate("en", { key: "preview.expiresIn", params: { minutes: 1 } }).text).toBe(
      "Expires in 1 minute",
    );
    expect(translate("en", { key: "preview.expiresIn", params: { minutes: 5 } }).text).toBe(
      "Expires in 5 minutes",
    );
    expect(translate("zh-CN", { key: "preview.expiresIn", params: { minutes: 5 } }).text).toBe(
      "5 分钟后过期",
    );
    const dangling = { key: "diagnostics.danglingVariable", params: { position: "end", variable: "{{1}}" } };
    expect(translate("en", dangling).text).toContain("ends with the variable {{1}}");
    expect(translate("zh-CN", dangling).text).toContain("以变量 {{1}} 结尾");
    expect(translate("en", { key: "status.manager.activeQualityPending" }).text).toBe(
      "Active – quality pending",
    );
    expect(translate("zh-CN", { key: "status.quality.GREEN.label" }).text).toBe("高");
  });

  it("a missing param is reported (the checks above are meaningful)", () => {
    const { errors } = translate("en", { key: "diagnostics.bodyTooLong" });
    expect(errors.length).toBeGreaterThan(0);
  });
});
