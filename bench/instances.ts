/**
 * `npm run bench:instances`: only the several-instances figures of `npm run bench`
 * (bench/measure-instances.ts) — two consoles on one PostgreSQL — without the rest of the report.
 * Needs a build (`npx next build`). Same ports as inside `npm run bench`: consoles BENCH_PORT + 1
 * and + 2, simulator BENCH_SIM_PORT + 2 (defaults 3510 / 4510).
 */
import { instancePorts, loadStartStack, measureInstances, toRows } from "./measure-instances";
import { printTable } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3510);
const simPort = Number(process.env.BENCH_SIM_PORT ?? 4510);
const figures = await measureInstances({
  startStack: await loadStartStack(),
  ...instancePorts(`http://127.0.0.1:${port}`, `http://127.0.0.1:${simPort}`),
});
printTable(toRows(figures), null);
process.exit(0);
