import { execFile, spawn } from "node:child_process";
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
  return cqpiWith({}, ...args);
}

async function cqpiWith(settings: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, CQPI_DATA_DIR: dataDir, DATABASE_URL: "", ...settings };
  try {
    const { stdout, stderr } = await run("node", ["bin/cqpi.js", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts `cqpi serve`, waits for the lines it prints once listening, then stops it. */
function firstLinesOfServe(settings: Record<string, string>): Promise<string> {
  const env = { ...process.env, CQPI_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "error", ...settings };
  const child = spawn("node", ["bin/cqpi.js", "serve"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
      if (output.includes("Stop with Ctrl+C")) child.kill("SIGTERM");
    });
    child.on("error", reject);
    child.on("exit", () => resolve(output));
  });
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-cli-"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("cqpi seed --volume", () => {
  it("writes a synthetic history with a progress line per tenth when stderr is not a terminal", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-cli-volume-"));
    try {
      const seeded = await cqpiWith({ CQPI_DATA_DIR: dir }, "seed", "--volume", "300");
      expect(seeded.code, seeded.stderr).toBe(0);
      expect(seeded.stdout).toMatch(/^300 certificates in [\d.]+ s: \d+ full/m);
      expect(seeded.stderr).toMatch(/\[#{30}\] 300\/300/);
      expect(seeded.stderr).not.toContain("\r");
      const db = new SQLite(path.join(dir, "cqpi.sqlite"), { readonly: true });
      const row = db.prepare("SELECT count(*) AS n FROM award_facts WHERE awarded_on < '2022-01-01'").get();
      db.close();
      expect(row).toEqual({ n: 300 });
      expect((await cqpiWith({ CQPI_DATA_DIR: dir }, "seed", "--volume", "0")).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("cqpi command", () => {
  it("migrates, seeds the demo once, creates users and verifies the audit chain", async () => {
    expect((await cqpi("migrate")).stdout).toContain(`schema version ${latestMigrationName()}`);

    const seeded = await cqpi("seed", "--demo");
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain("admin@demo.example");
    expect((await cqpi("seed", "--demo")).stdout).toContain("already present");
    expect(fs.existsSync(path.join(dataDir, "issuer-keys.json")), "the demo's signing key").toBe(true);

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

    const invited = await cqpi(
      "user",
      "create",
      "--email",
      "invited@x.example",
      "--role",
      "evaluator",
      "--invite",
    );
    expect(invited.stdout).toContain("Invitation link e-mailed to invited@x.example");
    expect(invited.stdout).not.toContain("Initial password");

    const refused = await cqpi("user", "create", "--email", "x@x.example", "--role", "employer");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("companyId: required for employer");

    const verified = await cqpi("audit", "verify");
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit log intact: \d+ events checked/);
    // Four child processes, each loading the platform: on a loaded machine this takes longer than 20 s.
  }, 180_000);

  it("serves the demo on 127.0.0.1 only unless HOST is set, and says so", async () => {
    const output = await firstLinesOfServe({ PORT: "0" });
    expect(output).toMatch(/CQPI platform on http:\/\/127\.0\.0\.1:\d+ \(database: sqlite\)/);
    expect(output).toContain("listening on 127.0.0.1 only; set HOST");
    expect(output).toContain(`remove the data folder ${dataDir}`);
    const opened = await firstLinesOfServe({ PORT: "0", HOST: "0.0.0.0" });
    expect(opened).toContain("listening on 0.0.0.0, as HOST says");
  }, 120_000);

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

  it("generates the issuer key into the configured key file, refuses a second, rotates it, signs checkpoints", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-cli-keys-"));
    const keyFile = path.join(folder, "secrets", "keys.json");
    const settings = { CQPI_DATA_DIR: folder, CQPI_KEY_FILE: keyFile };
    try {
      const early = await cqpiWith(settings, "keys", "rotate");
      expect(early.code).toBe(2);
      expect(early.stderr).toContain("ISSUER_KEY_MISSING");
      const generated = await cqpiWith(settings, "keys", "generate");
      expect(generated.code, generated.stderr).toBe(0);
      expect(generated.stdout).toMatch(/Signing key did:web:localhost%3A3000#z6Mk\w+/);
      expect(generated.stdout).toContain(keyFile);
      expect(JSON.parse(fs.readFileSync(keyFile, "utf8")).keys).toHaveLength(1);
      expect((await cqpiWith(settings, "keys", "generate")).stderr).toContain("ISSUER_KEY_EXISTS");
      const rotated = await cqpiWith(settings, "keys", "rotate");
      expect(rotated.code).toBe(0);
      expect(rotated.stdout).toContain("Retired key z6Mk");
      expect(JSON.parse(fs.readFileSync(keyFile, "utf8")).keys).toHaveLength(2);
      const checkpoint = await cqpiWith(settings, "audit", "checkpoint");
      expect(checkpoint.stdout).toMatch(/Checkpoint at event \d+ signed/);
      expect(fs.existsSync(path.join(folder, "audit-checkpoints.jsonl"))).toBe(true);
      expect((await cqpiWith(settings, "audit", "verify")).stdout).toContain(
        "Signed checkpoints hold: 1 checked",
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it("re-runs a closed session's issuance, issuing only what is missing, in plain lines off a terminal", async () => {
    const db = new SQLite(path.join(dataDir, "cqpi.sqlite"));
    const { sessionId, number } = db
      .prepare("SELECT jury_session_id AS sessionId, number FROM certificates ORDER BY id LIMIT 1")
      .get() as { sessionId: number; number: string };
    const awards = (
      db.prepare("SELECT count(*) AS n FROM certificates WHERE jury_session_id = ?").get(sessionId) as {
        n: number;
      }
    ).n;
    // The certificate goes with the statistics facts recorded in its issuance, as a failed issuance leaves neither.
    for (const facts of ["award_capacity_facts", "award_facts"])
      db.prepare(
        `DELETE FROM ${facts} WHERE certificate_id = (SELECT id FROM certificates WHERE number = ?)`,
      ).run(number);
    db.prepare("DELETE FROM certificates WHERE number = ?").run(number);
    const open = db.prepare("SELECT id FROM jury_sessions WHERE status <> 'closed' LIMIT 1").get() as {
      id: number;
    };
    db.close();

    const rerun = await cqpi("certificates", "issue", "--session", String(sessionId));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`^1/${awards} decision \\d+: issued [A-Z0-9-]+$`, "m"));
    expect(rerun.stdout).toContain(
      `Session ${sessionId}: ${awards} awards, 1 issued, ${awards - 1} already issued, 0 failed.`,
    );
    expect(rerun.stdout).not.toContain("\r");
    const again = await cqpi("certificates", "issue", "--session", String(sessionId));
    expect(again.stdout).toContain(`0 issued, ${awards} already issued`);

    const early = await cqpi("certificates", "issue", "--session", String(open.id));
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("JURY_SESSION_NOT_CLOSED");
    expect((await cqpi("certificates", "issue", "--session", "x")).code).toBe(2);
  }, 120_000);
});
