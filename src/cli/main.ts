import { randomBytes } from "node:crypto";
import { Command, Option } from "commander";
import { latestMigrationName } from "../db/migrate.ts";
import { createUser } from "../modules/accounts/create-user.ts";
import { roles } from "../modules/accounts/roles.ts";
import { createUserInput } from "../modules/accounts/schemas.ts";
import { verifyAuditChain } from "../modules/audit/verify-audit-chain.ts";
import { seedDemo } from "../modules/demo/seed-demo.ts";
import { AppError, validationFailed } from "../server/errors.ts";
import { fieldsOfIssues } from "../server/field-formats.ts";
import { openContext } from "./open-context.ts";
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
  .description("load data")
  .requiredOption("--demo", "the demo catalogue and one account per role")
  .action(() =>
    withContext(async (ctx) => {
      const result = await seedDemo(ctx, (step) => process.stdout.write(`  ${step}…\n`));
      if (result.isSeeded) printDemoAccounts(result.accounts);
      else console.log("Demo data is already present; nothing done.");
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
  .action((options) =>
    withContext(async (ctx) => {
      const password = options.password ?? randomBytes(12).toString("base64url");
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
      if (!options.password) console.log(`Initial password: ${password}`);
    }),
  );

const audit = program.command("audit").description("audit log");
audit
  .command("verify")
  .description("check the hash chain of the audit log; exits 1 if a row was altered or deleted")
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
    }),
  );

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
