import { describe, expect, it } from "vitest";
import type { Template } from "@/lib/nxcloud/schemas";
import { contentHash, diffSnapshots, factsOf } from "@/server/history/diff";
import { hashesFor, sameJson, templateHash } from "./database-store";

const t = (id: string, over: Partial<Template> = {}): Template => ({
  id,
  name: `tpl_${id}`,
  language: "en_US",
  category: "UTILITY",
  status: "APPROVED",
  components: [{ type: "BODY", text: `body ${id}` }],
  ...over,
});

const copy = (list: readonly Template[]) => list.map((x) => JSON.parse(JSON.stringify(x)) as Template);

/** A held snapshot whose stored hashes are markers no hash function produces. */
function held(templates: Template[]) {
  return {
    snapshot: { templates, fetchedAt: 1, pagesFetched: 1, pageSize: 100, version: 1 },
    hashes: new Map(templates.map((x) => [x.id, `stored-${x.id}`])),
  };
}

describe("database store: hashing a sync", () => {
  it("takes the stored hashes over for templates whose JSON did not change (no re-hash)", () => {
    const before = [t("1"), t("2"), t("3")];
    const next = copy(before);
    next[1] = { ...(next[1] as Template), status: "PAUSED" };
    const hashes = hashesFor(next, held(before));
    expect(hashes.get("1")).toBe("stored-1");
    expect(hashes.get("3")).toBe("stored-3");
    // The changed one is hashed for real.
    expect(hashes.get("2")).not.toBe("stored-2");
    expect(hashes.get("2")).toBe(templateHash(next[1] as Template));
  });

  it("shares the held objects of unchanged templates, so the new snapshot holds one copy", () => {
    const before = [t("1"), t("2")];
    const next = copy(before);
    next[1] = { ...(next[1] as Template), status: "PAUSED" };
    const changed = next[1];
    hashesFor(next, held(before));
    expect(next[0]).toBe(before[0]);
    expect(next[1]).toBe(changed);
  });

  it("hashes everything on a first sync; a different key order is the same template", () => {
    const first = [t("1")];
    expect(hashesFor(first, undefined).get("1")).toBe(templateHash(first[0] as Template));
    const { components, ...rest } = t("1");
    const reordered = [{ components, ...rest } as Template];
    expect(Object.keys(reordered[0] as Template)[0]).toBe("components");
    expect(hashesFor(reordered, held(first)).get("1")).toBe("stored-1");
  });

  it("carries the content hash over, so the diff of an unchanged sync finds nothing", () => {
    const before = [t("1"), t("2")];
    const next = copy(before);
    hashesFor(next, held(before));
    expect(factsOf(next[0] as Template).contentHash).toBe(contentHash(before[0] as Template));
    const events = diffSnapshots({
      account: "a",
      previous: { templates: before, observedAt: 1 },
      next: { templates: next, observedAt: 2 },
    });
    expect(events).toEqual([]);
  });
});

describe("database store: sameJson", () => {
  it("compares parsed JSON structurally: key order and undefined members do not count", () => {
    expect(sameJson({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: "1" }, { a: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
