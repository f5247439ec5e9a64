import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load } from "./measure-http";

let server: http.Server;
let url = "";
const seen = { requests: 0, connections: 0, cookies: new Set<string>() };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/hang") return; // never answers
    seen.requests++;
    seen.cookies.add(req.headers.cookie ?? "");
    res.statusCode = req.url === "/broken" ? 503 : 200;
    res.end("{}");
  });
  server.on("connection", () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the bench's load generator", () => {
  it("keeps 50 connections open, sends the headers, and counts what the server answered", async () => {
    const ok = await load(`${url}/`, 0.3, { cookie: "tc_session=x" });
    expect(seen.connections).toBe(50); // opened once, reused for the warm-up and the measurement
    expect(seen.cookies).toEqual(new Set(["tc_session=x"]));
    expect(ok.requests).toBeGreaterThan(0);
    expect(ok.requestsPerSecond).toBeGreaterThan(0);
    expect(ok.non2xx).toBe(0);
    expect(ok.errors).toBe(0);
    expect(ok.p99).toBeGreaterThanOrEqual(ok.p50);

    const broken = await load(`${url}/broken`, 0.3);
    expect(broken.requests).toBeGreaterThan(0);
    expect(broken.non2xx).toBe(broken.requests);
  });

  it("gives up, with a message, on a server that never answers or is not there", async () => {
    const limits = { requestTimeoutMs: 200, warmUpLimitMs: 600 };
    await expect(load(`${url}/hang`, 0.2, {}, limits)).rejects.toThrow(/0 of 50 connections answered/);
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(load(`http://127.0.0.1:${port}/`, 0.2, {}, limits)).rejects.toThrow(
      /answered within 600 ms/,
    );
  });
});
