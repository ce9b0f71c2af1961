import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en } from "./en.ts";
import { fr, type MessageKey, type Messages } from "./fr.ts";

export type Language = "fr" | "en";
export type { MessageKey };

const catalogues: Record<Language, Messages> = { fr, en };
const storageKey = "cqpi.language";

/** Values replacing `{name}` placeholders in a message. */
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** The language saved by the toggle, French when none was chosen. */
export function readSavedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === "en" ? "en" : "fr";
  } catch {
    return "fr";
  }
}

/** The key itself when the catalogues have it (a code the server sends made into a key), else null. */
export const messageKeyOf = (key: string): MessageKey | null =>
  Object.hasOwn(fr, key) ? (key as MessageKey) : null;

export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const message = catalogues[language][key];
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readSavedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<LanguageContextValue>(
    () => ({ language, setLanguage, t: (key, values) => translate(language, key, values) }),
    [language, setLanguage],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error("useLanguage must be used inside <LanguageProvider>");
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useLanguage().t;
}
