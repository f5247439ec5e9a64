import http from "node:http";

export interface LoadResult {
  url: string;
  /** Requests answered while measuring (after the warm-up). */
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const CONNECTIONS = 50;

/**
 * 50 keep-alive connections sending GETs back to back for `seconds`, latency in ms — measured
 * once every connection is open and has been answered (steady state).
 *
 * Why not from the first request: Node's server takes in new connections one per event-loop turn,
 * so when 50 open at once, the last waits ~50 turns of everyone else's requests. That ramp is
 * ~50 requests — about the 1 % a p99 looks at — so a p99 taken over it measured connection
 * start-up, and swung by seconds between runs of the same code. A "warm" figure means warm
 * connections too; a reverse proxy in front of the console keeps its connections open.
 */
export async function load(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  const get = () =>
    new Promise<number>((resolve) => {
      const request = http.get(url, { agent, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(0));
      });
      request.on("error", () => resolve(0));
    });
  const answered = new Set<number>();
  const connection = async (id: number) => {
    while (!stop) {
      const started = performance.now();
      const status = await get();
      answered.add(id);
      if (!measuring) continue;
      latencies.push(performance.now() - started);
      if (status === 0) errors++;
      else if (status < 200 || status > 299) non2xx++;
    }
  };
  const running = Array.from({ length: CONNECTIONS }, (_, id) => connection(id));
  const warmUpUntil = performance.now() + 1_000;
  while (answered.size < CONNECTIONS || performance.now() < warmUpUntil)
    await new Promise((resolve) => setTimeout(resolve, 20));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  const count = latencies.length;
  stop = true;
  await Promise.all(running);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(count - 1, Math.floor(count * q))] ?? 0);
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
