import { Button, Paper, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { FormErrorAlert } from "../components/form-error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useLogin, useMe } from "../features/auth/api.ts";
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
          <FormErrorAlert error={login.error} fields={fields} />
          <TextInput
            label={t("login.email")}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(login.error, "email", t)}
          />
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
        </Stack>
      </form>
    </Paper>
  );
}
