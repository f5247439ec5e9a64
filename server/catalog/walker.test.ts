import { describe, expect, it } from "vitest";
import type { Template, TemplatePage } from "@/lib/nxcloud/schemas";
import { type FetchPage, walkTemplates } from "./walker";

const template = (id: string): Template => ({
  id,
  name: `t_${id}`,
  language: "en_US",
  category: "MARKETING",
  status: "APPROVED",
  components: [],
});

/** An upstream of `pages` pages of `size` templates each. */
function upstream(pages: number, size: number): FetchPage {
  return async ({ after }) => {
    const n = after === undefined ? 1 : Number(after) + 1;
    const data = Array.from({ length: size }, (_, i) => template(`${n}-${i}`));
    return n < pages
      ? { data, paging: { cursors: { after: String(n) }, next: `http://x/?after=${n}` } }
      : { data };
  };
}

describe("walker: O(n)", () => {
  it("pushes every page into ONE array: no copy per page (no concat, O(pages²))", async () => {
    const seen: (readonly Template[])[] = [];
    const counts: number[] = [];
    const result = await walkTemplates({
      fetchPage: upstream(200, 30),
      limit: 30,
      fallbackPageSize: 20,
      maxPages: 500,
      onPage: ({ templates, count }) => {
        seen.push(templates);
        counts.push(count);
      },
    });
    expect(result.templates).toHaveLength(6000);
    expect(seen).toHaveLength(200);
    // The same array every page, and it is the result: the walk never copied it.
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBe(result.templates);
    expect(counts.at(0)).toBe(30);
    expect(counts.at(-1)).toBe(6000);
  });

  it("keeps a template repeated on a later page once, in first-seen order", async () => {
    const pages: TemplatePage[] = [
      {
        data: [template("a"), template("b")],
        paging: { cursors: { after: "1" }, next: "http://x/?after=1" },
      },
      { data: [template("b"), template("c")] },
    ];
    const result = await walkTemplates({
      fetchPage: async ({ after }) => pages[after === undefined ? 0 : 1] as TemplatePage,
      limit: 2,
      fallbackPageSize: 2,
      maxPages: 5,
    });
    expect(result.templates.map((t) => t.id)).toEqual(["a", "b", "c"]);
  });
});
