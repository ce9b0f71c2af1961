import type { Language, MessageKey, Translate } from "../../lib/i18n/index.tsx";
import type {
  AssessmentMethod,
  DiffItemKind,
  PassRule,
  PassRuleKind,
  Validity,
  VersionStatus,
} from "./types.ts";

export const methodLabelKeys: Record<AssessmentMethod, MessageKey> = {
  booklet: "method.booklet",
  questioning: "method.questioning",
  observation: "method.observation",
  interview: "method.interview",
};

export const statusLabelKeys: Record<VersionStatus, MessageKey> = {
  draft: "versionStatus.draft",
  published: "versionStatus.published",
  superseded: "versionStatus.superseded",
};

export const statusTones = { draft: "warning", published: "positive", superseded: "neutral" } as const;

export const passRuleKindKeys: Record<PassRuleKind, MessageKey> = {
  all_capacities: "passRule.kind.all_capacities",
  criteria_percentage: "passRule.kind.criteria_percentage",
  weighted_marks: "passRule.kind.weighted_marks",
};

export const diffKindKeys: Record<DiffItemKind, MessageKey> = {
  rule: "diff.kind.rule",
  block: "diff.kind.block",
  capacity: "diff.kind.capacity",
  criterion: "diff.kind.criterion",
};

/** The fields a diff reports, in the reader's words. */
export const diffFieldKeys: Record<string, MessageKey> = {
  title: "diff.field.title",
  conditions: "diff.field.conditions",
  methods: "diff.field.methods",
  block: "diff.field.block",
  position: "diff.field.position",
  indicator: "diff.field.indicator",
  weight: "diff.field.weight",
  rncpCode: "diff.field.rncpCode",
  value: "diff.field.value",
};

const numberFormats: Record<Language, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export const formatDecimal = (value: number, language: Language) => numberFormats[language].format(value);

/** The pass rule as one sentence: "Au moins 80 % des critères acquis dans chaque bloc." */
export function describePassRule(rule: PassRule, t: Translate, language: Language): string {
  const n = (value: number) => formatDecimal(value, language);
  switch (rule.kind) {
    case "all_capacities":
      return t("passRule.describe.all_capacities");
    case "criteria_percentage":
      return t("passRule.describe.criteria_percentage", { percent: n(rule.minPercent) });
    case "weighted_marks": {
      const exceptions = Object.entries(rule.blockThresholds)
        .map(([code, threshold]) => t("passRule.describe.blockException", { code, percent: n(threshold) }))
        .join(", ");
      return t(
        exceptions ? "passRule.describe.weighted_marks_exceptions" : "passRule.describe.weighted_marks",
        {
          credit: n(rule.partialCredit),
          block: n(rule.blockThreshold),
          overall: n(rule.overallThreshold),
          exceptions,
        },
      );
    }
  }
}

export function describeValidity(validity: Validity, t: Translate): string {
  if (validity.kind === "lifetime") return t("validity.describe.lifetime");
  return t(validity.years === 1 ? "validity.describe.oneYear" : "validity.describe.years", {
    years: validity.years,
  });
}
