import { next } from "./factories.ts";

/** A multipart/form-data body, as a browser sends a form with a file. */
export function buildMultipart(
  parts: (
    | { name: string; value: string }
    | { name: string; fileName: string; data: Buffer; type?: string }
  )[],
) {
  const boundary = `----cqpi${next()}`;
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      "value" in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
            `Content-Type: ${part.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
    ...("data" in part ? [part.data, Buffer.from("\r\n")] : []),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
