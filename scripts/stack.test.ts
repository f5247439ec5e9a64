import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";

// @ts-expect-error — plain ESM helper shared with the demo and Playwright.
const { startStack } = (await import("./stack.mjs")) as { startStack: (o: object) => Promise<unknown> };

/** Something already listening on a port (an orphaned simulator, another checkout's console). */
async function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let held: { close: () => Promise<void> } | null = null;
afterEach(async () => {
  await held?.close();
  held = null;
});

describe("startStack", () => {
  it("refuses a simulator port that something else answers on, instead of talking to it", async () => {
    const busy = await occupy();
    held = busy;
    await expect(
      startStack({ port: busy.port + 1, simPort: busy.port, sinkPort: "off", quiet: true, portGraceMs: 300 }),
    ).rejects.toThrow(`Port ${busy.port} (simulator) is already in use`);
  });

  it("refuses a console port in use", async () => {
    const busy = await occupy();
    held = busy;
    await expect(
      startStack({ port: busy.port, simPort: busy.port + 1, sinkPort: "off", quiet: true, portGraceMs: 300 }),
    ).rejects.toThrow(`Port ${busy.port} (console) is already in use`);
  });
});
