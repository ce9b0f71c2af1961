import { Button, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../components/page-header.tsx";
import { CredentialInvite } from "../features/certificates/credential-invite.tsx";
import { certificateVerificationPagePath } from "../features/certificates/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

/** Anyone, without an account: a certificate's number and its holder's family name lead to its public page. */
export function VerificationPage() {
  const t = useT();
  const navigate = useNavigate();
  const [number, setNumber] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [isNumberMissing, setIsNumberMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = number.trim().toUpperCase();
    if (!typed) {
      setIsNumberMissing(true);
      return;
    }
    const nom = familyName.trim();
    navigate(certificateVerificationPagePath(typed, nom ? { nom } : {}));
  };

  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={t("verification.title")} description={t("verification.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("certificate.number")}
            description={t("verification.numberHelp")}
            required
            value={number}
            onChange={(event) => {
              setNumber(event.currentTarget.value);
              setIsNumberMissing(false);
            }}
            error={isNumberMissing ? t("form.required") : undefined}
          />
          <TextInput
            label={t("verification.familyName")}
            description={t("verification.familyNameHelp")}
            value={familyName}
            onChange={(event) => setFamilyName(event.currentTarget.value)}
          />
          <div>
            <Button type="submit">{t("verification.submit")}</Button>
          </div>
        </Stack>
      </form>
      <CredentialInvite />
    </Stack>
  );
}
