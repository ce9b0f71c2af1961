import { Button, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useJuryAccounts } from "./api.ts";
import { collegeKeys, presenceKeys, seatKeys } from "./labels.ts";
import { MembersEditor } from "./members-editor.tsx";
import { canEditComposition } from "./session-abilities.ts";
import type { JuryMember, JurySessionDetail } from "./types.ts";

interface MembersSectionProps {
  session: JurySessionDetail;
  onNotice: (notice: string) => void;
}

/** Who sits, for which college and organisation, in which seat, and whether they attend. */
export function MembersSection({ session, onNotice }: MembersSectionProps) {
  const t = useT();
  const [isComposing, setIsComposing] = useState(false);
  const canCompose = canEditComposition(session);
  const accounts = useJuryAccounts(isComposing).data?.items ?? [];
  const nameOf = (userId: number | null) =>
    session.members.find((member) => member.userId === userId)?.displayName ?? "—";

  const columns: Column<JuryMember>[] = [
    {
      key: "name",
      header: t("members.name"),
      render: (member) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {member.displayName}
          </Text>
          <Text size="sm">{member.organisation}</Text>
        </Stack>
      ),
    },
    { key: "college", header: t("members.college"), render: (member) => t(collegeKeys[member.college]) },
    { key: "seat", header: t("members.seat"), render: (member) => t(seatKeys[member.seat]) },
    {
      key: "presence",
      header: t("members.presence"),
      render: (member) =>
        member.presence === null ? (
          t("presence.notRecorded")
        ) : (
          <Stack gap={0}>
            <Text size="sm">{t(presenceKeys[member.presence])}</Text>
            {member.presence === "represented" && (
              <Text size="sm">{t("members.proxy", { name: nameOf(member.proxyUserId) })}</Text>
            )}
          </Stack>
        ),
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="members-title">
      <Title order={2} size="h3" id="members-title">
        {t("members.title")}
      </Title>
      {canCompose && (
        <div>
          <Button variant="default" onClick={() => setIsComposing(true)}>
            {t("members.compose")}
          </Button>
        </div>
      )}
      <DataTable
        caption={t("members.caption")}
        columns={columns}
        rows={session.members}
        rowKey={(member) => member.userId}
        emptyText={t("members.empty")}
        minWidth={600}
      />
      <Dialog
        opened={isComposing}
        onClose={() => setIsComposing(false)}
        title={t("members.compose")}
        size="xl"
      >
        <MembersEditor
          session={session}
          accounts={accounts}
          onCancel={() => setIsComposing(false)}
          onDone={(notice) => {
            setIsComposing(false);
            onNotice(notice);
          }}
        />
      </Dialog>
    </Stack>
  );
}
