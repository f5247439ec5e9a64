import { describe, expect, it } from "vitest";
import { inlineText, parseChatMarkdown, parseInline } from "./chat-markdown";

describe("parseChatMarkdown (markdown dialect)", () => {
  it("parses headings, quotes, lists, paragraphs", () => {
    const blocks = parseChatMarkdown("## Title\n> one\n> two\n\n- a\n  - b\n\ntext\nmore");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "quote", "list", "paragraph"]);
    expect(blocks[1]).toMatchObject({
      type: "quote",
      lines: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]],
    });
    expect(blocks[2]).toMatchObject({ type: "list", items: [{ depth: 0 }, { depth: 1 }] });
  });

  it("parses inline bold, italic, code, links and WeCom font colours", () => {
    const inl = parseInline(
      '**b** *i* `c` [t](https://x.test/a?b=1) <font color="warning">w **x**</font>',
      "markdown",
    );
    expect(inl.map((n) => n.type)).toEqual([
      "bold",
      "text",
      "italic",
      "text",
      "code",
      "text",
      "link",
      "text",
      "font",
    ]);
    expect(inl[6]).toMatchObject({ type: "link", href: "https://x.test/a?b=1" });
    expect(inl[8]).toMatchObject({
      type: "font",
      color: "warning",
      children: [{ type: "text" }, { type: "bold" }],
    });
  });

  it("never links to javascript: or other schemes; unknown tags stay text", () => {
    const inl = parseInline(
      '[x](javascript:alert(1)) <script>y</script> <font color="red">z</font>',
      "markdown",
    );
    expect(inl.some((n) => n.type === "link")).toBe(false);
    expect(inlineText(inl)).toContain("<script>y</script>");
  });
});

describe("slack dialect", () => {
  it("parses *bold*, _italic_, ~strike~, <url|text> and entities", () => {
    const inl = parseInline("*b* _i_ ~s~ <https://x.test|link> a &lt;b&gt; &amp;", "slack");
    expect(inl.map((n) => n.type)).toEqual([
      "bold",
      "text",
      "italic",
      "text",
      "strike",
      "text",
      "link",
      "text",
    ]);
    expect(inlineText(inl)).toBe("b i s link a <b> &");
  });
});
