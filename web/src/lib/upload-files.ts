import type { MessageKey } from "./i18n/index.tsx";

/**
 * The server's limit for uploaded files (evidence files and library documents are stored alike),
 * checked before sending so that nobody waits for a 10 MiB upload to be refused.
 */
export const maxUploadBytes = 10 * 1024 * 1024;

/** The kinds of files the server accepts (it checks their bytes), offered by the file pickers. */
export const acceptedUploadTypes = "application/pdf,image/png,image/jpeg,image/webp,.docx,.xlsx,.odt,.ods";

/** Why a file cannot be sent, said before sending: none chosen, or over the limit. */
export function uploadProblem(file: { size: number } | null): MessageKey | null {
  if (!file) return "evidence.chooseFile";
  return file.size > maxUploadBytes ? "error.evidenceTooLarge" : null;
}
