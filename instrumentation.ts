/**
 * Runs once when the Next.js server starts. The Node-only part (config validation that stops the
 * process) lives in its own module so the edge bundle never sees `process.exit`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
