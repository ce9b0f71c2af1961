import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useComposeMembers } from "./api.ts";
import { collegeKeys, seatKeys } from "./labels.ts";
import { type JuryAccountOption, MemberAccountSelect } from "./member-account-select.tsx";
import {
  hasMemberProblems,
  initialMemberRows,
  type MemberRow,
  memberProblems,
  newMemberRow,
  toMembersInput,
} from "./members-values.ts";
import { type JuryCollege, type JurySeat, type JurySessionDetail, juryColleges, jurySeats } from "./types.ts";

interface MembersEditorProps {
  session: JurySessionDetail;
  accounts: JuryAccountOption[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** Composes the jury: each member's account, college, organisation and seat. */
export function MembersEditor({ session, accounts, onDone, onCancel }: MembersEditorProps) {
  const t = useT();
  const compose = useComposeMembers(session.id);
  const [rows, setRows] = useState(() => initialMemberRows(session.members, session.presidingCollege));
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const problems = memberProblems(rows, session.presidingCollege);
  const shown = hasTriedToSave ? problems : { rows: {} };
  // A member seated earlier keeps their name even if their account is no longer listed (deactivated).
  const knownAccounts = [
    ...accounts,
    ...session.members.filter((member) => !accounts.some((account) => account.userId === member.userId)),
  ];
  const update = (key: number, changes: Partial<MemberRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (hasMemberProblems(problems)) return;
    compose.mutate(toMembersInput(rows), { onSuccess: () => onDone(t("members.saved")) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("members.composeIntro")}</Text>
        <ErrorAlert error={compose.error} />
        {rows.map((row, index) => {
          const number = index + 1;
          const rowProblems = shown.rows[row.key] ?? {};
          return (
            <Fieldset
              key={row.key}
              p={{ base: "xs", sm: "md" }}
              legend={
                <Text span fw={700}>
                  {t("members.memberNumber", { number })}
                </Text>
              }
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <MemberAccountSelect
                  label={t("members.account")}
                  value={row.userId}
                  onChange={(userId) => update(row.key, { userId })}
                  accounts={knownAccounts}
                  error={rowProblems.userId && t(rowProblems.userId)}
                />
                <TextInput
                  label={t("members.organisation")}
                  description={t("members.organisationHelp")}
                  required
                  value={row.organisation}
                  onChange={(event) => update(row.key, { organisation: event.currentTarget.value })}
                  error={rowProblems.organisation && t(rowProblems.organisation)}
                />
                <Select
                  label={t("members.college")}
                  required
                  allowDeselect={false}
                  data={juryColleges.map((college) => ({ value: college, label: t(collegeKeys[college]) }))}
                  value={row.college}
                  onChange={(college) => college && update(row.key, { college: college as JuryCollege })}
                />
                <Select
                  label={t("members.seat")}
                  required
                  allowDeselect={false}
                  data={jurySeats.map((seat) => ({ value: seat, label: t(seatKeys[seat]) }))}
                  value={row.seat}
                  onChange={(seat) => seat && update(row.key, { seat: seat as JurySeat })}
                />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <Button
                  variant="subtle"
                  color="danger"
                  size="compact-sm"
                  aria-label={t("members.removeNamed", { number })}
                  onClick={() => setRows((current) => current.filter((item) => item.key !== row.key))}
                >
                  {t("members.remove")}
                </Button>
              </Group>
            </Fieldset>
          );
        })}
        <div>
          <Button
            variant="default"
            onClick={() => setRows((current) => [...current, newMemberRow(current, "employer")])}
          >
            {t("members.add")}
          </Button>
        </div>
        {shown.composition && (
          <Text c="danger.8" size="sm" role="alert">
            {t(shown.composition)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={compose.isPending}>
            {t("members.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
