/**
 * Reads a request body with a byte limit enforced on the stream itself: `Content-Length` may be
 * absent (chunked) or lie, and `formData()` / `json()` have no limit at all. Every body the
 * console reads goes through here. Reading stops — and the stream is cancelled — as soon as the
 * limit is passed.
 */
export class BodyTooLargeError extends Error {
  readonly code = "body_too_large";
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = "BodyTooLargeError";
  }
}

export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes));
}

/** JSON body within the limit; a SyntaxError for malformed JSON. */
export async function readBodyJson(request: Request, maxBytes: number): Promise<unknown> {
  return JSON.parse(await readBodyText(request, maxBytes));
}

/** A url-encoded or multipart form within the limit (multipart parsed from the bounded bytes). */
export async function readBodyForm(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes);
  const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } }).formData();
}
