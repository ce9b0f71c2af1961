import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { FactList } from "../../components/fact-list.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { canReadCandidates } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { useCandidate } from "../candidates/api.ts";
import { branchReferentialPagePath } from "../referentials/paths.ts";
import { routeLabelKeys } from "./labels.ts";
import { PathwayStatusBadge } from "./pathway-status-badge.tsx";
import type { PathwayDetail } from "./types.ts";

/**
 * Who follows which CQPI (which referential version) in which branch, by which route, where it stands;
 * the candidate's employer as their record says, for those who read candidates' records.
 */
export function PathwayFacts({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const { t, language } = useLanguage();
  const candidate = useCandidate(pathway.candidate.id, canReadCandidates(me)).data;
  return (
    <FactList
      facts={[
        { label: t("pathway.candidate"), value: pathway.candidate.displayName },
        ...(candidate
          ? [{ label: t("pathway.employer"), value: candidate.companyName ?? t("pathway.noEmployer") }]
          : []),
        {
          label: t("pathway.qualification"),
          value: (
            <Anchor
              component={Link}
              to={branchReferentialPagePath(pathway.branchCode, pathway.qualificationCode)}
            >
              {t("pathway.qualificationVersion", {
                title: pathway.qualificationTitle,
                code: pathway.qualificationCode,
                version: pathway.version,
              })}
            </Anchor>
          ),
        },
        { label: t("pathway.branch"), value: pathway.branchCode },
        { label: t("pathway.route"), value: t(routeLabelKeys[pathway.route]) },
        { label: t("pathway.status"), value: <PathwayStatusBadge status={pathway.status} /> },
        { label: t("pathway.evaluator"), value: pathway.evaluator?.displayName ?? t("pathway.noEvaluator") },
        { label: t("pathway.registeredOn"), value: formatDay(pathway.registeredOn, language) },
      ]}
    />
  );
}
