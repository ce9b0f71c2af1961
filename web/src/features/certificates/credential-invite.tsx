import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { useT } from "../../lib/i18n/index.tsx";
import { verifyCredentialPagePath } from "./paths.ts";

/** The way from a number lookup to "vérifier une attestation", for whoever holds the JSON file. */
export function CredentialInvite() {
  const t = useT();
  return (
    <Text size="sm">
      {t("verification.credentialInvite")}{" "}
      <Anchor component={Link} to={verifyCredentialPagePath}>
        {t("verifyCredential.title")}
      </Anchor>
    </Text>
  );
}
