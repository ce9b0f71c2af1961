import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdfQrCode as readQrCode } from "../../../test/read-pdf-qr-code.ts";
import { type CertificatePdfInput, renderCertificatePdf } from "./certificate-pdf.ts";

const run = promisify(execFile);
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "cqpi-certificate-pdf-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const input: CertificatePdfInput = {
  number: "UIMM-2026-48217365-8",
  holder: { givenNames: "Zoé Anaïs", familyName: "Nguyễn-Lefèvre" },
  qualification: { code: "CEI", title: "Conducteur d'équipements industriels" },
  branchName: "Métallurgie",
  kind: "partial",
  blocks: [{ code: "B1", title: "Préparer la production" }],
  awardedOn: "2026-03-02",
  jurySessionId: 12,
  issuerName: "Comité CQPI",
  verificationUrl: "https://cqpi.example.org/verification/UIMM-2026-48217365-8?jeton=Abc-123_xyz",
  isRevoked: false,
};

describe("the certificate PDF", () => {
  it("holds the holder's accented name, the CQPI, the blocs acquired and the number as text", async () => {
    const pdf = await renderCertificatePdf(input);
    const file = path.join(folder, "text.pdf");
    await writeFile(file, pdf);
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    const text = stdout.replace(/\s+/g, " ");
    expect(text).toContain("Zoé Anaïs Nguyễn-Lefèvre");
    expect(text).toContain("UIMM-2026-48217365-8");
    expect(text).toContain("Conducteur d'équipements industriels");
    expect(text).toContain("B1 — Préparer la production");
    expect(text).toContain("2 mars 2026");
    expect(text).toContain("session n° 12");
  });

  it("carries a QR code that decodes to the public verification page", async () => {
    expect(await readQrCode(await renderCertificatePdf(input))).toBe(input.verificationUrl);
  });

  it("is the same file for the same certificate", async () => {
    expect(
      Buffer.from(await renderCertificatePdf(input)).equals(Buffer.from(await renderCertificatePdf(input))),
    ).toBe(true);
  });
});
