import { Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useRecordAttendance } from "./api.ts";
import {
  attendanceProblem,
  initialAttendance,
  proxyHolders,
  setPresence,
  toAttendanceInput,
} from "./attendance-values.ts";
import { collegeKeys, presenceKeys, seatKeys } from "./labels.ts";
import { type JurySessionDetail, type Presence, presences } from "./types.ts";

interface AttendanceFormProps {
  session: JurySessionDetail;
  onNotice: (notice: string) => void;
}

/**
 * Records who attends: present, represented (with the member of the same college who holds the
 * proxy) or absent. Large choices, one group per member, for a tablet passed around the table.
 */
export function AttendanceForm({ session, onNotice }: AttendanceFormProps) {
  const t = useT();
  const record = useRecordAttendance(session.id);
  const [rows, setRows] = useState(() => initialAttendance(session.members));
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const problem = attendanceProblem(rows);
  const shownProblem = hasTriedToSave ? problem : null;
  const problemOf = (userId: number, field: "presence" | "proxyUserId") =>
    shownProblem?.userId === userId && shownProblem.field === field ? t(shownProblem.key) : undefined;
  const nameOf = (userId: number) =>
    session.members.find((member) => member.userId === userId)?.displayName ?? "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (problem) return;
    record.mutate(toAttendanceInput(rows), { onSuccess: () => onNotice(t("attendance.saved")) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="attendance-title">
      <Title order={2} size="h3" id="attendance-title">
        {t("attendance.title")}
      </Title>
      <Text size="sm">{t("attendance.intro")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={record.error} />
          {rows.map((row) => {
            const member = session.members.find((item) => item.userId === row.userId);
            if (!member) return null;
            return (
              <Paper key={row.userId} withBorder p="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Radio.Group
                    label={member.displayName}
                    description={`${t(collegeKeys[member.college])} — ${t(seatKeys[member.seat])}`}
                    required
                    value={row.presence ?? ""}
                    onChange={(value) =>
                      setRows((current) => setPresence(current, row.userId, value as Presence))
                    }
                    error={problemOf(row.userId, "presence")}
                  >
                    <Group gap="lg" mt={6}>
                      {presences.map((presence) => (
                        <Radio key={presence} value={presence} label={t(presenceKeys[presence])} size="md" />
                      ))}
                    </Group>
                  </Radio.Group>
                  {row.presence === "represented" && (
                    <Select
                      label={t("attendance.proxy")}
                      required
                      data={proxyHolders(rows, row).map((holder) => ({
                        value: String(holder.userId),
                        label: nameOf(holder.userId),
                      }))}
                      value={row.proxyUserId === null ? null : String(row.proxyUserId)}
                      onChange={(value) =>
                        setRows((current) =>
                          current.map((item) =>
                            item.userId === row.userId
                              ? { ...item, proxyUserId: value === null ? null : Number(value) }
                              : item,
                          ),
                        )
                      }
                      nothingFoundMessage={t("common.nothingFound")}
                      error={problemOf(row.userId, "proxyUserId")}
                    />
                  )}
                </SimpleGrid>
              </Paper>
            );
          })}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              {t("attendance.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
