import { schedulePurgeOfExpiredSessions } from "../modules/accounts/purge-expired-sessions.ts";
import { scheduleAuditCheckpoints } from "../modules/audit/schedule-audit-checkpoints.ts";
import { scheduleIssuanceRetries } from "../modules/certificates/retry-due-issuances.ts";
import { DEMO_PASSWORD } from "../modules/demo/demo-accounts.ts";
import { hasDemoData } from "../modules/demo/has-demo-data.ts";
import { seedDemo } from "../modules/demo/seed-demo.ts";
import { startOutboxSender } from "../modules/notifications/outbox-sender.ts";
import { buildApp } from "../server/app.ts";
import { isDatabaseEmpty } from "./is-database-empty.ts";
import { listenHost, listeningMessage } from "./listen-host.ts";
import { openContext } from "./open-context.ts";

/**
 * Starts the platform; an empty database is filled with demo data and the demo accounts are printed once.
 * While the demo accounts exist it listens on 127.0.0.1 unless HOST says otherwise.
 */
export async function serve() {
  const ctx = await openContext();
  if (await isDatabaseEmpty(ctx)) {
    const result = await seedDemo(ctx);
    printDemoAccounts(result.accounts);
  }
  const app = await buildApp(ctx, { logger: true, serveWeb: true });
  const stopSender = startOutboxSender(ctx);
  const stopPurge = schedulePurgeOfExpiredSessions(ctx, (error) =>
    app.log.error({ err: error }, "purging expired sessions failed"),
  );
  const stopIssuanceRetries = scheduleIssuanceRetries(ctx, (error) =>
    app.log.error({ err: error }, "retrying certificate issuance failed"),
  );
  const stopCheckpoints = scheduleAuditCheckpoints(ctx, (error) =>
    app.log.error({ err: error }, "recording the audit checkpoint failed"),
  );
  const close = async () => {
    stopCheckpoints();
    stopSender();
    stopPurge();
    stopIssuanceRetries();
    await app.close();
    await ctx.db.destroy();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  const isDemo = await hasDemoData(ctx);
  const host = listenHost({ host: ctx.config.host, hasDemoData: isDemo });
  await app.listen({ port: ctx.config.port, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : ctx.config.port;
  const facts = { host, port, database: ctx.dialect, hasDemoData: isDemo, dataDir: ctx.config.dataDir };
  for (const line of listeningMessage({ ...facts, isHostSet: ctx.config.host !== undefined }))
    console.log(line);
}

export function printDemoAccounts(accounts: { email: string; role: string }[]) {
  console.log(`\nDemo accounts (password "${DEMO_PASSWORD}" for all):`);
  for (const account of accounts) console.log(`  ${account.role.padEnd(15)} ${account.email}`);
  console.log("");
}
