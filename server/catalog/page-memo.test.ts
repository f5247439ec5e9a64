import { describe, expect, it } from "vitest";
import type { Template, UnreadTemplatePage } from "@/lib/nxcloud/schemas";
import { minimalTemplate } from "@/lib/testing/templates";
import { migrateToLatest } from "@/server/db/migrate";
import { tempSqlite } from "@/server/db/testing";
import { createCatalog } from "./cache";
import { createDatabaseCatalogStore } from "./database-store";
import { createMemoryCatalogStore } from "./store";
import type { FetchPage } from "./walker";

const template = (id: string, status = "APPROVED"): Template => minimalTemplate(id, { status });

/**
 * An upstream of pages given as lists of templates. A page's fingerprint is its JSON, as the client's
 * is a digest of the body; `reads` counts how often each page's templates were read.
 */
function upstream(pages: Template[][]) {
  const reads = pages.map(() => 0);
  const fetchPage: FetchPage = async ({ after }) => {
    const index = after === undefined ? 0 : Number(after);
    const data = pages[index] as Template[];
    const page: UnreadTemplatePage = {
      fingerprint: JSON.stringify(data),
      read: () => {
        reads[index] = (reads[index] ?? 0) + 1;
        return { data: structuredClone(data), skipped: 0 };
      },
      ...(index + 1 < pages.length
        ? { paging: { cursors: { after: String(index + 1) }, next: "http://x/?after" } }
        : {}),
    };
    return page;
  };
  return { fetchPage, reads, pages };
}

async function sync(catalog: ReturnType<typeof createCatalog>) {
  await catalog.refresh("acme");
  await catalog.whenIdle("acme");
  return (await catalog.get("acme")).templates;
}

function setup(pages: Template[][]) {
  const source = upstream(pages);
  const store = createMemoryCatalogStore();
  let clock = 1_000_000;
  const catalog = createCatalog({ store, fetchPageFor: () => source.fetchPage, now: () => (clock += 1000) });
  return { catalog, store, ...source };
}

describe("catalog: pages a sync already read", () => {
  it("are not read again when they come back unchanged; the held template objects are kept", async () => {
    const { catalog, reads } = setup([[template("1"), template("2")], [template("3")]]);
    const first = await sync(catalog);
    expect(reads).toEqual([1, 1]);
    const second = await sync(catalog);
    expect(reads).toEqual([1, 1]);
    expect(second.map((t) => t.id)).toEqual(["1", "2", "3"]);
    second.forEach((t, i) => {
      expect(t).toBe(first[i]);
    });
  });

  it("reads a page whose text changed, and reuses the others", async () => {
    const { catalog, reads, pages } = setup([[template("1")], [template("2")], [template("3")]]);
    await sync(catalog);
    pages[1] = [template("2", "PAUSED")];
    const after = await sync(catalog);
    expect(reads).toEqual([1, 2, 1]);
    expect(after.map((t) => t.status)).toEqual(["APPROVED", "PAUSED", "APPROVED"]);
    // And the changed page is remembered in its new form.
    await sync(catalog);
    expect(reads).toEqual([1, 2, 1]);
  });

  it("reads every page again once another snapshot is held (e.g. stored by another instance)", async () => {
    const { catalog, store, reads } = setup([[template("1")], [template("2")]]);
    await sync(catalog);
    const held = await store.get("acme");
    if (!held) throw new Error("nothing held");
    // Its own walk, its own pages (none known here).
    const { pageSpans: _, ...other } = held;
    await store.set("acme", { ...other, templates: [template("9")], version: held.version + 1 });
    const after = await sync(catalog);
    expect(reads).toEqual([2, 2]);
    expect(after.map((t) => t.id)).toEqual(["1", "2"]);
  });

  it("reads again a page that repeated a template of an earlier page (it was not kept whole)", async () => {
    const { catalog, reads } = setup([
      [template("1"), template("2")],
      [template("2"), template("3")],
    ]);
    await sync(catalog);
    const after = await sync(catalog);
    expect(reads).toEqual([1, 2]);
    expect(after.map((t) => t.id)).toEqual(["1", "2", "3"]);
  });

  it("are known after a restart too: the stored snapshot keeps its pages (SQLite)", async () => {
    const database = tempSqlite();
    try {
      await migrateToLatest(database.handle);
      const source = upstream([[template("1")], [template("2")]]);
      const start = () =>
        createCatalog({
          store: createDatabaseCatalogStore({ db: database.handle.db }),
          fetchPageFor: () => source.fetchPage,
        });
      await sync(start());
      expect(source.reads).toEqual([1, 1]);
      const restarted = start();
      const held = (await restarted.get("acme")).templates;
      const after = await sync(restarted);
      expect(source.reads).toEqual([1, 1]);
      after.forEach((t, i) => {
        expect(t).toBe(held[i]);
      });
    } finally {
      await database.drop();
    }
  });
});
