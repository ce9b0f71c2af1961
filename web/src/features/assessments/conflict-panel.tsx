import { Alert, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { type Translate, useT } from "../../lib/i18n/index.tsx";
import { scoreLabelKeys } from "../pathways/labels.ts";
import { type ConflictReport, changeId, type GridChange, type ScoreCell } from "./grid-values.ts";

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

function describeCell(cell: ScoreCell, t: Translate): string {
  const score = cell.score ? t(scoreLabelKeys[cell.score]) : t("score.none");
  return cell.comment.trim() ? `${score} — « ${excerpt(cell.comment.trim())} »` : score;
}

function describeValue(change: GridChange, side: "before" | "after", t: Translate): string {
  if (change.kind === "score") return describeCell(change[side], t);
  return change[side].trim() ? excerpt(change[side].trim()) : t("grid.emptyText");
}

function describeItem(change: GridChange, t: Translate): string {
  if (change.kind === "entry") return t("grid.conflictEntry", { code: change.capacityCode });
  return t("grid.conflictCriterion", { code: change.key.split("/")[1] ?? change.key });
}

interface ChangesTableProps {
  changes: GridChange[];
  caption: string;
  afterLabel: string;
  /** This page's own changes, shown beside the other save's when both touched an item. */
  mine?: GridChange[];
}

function ChangesTable({ changes, caption, afterLabel, mine }: ChangesTableProps) {
  const t = useT();
  const mineById = new Map((mine ?? []).map((change) => [changeId(change), change]));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("grid.conflictItem")}</Table.Th>
            <Table.Th scope="col">{t("grid.conflictBefore")}</Table.Th>
            <Table.Th scope="col">{afterLabel}</Table.Th>
            {mine && <Table.Th scope="col">{t("grid.conflictYours")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => {
            const myChange = mineById.get(changeId(change));
            return (
              <Table.Tr key={changeId(change)}>
                <Table.Th scope="row" fw={600}>
                  {describeItem(change, t)}
                </Table.Th>
                <Table.Td>{describeValue(change, "before", t)}</Table.Td>
                <Table.Td>{describeValue(change, "after", t)}</Table.Td>
                {mine && <Table.Td>{myChange ? describeValue(myChange, "after", t) : "—"}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ConflictPanelProps {
  report: ConflictReport;
  /** The revision saved by the other person. */
  revision: number;
  onReapply: () => void;
  onDrop: () => void;
}

/**
 * Someone else saved the assessment first. Nothing was overwritten: the evaluator sees what the other
 * save changed (and where it differs from their own values), then puts their values back on top of
 * that revision or drops them.
 */
export function ConflictPanel({ report, revision, onReapply, onDrop }: ConflictPanelProps) {
  const t = useT();
  return (
    <Alert color="warning" variant="light" title={t("grid.conflictTitle")} role="alert">
      <Stack gap="sm">
        <Text>{t("grid.conflictText", { revision })}</Text>
        <Title order={2} size="h5">
          {t("grid.conflictTheirs", { count: report.theirs.length })}
        </Title>
        <ChangesTable
          changes={report.theirs}
          caption={t("grid.conflictTheirs", { count: report.theirs.length })}
          afterLabel={t("grid.conflictSavedByOther")}
          mine={report.mine}
        />
        {report.overlapping.length > 0 && (
          <Text fw={600}>{t("grid.conflictOverlap", { count: report.overlapping.length })}</Text>
        )}
        <Title order={2} size="h5">
          {t("grid.conflictMine", { count: report.mine.length })}
        </Title>
        <ChangesTable
          changes={report.mine}
          caption={t("grid.conflictMine", { count: report.mine.length })}
          afterLabel={t("grid.conflictYours")}
        />
        <Group gap="sm">
          <Button onClick={onReapply}>{t("grid.reapply")}</Button>
          <ConfirmButton
            size="sm"
            label={t("grid.drop")}
            question={t("grid.dropQuestion")}
            confirmLabel={t("grid.drop")}
            onConfirm={onDrop}
          />
        </Group>
      </Stack>
    </Alert>
  );
}
