import { MantineProvider } from "@mantine/core";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { AppLayout } from "./components/app-layout.tsx";
import { meQueryKey } from "./features/auth/api.ts";
import { ApiError } from "./lib/api.ts";
import { LanguageProvider } from "./lib/i18n/index.tsx";
import { lazyPage } from "./lib/lazy-page.ts";
import { cssVariablesResolver, theme } from "./lib/theme.ts";

const AccountTokensPage = lazyPage(() => import("./routes/account-tokens.tsx"), "AccountTokensPage");
const AccreditationsPage = lazyPage(() => import("./routes/accreditations.tsx"), "AccreditationsPage");
const AdminAuditPage = lazyPage(() => import("./routes/admin-audit.tsx"), "AdminAuditPage");
const AdminUsersPage = lazyPage(() => import("./routes/admin-users.tsx"), "AdminUsersPage");
const AssessmentPage = lazyPage(() => import("./routes/assessment.tsx"), "AssessmentPage");
const BodiesPage = lazyPage(() => import("./routes/bodies.tsx"), "BodiesPage");
const BodyDetailPage = lazyPage(() => import("./routes/body-detail.tsx"), "BodyDetailPage");
const CorrespondencesPage = lazyPage(() => import("./routes/correspondences.tsx"), "CorrespondencesPage");
const BranchDetailPage = lazyPage(() => import("./routes/branch-detail.tsx"), "BranchDetailPage");
const BranchEditPage = lazyPage(() => import("./routes/branch-edit.tsx"), "BranchEditPage");
const BranchNewPage = lazyPage(() => import("./routes/branch-new.tsx"), "BranchNewPage");
const BranchReferentialPage = lazyPage(
  () => import("./routes/branch-referential.tsx"),
  "BranchReferentialPage",
);
const CandidateEditPage = lazyPage(() => import("./routes/candidate-edit.tsx"), "CandidateEditPage");
const BranchesPage = lazyPage(() => import("./routes/branches.tsx"), "BranchesPage");
const HomePage = lazyPage(() => import("./routes/home.tsx"), "HomePage");
const JuryDeliberationPage = lazyPage(() => import("./routes/jury-deliberation.tsx"), "JuryDeliberationPage");
const JurySessionPage = lazyPage(() => import("./routes/jury-session.tsx"), "JurySessionPage");
const JurySessionNewPage = lazyPage(() => import("./routes/jury-session-new.tsx"), "JurySessionNewPage");
const JurySessionsPage = lazyPage(() => import("./routes/jury-sessions.tsx"), "JurySessionsPage");
const KeyFiguresPage = lazyPage(() => import("./routes/key-figures.tsx"), "KeyFiguresPage");
const LoginPage = lazyPage(() => import("./routes/login.tsx"), "LoginPage");
const NotFoundPage = lazyPage(() => import("./routes/not-found.tsx"), "NotFoundPage");
const ObservatoryPage = lazyPage(() => import("./routes/observatory.tsx"), "ObservatoryPage");
const PathwayDetailPage = lazyPage(() => import("./routes/pathway-detail.tsx"), "PathwayDetailPage");
const PathwayNewPage = lazyPage(() => import("./routes/pathway-new.tsx"), "PathwayNewPage");
const PathwaysPage = lazyPage(() => import("./routes/pathways.tsx"), "PathwaysPage");
const QualificationDetailPage = lazyPage(
  () => import("./routes/qualification-detail.tsx"),
  "QualificationDetailPage",
);
const QualificationEditPage = lazyPage(
  () => import("./routes/qualification-edit.tsx"),
  "QualificationEditPage",
);
const QualificationNewPage = lazyPage(() => import("./routes/qualification-new.tsx"), "QualificationNewPage");
const QualificationsPage = lazyPage(() => import("./routes/qualifications.tsx"), "QualificationsPage");
const ReferentialDiffPage = lazyPage(() => import("./routes/referential-diff.tsx"), "ReferentialDiffPage");
const ReferentialVersionPage = lazyPage(
  () => import("./routes/referential-version.tsx"),
  "ReferentialVersionPage",
);
const ReferentialVersionEditPage = lazyPage(
  () => import("./routes/referential-version-edit.tsx"),
  "ReferentialVersionEditPage",
);
const CertificateVerificationPage = lazyPage(
  () => import("./routes/certificate-verification.tsx"),
  "CertificateVerificationPage",
);
const CertificatesPage = lazyPage(() => import("./routes/certificates.tsx"), "CertificatesPage");
const VerificationPage = lazyPage(() => import("./routes/verification.tsx"), "VerificationPage");
const VerifyCredentialPage = lazyPage(() => import("./routes/verify-credential.tsx"), "VerifyCredentialPage");
const AdminOutboxPage = lazyPage(() => import("./routes/admin-outbox.tsx"), "AdminOutboxPage");
const PasswordForgottenPage = lazyPage(
  () => import("./routes/password-forgotten.tsx"),
  "PasswordForgottenPage",
);
const PasswordSetPage = lazyPage(() => import("./routes/password-set.tsx"), "PasswordSetPage");

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 on any page means the session ended: the app becomes anonymous everywhere.
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== meQueryKey[0]) {
        queryClient.setQueryData(meQueryKey, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && failureCount < 2,
    },
  },
});

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: "/", element: <HomePage /> },
      { path: "/login", element: <LoginPage /> },
      { path: "/password/forgotten", element: <PasswordForgottenPage /> },
      { path: "/password/set", element: <PasswordSetPage /> },
      { path: "/catalogue", element: <Navigate to="/qualifications" replace /> },
      { path: "/qualifications", element: <QualificationsPage /> },
      { path: "/qualifications/new", element: <QualificationNewPage /> },
      { path: "/qualifications/:code", element: <QualificationDetailPage /> },
      { path: "/qualifications/:code/edit", element: <QualificationEditPage /> },
      { path: "/qualifications/:code/versions/:version", element: <ReferentialVersionPage /> },
      { path: "/qualifications/:code/versions/:version/edit", element: <ReferentialVersionEditPage /> },
      { path: "/qualifications/:code/versions/:version/diff", element: <ReferentialDiffPage /> },
      { path: "/branches", element: <BranchesPage /> },
      { path: "/branches/new", element: <BranchNewPage /> },
      { path: "/branches/:code", element: <BranchDetailPage /> },
      { path: "/branches/:code/edit", element: <BranchEditPage /> },
      {
        path: "/branches/:branchCode/qualifications/:code/referential",
        element: <BranchReferentialPage />,
      },
      { path: "/bodies", element: <BodiesPage /> },
      { path: "/bodies/:id", element: <BodyDetailPage /> },
      { path: "/correspondences", element: <CorrespondencesPage /> },
      { path: "/pathways", element: <PathwaysPage /> },
      { path: "/pathways/new", element: <PathwayNewPage /> },
      { path: "/pathways/:id", element: <PathwayDetailPage /> },
      { path: "/candidates/:id/edit", element: <CandidateEditPage /> },
      { path: "/assessments/:id", element: <AssessmentPage /> },
      { path: "/accreditations", element: <AccreditationsPage /> },
      { path: "/jury-sessions", element: <JurySessionsPage /> },
      { path: "/jury-sessions/new", element: <JurySessionNewPage /> },
      { path: "/jury-sessions/:id", element: <JurySessionPage /> },
      { path: "/jury-sessions/:id/deliberations/:pathwayId", element: <JuryDeliberationPage /> },
      { path: "/certificates", element: <CertificatesPage /> },
      { path: "/verification", element: <VerificationPage /> },
      { path: "/verification/attestation", element: <VerifyCredentialPage /> },
      { path: "/verification/:number", element: <CertificateVerificationPage /> },
      { path: "/observatoire", element: <ObservatoryPage /> },
      { path: "/chiffres-cles", element: <KeyFiguresPage /> },
      { path: "/admin/users", element: <AdminUsersPage /> },
      { path: "/admin/audit", element: <AdminAuditPage /> },
      { path: "/admin/outbox", element: <AdminOutboxPage /> },
      { path: "/account/tokens", element: <AccountTokensPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <LanguageProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </LanguageProvider>
  );
}
