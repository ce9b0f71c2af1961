import type { FastifyRequest } from "fastify";
import { AppError } from "../../server/errors.ts";
import { discardFile, EVIDENCE_MAX_BYTES, type ReceivedFile, receiveFile } from "./evidence-store.ts";

/**
 * How an upload form is parsed, for every route that takes one (evidence, documents): one file of at
 * most EVIDENCE_MAX_BYTES and a few short fields. Over the size limit the stream is cut and flagged
 * rather than failed, so that the refusal is the platform's own, with its code.
 */
export const uploadFormParsing = {
  throwFileSizeLimit: false,
  limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, fieldSize: 1000, parts: 5 },
} as const;

/** The refusals of one form, in its module's words. */
export interface UploadFormRefusals {
  notMultipart: () => AppError;
  /** A part the form does not have (a field not named, a file under another name). */
  unknownPart: (name: string) => AppError;
  secondFile: () => AppError;
  /** A body the parser could not read. */
  malformed: (message: string) => AppError;
}

export interface UploadForm {
  file: ReceivedFile | null;
  /** The text fields named by the form that were sent, as sent. */
  values: Record<string, string>;
}

/**
 * Reads an upload form: its `file` part streamed to a temporary file (never held in memory) and the text
 * fields named, in any order. What the client got wrong is refused in the form's words; a failure of the
 * server's own (a full disk) is thrown as it is. Whatever fails leaves no file behind.
 */
export async function readUploadForm(
  req: FastifyRequest,
  form: { dataDir: string; fields: readonly string[]; refusals: UploadFormRefusals },
): Promise<UploadForm> {
  const { refusals } = form;
  if (!req.isMultipart()) throw refusals.notMultipart();
  let file: ReceivedFile | null = null;
  const values: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === "file" && part.fieldname === "file" && !file) {
        file = await receiveFile(form.dataDir, part.file, part.filename);
      } else if (part.type === "field" && form.fields.includes(part.fieldname)) {
        values[part.fieldname] = String(part.value);
      } else {
        if (part.type === "file") part.file.resume();
        throw part.type === "file" && part.fieldname === "file"
          ? refusals.secondFile()
          : refusals.unknownPart(part.fieldname);
      }
    }
  } catch (error) {
    if (file) await discardFile(file.tempPath);
    if (codeOf(error) === "FST_FILES_LIMIT") throw refusals.secondFile();
    throw isBodyError(error) ? refusals.malformed((error as Error).message) : error;
  }
  return { file, values };
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Whether reading the form failed because of the body the client sent (the parser's refusals, which
 * carry no code or a multipart one) rather than of the server (a full disk: a system error code).
 */
function isBodyError(error: unknown): boolean {
  if (error instanceof AppError || !(error instanceof Error)) return false;
  const code = codeOf(error);
  return code === undefined || (typeof code === "string" && code.startsWith("FST_"));
}
