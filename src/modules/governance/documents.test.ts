import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildQualification, signedIn } from "../../test/factories.ts";
import { buildMultipart } from "../../test/multipart.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { evidenceDir } from "../assessments/evidence-store.ts";

let t: TestApp;
let dataDir: string;
beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-documents-"));
  t = await createTestApp({ dataDir, login: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 1000 } });
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
const storedFiles = () =>
  fs.existsSync(evidenceDir(dataDir))
    ? fs.readdirSync(evidenceDir(dataDir), { recursive: true }).filter((f) => String(f).length > 10)
    : [];

async function nationalBodyId(code = "COMITE-CQPI") {
  const list = await t.app.inject({ url: "/api/bodies" });
  return (list.json().items as { id: number; code: string }[]).find((b) => b.code === code)!.id;
}

describe("document libraries", () => {
  it("keeps versions of a body's document, downloads each, and attaches one to a decision", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const bodyId = await nationalBodyId();
    const first = buildMultipart([
      { name: "title", value: "Charte CQPI" },
      { name: "kind", value: "charter" },
      { name: "bodyId", value: String(bodyId) },
      { name: "file", fileName: "charte.pdf", data: pdf("2006"), type: "application/pdf" },
    ]);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { ...admin.headers, ...first.headers },
      payload: first.payload,
    });
    expect(created.statusCode).toBe(201);
    const document = created.json();
    expect(document).toMatchObject({
      bodyId,
      kind: "charter",
      title: "Charte CQPI",
      versions: [{ version: 1 }],
    });

    const second = buildMultipart([{ name: "file", fileName: "charte-2012.pdf", data: pdf("2012") }]);
    const revised = await t.app.inject({
      method: "POST",
      url: `/api/documents/${document.id}/versions`,
      headers: { ...admin.headers, ...second.headers },
      payload: second.payload,
    });
    expect(revised.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const download = await t.app.inject({
      url: `/api/documents/${document.id}/versions/1/file`,
      headers: admin.headers,
    });
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.rawPayload.equals(pdf("2006"))).toBe(true);
    const library = await t.app.inject({ url: `/api/documents?bodyId=${bodyId}`, headers: admin.headers });
    expect(library.json().items).toHaveLength(1);

    const versionId = revised.json().versions[0].id;
    const decision = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${bodyId}/decisions`,
      headers: admin.headers,
      payload: {
        kind: "recognise_correspondence",
        decidedOn: "2026-02-10",
        title: "Note de recommandation",
        votes: { employer: { for: 3, against: 0, abstain: 0 }, employee: { for: 3, against: 0, abstain: 0 } },
        documentVersionIds: [versionId],
      },
    });
    expect(decision.json().documents).toEqual([
      expect.objectContaining({ id: versionId, documentId: document.id, version: 2, title: "Charte CQPI" }),
    ]);
  });

  it("refuses a decision citing another library's document, a file of another kind, and a keeper of another body", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const branch = await buildBranch(t.ctx);
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
    const { code } = await buildQualification(t.ctx);
    const upload = (headers: object, parts: Parameters<typeof buildMultipart>[0]) => {
      const form = buildMultipart(parts);
      return t.app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { ...headers, ...form.headers },
        payload: form.payload,
      });
    };
    const guide = await upload(admin.headers, [
      { name: "title", value: "Guide méthodologique" },
      { name: "kind", value: "methodological_guide" },
      { name: "qualificationCode", value: code },
      { name: "file", fileName: "guide.pdf", data: pdf("guide") },
    ]);
    expect(guide.json()).toMatchObject({ qualificationCode: code, bodyId: null });
    const byCqpi = await t.app.inject({
      url: `/api/documents?qualificationCode=${code}`,
      headers: officer.headers,
    });
    expect(byCqpi.json().items).toHaveLength(1);

    const cited = await t.app.inject({
      method: "POST",
      url: `/api/bodies/${await nationalBodyId()}/decisions`,
      headers: admin.headers,
      payload: {
        kind: "recognise_correspondence",
        decidedOn: "2026-02-10",
        title: "Décision",
        votes: { employer: { for: 1, against: 0, abstain: 0 }, employee: { for: 1, against: 0, abstain: 0 } },
        documentVersionIds: [guide.json().versions[0].id],
      },
    });
    expect(cited.json().error.fields["documentVersionIds.0"].code).toBe("NOT_IN_LIBRARY");

    const before = storedFiles().length;
    const script = await upload(admin.headers, [
      { name: "title", value: "Procès-verbal" },
      { name: "kind", value: "minutes" },
      { name: "bodyId", value: String(await nationalBodyId()) },
      { name: "file", fileName: "pv.pdf", data: Buffer.from("<script>alert(1)</script>") },
    ]);
    expect(script.json().error.fields.file.code).toBe("FILE_TYPE_NOT_ALLOWED");
    const noKind = await upload(admin.headers, [
      { name: "title", value: "Procès-verbal" },
      { name: "bodyId", value: String(await nationalBodyId()) },
      { name: "file", fileName: "pv.pdf", data: pdf("pv") },
    ]);
    expect(noKind.json().error.fields.kind.code).toBe("REQUIRED");
    const notTheirs = await upload(officer.headers, [
      { name: "title", value: "Procès-verbal" },
      { name: "kind", value: "minutes" },
      { name: "bodyId", value: String(await nationalBodyId()) },
      { name: "file", fileName: "pv.pdf", data: pdf("pv") },
    ]);
    expect(notTheirs.json().error.code).toBe("NOT_YOUR_BODY");
    const cqpiLibrary = await upload(officer.headers, [
      { name: "title", value: "Note" },
      { name: "kind", value: "recommendation_note" },
      { name: "qualificationCode", value: code },
      { name: "file", fileName: "note.pdf", data: pdf("note") },
    ]);
    expect(cqpiLibrary.json().error.code).toBe("NOT_YOUR_BODY");
    expect(storedFiles().length).toBe(before);
  });
  it("refuses a new document that names no library, or two, keeping neither row nor file", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const { code } = await buildQualification(t.ctx);
    const upload = (library: Parameters<typeof buildMultipart>[0]) => {
      const form = buildMultipart([
        { name: "title", value: "Note" },
        { name: "kind", value: "recommendation_note" },
        ...library,
        { name: "file", fileName: "note.pdf", data: pdf("note") },
      ]);
      return t.app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { ...admin.headers, ...form.headers },
        payload: form.payload,
      });
    };
    const neither = await upload([]);
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.fields.bodyId.code).toBe("REQUIRED");
    const both = await upload([
      { name: "bodyId", value: String(await nationalBodyId()) },
      { name: "qualificationCode", value: code },
    ]);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields.bodyId.code).toBe("REQUIRED");
    expect(storedFiles()).toEqual([]);
    const library = await t.app.inject({
      url: `/api/documents?qualificationCode=${code}`,
      headers: admin.headers,
    });
    expect(library.json().items).toEqual([]);
  });

  it("refuses a second file and a part the form does not have, keeping no file of either", async () => {
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const bodyId = String(await nationalBodyId());
    const send = async (parts: Parameters<typeof buildMultipart>[0]) => {
      const form = buildMultipart([
        { name: "title", value: "Note" },
        { name: "kind", value: "recommendation_note" },
        { name: "bodyId", value: bodyId },
        { name: "file", fileName: "note.pdf", data: pdf("note") },
        ...parts,
      ]);
      const response = await t.app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { ...admin.headers, ...form.headers },
        payload: form.payload,
      });
      return [response.statusCode, response.json().error.code, response.json().error.message];
    };
    expect(await send([{ name: "file", fileName: "autre.pdf", data: pdf("autre") }])).toEqual([
      400,
      "DOCUMENT_FORM_INVALID",
      "file: one file per document version",
    ]);
    expect(await send([{ name: "author", value: "Quelqu'un" }])).toEqual([
      400,
      "DOCUMENT_FORM_INVALID",
      "author: not a part of this form",
    ]);
    expect(storedFiles()).toEqual([]);
  });
});
