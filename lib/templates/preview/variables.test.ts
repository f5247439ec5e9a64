import { describe, expect, it } from "vitest";
import type { TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";
import { makeTemplate } from "./fixtures";
import {
  buttonExample,
  componentResolver,
  detectParameterFormat,
  distinctVariableNames,
  findVariables,
  isValidNamedParam,
  resolveUrlButton,
  usedVariableKinds,
  variablesByComponent,
} from "./variables";

describe("findVariables", () => {
  it("finds positional and named variables with offsets", () => {
    expect(findVariables("Hi {{1}}, {{ first_name }}!")).toEqual([
      { name: "1", raw: "{{1}}", start: 3, end: 8 },
      { name: "first_name", raw: "{{ first_name }}", start: 10, end: 26 },
    ]);
  });

  it("finds invalid names too (diagnostics report them) but not empty braces", () => {
    expect(findVariables("{{First-Name}} {{}} {{ }} {single}").map((v) => v.name)).toEqual(["First-Name"]);
  });

  it("handles missing text", () => {
    expect(findVariables(undefined)).toEqual([]);
    expect(findVariables("")).toEqual([]);
  });

  it("lists distinct names in order of first appearance", () => {
    expect(distinctVariableNames("{{2}} {{1}} {{2}}")).toEqual(["2", "1"]);
  });

  it("validates named parameter names", () => {
    expect(isValidNamedParam("first_name")).toBe(true);
    expect(isValidNamedParam("FirstName")).toBe(false);
    expect(isValidNamedParam("name1")).toBe(false);
    expect(isValidNamedParam("first-name")).toBe(false);
  });
});

describe("detectParameterFormat", () => {
  const body = (text: string): TemplateComponent => ({ type: "BODY", text });

  it("uses parameter_format in any case", () => {
    expect(
      detectParameterFormat(makeTemplate({ parameter_format: "named", components: [body("{{1}}")] })),
    ).toBe("NAMED");
    expect(
      detectParameterFormat(makeTemplate({ parameter_format: "Positional", components: [body("{{x}}")] })),
    ).toBe("POSITIONAL");
  });

  it("falls back to the text when the field is missing or unknown", () => {
    expect(detectParameterFormat(makeTemplate({ components: [body("Hi {{1}}")] }))).toBe("POSITIONAL");
    expect(detectParameterFormat(makeTemplate({ components: [body("Hi {{first_name}}")] }))).toBe("NAMED");
    expect(
      detectParameterFormat(
        makeTemplate({ parameter_format: "weird", components: [body("Hi {{first_name}}")] }),
      ),
    ).toBe("NAMED");
    expect(detectParameterFormat(makeTemplate({ components: [body("No variables")] }))).toBe("POSITIONAL");
    expect(detectParameterFormat(makeTemplate({ components: [] }))).toBe("POSITIONAL");
  });

  it("reads carousel card bodies and ignores URL button variables", () => {
    const t = makeTemplate({
      components: [
        { type: "BODY", text: "Plain" },
        { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url: "https://x.test/{{1}}" }] },
        { type: "CAROUSEL", cards: [{ components: [{ type: "BODY", text: "Card {{card_name}}" }] }] },
      ],
    });
    expect(detectParameterFormat(t)).toBe("NAMED");
    expect(usedVariableKinds(t.components)).toEqual({ positional: [], named: ["card_name"] });
  });
});

describe("componentResolver", () => {
  it("resolves positional header and body examples", () => {
    const header = componentResolver({
      type: "HEADER",
      format: "TEXT",
      text: "{{1}}",
      example: { header_text: ["A"] },
    });
    expect(header("1")).toBe("A");
    expect(header("2")).toBeNull();
    const body = componentResolver({
      type: "BODY",
      text: "{{1}} {{2}} {{3}}",
      example: { body_text: [["B", "C"]] },
    });
    expect([body("1"), body("2"), body("3"), body("0")]).toEqual(["B", "C", null, null]);
  });

  it("resolves named examples in any order", () => {
    const resolve = componentResolver({
      type: "body",
      text: "{{b}} then {{a}}",
      example: {
        body_text_named_params: [
          { param_name: "a", example: "first" },
          { param_name: "b", example: "second" },
        ],
      },
    });
    expect(resolve("a")).toBe("first");
    expect(resolve("b")).toBe("second");
    expect(resolve("c")).toBeNull();
  });

  it("resolves named header examples", () => {
    const resolve = componentResolver({
      type: "HEADER",
      text: "Hi {{name}}",
      example: { header_text_named_params: [{ param_name: "name", example: "Pablo" }] },
    });
    expect(resolve("name")).toBe("Pablo");
  });

  it("falls back to positional examples by order for named variables", () => {
    const resolve = componentResolver({
      type: "BODY",
      text: "{{first_name}} ordered {{item}}; thanks {{first_name}}",
      example: { body_text: [["Pablo", "a lamp"]] },
    });
    expect(resolve("first_name")).toBe("Pablo");
    expect(resolve("item")).toBe("a lamp");
  });

  it("treats missing, empty and malformed examples as null", () => {
    expect(componentResolver(undefined)("1")).toBeNull();
    expect(componentResolver({ type: "BODY", text: "{{1}}" })("1")).toBeNull();
    expect(componentResolver({ type: "BODY", text: "{{1}}", example: {} })("1")).toBeNull();
    expect(componentResolver({ type: "BODY", text: "{{1}}", example: { body_text: [] } })("1")).toBeNull();
    expect(
      componentResolver({ type: "BODY", text: "{{1}}", example: { body_text: [[""]] } })("1"),
    ).toBeNull();
    expect(
      componentResolver({
        type: "BODY",
        text: "{{x}}",
        example: { body_text_named_params: [{ param_name: "x" }] },
      })("x"),
    ).toBeNull();
  });
});

describe("URL buttons", () => {
  const url = (button: Partial<TemplateButton>) => resolveUrlButton({ type: "URL", ...button });

  it("reads the example as array or string", () => {
    expect(buttonExample({ type: "URL", example: ["a"] })).toBe("a");
    expect(buttonExample({ type: "URL", example: "b" })).toBe("b");
    expect(buttonExample({ type: "URL", example: [] })).toBeNull();
    expect(buttonExample({ type: "URL" })).toBeNull();
  });

  it("fills a suffix example", () => {
    expect(url({ url: "https://shop.test/p?promo={{1}}", example: ["summer2023"] })).toEqual({
      template: "https://shop.test/p?promo={{1}}",
      variable: { kind: "variable", name: "1", value: "summer2023" },
      filled: "https://shop.test/p?promo=summer2023",
    });
  });

  it("cuts the suffix out of a full example URL", () => {
    expect(
      url({
        url: "https://www.luckyshrub.com/rare-succulents/{{1}}",
        example: ["https://www.luckyshrub.com/rare-succulents/BUDDHA"],
      }).variable?.value,
    ).toBe("BUDDHA");
    // Different host spelling: aligned on the path segment or the query parameter.
    expect(
      url({ url: "https://www.shop.test/items/{{1}}", example: "https://shop.test/items/42" }).filled,
    ).toBe("https://www.shop.test/items/42");
    expect(
      url({ url: "https://www.shop.test/o?code={{1}}", example: "http://shop.test/o?x=1&code=ABC" }).filled,
    ).toBe("https://www.shop.test/o?code=ABC");
  });

  it("gives no value when a full example does not fit the template", () => {
    const r = url({ url: "https://shop.test/o?code={{1}}", example: ["https://other.test/o?ref=n3mtql"] });
    expect(r.variable?.value).toBeNull();
    expect(r.filled).toBeNull();
  });

  it("handles static URLs, missing examples and missing URLs", () => {
    expect(url({ url: "https://shop.test/" })).toEqual({
      template: "https://shop.test/",
      variable: null,
      filled: "https://shop.test/",
    });
    expect(url({ url: "https://shop.test/{{1}}" }).filled).toBeNull();
    expect(url({})).toEqual({ template: "", variable: null, filled: null });
  });

  it("does not fill URLs with more than one variable", () => {
    expect(url({ url: "https://shop.test/{{1}}/{{2}}", example: ["a"] }).filled).toBeNull();
  });
});

describe("variablesByComponent", () => {
  it("lists header, body and card variables", () => {
    const t = makeTemplate({
      components: [
        { type: "HEADER", format: "TEXT", text: "Hi {{1}}" },
        { type: "BODY", text: "{{1}} and {{2}}" },
        { type: "CAROUSEL", cards: [{ components: [{ type: "BODY", text: "Card {{1}}" }] }] },
      ],
    });
    expect(variablesByComponent(t)).toEqual([
      { component: "HEADER", names: ["1"] },
      { component: "BODY", names: ["1", "2"] },
      { component: "BODY", cardIndex: 0, names: ["1"] },
    ]);
  });
});
