import { randomBytes } from "node:crypto";
import { Command, Option } from "commander";
import { latestMigrationName } from "../db/migrate.ts";
import { platform } from "../modules/accounts/caller.ts";
import { createUser } from "../modules/accounts/create-user.ts";
import { roles } from "../modules/accounts/roles.ts";
import { createUserInput } from "../modules/accounts/schemas.ts";
import { recordAuditCheckpoint } from "../modules/audit/record-audit-checkpoint.ts";
import { verifyAuditChain } from "../modules/audit/verify-audit-chain.ts";
import { verifyAuditCheckpoints } from "../modules/audit/verify-audit-checkpoints.ts";
import { generateIssuerKey } from "../modules/certificates/generate-issuer-key.ts";
import {
  type IssuanceStep,
  issueSessionCertificates,
} from "../modules/certificates/issue-session-certificates.ts";
import type { IssuerKeyChange } from "../modules/certificates/issuer-keys.ts";
import { rotateIssuerKey } from "../modules/certificates/rotate-issuer-key.ts";
import { seedDemo } from "../modules/demo/seed-demo.ts";
import { seedVolume } from "../modules/demo/seed-volume.ts";
import { AppError, fieldError, validationFailed, validationFailedOn } from "../server/errors.ts";
import { fieldsOfIssues } from "../server/field-formats.ts";
import { openContext } from "./open-context.ts";
import { progressBar, terminalProgress } from "./progress-bar.ts";
import { printDemoAccounts, serve } from "./serve.ts";

/** `cqpi`: thin commands over the same use cases as the API. */
const program = new Command("cqpi").description("CQPI platform").showHelpAfterError();

program
  .command("serve")
  .description("start the platform (migrates; fills an empty database with demo data)")
  .action(serve);

program
  .command("migrate")
  .description("apply pending database migrations")
  .action(() =>
    withContext(async (ctx) => {
      console.log(`Database ${ctx.dialect} is at schema version ${latestMigrationName()}`);
    }),
  );

program
  .command("seed")
  .description("load data: --demo, or --volume N for a synthetic history of N certificates")
  .option("--demo", "the demo catalogue and one account per role")
  .option("--volume <n>", "N certificates of a synthetic 15-year history (after the demo catalogue)")
  .option("--seed <n>", "with --volume: the random seed (the same seed gives the same history)", "2012")
  .action((options: { demo?: boolean; volume?: string; seed: string }) =>
    withContext(async (ctx) => {
      if (options.volume === undefined) {
        const result = await seedDemo(ctx, (step) => process.stdout.write(`  ${step}…\n`));
        if (result.isSeeded) printDemoAccounts(result.accounts);
        else console.log("Demo data is already present; nothing done.");
        return;
      }
      const volume = Number(options.volume);
      if (!Number.isSafeInteger(volume) || volume <= 0)
        throw validationFailedOn(
          "volume",
          fieldError("INVALID_FORMAT", "must be a positive whole number", {}),
        );
      const started = Date.now();
      const progress = terminalProgress(process.stderr);
      const report = await seedVolume(ctx, { volume, seed: Number(options.seed), onProgress: progress });
      progress.end();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const declared = report.declarations;
      console.log(
        `${report.certificates} certificates in ${seconds} s: ${report.full} full, ${report.over45} over 45, ${report.firstCertification} first certifications, ${report.direct} direct on experience; ${declared.inTime} declared within three months, ${declared.late} late, ${declared.undeclared} not yet (${declared.files} declaration files).`,
      );
    }),
  );

const user = program.command("user").description("manage accounts");
user
  .command("create")
  .description("create an account")
  .requiredOption("--email <email>")
  .addOption(new Option("--role <role>").choices(roles).makeOptionMandatory())
  .option("--branch <code...>", "branch code(s), for a branch_officer")
  .option("--company <id>", "company id, for an employer")
  .option("--name <name>", "display name (defaults to the email)")
  .option("--password <password>", "initial password (a random one is generated and printed if absent)")
  .option("--invite", "e-mail a one-time link to choose a password instead (through the outbox)")
  .action((options) =>
    withContext(async (ctx) => {
      const password = options.invite
        ? undefined
        : (options.password ?? randomBytes(12).toString("base64url"));
      const input = {
        email: options.email,
        displayName: options.name ?? options.email,
        role: options.role,
        password,
        branchCodes: options.branch,
        companyId: options.company === undefined ? undefined : Number(options.company),
      };
      const parsed = createUserInput.safeParse(input);
      if (!parsed.success) {
        throw validationFailed(fieldsOfIssues(parsed.error.issues, input));
      }
      const created = await createUser(ctx, { actorUserId: null, input: parsed.data });
      console.log(`Created ${created.role} ${created.email} (id ${created.id})`);
      if (options.invite) console.log(`Invitation link e-mailed to ${created.email} (see the outbox).`);
      else if (!options.password) console.log(`Initial password: ${password}`);
    }),
  );

const keys = program.command("keys").description("the certificates' issuer signing keys");
const printKeyChange = (change: IssuerKeyChange, keyFile: string) => {
  console.log(`Signing key ${change.keyId}`);
  if (change.retiredPublicKeyMultibase)
    console.log(`Retired key ${change.retiredPublicKeyMultibase}: still published, signs nothing more.`);
  console.log(`Private key kept in ${keyFile} (back it up; it is in no database dump).`);
};
keys
  .command("generate")
  .description("generate the issuer's first signing key (its private half goes to CQPI_KEY_FILE)")
  .action(() =>
    withContext(async (ctx) =>
      printKeyChange(await generateIssuerKey(ctx, { caller: platform }), ctx.config.keyFile),
    ),
  );
keys
  .command("rotate")
  .description("replace the signing key; the old one stays published so that what it signed still verifies")
  .action(() =>
    withContext(async (ctx) =>
      printKeyChange(await rotateIssuerKey(ctx, { caller: platform }), ctx.config.keyFile),
    ),
  );

const audit = program.command("audit").description("audit log");
audit
  .command("verify")
  .description(
    "check the hash chain of the audit log and the signed checkpoints; exits 1 if a row was altered or deleted",
  )
  .action(() =>
    withContext(async (ctx) => {
      const result = await verifyAuditChain(ctx.db, {
        onProgress: (checked, total) => process.stderr.write(`\r  checked ${checked}/${total}`),
      });
      process.stderr.write("\n");
      if (result.isIntact) {
        console.log(`Audit log intact: ${result.checked} events checked.`);
      } else {
        const event = result.brokenEvent;
        const what = event
          ? `: ${event.action} on ${event.entityType} ${event.entityId} at ${event.occurredAt}`
          : "";
        console.error(
          `Audit log BROKEN at event ${result.firstBrokenSeq} (${result.reason})${what}; ${result.checked} events before it are intact.`,
        );
        process.exitCode = 1;
      }
      const checkpoints = await verifyAuditCheckpoints(ctx);
      if (checkpoints.broken) {
        const { seq, reason } = checkpoints.broken;
        console.error(
          `Audit checkpoint at event ${seq} does NOT hold (${reason}): the database was rewritten.`,
        );
        process.exitCode = 1;
      } else {
        console.log(`Signed checkpoints hold: ${checkpoints.checked} checked.`);
      }
    }),
  );
audit
  .command("checkpoint")
  .description("sign the audit chain's head with the issuer key and append it to CQPI_AUDIT_CHECKPOINT_FILE")
  .action(() =>
    withContext(async (ctx) => {
      const checkpoint = await recordAuditCheckpoint(ctx);
      console.log(`Checkpoint at event ${checkpoint.seq} signed, kept in ${ctx.config.auditCheckpointFile}.`);
    }),
  );

const certificates = program.command("certificates").description("certificates of the jury's awards");
certificates
  .command("issue")
  .description("issue the certificates of a closed jury session's awards (issues nothing twice)")
  .requiredOption("--session <id>", "the jury session's id")
  .action((options) =>
    withContext(async (ctx) => {
      const sessionId = Number(options.session);
      if (!Number.isSafeInteger(sessionId) || sessionId <= 0)
        throw validationFailedOn(
          "session",
          fieldError("INVALID_FORMAT", "must be a session id", { format: "id" }),
        );
      const isTty = process.stdout.isTTY === true;
      const report = await issueSessionCertificates(ctx, {
        sessionId,
        caller: platform,
        onProgress: (step) => {
          if (isTty) process.stdout.write(`\r${progressBar(step.done, step.total)}`);
          else
            console.log(`${step.done}/${step.total} decision ${step.juryDecisionId}: ${describeStep(step)}`);
        },
      });
      if (isTty && report.total > 0) process.stdout.write("\n");
      if (isTty)
        for (const f of report.failures)
          console.error(`decision ${f.juryDecisionId}: ${f.code} ${f.message}`);
      console.log(
        `Session ${sessionId}: ${report.total} awards, ${report.issued.length} issued, ${report.alreadyIssued} already issued, ${report.failures.length} failed.`,
      );
      if (report.failures.length > 0) process.exitCode = 1;
    }),
  );
const describeStep = (step: IssuanceStep) =>
  step.outcome === "failed"
    ? `FAILED ${step.failure?.code} ${step.failure?.message}`
    : `${step.outcome === "issued" ? "issued" : "already issued"} ${step.number}`;

async function withContext(run: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<void>) {
  const ctx = await openContext();
  try {
    await run(ctx);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`${error.code}: ${error.message}`);
    process.exitCode = 2;
  } finally {
    await ctx.db.destroy();
  }
}

await program.parseAsync();
