// Run with: tsx --conditions=react-server bench/bare-walk.ts (SIM_URL, ACCOUNT, RUNS) → one JSON line:
// { runs: [{ ms, pages }] }. The baseline of the cold-walk row: the NxCloud client alone walking
// the same simulator (same latency, same pages), with no console around it — no catalog, no store,
// no commit, no requests to serve. What the console's own walk takes beyond it is its overhead.
import { createNxCloudClient } from "../lib/nxcloud/client";
import { walkTemplates } from "../server/catalog/walker";

const simUrl = process.env.SIM_URL ?? "http://127.0.0.1:4510";
const accountId = process.env.ACCOUNT ?? "initech";
const runs = Number(process.env.RUNS ?? 2);
const { accounts } = (await (await fetch(`${simUrl}/__sim/accounts`)).json()) as {
  accounts: { id: string; appkey: string; business_phone: string }[];
};
const account = accounts.find((a) => a.id === accountId);
if (!account) throw new Error(`no account ${accountId} on ${simUrl}`);
const client = createNxCloudClient({
  baseUrl: simUrl,
  accessKey: process.env.NXCLOUD_ACCESS_KEY ?? "demo-access-key",
  accessSecret: process.env.NXCLOUD_ACCESS_SECRET ?? "demo-access-secret-change-me",
});
const out: { ms: number; pages: number }[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = await walkTemplates({
    fetchPage: ({ after, limit, signal }) =>
      client.getTemplatePage({
        appkey: account.appkey,
        businessPhone: account.business_phone,
        after,
        limit,
        signal,
      }),
    limit: Number(process.env.PAGE_SIZE ?? 100),
    fallbackPageSize: 20,
    maxPages: 1000,
  });
  out.push({ ms: Math.round(performance.now() - started), pages: result.pages });
}
console.log(JSON.stringify({ runs: out }));
