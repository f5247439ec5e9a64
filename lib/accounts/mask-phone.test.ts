import { describe, expect, it } from "vitest";
import { countryCodeLength, maskPhone } from "./mask-phone";

describe("maskPhone", () => {
  it("keeps the country code, three leading and four trailing digits", () => {
    expect(maskPhone("8613800138000")).toBe("+86 138****8000");
    expect(maskPhone("+86 138-0013-8000")).toBe("+86 138****8000");
    expect(maskPhone("12025550123")).toBe("+1 202****0123");
    expect(maskPhone("447911123456")).toBe("+44 791****3456");
    expect(maskPhone("971501234567")).toBe("+971 50****4567");
  });

  it("hides at least three digits of shorter national numbers", () => {
    expect(maskPhone("6591234567")).toBe("+65 9****4567");
    expect(maskPhone("85251234567")).toBe("+852 5****4567");
    expect(maskPhone("85291234")).toBe("+852 ****34");
  });

  it("handles short and empty input", () => {
    expect(maskPhone("")).toBe("");
    expect(maskPhone("abc")).toBe("");
    expect(maskPhone("12")).toBe("****");
    expect(maskPhone("12345")).toBe("****45");
    expect(maskPhone("1234567")).toBe("****67");
  });

  it("detects calling code lengths", () => {
    expect(countryCodeLength("1202")).toBe(1);
    expect(countryCodeLength("7495")).toBe(1);
    expect(countryCodeLength("8613")).toBe(2);
    expect(countryCodeLength("8525")).toBe(3);
    expect(countryCodeLength("2348")).toBe(3);
  });
});
