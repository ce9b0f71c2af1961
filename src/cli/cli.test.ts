import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMigrationName } from "../db/migrate.ts";

/**
 * Runs the real `cqpi` command in a child process. It always uses an SQLite file in a temporary
 * folder (DATABASE_URL is removed): this checks the commands' wiring and exit codes, while the use
 * cases beneath them are tested on both databases by the other suites.
 */
const run = promisify(execFile);
let dataDir: string;

async function cqpi(...args: string[]) {
  const env = { ...process.env, CQPI_DATA_DIR: dataDir, DATABASE_URL: "" };
  try {
    const { stdout, stderr } = await run("node", ["bin/cqpi.js", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-cli-"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("cqpi command", () => {
  it("migrates, seeds the demo once, creates users and verifies the audit chain", async () => {
    expect((await cqpi("migrate")).stdout).toContain(`schema version ${latestMigrationName()}`);

    const seeded = await cqpi("seed", "--demo");
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain("admin@demo.example");
    expect((await cqpi("seed", "--demo")).stdout).toContain("already present");

    const created = await cqpi(
      "user",
      "create",
      "--email",
      "cpne.leem@x.example",
      "--role",
      "branch_officer",
      "--branch",
      "LEEM",
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(
      /Created branch_officer cpne\.leem@x\.example[\s\S]*Initial password: \S{12,}/,
    );

    const refused = await cqpi("user", "create", "--email", "x@x.example", "--role", "employer");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("companyId: required for employer");

    const verified = await cqpi("audit", "verify");
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit log intact: \d+ events checked/);
    // Four child processes, each loading the platform: on a loaded machine this takes longer than 20 s.
  }, 90_000);

  it("exits 1 and names the event when the audit log was altered", async () => {
    const db = new SQLite(path.join(dataDir, "cqpi.sqlite"));
    db.exec("DROP TRIGGER audit_events_no_update");
    db.prepare("UPDATE audit_events SET entity_id = 'FORGED' WHERE seq = 5").run();
    db.close();
    const verified = await cqpi("audit", "verify");
    expect(verified.code).toBe(1);
    expect(verified.stderr).toContain("BROKEN at event 5 (altered): ");
    expect(verified.stderr).toContain(" FORGED at ");
    expect(verified.stderr).toContain("4 events before it are intact");
  });
});
