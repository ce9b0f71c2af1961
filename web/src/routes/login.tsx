import { Alert, Anchor, Button, Paper, PasswordInput, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { FormErrorAlert } from "../components/form-error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useLogin, useMe } from "../features/auth/api.ts";
import { LoginEmailInput } from "../features/auth/login-email-input.tsx";
import { passwordForgottenPagePath } from "../features/auth/paths.ts";
import { fieldError } from "../lib/describe-error.ts";
import { useT } from "../lib/i18n/index.tsx";

const fields = ["email", "password"] as const;

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after login. */
function safeNextPath(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const next = safeNextPath(params.get("next"));

  if (me && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <Paper maw={440} mx="auto" mt="xl" p="lg" withBorder>
      <PageHeader title={t("login.title")} description={t("login.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack>
          {params.get("password") === "set" && (
            <Alert color="success" variant="light" role="status">
              {t("login.passwordSet")}
            </Alert>
          )}
          <FormErrorAlert error={login.error} fields={fields} />
          <LoginEmailInput value={email} onChange={setEmail} error={login.error} />
          <PasswordInput
            label={t("login.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError(login.error, "password", t)}
          />
          <Button type="submit" loading={login.isPending}>
            {t("login.submit")}
          </Button>
          <Anchor component={Link} to={passwordForgottenPagePath} size="sm">
            {t("login.forgotten")}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
