import { describe, expect, it } from "vitest";
import { RevocationList } from "./revocations";

describe("RevocationList", () => {
  it("revokes a session until it would have expired", () => {
    const list = new RevocationList();
    list.revoke("s1", 2_000, 1_000);
    expect(list.isRevoked("s1", 1_500)).toBe(true);
    expect(list.isRevoked("s2", 1_500)).toBe(false);
    expect(list.isRevoked("s1", 2_000)).toBe(false);
    expect(list.size).toBe(0);
  });

  it("ignores sessions that already expired and stays bounded", () => {
    const list = new RevocationList(3);
    list.revoke("old", 500, 1_000);
    expect(list.size).toBe(0);
    for (const sid of ["a", "b", "c", "d"]) list.revoke(sid, 9_000, 1_000);
    expect(list.size).toBe(3);
    expect(list.isRevoked("d", 1_000)).toBe(true);
  });
});
