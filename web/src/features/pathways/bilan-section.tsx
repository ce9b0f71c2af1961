import { Accordion, Alert, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { viaText } from "../portability/labels.ts";
import { formatDecimal } from "../referentials/labels.ts";
import { RulesFacts } from "../referentials/rules-facts.tsx";
import { useGapAnalysis } from "./api.ts";
import {
  type BilanBlock,
  type BilanCapacity,
  type BilanSourceBlock,
  bilanVerdict,
  buildBilan,
  type CapacityState,
  type CriterionState,
  capacityState,
} from "./bilan.ts";
import { carriedSourceText } from "./carried-over.ts";
import { CarriedOverSection } from "./carried-over-section.tsx";
import { scoreLabelKeys, scoreTones } from "./labels.ts";
import type { GapAnalysis, PathwayDetail } from "./types.ts";

/** Where a criterion stands, as a badge: a score, or not assessed yet. */
export function CriterionBadge({ state }: { state: CriterionState }) {
  const { t } = useLanguage();
  if (state === "not_assessed") return <StatusBadge tone="neutral">{t("bilan.notAssessed")}</StatusBadge>;
  return <StatusBadge tone={scoreTones[state]}>{t(scoreLabelKeys[state])}</StatusBadge>;
}

/** A criterion's code and wording (the "résultat attendu"), in a table cell. */
export function CriterionText({ criterion }: { criterion: { code: string; indicator: string } }) {
  return (
    <>
      <Text span fw={700} size="sm">
        {criterion.code}
      </Text>{" "}
      <Text span size="sm">
        {criterion.indicator}
      </Text>
    </>
  );
}

const capacityBadges = {
  acquired: { tone: "positive", key: "bilan.capacityAcquired" },
  gap: { tone: "negative", key: "bilan.capacityGap" },
  not_acquired: { tone: "neutral", key: "bilan.capacityNotAcquired" },
  not_assessed: { tone: "neutral", key: "bilan.capacityNotAssessed" },
} as const;

/** A capacity's state, in the bilan's words. */
function CapacityBadge({ state }: { state: CapacityState }) {
  const { t } = useLanguage();
  const badge = capacityBadges[state];
  return <StatusBadge tone={badge.tone}>{t(badge.key)}</StatusBadge>;
}

function CapacityItem({ capacity }: { capacity: BilanCapacity }) {
  const { t, language } = useLanguage();
  const carried = capacity.carried?.counts ? capacity.carried : null;
  return (
    <Accordion.Item value={capacity.code}>
      <Accordion.Control>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text fw={600}>
            {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
          </Text>
          <Group gap="xs">
            <CapacityBadge state={capacityState(capacity)} />
            {carried && <StatusBadge tone="neutral">{t("bilan.capacityCarried")}</StatusBadge>}
            <Text span size="sm">
              {t("bilan.criteriaCount", {
                acquired: capacity.acquiredCriteria,
                total: capacity.totalCriteria,
              })}
            </Text>
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        {carried && (
          <Text size="sm" mb="xs">
            {t("bilan.carriedFrom", {
              source: carriedSourceText(carried, t, language),
              via: viaText(carried.via, t),
            })}
          </Text>
        )}
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">
              {t("bilan.criteriaCaption", { code: capacity.code })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("bilan.criterion")}</Table.Th>
                <Table.Th scope="col">{t("bilan.result")}</Table.Th>
                <Table.Th scope="col">{t("bilan.heldOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {capacity.criteria.map((criterion) => (
                <Table.Tr key={criterion.code}>
                  <Table.Td>
                    <CriterionText criterion={criterion} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <CriterionBadge state={criterion.state} />
                      {criterion.hasExpired && <StatusBadge tone="warning">{t("bilan.expired")}</StatusBadge>}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{formatDay(criterion.heldOn, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

interface BlockSectionProps {
  block: BilanBlock;
  isWeighted: boolean;
  headingOrder: 3 | 4;
}

function BlockSection({ block, isWeighted, headingOrder }: BlockSectionProps) {
  const { t, language } = useLanguage();
  const titleId = `bilan-${block.code}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Group gap="sm" align="baseline">
        <Title order={headingOrder} size="h4" id={titleId}>
          {t("referential.blockHeading", { code: block.code, title: block.title })}
        </Title>
        {block.isModule && <StatusBadge tone="neutral">{t("bilan.module")}</StatusBadge>}
        {block.isAcquired || block.isAssessed ? (
          <StatusBadge tone={block.isAcquired ? "positive" : "negative"}>
            {t(block.isAcquired ? "bilan.blockAcquired" : "bilan.blockNotAcquired")}
          </StatusBadge>
        ) : (
          <StatusBadge tone="neutral">{t("bilan.blockNotAssessed")}</StatusBadge>
        )}
        {block.score !== null && (
          <Text span size="sm" fw={600}>
            {t(isWeighted ? "bilan.blockMarks" : "bilan.blockPercent", {
              score: formatDecimal(block.score, language),
            })}
          </Text>
        )}
      </Group>
      <Accordion multiple variant="separated" chevronPosition="left">
        {block.capacities.map((capacity) => (
          <CapacityItem key={capacity.code} capacity={capacity} />
        ))}
      </Accordion>
    </Stack>
  );
}

/**
 * The bilan de positionnement: per bloc, capacity and criterion, what the closed assessments say
 * under the CQPI's pass rule; "à niveau", or the gaps a training plan must cover.
 */
export function BilanSection({ pathway }: { pathway: PathwayDetail }) {
  const { t } = useLanguage();
  const { data: analysis, isPending, error } = useGapAnalysis(pathway.id);

  return (
    <Stack gap="md" component="section" aria-labelledby="bilan-title">
      <Title order={2} size="h3" id="bilan-title">
        {t("bilan.title")}
      </Title>
      {isPending && <PageLoader />}
      <ErrorAlert error={error} />
      {analysis && <BilanView blocks={pathway.referential.blocks} analysis={analysis} headingOrder={3} />}
    </Stack>
  );
}

interface BilanViewProps {
  /** The referential's wording of the blocs, capacities and criteria the analysis judges. */
  blocks: BilanSourceBlock[];
  analysis: GapAnalysis;
  /** The level of each bloc's heading, under the heading of the section holding the view. */
  headingOrder: 3 | 4;
}

/** The bilan itself: the verdict (à niveau, or the gaps), the pass rule, then each bloc. */
export function BilanView({ blocks, analysis, headingOrder }: BilanViewProps) {
  const { t, language } = useLanguage();
  const bilan = buildBilan(blocks, analysis.moduleCodes, analysis);
  const verdict = bilanVerdict(bilan, analysis.isAtLevel);
  const isWeighted = analysis.passRule.kind === "weighted_marks";
  const capacityList = (capacities: BilanCapacity[]) => (
    <List size="sm" spacing={2}>
      {capacities.map((capacity) => (
        <List.Item key={capacity.code}>
          {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
        </List.Item>
      ))}
    </List>
  );
  return (
    <>
      {verdict.kind === "empty" ? (
        <Alert color="blue" variant="light" title={t("bilan.emptyTitle")}>
          {t("bilan.empty")}
        </Alert>
      ) : verdict.kind === "at_level" ? (
        <Alert color="success" variant="light" title={t("bilan.atLevelTitle")}>
          {t("bilan.atLevel")}
        </Alert>
      ) : (
        <Alert color="warning" variant="light" title={t("bilan.notAtLevelTitle")}>
          {verdict.gaps.length > 0 && (
            <>
              <Text mb="xs">{t("bilan.gapsIntro", { count: verdict.gaps.length })}</Text>
              {capacityList(verdict.gaps)}
            </>
          )}
          {verdict.notAssessed.length > 0 && (
            <>
              <Text mt="sm" mb="xs">
                {t("bilan.notAssessedIntro", { count: verdict.notAssessed.length })}
              </Text>
              {capacityList(verdict.notAssessed)}
            </>
          )}
        </Alert>
      )}
      <RulesFacts passRule={analysis.passRule} validity={analysis.validity} />
      <CarriedOverSection carriedOver={analysis.carriedOver} blocks={blocks} headingOrder={headingOrder} />
      {analysis.overallScore !== null && (
        <Text fw={600}>
          {t("bilan.overallScore", { score: formatDecimal(analysis.overallScore, language) })}
        </Text>
      )}
      {bilan.map((block) => (
        <BlockSection key={block.code} block={block} isWeighted={isWeighted} headingOrder={headingOrder} />
      ))}
    </>
  );
}
