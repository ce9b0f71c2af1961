import { describe, expect, it } from "vitest";
import { cleanFileName, detectEvidenceType, nameForType } from "./evidence-types.ts";

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === "string" ? Buffer.from(v, "latin1") : Buffer.from([v]))));

describe("evidence types", () => {
  it("are recognised by their first bytes, whatever the name", () => {
    expect(detectEvidenceType(bytes("%PDF-1.4"), "scan.jpg")).toBe("application/pdf");
    expect(detectEvidenceType(bytes(0x89, "PNG\r\n\x1a\n"), "x")).toBe("image/png");
    expect(detectEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0), "photo")).toBe("image/jpeg");
    expect(detectEvidenceType(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "photo.webp")).toBe("image/webp");
    expect(detectEvidenceType(bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "), "son.webp")).toBeNull();
    expect(detectEvidenceType(bytes("MZ"), "rapport.pdf")).toBeNull();
    expect(detectEvidenceType(bytes("%PD"), "short.pdf")).toBeNull();
  });

  it("accept a ZIP container only as an office document named as one", () => {
    const zip = bytes("PK", 3, 4, 20, 0);
    expect(detectEvidenceType(zip, "a.xlsx")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(detectEvidenceType(zip, "a.ODS")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect(detectEvidenceType(zip, "a.odt")).toBe("application/vnd.oasis.opendocument.text");
    expect(detectEvidenceType(zip, "a.zip")).toBeNull();
    expect(detectEvidenceType(bytes("PK", 5, 6), "empty.docx")).toBeNull();
    expect(detectEvidenceType(bytes("%PDF-"), "a.docx")).toBe("application/pdf");
  });

  it("keep a clean file name for download", () => {
    expect(cleanFileName('C:\\fakepath\\fiche\u0007 "réglage".pdf')).toBe("fiche réglage.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("  ")).toBe("piece-jointe");
    expect(cleanFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
  });

  it("strip bidirectional controls, so that no name reads backwards", () => {
    expect(cleanFileName("rapport\u202Efdp.exe")).toBe("rapportfdp.exe");
    expect(cleanFileName("a\u2066b\u2069\u200f\u0085c.pdf")).toBe("abc.pdf");
  });

  it.each([
    ["x.html", "application/pdf", "x.pdf"],
    ["rapport", "application/pdf", "rapport.pdf"],
    ["photo.JPG", "image/jpeg", "photo.JPG"],
    ["photo.jpeg", "image/jpeg", "photo.jpeg"],
    ["scan.pdf", "image/png", "scan.png"],
    ["fiche.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "fiche.docx"],
    ["archive.tar.gz", "application/pdf", "archive.tar.pdf"],
  ])("name %s, recognised as %s, is kept as %s", (name, type, kept) => {
    expect(nameForType(name, type)).toBe(kept);
  });
});
