/**
 * The kinds of evidence file accepted, recognised by their first bytes: a client's declared content
 * type and a file's extension are claims, the bytes are what a browser or office suite will open.
 * Office documents (DOCX, XLSX, ODT, ODS) are ZIP containers, so for them the ZIP signature is checked
 * and the extension tells which one it is.
 */

/** Bytes needed to recognise every accepted kind. */
export const SIGNATURE_BYTES = 12;

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const signatures: { contentType: string; matches: (head: Uint8Array) => boolean }[] = [
  { contentType: "application/pdf", matches: (h) => startsWith(h, ascii("%PDF-")) },
  {
    contentType: "image/png",
    matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { contentType: "image/jpeg", matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  {
    contentType: "image/webp",
    matches: (h) => startsWith(h, ascii("RIFF")) && startsWith(h, ascii("WEBP"), 8),
  },
];

/** A ZIP archive's local file header; an empty archive (PK\5\6) cannot be an office document. */
const isZip = (head: Uint8Array) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]);

const officeTypes: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** The content type to store and serve the file with, or null when it is not an accepted kind. */
/** Every content type an evidence file may have, as downloads declare it. */
export const evidenceContentTypes = (): string[] => [
  ...signatures.map((signature) => signature.contentType),
  ...Object.values(officeTypes),
];

export function detectEvidenceType(head: Uint8Array, fileName: string): string | null {
  const known = signatures.find((s) => s.matches(head));
  if (known) return known.contentType;
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  return isZip(head) ? (officeTypes[extension] ?? null) : null;
}

/** The extensions each accepted type is known by; the first is the one given to a name without one. */
const extensionsByType: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
  ...Object.fromEntries(Object.entries(officeTypes).map(([extension, type]) => [type, [extension]])),
};

/**
 * Control characters (C0, DEL, C1) and the bidirectional controls that make "fdp.exe" look like
 * "exe.pdf" (U+202E and its kin), removed from file names; the quote would end the header's value.
 */
const unsafeInName =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g;

/**
 * The name kept for download: the last path segment, without control or bidirectional characters, at
 * most 200 characters (clients send "C:\\fakepath\\…" or worse).
 */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(unsafeInName, "").trim();
  return (cleaned || "piece-jointe").slice(-200);
}

/**
 * The name with the extension of the type its bytes were recognised as: PDF bytes sent as "x.html"
 * are kept and downloaded as "x.pdf", so that no program opens them as something else.
 */
export function nameForType(fileName: string, contentType: string): string {
  const extensions = extensionsByType[contentType];
  if (!extensions) return fileName;
  const match = fileName.match(/^(.*?)\.([A-Za-z0-9]{1,10})$/);
  if (match && extensions.includes(match[2]!.toLowerCase())) return fileName;
  const stem = (match ? match[1]! : fileName).slice(0, 190) || "piece-jointe";
  return `${stem}.${extensions[0]}`;
}
