import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_COLUMNS, type CsvItem, csvCell, csvFileName, toCsv } from "./csv";

const item = (over: Partial<CsvItem> = {}): CsvItem => ({
  id: "123",
  account: "acme",
  name: "order_update",
  language: "en_US",
  category: "UTILITY",
  status: "APPROVED",
  quality: "GREEN",
  qualityDate: null,
  rejectedReason: null,
  headerFormat: "TEXT",
  buttons: ["QUICK_REPLY", "URL"],
  kinds: [],
  bodyExcerpt: "Your order {{1}} has shipped",
  otherLanguages: 0,
  ...over,
});

describe("csvCell", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell("")).toBe("");
  });

  it("neutralizes formula injection", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("writes a BOM, a header and CRLF-terminated rows", () => {
    const csv = toCsv([
      item(),
      item({ id: "124", name: "promo", buttons: [], quality: null, headerFormat: null }),
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toEqual([
      "Account,Template ID,Name,Language,Category,Status,Quality,Rejection reason,Header,Buttons,Body",
      'acme,123,order_update,en_US,UTILITY,APPROVED,GREEN,,TEXT,"QUICK_REPLY, URL",Your order {{1}} has shipped',
      "acme,124,promo,en_US,UTILITY,APPROVED,,,,,Your order {{1}} has shipped",
      "",
    ]);
    expect(csv.slice(1).replaceAll("\r\n", "")).not.toMatch(/\n/);
  });

  it("honours columns, locale, account labels and the full body", () => {
    const csv = toCsv(
      [item({ rejectedReason: "PROMOTIONAL", body: "第一行\n第二行，“引号”" })],
      ["account", "rejected_reason", "body"],
      "zh-CN",
      { accountLabels: { acme: "Acme 中国" } },
    );
    expect(csv).toBe(`${CSV_BOM}账号,拒绝原因,正文\r\nAcme 中国,PROMOTIONAL,"第一行\n第二行，“引号”"\r\n`);
  });

  it("protects untrusted template text", () => {
    const csv = toCsv([item({ name: "=cmd|' /C calc'!A0", bodyExcerpt: "-1" })], ["name", "body"]);
    expect(csv).toContain("'=cmd|' /C calc'!A0,'-1");
  });

  it("exports all columns by default", () => {
    expect(CSV_COLUMNS).toHaveLength(11);
  });
});

describe("csvFileName", () => {
  const date = new Date("2026-11-22T10:00:00Z");
  it("builds a safe file name", () => {
    expect(csvFileName("Acme", date)).toBe("templates-acme-2026-11-22.csv");
    expect(csvFileName("  Café Ünïcode / Shop #1 ", date)).toBe(
      "templates-cafe-unicode-shop-1-2026-11-22.csv",
    );
    expect(csvFileName("中文账号", date)).toBe("templates-2026-11-22.csv");
    expect(csvFileName("../../etc/passwd", date)).toBe("templates-etc-passwd-2026-11-22.csv");
  });

  it("uses the calendar day of the time zone", () => {
    const late = new Date("2026-11-22T20:00:00Z");
    expect(csvFileName("a", late, "Asia/Shanghai")).toBe("templates-a-2026-11-23.csv");
    expect(csvFileName("a", late)).toBe("templates-a-2026-11-22.csv");
  });

  it("caps the account part", () => {
    expect(csvFileName("x".repeat(100), date)).toBe(`templates-${"x".repeat(40)}-2026-11-22.csv`);
  });
});
