import { describe, expect, it } from "vitest";
import { MemoryRevocationStore } from "./revocations";

describe("MemoryRevocationStore", () => {
  it("revokes a session until the given time", async () => {
    const list = new MemoryRevocationStore();
    await list.revoke("s1", 2_000, 1_000);
    expect(await list.isRevoked("s1", 1_500)).toBe(true);
    expect(await list.isRevoked("s2", 1_500)).toBe(false);
    expect(await list.isRevoked("s1", 2_000)).toBe(false);
    expect(list.size).toBe(0);
  });

  it("ignores sessions that already expired and stays bounded", async () => {
    const list = new MemoryRevocationStore(3);
    await list.revoke("old", 500, 1_000);
    expect(list.size).toBe(0);
    for (const sid of ["a", "b", "c", "d"]) await list.revoke(sid, 9_000, 1_000);
    expect(list.size).toBe(3);
    expect(await list.isRevoked("d", 1_000)).toBe(true);
  });

  it("never shortens a revocation (signing out twice)", async () => {
    const list = new MemoryRevocationStore();
    await list.revoke("s1", 9_000, 1_000);
    await list.revoke("s1", 3_000, 1_000);
    expect(await list.isRevoked("s1", 5_000)).toBe(true);
  });
});
