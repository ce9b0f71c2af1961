import { useNavigate } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { useCreateQualification } from "../features/catalogue/api.ts";
import { QualificationForm } from "../features/catalogue/qualification-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** Admin: add a CQPI to the catalogue. */
export function QualificationNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateQualification();
  return (
    <RequireUser isAllowed={canManageCatalogue}>
      {() => (
        <>
          <PageHeader
            title={t("qualifications.create")}
            above={<BackLink to="/qualifications" label={t("qualifications.title")} />}
          />
          <QualificationForm
            isNew
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (qualification) =>
                  navigate(`/qualifications/${encodeURIComponent(qualification.code)}`),
              })
            }
            onCancel={() => navigate("/qualifications")}
            isPending={create.isPending}
            error={create.error}
          />
        </>
      )}
    </RequireUser>
  );
}
