import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

/**
 * The drawer's own strings (messages/<locale>/drawer.json): same keys in both languages, Chinese
 * actually translated, and every message formats with the params the drawer passes.
 */

type Tree = { [key: string]: string | Tree };
const LOCALES = ["en", "zh-CN"] as const;

function load(locale: string): Tree {
  const file = path.resolve(import.meta.dirname, "../../../messages", locale, "drawer.json");
  return JSON.parse(readFileSync(file, "utf8")) as Tree;
}

type LooseT = (key: string, params?: Record<string, string | number>) => string;

/** A translator over messages loaded at run time (untyped keys). */
function translator(locale: string, messages: Record<string, Tree>, onError?: (e: unknown) => void): LooseT {
  return createTranslator({ locale, messages, ...(onError ? { onError } : {}) }) as unknown as LooseT;
}

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
}

/** Params the components pass, by key. */
const PARAMS: Record<string, Record<string, string | number>> = {
  description: { language: "English (United States)", account: "Acme Store" },
  "details.openLanguage": { language: "Español", status: "Approved" },
  "details.categoryPending": { from: "Utility", to: "Marketing" },
  "details.categoryChanged": { from: "Utility", to: "Marketing" },
  "details.parameterFormatValue": { format: "NAMED" },
  "details.qualityDate": { date: "Jun 1, 2025" },
  "details.buttonNumber": { number: 2 },
  "details.cardButtons": { card: 1 },
  "details.sendTtlValue": { seconds: 600 },
  "readIssues.body": { count: 2 },
};

describe("drawer messages", () => {
  it("en and zh-CN have the same keys", () => {
    const keys = (l: string) =>
      flatten(load(l))
        .map(([k]) => k)
        .sort();
    expect(keys("zh-CN")).toEqual(keys("en"));
  });

  it("zh-CN is translated", () => {
    const en = new Map(flatten(load("en")));
    const same = flatten(load("zh-CN")).filter(
      ([k, v]) => en.get(k) === v && /[a-z]{4,}/.test(v.replace(/\{[^}]*\}/g, "")),
    );
    expect(same).toEqual([]);
  });

  it.each(LOCALES)("every %s message formats without errors", (locale) => {
    const errors: unknown[] = [];
    const t = translator(locale, { drawer: load(locale) }, (e) => errors.push(e));
    for (const [key] of flatten(load(locale))) {
      const text = t(`drawer.${key}`, PARAMS[key] ?? {});
      expect(text.trim(), key).not.toBe("");
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(errors).toEqual([]);
  });

  it("the parameter format select picks its branch", () => {
    const t = translator("en", { drawer: load("en") });
    expect(t("drawer.details.parameterFormatValue", { format: "NAMED" })).toBe("Named");
    expect(t("drawer.details.parameterFormatValue", { format: "POSITIONAL" })).toBe("Numbered");
  });
});

/** Keys the drawer's preview components add to preview.json, with the params they pass. */
const PREVIEW_ADDITIONS: [string, Record<string, string | number>?][] = [
  ["modeLabel"],
  ["rawJson"],
  ["crashed"],
  ["crashedHint"],
  ["notesLabel"],
  ["opensInNewTab", { label: "Pay now", url: "https://x.test" }],
  ["newTab"],
  ["blockedLink"],
  ["buttonsNotOnDesktop"],
  ["chat.label"],
  ["chat.subtitle"],
  ["chat.today"],
  ["chat.sentAt", { time: "14:05" }],
  ["chat.inputPlaceholder"],
  ["header.imageAlt"],
  ["header.videoLabel"],
  ["header.gifLabel"],
  ["header.mapLabel"],
  ["offer.endsIn"],
  ["carousel.region", { count: 4 }],
  ["auth.securityLine"],
];

describe("preview strings added for the drawer", () => {
  it.each(LOCALES)("%s: each exists and formats", (locale) => {
    const file = path.resolve(import.meta.dirname, "../../../messages", locale, "preview.json");
    const preview = JSON.parse(readFileSync(file, "utf8")) as Tree;
    const errors: unknown[] = [];
    const t = translator(locale, { preview }, (e) => errors.push(e));
    for (const [key, params] of PREVIEW_ADDITIONS) {
      const text = t(`preview.${key}`, params ?? {});
      expect(text.trim(), key).not.toBe("");
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(errors).toEqual([]);
  });

  it("the carousel region names its card count", () => {
    const file = path.resolve(import.meta.dirname, "../../../messages/en/preview.json");
    const t = translator("en", { preview: JSON.parse(readFileSync(file, "utf8")) as Tree });
    expect(t("preview.carousel.region", { count: 4 })).toBe("Carousel, 4 cards");
    expect(t("preview.carousel.region", { count: 1 })).toBe("Carousel, 1 card");
  });
});
