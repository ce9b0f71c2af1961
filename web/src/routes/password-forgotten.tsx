import { Alert, Anchor, Button, Paper, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { FormErrorAlert } from "../components/form-error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useRequestPasswordReset } from "../features/auth/api.ts";
import { LoginEmailInput } from "../features/auth/login-email-input.tsx";
import { loginPagePath } from "../features/auth/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

const fields = ["email"] as const;

/** "Mot de passe oublié": asks for a one-time link by e-mail; the answer never says whether the address is known. */
export function PasswordForgottenPage() {
  const t = useT();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };

  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <PageHeader title={t("passwordForgotten.title")} description={t("passwordForgotten.intro")} />
      {request.isSuccess ? (
        <Stack>
          <Alert color="success" variant="light" role="status" title={t("passwordForgotten.sentTitle")}>
            {t("passwordForgotten.sent", { email: request.variables.email })}
          </Alert>
          <Anchor component={Link} to={loginPagePath}>
            {t("passwordForgotten.backToLogin")}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert error={request.error} fields={fields} />
            <LoginEmailInput value={email} onChange={setEmail} error={request.error} />
            <Button type="submit" loading={request.isPending}>
              {t("passwordForgotten.submit")}
            </Button>
            <Anchor component={Link} to={loginPagePath} size="sm">
              {t("passwordForgotten.backToLogin")}
            </Anchor>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
