import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { useT } from "../../lib/i18n/index.tsx";
import { useCandidate } from "./api.ts";
import { candidateEditPagePath } from "./paths.ts";

/**
 * "Corriger la fiche du candidat", shown only when the reader may correct this record: a branch
 * officer sees the candidates of their branch's pathways, but corrects only those their branch employs.
 */
export function CandidateEditLink({ candidateId, pathwayId }: { candidateId: number; pathwayId: number }) {
  const t = useT();
  const candidate = useCandidate(candidateId).data;
  if (!candidate?.mayEdit) return null;
  return (
    <Anchor component={Link} to={candidateEditPagePath(candidateId, pathwayId)}>
      {t("candidateEdit.link")}
    </Anchor>
  );
}
