import type { Language } from "./i18n/index.tsx";

const locales: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

/** A calendar date (`YYYY-MM-DD`) as a reader expects it, without shifting it by the time zone. */
export function formatDay(day: string | null | undefined, language: Language): string {
  if (!day) return "—";
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An instant (ISO timestamp) in the reader's time zone. */
export function formatInstant(instant: string | null | undefined, language: Language): string {
  if (!instant) return "—";
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

/** The decimal separator a reader types and expects in number inputs ("0,5" in French). */
export function decimalSeparator(language: Language): string {
  return language === "fr" ? "," : ".";
}

const sizeUnits: Record<Language, string[]> = { fr: ["o", "Ko", "Mo", "Go"], en: ["B", "KB", "MB", "GB"] };

/** A file size as people read it: "980 o", "1,5 Mo" (powers of 1024, one decimal past the kilobyte). */
export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits[language].length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locales[language], {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${sizeUnits[language][unit]}`;
}
