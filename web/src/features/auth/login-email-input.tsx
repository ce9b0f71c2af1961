import { TextInput } from "@mantine/core";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";

/** The account's e-mail, as typed at login and when asking for a reset link (the browser fills it in). */
export function LoginEmailInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: unknown;
}) {
  const t = useT();
  return (
    <TextInput
      label={t("login.email")}
      type="email"
      autoComplete="username"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={fieldError(error, "email", t)}
    />
  );
}
