import { useNavigate, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { useQualification, useUpdateQualification } from "../features/catalogue/api.ts";
import { QualificationForm } from "../features/catalogue/qualification-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** Admin: edit a CQPI (its code never changes). */
export function QualificationEditPage() {
  const { code = "" } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const { data: qualification, isPending, error } = useQualification(code);
  const update = useUpdateQualification(code);
  const detailPath = `/qualifications/${encodeURIComponent(code)}`;

  return (
    <RequireUser isAllowed={canManageCatalogue}>
      {() => (
        <>
          <PageHeader
            title={t("qualification.editTitle", { title: qualification?.title ?? code })}
            above={<BackLink to={detailPath} label={qualification?.title ?? code} />}
          />
          {isPending && <PageLoader />}
          <ErrorAlert error={error} />
          {qualification && (
            <QualificationForm
              initial={qualification}
              isNew={false}
              onSubmit={({ code: _code, ...changes }) =>
                update.mutate(changes, { onSuccess: () => navigate(detailPath) })
              }
              onCancel={() => navigate(detailPath)}
              isPending={update.isPending}
              error={update.error}
            />
          )}
        </>
      )}
    </RequireUser>
  );
}
