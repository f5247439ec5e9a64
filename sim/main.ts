import { SimConfigError } from "./config-error";
import { parseSimEnv } from "./env";
import { startSimulator } from "./server";

/**
 * `tsx sim/main.ts` (or `npm run sim`): starts the NxCloud simulator from environment variables
 * (see sim/README.md) and prints its URL, credentials hint and accounts.
 */
async function main(): Promise<void> {
  const config = parseSimEnv(process.env);
  const sim = await startSimulator({
    port: config.port,
    host: config.host,
    seed: config.seed,
    dataFile: config.dataFile,
    publicUrl: config.publicUrl,
    accessKey: config.accessKey,
    accessSecret: config.accessSecret,
    faults: config.faults,
    log: config.log,
    timeline: config.timeline,
  });

  const d = sim.dataset;
  const lines = [
    `NxCloud simulator listening on ${sim.url}`,
    `  getTemplate: POST ${sim.url}/api/wa/getTemplate`,
    `  media:       ${sim.publicUrl}/media/…`,
    `  admin:       ${sim.url}/__sim/{health,accounts,faults,stats} (loopback only)`,
    `  data:        ${d.source === "file" ? `file ${config.dataFile}` : `generated, SIM_SEED=${d.seed}`}`,
    `  accessKey:   ${sim.credentials.accessKey}${config.demoCredentials ? "   (demo credentials — fine locally, never in production)" : ""}`,
    "  accounts:",
    ...d.accounts.map(
      (a) =>
        `    ${a.id.padEnd(10)} ${a.label.padEnd(22)} appkey=${a.appkey.padEnd(20)} business_phone=${a.business_phone.padEnd(14)} ${a.templates.length} templates`,
    ),
  ];
  const faults = sim.faults.get();
  const active = Object.entries(faults).filter(
    ([k, v]) =>
      !(
        v === null ||
        v === false ||
        v === 0 ||
        (k === "maxLimit" && v === 100) ||
        (k === "failCode" && v === -1)
      ),
  );
  if (config.timeline)
    lines.push(
      `  timeline:    on, from ${new Date(config.timeline.origin).toISOString()} (live pace from ${new Date(config.timeline.liveFrom).toISOString()})`,
    );
  if (active.length > 0) lines.push(`  faults:      ${active.map(([k, v]) => `${k}=${v}`).join(" ")}`);
  console.log(lines.join("\n"));

  const shutdown = (signal: string) => {
    console.log(`\n${signal}: closing simulator`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof SimConfigError) {
    console.error(`nxcloud-sim: ${err.message}`);
  } else {
    console.error("nxcloud-sim: failed to start", err);
  }
  process.exit(1);
});
