import { Alert, Anchor, Button, Paper, PasswordInput, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { FormErrorAlert } from "../components/form-error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useConfirmPasswordReset } from "../features/auth/api.ts";
import { loginAfterPasswordSetPath, passwordForgottenPagePath } from "../features/auth/paths.ts";
import { fieldError } from "../lib/describe-error.ts";
import { useT } from "../lib/i18n/index.tsx";

const fields = ["password"] as const;

/** The link's secret, read from the address's fragment (never sent to the server with the page). */
function tokenOf(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** Choose a password from a one-time link: an invitation to a new account, or a reset. */
export function PasswordSetPage() {
  const t = useT();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const token = tokenOf(hash);
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState("");
  const [repeated, setRepeated] = useState("");
  const [isMismatch, setIsMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeated) {
      setIsMismatch(true);
      return;
    }
    setIsMismatch(false);
    confirm.mutate(
      { token, password },
      { onSuccess: () => navigate(loginAfterPasswordSetPath, { replace: true }) },
    );
  };

  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <PageHeader title={t("passwordSet.title")} description={t("passwordSet.intro")} />
      {token ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert error={confirm.error} fields={fields} />
            <PasswordInput
              label={t("passwordSet.password")}
              description={t("passwordSet.passwordHelp")}
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(confirm.error, "password", t)}
            />
            <PasswordInput
              label={t("passwordSet.repeat")}
              autoComplete="new-password"
              required
              value={repeated}
              onChange={(event) => setRepeated(event.currentTarget.value)}
              error={isMismatch ? t("passwordSet.mismatch") : undefined}
            />
            <Button type="submit" loading={confirm.isPending}>
              {t("passwordSet.submit")}
            </Button>
            <Anchor component={Link} to={passwordForgottenPagePath} size="sm">
              {t("passwordSet.askAgain")}
            </Anchor>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Alert color="warning" variant="light" title={t("passwordSet.noTokenTitle")}>
            {t("passwordSet.noToken")}
          </Alert>
          <Anchor component={Link} to={passwordForgottenPagePath}>
            {t("passwordSet.askAgain")}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
