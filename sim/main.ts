import { startChatSink } from "./chat-sink/server";
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

  // The chat sink stays on loopback whatever SIM_HOST is: it shows alert contents.
  const sink =
    config.sink.port === null
      ? null
      : await startChatSink({
          port: config.sink.port,
          host: "127.0.0.1",
          smtpPort: config.sink.smtpPort,
          secrets: config.sink.secrets,
          log: config.log,
        }).catch(async (error: unknown) => {
          await sim.close();
          throw error;
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
  if (sim.warnings.length > 0) {
    lines.push(`  warnings (${sim.warnings.length}): served as written; the console marks or skips them`);
    for (const w of sim.warnings.slice(0, 50)) lines.push(`    - ${w}`);
    if (sim.warnings.length > 50) lines.push(`    … and ${sim.warnings.length - 50} more`);
  }
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
  if (sink)
    lines.push(
      `Chat sink (alerts) on ${sink.url}/  (POST /{wecom,dingtalk,feishu,slack,webhook}/…, GET /messages${sink.smtpPort !== null ? `, SMTP 127.0.0.1:${sink.smtpPort}` : ""})`,
    );
  console.log(lines.join("\n"));

  const shutdown = (signal: string) => {
    console.log(`\n${signal}: closing simulator`);
    Promise.all([sim.close(), sink?.close()]).then(
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
