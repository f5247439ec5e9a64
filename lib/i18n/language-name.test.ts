import { describe, expect, it } from "vitest";
import { languageName as nameIn } from "./language-name";
import { LANGUAGE_NAMES } from "./language-names";

const languageName = (code: string, uiLocale: string) =>
  nameIn(code, uiLocale, LANGUAGE_NAMES[uiLocale] ?? {});

describe("languageName", () => {
  it("names Meta language codes in the UI language", () => {
    expect(languageName("en_US", "en")).toBe("American English");
    expect(languageName("pt_BR", "en")).toBe("Brazilian Portuguese");
    expect(languageName("ar", "en")).toBe("Arabic");
    expect(languageName("zh_CN", "zh-CN")).toMatch(/中文/);
  });

  it("returns unknown or malformed codes unchanged", () => {
    expect(languageName("??", "en")).toBe("??");
    expect(languageName("", "en")).toBe("");
  });
});

describe("languageName is the same in every runtime", () => {
  it("names Meta's languages from the committed table, not the runtime's ICU", () => {
    // Node's ICU says "Chinese (Hong Kong SAR China)"; Chromium's says "Chinese (Hong Kong)".
    expect(languageName("zh_HK", "en")).toBe("Chinese (Hong Kong SAR China)");
    expect(languageName("und", "en")).toBe("Unknown language");
    expect(languageName("und", "zh-CN")).toBe("未知语言");
  });
});
