import { CONSOLE_PORT, SIM_PORT } from "../../playwright.config";

/**
 * Ports of the extra stacks some specs start, as offsets from the run's own ports (E2E_PORT /
 * E2E_SIM_PORT): two runs on different base ports (two worktrees, two engineers) never collide,
 * and the defaults stay what they were (3110 + 22 = 3132, …). The spec's own variable wins.
 */
export const consolePortAt = (envName: string, offset: number): number =>
  Number(process.env[envName] ?? CONSOLE_PORT + offset);
export const simPortAt = (envName: string, offset: number): number =>
  Number(process.env[envName] ?? SIM_PORT + offset);
