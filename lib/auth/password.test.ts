import { describe, expect, it } from "vitest";
import {
  describePasswordHashProblem,
  hashPassword,
  hashPasswordSync,
  parsePasswordHash,
  verifyPassword,
  verifyPasswordSync,
} from "./password";

describe("password hashes", () => {
  it("hashes with scrypt N=2^15 r=8 p=1 and a 16-byte salt, encoded in the string", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    const parsed = parsePasswordHash(hash);
    expect(parsed?.salt.length).toBe(16);
    expect(parsed?.key.length).toBe(32);
  });

  it("has sync variants that agree with the async ones", async () => {
    const salt = Buffer.alloc(16, 7);
    expect(hashPasswordSync("pw", { salt })).toBe(await hashPassword("pw", { salt }));
    expect(verifyPasswordSync("pw", hashPasswordSync("pw"))).toBe(true);
    expect(verifyPasswordSync("px", hashPasswordSync("pw"))).toBe(false);
    expect(verifyPasswordSync("pw", "scrypt$bad")).toBe(false);
  });

  it("uses a fresh salt each time", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("s3cret-passw0rd");
    expect(await verifyPassword("s3cret-passw0rd", hash)).toBe(true);
    expect(await verifyPassword("s3cret-passw0rd ", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("treats unicode passwords in NFC, so composed and decomposed forms match", async () => {
    const hash = await hashPassword("café");
    expect(await verifyPassword("cafe\u0301", hash)).toBe(true);
  });

  it("rejects a tampered key, salt or parameter", async () => {
    const hash = await hashPassword("pw");
    const parts = hash.split("$");
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    const tamperedKey = [...parts.slice(0, 5), flip(parts[5] ?? "")].join("$");
    const tamperedSalt = [...parts.slice(0, 4), flip(parts[4] ?? ""), parts[5]].join("$");
    const otherN = ["scrypt", "16384", ...parts.slice(2)].join("$");
    expect(await verifyPassword("pw", tamperedKey)).toBe(false);
    expect(await verifyPassword("pw", tamperedSalt)).toBe(false);
    expect(await verifyPassword("pw", otherN)).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["plain text", "hunter2"],
    ["other scheme", "bcrypt$2b$10$abc"],
    ["too few parts", "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA"],
    ["N not a power of two", "scrypt$30000$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["N too small", "scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["N absurdly large", "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["r zero", "scrypt$32768$0$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["negative p", "scrypt$32768$8$-1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["salt too short", "scrypt$32768$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["non-base64 key", "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$not*base64!"],
    ["padded base64", "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5"],
    ["hex numbers", "scrypt$0x8000$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5"],
  ])("a malformed hash (%s) never verifies and never throws", async (_label, encoded) => {
    expect(parsePasswordHash(encoded)).toBeNull();
    expect(describePasswordHashProblem(encoded)).toMatch(/passwordHash/);
    await expect(verifyPassword("anything", encoded)).resolves.toBe(false);
  });

  it("describes no problem for a good hash, and never echoes the hash in the problem", async () => {
    const hash = await hashPassword("x");
    expect(describePasswordHashProblem(hash)).toBeNull();
    const broken = `${hash}$extra`;
    expect(describePasswordHashProblem(broken)).not.toContain(hash.split("$")[5]);
  });
});
