import { Anchor, Button, FileInput, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { useVerifyCredential } from "../features/certificates/api.ts";
import { parseCredentialText } from "../features/certificates/credential-text.ts";
import { certificateVerificationPagePath, verificationPagePath } from "../features/certificates/paths.ts";
import { VerdictAlert } from "../features/certificates/verdict-alert.tsx";
import { useT } from "../lib/i18n/index.tsx";

const problemKeys = {
  empty: "verifyCredential.problem.empty",
  notJson: "verifyCredential.problem.notJson",
  notObject: "verifyCredential.problem.notObject",
} as const;

/**
 * "Vérifier une attestation", without an account: a signed credential (JSON) pasted or uploaded, checked by
 * the platform against its own keys and revocation lists — nothing is fetched from elsewhere.
 */
export function VerifyCredentialPage() {
  const t = useT();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<"empty" | "notJson" | "notObject" | null>(null);
  const verify = useVerifyCredential();

  const readFile = async (file: File | null) => {
    verify.reset();
    setProblem(null);
    setText(file ? await file.text() : "");
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCredentialText(text);
    if ("problem" in parsed) {
      verify.reset();
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    verify.mutate(parsed.credential);
  };
  const result = verify.data;

  return (
    <Stack gap="md" maw={860}>
      <PageHeader title={t("verifyCredential.title")} description={t("verifyCredential.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <FileInput
            label={t("verifyCredential.file")}
            description={t("verifyCredential.fileHelp")}
            accept="application/json,.json"
            clearable
            onChange={(file) => void readFile(file)}
          />
          <Textarea
            label={t("verifyCredential.text")}
            description={t("verifyCredential.textHelp")}
            autosize
            minRows={6}
            maxRows={16}
            styles={{ input: { fontFamily: "monospace", fontSize: 13 } }}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem ? t(problemKeys[problem]) : undefined}
          />
          <div>
            <Button type="submit" loading={verify.isPending}>
              {t("verifyCredential.submit")}
            </Button>
          </div>
        </Stack>
      </form>
      <ErrorAlert error={verify.error} />
      {result && (
        <VerdictAlert verdict={result.verdict}>
          {result.certificateNumber && (
            <Anchor component={Link} to={certificateVerificationPagePath(result.certificateNumber)} size="sm">
              {t("verifyCredential.openCertificate", { number: result.certificateNumber })} →
            </Anchor>
          )}
        </VerdictAlert>
      )}
      <Text size="sm">
        <Anchor component={Link} to={verificationPagePath}>
          {t("verifyCredential.byNumber")}
        </Anchor>
      </Text>
    </Stack>
  );
}
