import { Alert } from "@mantine/core";
import { describeError } from "../lib/describe-error.ts";
import { useT } from "../lib/i18n/index.tsx";

/** The reason a request failed, announced to screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert color="danger" variant="light" title={title ?? t("error.title")} role="alert">
      {describeError(error, t)}
    </Alert>
  );
}
