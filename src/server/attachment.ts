import type { FastifyReply } from "fastify";

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987), for downloads. */
export function attachment(fileName: string) {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987 does not allow in a value.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file as a download, with its type, length and name. */
export function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; sizeBytes: number; stream: NodeJS.ReadableStream },
) {
  return reply
    .type(file.contentType)
    .header("content-length", file.sizeBytes)
    .header("content-disposition", attachment(file.fileName))
    .send(file.stream);
}
