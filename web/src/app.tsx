import { MantineProvider } from "@mantine/core";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { AppLayout } from "./components/app-layout.tsx";
import { meQueryKey } from "./features/auth/api.ts";
import { ApiError } from "./lib/api.ts";
import { LanguageProvider } from "./lib/i18n/index.tsx";
import { cssVariablesResolver, theme } from "./lib/theme.ts";
import { AccountTokensPage } from "./routes/account-tokens.tsx";
import { AccreditationsPage } from "./routes/accreditations.tsx";
import { AdminAuditPage } from "./routes/admin-audit.tsx";
import { AdminOutboxPage } from "./routes/admin-outbox.tsx";
import { AdminUsersPage } from "./routes/admin-users.tsx";
import { AssessmentPage } from "./routes/assessment.tsx";
import { BranchDetailPage } from "./routes/branch-detail.tsx";
import { BranchEditPage } from "./routes/branch-edit.tsx";
import { BranchNewPage } from "./routes/branch-new.tsx";
import { BranchReferentialPage } from "./routes/branch-referential.tsx";
import { BranchesPage } from "./routes/branches.tsx";
import { HomePage } from "./routes/home.tsx";
import { JuryDeliberationPage } from "./routes/jury-deliberation.tsx";
import { JurySessionPage } from "./routes/jury-session.tsx";
import { JurySessionNewPage } from "./routes/jury-session-new.tsx";
import { JurySessionsPage } from "./routes/jury-sessions.tsx";
import { LoginPage } from "./routes/login.tsx";
import { NotFoundPage } from "./routes/not-found.tsx";
import { PasswordForgottenPage } from "./routes/password-forgotten.tsx";
import { PasswordSetPage } from "./routes/password-set.tsx";
import { PathwayDetailPage } from "./routes/pathway-detail.tsx";
import { PathwayNewPage } from "./routes/pathway-new.tsx";
import { PathwaysPage } from "./routes/pathways.tsx";
import { QualificationDetailPage } from "./routes/qualification-detail.tsx";
import { QualificationEditPage } from "./routes/qualification-edit.tsx";
import { QualificationNewPage } from "./routes/qualification-new.tsx";
import { QualificationsPage } from "./routes/qualifications.tsx";
import { ReferentialDiffPage } from "./routes/referential-diff.tsx";
import { ReferentialVersionPage } from "./routes/referential-version.tsx";
import { ReferentialVersionEditPage } from "./routes/referential-version-edit.tsx";

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
      { path: "/pathways", element: <PathwaysPage /> },
      { path: "/pathways/new", element: <PathwayNewPage /> },
      { path: "/pathways/:id", element: <PathwayDetailPage /> },
      { path: "/assessments/:id", element: <AssessmentPage /> },
      { path: "/accreditations", element: <AccreditationsPage /> },
      { path: "/jury-sessions", element: <JurySessionsPage /> },
      { path: "/jury-sessions/new", element: <JurySessionNewPage /> },
      { path: "/jury-sessions/:id", element: <JurySessionPage /> },
      { path: "/jury-sessions/:id/deliberations/:pathwayId", element: <JuryDeliberationPage /> },
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
