import { formatNumber, formatPercent } from "../../../documents/french-format.ts";
import type { AssessmentMethod, PassRule, Validity, VersionStatus } from "../schemas.ts";

/**
 * The French words of the referential's rules, shared by the documents meant to be read by people (the PDF,
 * the notes of a CASE document), so that both say the same thing.
 */

export const methodLabels: Record<AssessmentMethod, string> = {
  booklet: "livret d'activité",
  questioning: "questionnement",
  observation: "observation en situation de travail",
  interview: "entretien",
};

export const statusLabels: Record<VersionStatus, string> = {
  draft: "brouillon",
  published: "publiée",
  superseded: "remplacée",
};

/** The pass rule as a sentence a jury member understands. */
export function describePassRule(rule: PassRule): string {
  switch (rule.kind) {
    case "all_capacities":
      return "Toutes les capacités professionnelles doivent être acquises.";
    case "criteria_percentage":
      return `Au moins ${formatPercent(rule.minPercent)} des résultats attendus doivent être acquis dans chaque bloc de compétences.`;
    case "weighted_marks": {
      const exceptions = Object.entries(rule.blockThresholds)
        .map(([code, threshold]) => `${code}\u00a0: ${formatPercent(threshold)}`)
        .join(", ");
      return (
        `Notes pondérées : un résultat attendu acquis vaut 1, partiellement acquis ${formatNumber(rule.partialCredit)}, ` +
        `non acquis 0, multiplié par son coefficient. Chaque bloc doit atteindre au moins ${formatPercent(rule.blockThreshold)}` +
        `${exceptions ? ` (${exceptions})` : ""} et l'ensemble au moins ${formatPercent(rule.overallThreshold)}.`
      );
    }
  }
}

/** How long a partial acquisition lasts, as a sentence. */
export function describeValidity(validity: Validity): string {
  return validity.kind === "lifetime"
    ? "Les capacités acquises lors d'une certification partielle le restent sans limite de durée."
    : `Les capacités acquises lors d'une certification partielle le restent pendant ${validity.years} an${validity.years > 1 ? "s" : ""}.`;
}
