import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { serializeTemplateSearch, templateSearchParams, toApiSearch } from "./search-params";

const load = createLoader(templateSearchParams);

describe("template search params", () => {
  it("reads a full view back from its URL", () => {
    const url =
      "?account=acme&q=order&status=REJECTED,PAUSED&quality=NONE&view=attention&sort=-quality&page=3&pageSize=50&template=123&changed=custom&since=2026-03-01&until=2026-03-07&tab=history";
    expect(load(url)).toEqual({
      account: "acme",
      q: "order",
      status: ["REJECTED", "PAUSED"],
      category: [],
      language: [],
      quality: ["NONE"],
      view: "attention",
      sort: "-quality",
      page: 3,
      pageSize: 50,
      template: "123",
      changed: "custom",
      since: "2026-03-01",
      until: "2026-03-07",
      tab: "history",
    });
  });

  it("reads an unknown window, a day that does not exist and an unknown tab as absent", () => {
    expect(load("?changed=1y&since=2026-02-30&until=yesterday&tab=raw")).toMatchObject({
      changed: null,
      since: null,
      until: null,
      tab: null,
    });
  });

  it("treats values the API would refuse as absent, so a stale link shows the default view", () => {
    const state = load("?page=0&pageSize=500&sort=colour&account=../etc&view=everything");
    expect(state).toMatchObject({ page: 1, pageSize: 20, sort: "name", account: "all", view: null });
    expect(load("?page=-5&pageSize=7").page).toBe(1);
    expect(load("?page=99999999999").page).toBe(1);
  });

  it("leaves defaults and the drawer out of the API query", () => {
    expect(serializeTemplateSearch({ account: "all", page: 1, sort: "name", status: ["APPROVED"] })).toBe(
      "?status=APPROVED",
    );
    expect(toApiSearch({ account: "acme", template: "9", tab: "history", page: 2 })).toBe(
      "?account=acme&page=2",
    );
  });
});
