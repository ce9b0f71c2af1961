import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildCompany, buildPathway, closeBooklet, signedIn } from "../../test/factories.ts";
import { fieldCodes } from "../../test/field-codes.ts";
import { buildMultipart } from "../../test/multipart.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { createAssessment } from "./create-assessment.ts";
import { EVIDENCE_MAX_BYTES, evidenceDir, evidencePath } from "./evidence-store.ts";
import { getAssessment } from "./read-assessments.ts";
import { saveEntries } from "./save-entries.ts";
import { submitBooklet } from "./submit-booklet.ts";

let t: TestApp;
let dataDir: string;
let candidate: Awaited<ReturnType<typeof signedIn>>;
let evaluator: Awaited<ReturnType<typeof signedIn>>;
let companyId: number;
let bookletId: number;
let pathwayId: number;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-evidence-"));
  t = await createTestApp({ dataDir, login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
  const branchCode = (await buildBranch(t.ctx)).code;
  companyId = (await buildCompany(t.ctx, { branchCode })).id;
  candidate = await signedIn(t.app, t.ctx, { role: "candidate" });
  evaluator = await signedIn(t.app, t.ctx, { role: "evaluator" });
  const pathway = await buildPathway(t.ctx, {
    branchCode,
    candidate: { companyId, userId: candidate.user.id },
    evaluatorUserId: evaluator.user.id,
  });
  pathwayId = pathway.id;
  const input = { method: "booklet" as const, heldOn: "2026-03-02" };
  bookletId = (await createAssessment(t.ctx, { caller: platform, pathwayId, input })).id;
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const pdf = (size = 64) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 0x20)]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0]);

function upload(
  file: { fileName: string; data: Buffer; type?: string } | null,
  options: { headers?: Record<string, string>; capacityCode?: string; assessmentId?: number } = {},
) {
  const body = buildMultipart([
    ...(options.capacityCode ? [{ name: "capacityCode", value: options.capacityCode }] : []),
    ...(file ? [{ name: "file", ...file }] : [{ name: "note", value: "no file" }]),
  ]);
  return t.app.inject({
    method: "POST",
    url: `/api/assessments/${options.assessmentId ?? bookletId}/evidence`,
    headers: { ...(options.headers ?? candidate.headers), ...body.headers },
    payload: body.payload,
  });
}

/** Every file under the evidence folder (temporary ones included). */
const storedFiles = () =>
  fs.existsSync(evidenceDir(dataDir))
    ? (fs.readdirSync(evidenceDir(dataDir), { recursive: true }) as string[]).filter((f) =>
        fs.statSync(path.join(evidenceDir(dataDir), f)).isFile(),
      )
    : [];
const evidenceRows = () => t.ctx.db.selectFrom("evidence_files").selectAll().execute();

describe("evidence files", () => {
  it("are recognised by their bytes and stored outside the database with their size and SHA-256", async () => {
    const image = await upload({ fileName: "piece.bin", data: png, type: "application/octet-stream" });
    expect(image.statusCode, image.body).toBe(201);
    expect(image.json()).toMatchObject({
      contentType: "image/png",
      sizeBytes: png.length,
      capacityCode: null,
    });
    const docx = await upload({ fileName: "Procédure.DOCX", data: zip }, { capacityCode: "C2" });
    expect(docx.json()).toMatchObject({
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      capacityCode: "C2",
    });
    const [row] = await t.ctx.db
      .selectFrom("evidence_files")
      .selectAll()
      .where("id", "=", image.json().id)
      .execute();
    const onDisk = fs.readFileSync(evidencePath(dataDir, row!.storage_key));
    expect(onDisk.equals(png)).toBe(true);
    expect(row!.sha256).toBe(createHash("sha256").update(png).digest("hex"));
    expect(path.basename(path.dirname(evidencePath(dataDir, row!.storage_key)))).toBe(
      row!.storage_key.slice(0, 2),
    );
    expect(storedFiles()).toHaveLength(2);
  });

  it("accepts a file of exactly the limit and refuses one byte more, leaving no row and no file", async () => {
    expect((await upload({ fileName: "gros.pdf", data: pdf(EVIDENCE_MAX_BYTES) })).statusCode).toBe(201);
    await t.ctx.db.deleteFrom("evidence_files").execute();
    fs.rmSync(evidenceDir(dataDir), { recursive: true });

    const response = await upload({ fileName: "trop-gros.pdf", data: pdf(EVIDENCE_MAX_BYTES + 1) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "EVIDENCE_TOO_LARGE",
      fields: { file: { code: "FILE_TOO_LARGE", params: { maxBytes: EVIDENCE_MAX_BYTES } } },
    });
    expect(await evidenceRows()).toEqual([]);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses a forbidden type whatever its name or declared type, leaving no row and no file", async () => {
    const executable = Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00", "latin1");
    for (const file of [
      { fileName: "rapport.pdf", data: executable, type: "application/pdf" },
      { fileName: "archive.zip", data: zip, type: "application/zip" },
      { fileName: "notes.txt", data: Buffer.from("Bonjour"), type: "text/plain" },
    ]) {
      const response = await upload(file);
      expect(response.statusCode, file.fileName).toBe(400);
      expect(response.json().error.code).toBe("EVIDENCE_TYPE_NOT_ALLOWED");
    }
    expect(await evidenceRows()).toEqual([]);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses a form without a file, a capacity the assessment does not cover, and a JSON body", async () => {
    expect(fieldCodes((await upload(null)).json().error)).toEqual({ note: "UNKNOWN_FIELD" });
    const twoFiles = buildMultipart([
      { name: "file", fileName: "a.pdf", data: pdf() },
      { name: "file", fileName: "b.pdf", data: pdf() },
    ]);
    const both = await t.app.inject({
      method: "POST",
      url: `/api/assessments/${bookletId}/evidence`,
      headers: { ...candidate.headers, ...twoFiles.headers },
      payload: twoFiles.payload,
    });
    expect(fieldCodes(both.json().error)).toEqual({ file: "ONE_FILE_ONLY" });
    const uncovered = await upload({ fileName: "a.pdf", data: pdf() }, { capacityCode: "C3" });
    expect(uncovered.json().error.fields).toMatchObject({
      capacityCode: { code: "CAPACITY_NOT_COVERED", params: { capacity: "C3" } },
    });
    const json = await t.app.inject({
      method: "POST",
      url: `/api/assessments/${bookletId}/evidence`,
      headers: candidate.headers,
      payload: { file: "%PDF-" },
    });
    expect(json.statusCode).toBe(415);
    expect(await evidenceRows()).toEqual([]);
    expect(storedFiles()).toEqual([]);
  });

  it("are the evaluator's on a questioning, and refused on a closed assessment", async () => {
    const questioning = await createAssessment(t.ctx, {
      caller: platform,
      pathwayId: pathwayId,
      input: { method: "questioning", heldOn: "2026-03-02" },
    });
    const file = { fileName: "a.pdf", data: pdf() };
    expect((await upload(file, { assessmentId: questioning.id })).statusCode).toBe(403);
    expect(
      (await upload(file, { assessmentId: questioning.id, headers: evaluator.headers })).statusCode,
    ).toBe(201);
    await closeBooklet(t.ctx, bookletId);
    const closed = await upload(file);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe("ASSESSMENT_CLOSED");
    expect(storedFiles()).toHaveLength(1);
  });

  it("are downloaded as attachments within the assessment's scope only", async () => {
    const data = pdf();
    const { id } = (await upload({ fileName: "fiche «réglage».pdf", data })).json();
    const download = await t.app.inject({ url: `/api/evidence/${id}`, headers: evaluator.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="fiche _r_glage_.pdf"; filename*=UTF-8''${encodeURIComponent("fiche «réglage».pdf")}`,
    );
    expect(download.rawPayload.equals(data)).toBe(true);
    const otherCandidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    const otherEmployer = await signedIn(t.app, t.ctx, { role: "employer" });
    for (const who of [otherCandidate, otherEmployer]) {
      const response = await t.app.inject({ url: `/api/evidence/${id}`, headers: who.headers });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("EVIDENCE_NOT_FOUND");
    }
    const ownEmployer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
    expect(
      (await t.app.inject({ url: `/api/evidence/${id}`, headers: ownEmployer.headers })).statusCode,
    ).toBe(200);
  });

  it("are kept and downloaded under the extension of their type, without bidirectional tricks", async () => {
    const sent = await upload({ fileName: "fiche\u202Elmth.html", data: pdf(), type: "text/html" });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().fileName).toBe("fichelmth.pdf");
    const download = await t.app.inject({
      url: `/api/evidence/${sent.json().id}`,
      headers: evaluator.headers,
    });
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="fichelmth.pdf"; filename*=UTF-8''fichelmth.pdf`,
    );
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["cache-control"]).toBe("no-store");
  });

  it.each([
    ["no boundary", { "content-type": "multipart/form-data" }, "--x\r\n"],
    [
      "a truncated body",
      { "content-type": "multipart/form-data; boundary=abc" },
      '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7',
    ],
    [
      "a malformed part header",
      { "content-type": "multipart/form-data; boundary=abc" },
      "--abc\r\nnonsense\r\n\r\n",
    ],
  ])(
    "refuse a multipart body with %s as MALFORMED_MULTIPART, keeping nothing",
    async (_why, headers, payload) => {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/assessments/${bookletId}/evidence`,
        headers: { ...candidate.headers, ...headers },
        payload,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe("MALFORMED_MULTIPART");
      expect(storedFiles()).toHaveLength(0);
      expect(await t.ctx.db.selectFrom("evidence_files").selectAll().execute()).toHaveLength(0);
    },
  );
});

describe("deleting an evidence file", () => {
  const remove = (id: number, headers = candidate.headers) =>
    t.app.inject({ method: "DELETE", url: `/api/evidence/${id}`, headers });
  const auditActions = async () =>
    (await t.ctx.db.selectFrom("audit_events").select("action").execute()).map((e) => e.action);

  it("is the uploading candidate's while the assessment is open: the row, the file and an audit event", async () => {
    const sent = (await upload({ fileName: "fiche.pdf", data: pdf() })).json();
    expect(sent.uploadedByUserId).toBe(candidate.user.id);
    expect(storedFiles()).toHaveLength(1);
    const deleted = await remove(sent.id);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await evidenceRows()).toEqual([]);
    expect(storedFiles()).toEqual([]);
    expect(await auditActions()).toContain("assessment.remove_evidence");
    const view = (
      await t.app.inject({ url: `/api/assessments/${bookletId}`, headers: candidate.headers })
    ).json();
    expect(view.evidence).toEqual([]);
    expect((await remove(sent.id)).json().error.code).toBe("EVIDENCE_NOT_FOUND");
  });

  it("is refused once the booklet is submitted: the evaluator reads it as it was handed in", async () => {
    const own = (await upload({ fileName: "fiche.pdf", data: pdf() })).json();
    const view = await getAssessment(t.ctx, { caller: platform, assessmentId: bookletId });
    const entries = view.capacityCodes.map((capacityCode) => ({ capacityCode, text: "Mes activités" }));
    const written = await saveEntries(t.ctx, {
      caller: platform,
      assessmentId: bookletId,
      input: { revision: view.revision, entries },
    });
    await submitBooklet(t.ctx, {
      caller: platform,
      assessmentId: bookletId,
      input: { revision: written.revision },
    });
    const refused = await remove(own.id);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, "BOOKLET_SUBMITTED"]);
    expect(await evidenceRows()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it("is refused to anyone else, and once the assessment is closed, keeping the file", async () => {
    const evaluatorFile = (
      await upload({ fileName: "grille.pdf", data: pdf() }, { headers: evaluator.headers })
    ).json();
    const own = (await upload({ fileName: "fiche.pdf", data: pdf() })).json();
    const notUploader = await remove(evaluatorFile.id);
    expect([notUploader.statusCode, notUploader.json().error.code]).toEqual([403, "EVIDENCE_NOT_UPLOADER"]);
    expect((await remove(own.id, evaluator.headers)).statusCode).toBe(403);
    const ownEmployer = await signedIn(t.app, t.ctx, { role: "employer", companyId });
    expect((await remove(own.id, ownEmployer.headers)).statusCode).toBe(403);
    const otherCandidate = await signedIn(t.app, t.ctx, { role: "candidate" });
    expect((await remove(own.id, otherCandidate.headers)).json().error.code).toBe("EVIDENCE_NOT_FOUND");
    await closeBooklet(t.ctx, bookletId);
    const closed = await remove(own.id);
    expect([closed.statusCode, closed.json().error.code]).toEqual([409, "ASSESSMENT_CLOSED"]);
    expect(await evidenceRows()).toHaveLength(2);
    expect(storedFiles()).toHaveLength(2);
    expect(await auditActions()).not.toContain("assessment.remove_evidence");
  });
});

describe("uploads left unfinished by a crash", () => {
  it("are removed when the server starts, leaving the recent ones and the kept files", async () => {
    const folder = evidenceDir(dataDir);
    const stale = path.join(folder, ".upload-stale");
    const recent = path.join(folder, ".upload-recent");
    expect((await upload({ fileName: "a.pdf", data: pdf() })).statusCode).toBe(201);
    fs.writeFileSync(stale, "half a file");
    fs.writeFileSync(recent, "being received");
    const anHourAgo = new Date(Date.now() - 61 * 60 * 1000);
    fs.utimesSync(stale, anHourAgo, anHourAgo);
    const restarted = await createTestApp({ dataDir });
    try {
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(recent)).toBe(true);
      expect(storedFiles().filter((name) => !name.startsWith(".upload-"))).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});
