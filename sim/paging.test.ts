import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CursorScope, decodeCursor, encodeCursor, pageWindow } from "./paging";
import { type RunningSimulator, startSimulator } from "./server";
import { bodyFor, callGetTemplate, walk } from "./testing/client";

describe("cursor codec", () => {
  const scope: CursorScope = { accountId: "acme", fingerprint: "f1", name: null };
  it("round-trips and is opaque base64url", () => {
    for (const i of [0, 1, 19, 5999, 123_456]) {
      const c = encodeCursor(i, scope);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(c, scope)).toBe(i);
    }
  });
  it("rejects garbage, tampering and cursors from another scope", () => {
    const c = encodeCursor(7, scope);
    expect(decodeCursor("", scope)).toBeNull();
    expect(decodeCursor("MAZDZD", scope)).toBeNull();
    expect(decodeCursor(Buffer.from("8:0000000000000000").toString("base64url"), scope)).toBeNull();
    expect(decodeCursor(c, { ...scope, accountId: "globex" })).toBeNull();
    expect(decodeCursor(c, { ...scope, fingerprint: "f2" })).toBeNull();
    expect(decodeCursor(c, { ...scope, name: "x" })).toBeNull();
  });
  it("computes windows like Graph (after = strictly after, before = the limit items before)", () => {
    expect(pageWindow(10, { limit: 4 }, scope)).toEqual({ start: 0, end: 4 });
    expect(pageWindow(10, { after: encodeCursor(3, scope), limit: 4 }, scope)).toEqual({ start: 4, end: 8 });
    expect(pageWindow(10, { after: encodeCursor(7, scope), limit: 4 }, scope)).toEqual({ start: 8, end: 10 });
    expect(pageWindow(10, { before: encodeCursor(8, scope), limit: 4 }, scope)).toEqual({ start: 4, end: 8 });
    expect(pageWindow(10, { before: encodeCursor(2, scope), limit: 4 }, scope)).toEqual({ start: 0, end: 2 });
    expect(pageWindow(10, { after: encodeCursor(10, scope), limit: 4 }, scope)).toBeNull();
  });
});

describe("walking every account over HTTP", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 42 });
  });
  afterAll(() => sim.close());

  it.each([
    ["acme", 7],
    ["acme", 20],
    ["globex", 20],
    ["globex", 100],
    ["initech", 100],
  ])(
    "%s with limit %i: `after` reaches the end with every template exactly once, in order",
    async (id, limit) => {
      const account = sim.dataset.accounts.find((a) => a.id === id);
      if (!account) throw new Error(id);
      const { pages, paging } = await walk(sim.url, account, { limit });
      const ids = pages.flat().map((t) => t.id);
      expect(ids).toHaveLength(account.templates.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(account.templates.map((t) => String(t.id)));
      expect(pages.length).toBe(Math.ceil(account.templates.length / limit));
      expect(paging[0]?.previous).toBeUndefined();
      expect(paging.at(-1)?.next).toBeUndefined();
      for (const [i, p] of paging.entries()) {
        expect(p.cursors?.before, `page ${i}`).toBeTruthy();
        expect(p.cursors?.after, `page ${i}`).toBeTruthy();
        if (i > 0) expect(p.previous).toMatch(/&before=[A-Za-z0-9_-]+$/);
        if (i < paging.length - 1) expect(p.next).toMatch(/&after=[A-Za-z0-9_-]+$/);
      }
    },
  );

  it.each([
    ["acme", 7],
    ["globex", 30],
    ["initech", 100],
  ])("%s with limit %i: `before` walks back from the last page to the first", async (id, limit) => {
    const account = sim.dataset.accounts.find((a) => a.id === id);
    if (!account) throw new Error(id);
    const forward = await walk(sim.url, account, { limit });
    const lastPaging = forward.paging.at(-1);
    const back = await walk(sim.url, account, {
      limit,
      direction: "before",
      start: lastPaging?.cursors?.before,
    });
    const ids = [...back.pages]
      .reverse()
      .flat()
      .map((t) => t.id);
    const lastPage = forward.pages.at(-1) ?? [];
    // Everything before the last page, in listing order, without duplicates.
    expect(ids).toEqual(
      account.templates.slice(0, account.templates.length - lastPage.length).map((t) => String(t.id)),
    );
    expect(back.paging.at(-1)?.previous).toBeUndefined();
  });

  it("the `name` filter pages too, and cursors keep working with the same filter", async () => {
    const initech = sim.dataset.accounts[2];
    if (!initech) throw new Error("initech");
    const counts = new Map<string, number>();
    for (const t of initech.templates) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const [name, n] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const { pages, paging } = await walk(sim.url, initech, { name, limit: 3 });
    expect(pages.flat()).toHaveLength(n);
    expect(pages.flat().every((t) => t.name === name)).toBe(true);
    expect(paging[0]?.next).toContain(`&name=${encodeURIComponent(name)}`);
  });

  it("a page fetched with `before` of page 2 is page 1 again", async () => {
    const globex = sim.dataset.accounts[1];
    if (!globex) throw new Error("globex");
    const p1 = await callGetTemplate(sim.url, bodyFor(globex, { limit: 25 }));
    const p2 = await callGetTemplate(
      sim.url,
      bodyFor(globex, { limit: 25, after: p1.json.data?.paging?.cursors?.after }),
    );
    const back = await callGetTemplate(
      sim.url,
      bodyFor(globex, { limit: 25, before: p2.json.data?.paging?.cursors?.before }),
    );
    expect(back.json.data?.data?.map((t) => t.id)).toEqual(p1.json.data?.data?.map((t) => t.id));
    expect(back.json.data?.paging?.previous).toBeUndefined();
    expect(back.json.data?.paging?.next).toBeTruthy();
  });
});
