import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Template } from "@/lib/nxcloud/schemas";
import { minimalTemplate } from "@/lib/testing/templates";
import { canonicalJson, canonicalJsonByWalk, contentHash, diffSnapshots } from "./diff";

const t = (id: string, over: Partial<Template> = {}): Template =>
  minimalTemplate(id, {
    category: "UTILITY",
    components: [{ type: "BODY", text: `hello ${id}` }],
    quality_score: { score: "GREEN" },
    ...over,
  });

const snap = (templates: Template[], observedAt: number) => ({ templates, observedAt });

describe("diffSnapshots", () => {
  it("records nothing for the first walk (baseline)", () => {
    expect(diffSnapshots({ account: "a", previous: undefined, next: snap([t("1"), t("2")], 10) })).toEqual(
      [],
    );
  });

  it("records nothing for an incomplete walk (no false removals)", () => {
    const previous = snap([t("1"), t("2")], 10);
    expect(diffSnapshots({ account: "a", previous, next: snap([t("1")], 20), complete: false })).toEqual([]);
  });

  it("skips pairs the caller knows are equal, and still diffs the others", () => {
    const previous = snap([t("1"), t("2")], 10);
    const next = snap([t("1", { status: "PAUSED" }), t("2", { status: "PAUSED" })], 20);
    const asked: string[] = [];
    const events = diffSnapshots({
      account: "a",
      previous,
      next,
      unchanged: (old) => {
        asked.push(old.id);
        return old.id === "1";
      },
    });
    expect(asked).toEqual(["1", "2"]);
    expect(events.map((e) => [e.templateId, e.kind])).toEqual([["2", "status_changed"]]);
  });

  it("records nothing when nothing changed, even with new objects and reordered keys", () => {
    const previous = snap([t("1"), t("2")], 10);
    const reordered = Object.fromEntries(Object.entries(t("2")).reverse()) as Template;
    expect(diffSnapshots({ account: "a", previous, next: snap([t("1"), reordered], 20) })).toEqual([]);
  });

  it("records every kind with from/to and the observation window", () => {
    const previous = snap(
      [
        t("1"),
        t("2"),
        t("3"),
        t("4"),
        t("5", { status: "REJECTED", rejected_reason: "INVALID_FORMAT" }),
        t("6"),
      ],
      1_000,
    );
    const next = snap(
      [
        t("1", { status: "PAUSED" }),
        t("2", { quality_score: { score: "YELLOW" } }),
        t("3", { category: "MARKETING" }),
        t("4", { components: [{ type: "BODY", text: "changed" }] }),
        t("5", { status: "REJECTED", rejected_reason: "TAG_CONTENT_MISMATCH" }),
        t("7", { status: "PENDING" }),
      ],
      2_000,
    );
    const events = diffSnapshots({ account: "acme", previous, next });
    const summary = events.map((e) => [e.templateId, e.kind, e.from, e.to]);
    expect(summary).toEqual([
      ["1", "status_changed", "APPROVED", "PAUSED"],
      ["2", "quality_changed", "GREEN", "YELLOW"],
      ["3", "category_changed", "UTILITY", "MARKETING"],
      ["4", "content_changed", contentHash(t("4")), contentHash(next.templates[3] as Template)],
      ["5", "rejected_reason_changed", "INVALID_FORMAT", "TAG_CONTENT_MISMATCH"],
      ["7", "added", null, "PENDING"],
      ["6", "removed", "APPROVED", null],
    ]);
    for (const e of events) {
      expect(e).toMatchObject({ account: "acme", observedAt: 2_000, previousObservedAt: 1_000 });
      expect(e.name).toBe(`t_${e.templateId}`);
      expect(e.language).toBe("en_US");
    }
    expect(events[3]?.from).not.toBe(events[3]?.to);
  });

  it("compares enums case-insensitively and treats NONE as no rejection reason", () => {
    const previous = snap([t("1", { status: "approved", rejected_reason: "NONE" })], 1);
    const next = snap([t("1", { status: "APPROVED", rejected_reason: null })], 2);
    expect(diffSnapshots({ account: "a", previous, next })).toEqual([]);
  });

  it("is idempotent: the same pair gives the same events and ids", () => {
    const previous = snap([t("1"), t("2")], 1);
    const next = snap([t("1", { status: "PAUSED" })], 2);
    const a = diffSnapshots({ account: "a", previous, next });
    const b = diffSnapshots({ account: "a", previous, next });
    expect(a).toEqual(b);
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
  });

  it("gives different ids to the same change observed at different times", () => {
    const previous = snap([t("1")], 1);
    const one = diffSnapshots({ account: "a", previous, next: snap([t("1", { status: "PAUSED" })], 2) });
    const two = diffSnapshots({ account: "a", previous, next: snap([t("1", { status: "PAUSED" })], 3) });
    expect(one[0]?.id).not.toBe(two[0]?.id);
  });
});

describe("canonicalJson", () => {
  it("sorts keys and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });

  it("sorts integer-like keys as text too (engines would put them first)", () => {
    expect(canonicalJson({ b: 1, "10": 2, "9": 3, a: { "2": 0, "01": 1 } })).toBe(
      '{"10":2,"9":3,"a":{"01":1,"2":0},"b":1}',
    );
  });

  it("is the same text as the spelled-out definition for any JSON, whatever the key order", () => {
    // Stored content hashes are made of this text: a faster implementation must not change it.
    const keys = fc.oneof(fc.string(), fc.constantFrom("0", "1", "10", "9", "a", "B", "é", "__proto__"));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(null, true, false, undefined),
        fc.double({ noNaN: false }),
        fc.string(),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(keys, tie("value"), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonByWalk(value));
      }),
      { numRuns: 2000 },
    );
  });
});
