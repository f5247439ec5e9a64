import http from "node:http";

export interface LoadResult {
  url: string;
  /** Requests answered while measuring (after the warm-up), whatever their status. */
  requests: number;
  /** Answered requests per second; failed ones (`errors`) are not counted. */
  requestsPerSecond: number;
  /** Latency percentiles of the answered requests, ms. */
  p50: number;
  p99: number;
  non2xx: number;
  /** No answer: refused, reset, or none within the request timeout. */
  errors: number;
}

const CONNECTIONS = 50;
/** A connection that failed waits this long before trying again (no busy loop on a dead server). */
const RETRY_PAUSE_MS = 50;

export interface LoadLimits {
  /** No answer within this is an error (default 10 s). */
  requestTimeoutMs?: number;
  /** How long the warm-up may take for every connection to be answered once (default 60 s). */
  warmUpLimitMs?: number;
}

/**
 * 50 keep-alive connections sending GETs back to back for `seconds`, latency in ms — measured
 * once every connection is open and has been answered (steady state).
 *
 * Why not from the first request: Node's server takes in new connections one per event-loop turn,
 * so when 50 open at once, the last waits ~50 turns of everyone else's requests. That ramp is
 * ~50 requests — about the 1 % a p99 looks at — so a p99 taken over it measured connection
 * start-up, and swung by seconds between runs of the same code. A "warm" figure means warm
 * connections too; a reverse proxy in front of the console keeps its connections open.
 *
 * Throws when the connections cannot all be answered within the warm-up limit (the server is down
 * or hung).
 */
export async function load(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  { requestTimeoutMs = 10_000, warmUpLimitMs = 60_000 }: LoadLimits = {},
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  /** The status, or 0 when there was no answer. */
  const get = () =>
    new Promise<number>((resolve) => {
      const request = http.get(url, { agent, headers, timeout: requestTimeoutMs }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(0));
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => resolve(0));
    });
  const answered = new Set<number>();
  const connection = async (id: number) => {
    while (!stop) {
      const started = performance.now();
      const status = await get();
      if (status === 0) {
        if (measuring) errors++;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        continue;
      }
      answered.add(id);
      if (!measuring) continue;
      latencies.push(performance.now() - started);
      if (status < 200 || status > 299) non2xx++;
    }
  };
  const running = Array.from({ length: CONNECTIONS }, (_, id) => connection(id));
  const finish = async () => {
    stop = true;
    await Promise.all(running);
    agent.destroy();
  };
  const warmUpStarted = performance.now();
  while (answered.size < CONNECTIONS || performance.now() - warmUpStarted < 1_000) {
    if (performance.now() - warmUpStarted > warmUpLimitMs) {
      await finish();
      throw new Error(
        `${url}: only ${answered.size} of ${CONNECTIONS} connections answered within ${warmUpLimitMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  const count = latencies.length;
  await finish();
  latencies.sort((a, b) => a - b);
  /** Nearest-rank percentile, to 0.1 ms. */
  const at = (q: number) => {
    const value = latencies[Math.max(0, Math.ceil(count * q) - 1)] ?? 0;
    return Math.round(value * 10) / 10;
  };
  return {
    url,
    requests: count,
    requestsPerSecond: count / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    non2xx,
    errors,
  };
}
