import { Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useMe } from "../auth/api.ts";
import { canAuthorReferentials } from "../auth/policy.ts";
import { AdoptionsTable } from "./adoptions-table.tsx";
import { ImportCaseButton } from "./import-case-button.tsx";
import { NewDraftButton } from "./new-draft-button.tsx";
import { RecordAdoptionButton } from "./record-adoption-button.tsx";
import { VersionsTable } from "./versions-table.tsx";

/** The "Référentiel" part of a CQPI's page: its versions, and the branches that adopted them. */
export function ReferentialSection({ code, title }: { code: string; title: string }) {
  const t = useT();
  const { data: me } = useMe();
  const isAuthor = canAuthorReferentials(me);
  const [createError, setCreateError] = useState<unknown>(null);

  return (
    <Stack gap="lg" component="section" aria-labelledby="referential-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="referential-title">
          {t("referential.title")}
        </Title>
        <Text c="dimmed">{t("referential.intro")}</Text>
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("versions.title")}
        </Title>
        {isAuthor && (
          <Group gap="xs">
            <NewDraftButton code={code} onError={setCreateError} />
            <ImportCaseButton code={code} />
          </Group>
        )}
        <ErrorAlert error={createError} />
        <VersionsTable code={code} title={title} canEdit={isAuthor} />
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("adoptions.title")}
        </Title>
        <Group>
          <RecordAdoptionButton code={code} />
        </Group>
        <AdoptionsTable code={code} title={title} />
      </Stack>
    </Stack>
  );
}
