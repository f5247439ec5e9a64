import * as z from "zod";

/**
 * Fault injection for POST /api/wa/getTemplate (set from env at start-up, or via PUT /__sim/faults).
 * Applied in this order to every getTemplate request:
 *   1. latencyMs + uniform random 0..jitterMs delay (before anything else, errors included);
 *   2. hang: never answer (the socket stays open until the client gives up or the simulator closes);
 *   3. the normal auth/body/account checks (1001…9006), which still answer with their real codes;
 *   4. forceCode: answer this code (e.g. -1, 9001, 1003, 9099) instead of the page;
 *   5. failAtPage k: the page that starts at offset (k-1)*limit answers failCode;
 *   6. errorRate: each remaining request fails with failCode with this probability (seeded dice);
 *   7. malformed: answer HTTP 200 with truncated, unparsable JSON.
 * maxLimit is the cap applied to `limit` (default 100; larger values are capped, not errors).
 */

const nonZeroInt = z
  .number()
  .int()
  .refine((n) => n !== 0, "must be a non-zero NxCloud code (e.g. -1, 9001, 9099)");

export const faultsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(600_000).default(0),
  jitterMs: z.number().int().min(0).max(600_000).default(0),
  errorRate: z.number().min(0).max(1).default(0),
  forceCode: nonZeroInt.nullable().default(null),
  malformed: z.boolean().default(false),
  hang: z.boolean().default(false),
  failAtPage: z.number().int().min(1).nullable().default(null),
  failCode: nonZeroInt.default(-1),
  maxLimit: z.number().int().min(1).max(100_000).default(100),
});

export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;

export const NO_FAULTS: Readonly<Faults> = Object.freeze(faultsSchema.parse({}));

/** Holds the current faults; `replace` is what PUT /__sim/faults does (omitted fields → defaults). */
export class FaultState {
  private current: Faults;
  constructor(initial: FaultsInput = {}) {
    this.current = faultsSchema.parse(initial);
  }
  get(): Faults {
    return { ...this.current };
  }
  replace(input: FaultsInput): Faults {
    this.current = faultsSchema.parse(input);
    return this.get();
  }
  reset(): Faults {
    this.current = { ...NO_FAULTS };
    return this.get();
  }
}
