import v8 from "node:v8";

/**
 * How far V8 lets the old generation grow past what survived the last full GC, in percent.
 *
 * Why: a request through Next.js allocates ~350-450 KB (the framework, undici's Headers, async
 * hooks; our proxy and the list route are the smaller part, the list copying no rows). Under 50 concurrent connections, what is in
 * flight when a scavenge runs survives it twice and is promoted, so request garbage piles up in the
 * old generation. With its default heuristics V8 lets old space grow up to 4× the live heap before
 * the next full GC (the factor it uses whenever the heap limit is 2 GB or more, as on any server),
 * and keeps those pages afterwards: the bench saw 313 MB resident with every account loaded and 466
 * after its load test, while a forced full GC left ~67 MB live. At 1.5× the old generation stays
 * within ~100 MB; the full GCs that costs are short (the live heap is small) and mostly concurrent.
 *
 * Unlike `--max-old-space-size` this sets no ceiling: a deployment with many large accounts gets
 * the heap it needs, only collected more often.
 */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = /^--heap[-_]growing[-_]percent(?:=|$)/;

/**
 * Applies HEAP_GROWING_PERCENT unless the operator chose a value on the command line
 * (`node --heap-growing-percent=N …`). V8 reads this flag at every full GC, so setting it once the
 * server runs takes effect from the next collection on, whoever started the process (`npm start`,
 * scripts/stack.mjs, a container running `next start`). A V8 without the flag would only print
 * "unrecognized flag" on stderr and keep its defaults. Returns whether it was applied.
 */
export function limitHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): boolean {
  if (execArgv.some((arg) => FLAG.test(arg))) return false;
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
