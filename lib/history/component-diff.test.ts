import { describe, expect, it } from "vitest";
import { diffComponents, diffWords } from "./component-diff";

describe("component diff", () => {
  it("diffs words, keeping the text whole on each side", () => {
    const d = diffWords("Your order {{1}} has shipped", "Your parcel {{1}} has shipped today");
    expect(d.before.map((s) => s.text).join("")).toBe("Your order {{1}} has shipped");
    expect(d.after.map((s) => s.text).join("")).toBe("Your parcel {{1}} has shipped today");
    expect(d.before.filter((s) => s.op === "del").map((s) => s.text.trim())).toEqual(["order"]);
    expect(d.after.filter((s) => s.op === "ins").map((s) => s.text.trim())).toEqual(["parcel", "today"]);
  });

  it("lists changed texts and buttons added, removed, changed", () => {
    const before = [
      { type: "HEADER", format: "TEXT", text: "Hi" },
      { type: "BODY", text: "Body one" },
      {
        type: "BUTTONS",
        buttons: [
          { type: "QUICK_REPLY", text: "Yes" },
          { type: "URL", text: "Open", url: "https://a" },
        ],
      },
    ];
    const after = [
      { type: "HEADER", format: "TEXT", text: "Hi" },
      { type: "BODY", text: "Body two" },
      { type: "FOOTER", text: "Reply STOP" },
      { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Yes!" }] },
    ];
    const d = diffComponents(before, after);
    expect(d.texts.map((t) => t.part)).toEqual(["BODY", "FOOTER"]);
    expect(d.buttons).toEqual([
      { change: "changed", before: "QUICK_REPLY · Yes", after: "QUICK_REPLY · Yes!" },
      { change: "removed", before: "URL · Open · https://a", after: null },
    ]);
    expect(diffComponents(after, before).buttons[1]?.change).toBe("added");
  });

  it("reads malformed components without throwing", () => {
    expect(diffComponents([null, 3, { type: 5 }, { buttons: "x" }], [])).toEqual({ texts: [], buttons: [] });
  });
});
