import { formatDay } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import type { BodyView, DecisionView } from "../governance/types.ts";

/**
 * The decisions a correspondence may cite, as the server checks them: adopted decisions recognising a
 * correspondence, of any body, latest first, each named by its subject, its body and its date.
 */
export function recognisingDecisionOptions(
  decisions: readonly DecisionView[],
  bodies: readonly BodyView[],
  t: Translate,
  language: Language,
): { value: string; label: string }[] {
  const bodyName = new Map(bodies.map((body) => [body.id, body.name]));
  return decisions
    .filter((d) => d.kind === "recognise_correspondence" && d.outcome === "adopted")
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.id - a.id)
    .map((d) => ({
      value: String(d.id),
      label: t("correspondenceForm.decisionOption", {
        title: d.title,
        body: bodyName.get(d.bodyId) ?? "",
        date: formatDay(d.decidedOn, language),
      }),
    }));
}
