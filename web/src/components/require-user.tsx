import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../features/auth/api.ts";
import type { Me } from "../features/auth/types.ts";
import { useT } from "../lib/i18n/index.tsx";
import { ErrorAlert } from "./error-alert.tsx";
import { PageHeader } from "./page-header.tsx";
import { PageLoader } from "./page-loader.tsx";

interface RequireUserProps {
  /** Who may see the page; any logged-in user when omitted. */
  isAllowed?: (me: Me) => boolean;
  children: (me: Me) => ReactNode;
}

/** Sends visitors to the login page (and back afterwards); tells others they may not open the page. */
export function RequireUser({ isAllowed, children }: RequireUserProps) {
  const location = useLocation();
  const { data: me, isPending, error } = useMe();

  if (isPending) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (isAllowed && !isAllowed(me)) return <Forbidden />;
  return children(me);
}

function Forbidden() {
  const t = useT();
  return (
    <>
      <PageHeader title={t("error.forbiddenTitle")} />
      <Alert color="danger" variant="light" role="alert">
        {t("error.forbidden")}
      </Alert>
    </>
  );
}
