import { createLoader } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { serializeTemplateSearch, templateSearchParams, toApiSearch } from "./search-params";

const load = createLoader(templateSearchParams);

describe("template search params", () => {
  it("reads a full view back from its URL", () => {
    const url =
      "?account=acme&q=order&status=REJECTED,PAUSED&quality=NONE&view=attention&sort=-quality&page=3&pageSize=50&template=123";
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
    expect(toApiSearch({ account: "acme", template: "9", page: 2 })).toBe("?account=acme&page=2");
  });
});
