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
};

describe("drawer messages", () => {
  it("en and zh-CN have the same keys", () => {
    const keys = (l: string) => flatten(load(l)).map(([k]) => k).sort();
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
    const t = createTranslator({ locale, messages: { drawer: load(locale) }, onError: (e) => errors.push(e) });
    for (const [key] of flatten(load(locale))) {
      // biome-ignore lint/suspicious/noExplicitAny: keys are enumerated from the file
      const text = (t as any)(`drawer.${key}`, PARAMS[key] ?? {}) as string;
      expect(text.trim(), key).not.toBe("");
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(errors).toEqual([]);
  });

  it("the parameter format select picks its branch", () => {
    // biome-ignore lint/suspicious/noExplicitAny: messages loaded at run time are untyped
    const t = createTranslator({ locale: "en", messages: { drawer: load("en") } }) as any;
    expect(t("drawer.details.parameterFormatValue", { format: "NAMED" })).toBe("Named");
    expect(t("drawer.details.parameterFormatValue", { format: "POSITIONAL" })).toBe("Numbered");
  });
});
