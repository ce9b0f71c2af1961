import { FactList } from "../../components/fact-list.tsx";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { describePassRule, describeValidity } from "./labels.ts";
import type { PassRule, Validity } from "./types.ts";

/** The pass rule and the validity of partial acquisitions, in words. */
export function RulesFacts({ passRule, validity }: { passRule: PassRule; validity: Validity }) {
  const { t, language } = useLanguage();
  return (
    <FactList
      facts={[
        { label: t("referential.passRule"), value: describePassRule(passRule, t, language) },
        { label: t("referential.validity"), value: describeValidity(validity, t) },
      ]}
    />
  );
}
