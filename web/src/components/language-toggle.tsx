import { Button } from "@mantine/core";
import { type Language, useLanguage } from "../lib/i18n/index.tsx";

/** Switches between French and English; the button names the other language in that language. */
export function LanguageToggle() {
  const { language, setLanguage, t } = useLanguage();
  const other: Language = language === "fr" ? "en" : "fr";
  return (
    <Button variant="default" size="xs" onClick={() => setLanguage(other)} title={t("language.switch")}>
      <span lang={other}>{t("language.other")}</span>
    </Button>
  );
}
