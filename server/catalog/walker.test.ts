import { describe, expect, it } from "vitest";
import type { Template, TemplatePage, UnreadTemplatePage } from "@/lib/nxcloud/schemas";
import { minimalTemplate } from "@/lib/testing/templates";
import { type FetchPage, walkTemplates } from "./walker";

const template = (id: string): Template => minimalTemplate(id);

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

describe("walker: pipelined", () => {
  /** Pages of unread templates that log when they are requested and when they are read. */
  function logged(pages: number, log: string[], cursorAfter = (n: number) => String(n)) {
    const fetchPage: FetchPage = async ({ after }) => {
      const n = after === undefined ? 1 : Number(after) + 1;
      log.push(`request ${n}`);
      const page: UnreadTemplatePage = {
        read: () => {
          log.push(`read ${n}`);
          return { data: [template(`${n}`)], skipped: n === 2 ? 1 : 0 };
        },
        ...(n < pages ? { paging: { cursors: { after: cursorAfter(n) }, next: "http://x/?after" } } : {}),
      };
      return page;
    };
    return fetchPage;
  }

  it("asks for the next page before reading this one, and reads every page once", async () => {
    const log: string[] = [];
    const result = await walkTemplates({
      fetchPage: logged(3, log),
      limit: 1,
      fallbackPageSize: 1,
      maxPages: 9,
    });
    expect(log).toEqual(["request 1", "request 2", "read 1", "request 3", "read 2", "read 3"]);
    expect(result.templates.map((t) => t.id)).toEqual(["1", "2", "3"]);
    expect(result.skipped).toBe(1);
  });

  it("hands over a page's rows before failing on its cursor, and asks for nothing more", async () => {
    const log: string[] = [];
    const counts: number[] = [];
    const walk = walkTemplates({
      fetchPage: logged(5, log, () => "1"),
      limit: 1,
      fallbackPageSize: 1,
      maxPages: 9,
      onPage: ({ count }) => counts.push(count),
    });
    await expect(walk).rejects.toMatchObject({ code: "catalog_cursor_loop" });
    expect(log).toEqual(["request 1", "request 2", "read 1", "read 2"]);
    expect(counts).toEqual([1, 2]);
  });

  it("does not request a page beyond maxPages", async () => {
    const log: string[] = [];
    const walk = walkTemplates({ fetchPage: logged(9, log), limit: 1, fallbackPageSize: 1, maxPages: 2 });
    await expect(walk).rejects.toMatchObject({ code: "catalog_too_many_pages" });
    expect(log).toEqual(["request 1", "request 2", "read 1", "read 2"]);
  });

  it("fails with the next page's error once this page is handed over", async () => {
    const counts: number[] = [];
    const fetchPage: FetchPage = async ({ after }) => {
      if (after !== undefined) throw new Error("upstream went away");
      return { data: [template("1")], paging: { cursors: { after: "1" }, next: "http://x/?after=1" } };
    };
    const walk = walkTemplates({
      fetchPage,
      limit: 1,
      fallbackPageSize: 1,
      maxPages: 9,
      onPage: ({ count }) => counts.push(count),
    });
    await expect(walk).rejects.toThrow("upstream went away");
    expect(counts).toEqual([1]);
  });
});
