import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blocksToText,
  type FormatBlock,
  type InlineRun,
  parseInline,
  parsePlain,
  parseWhatsAppText,
  runsToText,
} from "./format-tokens";

const text = (t: string, styles: string[] = []) => ({ kind: "text", text: t, styles });
const variable = (name: string, value: string | null = null, styles: string[] = []) => ({
  kind: "variable",
  name,
  value,
  styles,
});

describe("parseInline: styles", () => {
  it.each([
    ["*bold*", "bold"],
    ["_italic_", "italic"],
    ["~strike~", "strike"],
    ["`code`", "code"],
    ["```mono```", "mono"],
  ])("%s → %s", (input, style) => {
    expect(parseInline(input)).toEqual([text(input.replace(/^[*_~`]+|[*_~`]+$/g, ""), [style])]);
  });

  it("keeps text around styled runs", () => {
    expect(parseInline("Hello *big* world")).toEqual([text("Hello "), text("big", ["bold"]), text(" world")]);
  });

  it("nests styles, outermost first", () => {
    expect(parseInline("*_bold italic_*")).toEqual([text("bold italic", ["bold", "italic"])]);
    expect(parseInline("_*italic bold*_")).toEqual([text("italic bold", ["italic", "bold"])]);
    expect(parseInline("~*_all three_*~")).toEqual([text("all three", ["strike", "bold", "italic"])]);
    expect(parseInline("*bold _and italic_ here*")).toEqual([
      text("bold ", ["bold"]),
      text("and italic", ["bold", "italic"]),
      text(" here", ["bold"]),
    ]);
  });

  it("accepts punctuation around markers", () => {
    expect(parseInline("(*note*)")).toEqual([text("("), text("note", ["bold"]), text(")")]);
    expect(parseInline("*Done*.")).toEqual([text("Done", ["bold"]), text(".")]);
    expect(parseInline("“_quoted_”")).toEqual([text("“"), text("quoted", ["italic"]), text("”")]);
  });

  it("leaves markers inside words literal", () => {
    expect(parseInline("snake_case_names")).toEqual([text("snake_case_names")]);
    expect(parseInline("2*3*4 = 24")).toEqual([text("2*3*4 = 24")]);
    expect(parseInline("a~b~c")).toEqual([text("a~b~c")]);
    expect(parseInline("file_name_v2.pdf and *x*")).toEqual([
      text("file_name_v2.pdf and "),
      text("x", ["bold"]),
    ]);
  });

  it("leaves unbalanced and space-padded markers literal", () => {
    expect(parseInline("*bold")).toEqual([text("*bold")]);
    expect(parseInline("bold*")).toEqual([text("bold*")]);
    expect(parseInline("* not bold *")).toEqual([text("* not bold *")]);
    expect(parseInline("*not bold *")).toEqual([text("*not bold *")]);
    expect(parseInline("**")).toEqual([text("**")]);
    expect(parseInline("5 * 3 * 2")).toEqual([text("5 * 3 * 2")]);
    expect(parseInline("_a *b_ c*")).toEqual([text("a *b", ["italic"]), text(" c*")]);
  });

  it("applies no formatting inside code and monospace", () => {
    expect(parseInline("`*not bold*`")).toEqual([text("*not bold*", ["code"])]);
    expect(parseInline("```_raw_ *text*```")).toEqual([text("_raw_ *text*", ["mono"])]);
    expect(parseInline("``` spaced ```")).toEqual([text(" spaced ", ["mono"])]);
  });

  it("keeps an unpaired ``` literal instead of reading it as inline code", () => {
    expect(parseInline("```open and `x`")).toEqual([text("```open and "), text("x", ["code"])]);
  });

  it("leaves emoji and surrogate pairs untouched", () => {
    expect(parseInline("😃 *bold 😃* 👍🏽 👨‍👩‍👧 𝒳")).toEqual([
      text("😃 "),
      text("bold 😃", ["bold"]),
      text(" 👍🏽 👨‍👩‍👧 𝒳"),
    ]);
    expect(parseInline("👍*yes*👍")).toEqual([text("👍"), text("yes", ["bold"]), text("👍")]);
  });

  it("never produces HTML: markup-like text stays text", () => {
    const runs = parseInline("<b>*hi*</b> <script>alert(1)</script>");
    expect(runsToText(runs)).toBe("<b>hi</b> <script>alert(1)</script>");
    expect(runs.every((r) => r.kind === "text")).toBe(true);
  });
});

describe("parseInline: variables", () => {
  it("treats variables as atomic spans", () => {
    expect(parseInline("Hi {{first_name}}!")).toEqual([text("Hi "), variable("first_name"), text("!")]);
    expect(parseInline("{{1}}{{2}}")).toEqual([variable("1"), variable("2")]);
  });

  it("formats around variables, and marker characters inside names do not count", () => {
    expect(parseInline("*{{1}}* is your verification code.")).toEqual([
      variable("1", null, ["bold"]),
      text(" is your verification code."),
    ]);
    expect(parseInline("_{{first_name}}_")).toEqual([variable("first_name", null, ["italic"])]);
    expect(parseInline("{{a_b}} and {{c_d}}")).toEqual([variable("a_b"), text(" and "), variable("c_d")]);
  });

  it("a variable counts as a word character for boundaries", () => {
    expect(parseInline("{{1}}*x*")).toEqual([variable("1"), text("*x*")]);
  });

  it("resolves values through the resolver", () => {
    const resolve = (name: string) => (name === "1" ? "Pablo" : null);
    expect(parseInline("Hi *{{1}}* and {{2}}", { resolve })).toEqual([
      text("Hi "),
      variable("1", "Pablo", ["bold"]),
      text(" and "),
      variable("2", null),
    ]);
  });

  it("keeps variables inside code (parameters are substituted before formatting)", () => {
    expect(parseInline("`{{1}}`")).toEqual([variable("1", null, ["code"])]);
  });

  it("accepts spaces inside the braces and ignores empty braces", () => {
    expect(parseInline("{{ 1 }} {{}}")).toEqual([variable("1"), text(" {{}}")]);
  });
});

describe("parsePlain", () => {
  it("splits text and variables without formatting", () => {
    expect(parsePlain("Act *fast*, {{1}}!", { resolve: () => "Pablo" })).toEqual([
      text("Act *fast*, "),
      variable("1", "Pablo"),
      text("!"),
    ]);
    expect(parsePlain("")).toEqual([]);
  });
});

describe("parseWhatsAppText: blocks", () => {
  it("splits lines and keeps empty lines", () => {
    expect(parseWhatsAppText("one\n\ntwo\n")).toEqual([
      { kind: "line", runs: [text("one")] },
      { kind: "line", runs: [] },
      { kind: "line", runs: [text("two")] },
      { kind: "line", runs: [] },
    ]);
  });

  it("treats \\r\\n and \\r as line breaks", () => {
    expect(parseWhatsAppText("a\r\nb\rc").map((b) => b.kind)).toEqual(["line", "line", "line"]);
  });

  it("returns no blocks for empty or missing text", () => {
    expect(parseWhatsAppText("")).toEqual([]);
    expect(parseWhatsAppText(undefined)).toEqual([]);
    expect(parseWhatsAppText(null)).toEqual([]);
  });

  it("groups bulleted list items (* and -)", () => {
    expect(parseWhatsAppText("Items:\n* *first*\n- second\nafter")).toEqual([
      { kind: "line", runs: [text("Items:")] },
      {
        kind: "bulletList",
        items: [
          { marker: "*", runs: [text("first", ["bold"])] },
          { marker: "-", runs: [text("second")] },
        ],
      },
      { kind: "line", runs: [text("after")] },
    ]);
  });

  it("does not take bold text at line start for a bullet", () => {
    expect(parseWhatsAppText("*Bold* start")).toEqual([
      { kind: "line", runs: [text("Bold", ["bold"]), text(" start")] },
    ]);
    expect(parseWhatsAppText("-5 degrees")).toEqual([{ kind: "line", runs: [text("-5 degrees")] }]);
  });

  it("groups numbered list items and keeps their numbers", () => {
    expect(parseWhatsAppText("1. one\n2. _two_\n10. ten")).toEqual([
      {
        kind: "numberedList",
        items: [
          { number: 1, runs: [text("one")] },
          { number: 2, runs: [text("two", ["italic"])] },
          { number: 10, runs: [text("ten")] },
        ],
      },
    ]);
    expect(parseWhatsAppText("1.5 kg")).toEqual([{ kind: "line", runs: [text("1.5 kg")] }]);
  });

  it("an empty line ends a list", () => {
    const blocks = parseWhatsAppText("- a\n\n- b");
    expect(blocks.map((b) => b.kind)).toEqual(["bulletList", "line", "bulletList"]);
  });

  it("groups quote lines", () => {
    expect(parseWhatsAppText("> quoted *text*\n> more\nplain")).toEqual([
      { kind: "quote", lines: [[text("quoted "), text("text", ["bold"])], [text("more")]] },
      { kind: "line", runs: [text("plain")] },
    ]);
    expect(parseWhatsAppText(">not a quote")).toEqual([{ kind: "line", runs: [text(">not a quote")] }]);
  });

  it("builds a multi-line monospace block with no formatting inside", () => {
    const blocks = parseWhatsAppText("Code:\n```\nline *one*\n\n  _two_ {{1}}\n```\nafter", {
      resolve: () => "X",
    });
    expect(blocks).toEqual([
      { kind: "line", runs: [text("Code:")] },
      {
        kind: "monospace",
        lines: [[text("line *one*")], [], [text("  _two_ "), variable("1", "X")]],
      },
      { kind: "line", runs: [text("after")] },
    ]);
  });

  it("keeps text on the fence lines of a monospace block", () => {
    expect(parseWhatsAppText("```first\nsecond``` tail")).toEqual([
      { kind: "monospace", lines: [[text("first")], [text("second")]] },
      { kind: "line", runs: [text(" tail")] },
    ]);
  });

  it("an unclosed fence is literal", () => {
    expect(parseWhatsAppText("```\nno end")).toEqual([
      { kind: "line", runs: [text("```")] },
      { kind: "line", runs: [text("no end")] },
    ]);
  });

  it("markers never pair across lines", () => {
    expect(parseWhatsAppText("*start\nend*")).toEqual([
      { kind: "line", runs: [text("*start")] },
      { kind: "line", runs: [text("end*")] },
    ]);
  });

  it("renders Meta's documented body examples", () => {
    const blocks = parseWhatsAppText(
      "*You're all set!*\n\nYour reservation for {{number_of_guests}} is confirmed.\n\nHappy shopping! 😃",
    );
    expect(blocks[0]).toEqual({ kind: "line", runs: [text("You're all set!", ["bold"])] });
    expect(blocks[1]).toEqual({ kind: "line", runs: [] });
    expect(blocks[2]?.kind).toBe("line");
    expect(blocksToText(blocks)).toBe(
      "You're all set!\n\nYour reservation for {{number_of_guests}} is confirmed.\n\nHappy shopping! 😃",
    );
  });
});

describe("parser properties", () => {
  const alphabet = fc.constantFrom(
    "a",
    "b",
    " ",
    "*",
    "_",
    "~",
    "`",
    "\n",
    "{{1}}",
    "😃",
    ".",
    "-",
    ">",
    "1. ",
  );
  const input = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(""));

  function stripStructure(blocks: FormatBlock[]): string {
    // Block markers removed by the parser are re-added by blocksToText, so compare characters only.
    return blocksToText(blocks).replace(/[*_~`\s]/g, "");
  }

  it("never throws and only drops marker characters and whitespace", () => {
    fc.assert(
      fc.property(input, (s) => {
        const blocks = parseWhatsAppText(s);
        expect(stripStructure(blocks)).toBe(s.replace(/\r\n?/g, "\n").replace(/[*_~`\s]/g, ""));
      }),
    );
  });

  it("runs never carry duplicate styles and text runs are never empty", () => {
    fc.assert(
      fc.property(input, (s) => {
        const check = (runs: InlineRun[]) => {
          for (const r of runs) {
            expect(new Set(r.styles).size).toBe(r.styles.length);
            if (r.kind === "text") expect(r.text).not.toBe("");
          }
        };
        for (const b of parseWhatsAppText(s)) {
          if (b.kind === "line") check(b.runs);
          else if (b.kind === "bulletList" || b.kind === "numberedList")
            for (const it of b.items) check(it.runs);
          else for (const l of b.lines) check(l);
        }
      }),
    );
  });

  it("handles long marker-heavy text quickly (no quadratic rescans)", () => {
    const long = "*a _b ~c `d ".repeat(5000);
    const runs = parseInline(long);
    expect(runsToText(runs)).toBe(long);
  });
});
