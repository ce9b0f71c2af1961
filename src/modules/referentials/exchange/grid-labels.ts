import type { GridColumn } from "./grid-rows.ts";

/** The French header of each column of the referential grid (CSV and XLSX), by its code. */
export const gridColumnLabels: Record<GridColumn, string> = {
  bloc_code: "Code du bloc",
  bloc_title: "Bloc de compétences",
  bloc_rncp_code: "Code RNCP du bloc",
  capacity_code: "Code de la capacité",
  capacity_title: "Capacité professionnelle",
  capacity_conditions: "Conditions de réalisation",
  capacity_methods: "Méthodes d'évaluation",
  criterion_code: "Code du résultat attendu",
  criterion_indicator: "Résultat attendu",
  criterion_weight: "Coefficient",
};
