import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

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
