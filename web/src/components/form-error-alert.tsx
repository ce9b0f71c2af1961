import { hasOnlyFieldErrors } from "../lib/describe-error.ts";
import { ErrorAlert } from "./error-alert.tsx";

/** The form-level alert: silent when every message already sits beside its input. */
export function FormErrorAlert({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (!error || hasOnlyFieldErrors(error, fields)) return null;
  return <ErrorAlert error={error} />;
}
