import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyForm, readBodyJson, readBodyText } from "./read-body";

function streamed(text: string, headers: Record<string, string> = {}) {
  const bytes = new TextEncoder().encode(text);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(pulled, pulled + 1024));
      pulled += 1024;
    },
  });
  const request = new Request("http://x/", {
    method: "POST",
    body,
    headers,
    // @ts-expect-error Node's fetch needs it for a stream body
    duplex: "half",
  });
  return { request, pulled: () => pulled };
}

describe("readBody*", () => {
  it("reads bodies within the limit", async () => {
    expect(await readBodyText(streamed("hello").request, 10)).toBe("hello");
    expect(await readBodyJson(streamed('{"a":1}').request, 10)).toEqual({ a: 1 });
    const form = await readBodyForm(
      streamed("user=a&password=b", { "content-type": "application/x-www-form-urlencoded" }).request,
      100,
    );
    expect(form.get("user")).toBe("a");
  });

  it("stops reading a chunked body at the limit", async () => {
    const { request, pulled } = streamed("x".repeat(1_000_000));
    await expect(readBodyText(request, 16 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled()).toBeLessThan(64 * 1024);
  });

  it("does not trust a Content-Length that lies low", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      body: "y".repeat(50_000),
      headers: { "content-length": "5" },
    });
    await expect(readBodyForm(request, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("refuses at once when Content-Length announces too much", async () => {
    await expect(
      readBodyJson(streamed("{}", { "content-length": "999999" }).request, 1024),
    ).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
