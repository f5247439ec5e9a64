import { describe, expect, it } from "vitest";
import { type Template, templatePageSchema, templateSchema } from "./schemas";
import {
  coerceBodyText,
  coerceBoolean,
  coerceHeaderHandle,
  coerceNumber,
  readTemplate,
  readTemplates,
} from "./template-tolerant";

const base = {
  id: "100",
  name: "order_update",
  language: "en_US",
  category: "UTILITY",
  status: "APPROVED",
  components: [{ type: "BODY", text: "Hi {{1}}", example: { body_text: [["Ann"]] } }],
};

function read(input: unknown): Template {
  const result = readTemplate(input, templateSchema);
  if (!result.ok) throw new Error(`skipped: ${result.reason}`);
  return result.template;
}

describe("coercions", () => {
  it("reads booleans sent as strings", () => {
    expect(coerceBoolean("true")).toBe(true);
    expect(coerceBoolean("True")).toBe(true);
    expect(coerceBoolean(" FALSE ")).toBe(false);
    expect(coerceBoolean("yes")).toBe("yes");
    const t = read({
      ...base,
      components: [{ type: "BODY", text: "x", add_security_recommendation: "True" }],
    });
    expect(t.components[0]?.add_security_recommendation).toBe(true);
    expect(t.console_read?.issues).toEqual([]);
  });

  it("reads numbers sent as strings", () => {
    expect(coerceNumber("10")).toBe(10);
    expect(coerceNumber(" 600 ")).toBe(600);
    expect(coerceNumber("10 min")).toBe("10 min");
    const t = read({
      ...base,
      message_send_ttl_seconds: "600",
      quality_score: { score: "GREEN", date: "1700000000" },
      components: [{ type: "FOOTER", code_expiration_minutes: "10" }],
    });
    expect(t.message_send_ttl_seconds).toBe(600);
    expect(t.quality_score?.date).toBe(1_700_000_000);
    expect(t.components[0]?.code_expiration_minutes).toBe(10);
  });

  it("reads a flat body_text array as one example set", () => {
    expect(coerceBodyText(["a", "b"])).toEqual([["a", "b"]]);
    expect(coerceBodyText([["a", "b"]])).toEqual([["a", "b"]]);
    const t = read({
      ...base,
      components: [{ type: "BODY", text: "{{1}} {{2}}", example: { body_text: ["a", "b"] } }],
    });
    expect(t.components[0]?.example?.body_text).toEqual([["a", "b"]]);
  });

  it("reads header_handle sent as a string", () => {
    expect(coerceHeaderHandle("https://x/y.png")).toEqual(["https://x/y.png"]);
    const t = read({
      ...base,
      components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: "https://x/y.png" } }],
    });
    expect(t.components[0]?.example?.header_handle).toEqual(["https://x/y.png"]);
  });

  it("reads a numeric id as a string", () => {
    expect(read({ ...base, id: 123456789 }).id).toBe("123456789");
  });

  it("normalises enum case and keeps the upstream spelling in the raw JSON", () => {
    const input = {
      ...base,
      status: "approved",
      category: " marketing ",
      quality_score: { score: "green" },
      components: [
        { type: "header", format: "image" },
        { type: "buttons", buttons: [{ type: "quick_reply", text: "OK" }] },
      ],
    };
    const t = read(input);
    expect(t.status).toBe("APPROVED");
    expect(t.category).toBe("MARKETING");
    expect(t.quality_score?.score).toBe("GREEN");
    expect(t.components.map((c) => c.type)).toEqual(["HEADER", "BUTTONS"]);
    expect(t.components[0]?.format).toBe("IMAGE");
    expect(t.components[1]?.buttons?.[0]?.type).toBe("QUICK_REPLY");
    expect(t.console_read?.raw).toEqual(input);
    expect(t.console_read?.issues).toEqual([]);
  });

  it("adds no read note to a template read as sent", () => {
    expect(read(base).console_read).toBeUndefined();
  });
});

describe("templates that cannot be fully read", () => {
  it("keeps a template without status and category, marked with the missing paths", () => {
    const { status: _s, category: _c, ...rest } = base;
    const t = read(rest);
    expect(t.status).toBe("UNKNOWN");
    expect(t.category).toBe("UNKNOWN");
    expect(t.console_read?.issues).toEqual([
      { path: "category", problem: "missing" },
      { path: "status", problem: "missing" },
    ]);
    expect(t.console_read?.raw).toEqual(rest);
  });

  it("keeps a template without language as undetermined", () => {
    const { language: _l, ...rest } = base;
    const t = read(rest);
    expect(t.language).toBe("und");
    expect(t.console_read?.issues).toEqual([{ path: "language", problem: "missing" }]);
  });

  it("drops only the unreadable parts and names them", () => {
    const t = read({
      ...base,
      rejected_reason: 42,
      components: [
        { type: "BODY", text: "Hi" },
        {
          type: "BUTTONS",
          buttons: [{ text: "no type" }, { type: "URL", text: "Go", url: "https://a.example" }],
        },
        { text: "component without type" },
      ],
    });
    expect(t.rejected_reason).toBeUndefined();
    expect(t.components).toHaveLength(2);
    expect(t.components[1]?.buttons).toEqual([{ type: "URL", text: "Go", url: "https://a.example" }]);
    expect(t.console_read?.issues.map((i) => i.path).sort()).toEqual(
      ["components[1].buttons[0].type", "components[2].type", "rejected_reason"].sort(),
    );
  });

  it("skips only templates without a usable id or name", () => {
    expect(readTemplate({ ...base, id: "" }, templateSchema).ok).toBe(false);
    expect(readTemplate({ ...base, name: undefined }, templateSchema).ok).toBe(false);
    expect(readTemplate("nope", templateSchema).ok).toBe(false);
    expect(readTemplate({ id: 7, name: "x" }, templateSchema).ok).toBe(true);
  });

  it("ignores a read note sent by the upstream", () => {
    const t = read({ ...base, console_read: { issues: [{ path: "fake", problem: "missing" }], raw: 1 } });
    expect(t.console_read).toBeUndefined();
  });
});

describe("a page mixing readable and unreadable templates", () => {
  const page = {
    data: [
      base,
      { ...base, id: "101", status: "rejected", add_security_recommendation: "True" },
      { id: "102", name: "no_status", language: "pt_BR", components: "not an array" },
      { name: "no_id" },
      { id: "103" },
      { ...base, id: "104", components: [{ type: "BODY", example: { body_text: ["x", "y"] } }] },
    ],
    paging: { cursors: { after: "A" }, next: "https://graph.example/next" },
  };

  it("lists every template with an id and a name, and counts the others as skipped", () => {
    const parsed = templatePageSchema.parse(page);
    expect(parsed.data.map((t) => t.id)).toEqual(["100", "101", "102", "104"]);
    expect(parsed.skipped).toBe(2);
    expect(parsed.paging?.cursors?.after).toBe("A");
    const partial = parsed.data.find((t) => t.id === "102");
    expect(partial?.status).toBe("UNKNOWN");
    expect(partial?.components).toEqual([]);
    expect(partial?.console_read?.issues.map((i) => i.path).sort()).toEqual([
      "category",
      "components",
      "status",
    ]);
    expect(parsed.data.find((t) => t.id === "101")?.status).toBe("REJECTED");
    expect(readTemplates(page.data, templateSchema).skipped).toBe(2);
  });

  it("still fails a broken envelope", () => {
    expect(templatePageSchema.safeParse({ data: "nope" }).success).toBe(false);
    expect(templatePageSchema.safeParse({ data: [], paging: { next: 5 } }).success).toBe(false);
    expect(templatePageSchema.safeParse({ items: [] }).success).toBe(false);
  });
});
