import { Stack, Table, Text } from "@mantine/core";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { collegeKeys, decisionKeys } from "./labels.ts";
import { juryColleges, juryDecisionKinds, type TallyView } from "./types.ts";

/** The votes on one candidate so far, per decision and per college, and what the majority needs. */
export function TallyTable({ tally, caption }: { tally: TallyView; caption: string }) {
  const { t, language } = useLanguage();
  const cast = juryDecisionKinds.reduce((sum, decision) => sum + tally.total[decision], 0);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={300}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("tally.decision")}</Table.Th>
              {juryColleges.map((college) => (
                <Table.Th key={college} scope="col" ta="right">
                  {t(collegeKeys[college])}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t("tally.total")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {juryDecisionKinds.map((decision) => (
              <Table.Tr key={decision}>
                <Table.Th scope="row" fw={400}>
                  {t(decisionKeys[decision])}
                </Table.Th>
                {juryColleges.map((college) => (
                  <Table.Td key={college} ta="right">
                    {formatNumber(tally[college][decision], language)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {formatNumber(tally.total[decision], language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" aria-live="polite">
        {t("tally.votesCast", { count: formatNumber(cast, language) })}{" "}
        {t("tally.majority", {
          needs: formatNumber(tally.majorityNeeds, language),
          base: formatNumber(tally.base, language),
        })}
      </Text>
    </Stack>
  );
}
