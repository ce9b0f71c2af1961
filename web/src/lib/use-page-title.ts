import { useEffect } from "react";
import { useT } from "./i18n/index.tsx";

/** Names the browser tab after the page, so history and screen readers tell pages apart. */
export function usePageTitle(title: string | undefined): void {
  const appName = useT()("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
