import { NavLink, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useMe } from "../features/auth/api.ts";
import {
  canManageJurySessions,
  canManageOwnTokens,
  canManagePathways,
  canManageUsers,
  canReadAudit,
  canReadOutbox,
  canSeeAccreditations,
  canSeeCertificates,
  canSeeJurySessions,
  canSeeObservatory,
  canSeePathways,
} from "../features/auth/policy.ts";
import { certificateListTitleKey } from "../features/certificates/labels.ts";
import {
  certificatesPagePath,
  verificationPagePath,
  verifyCredentialPagePath,
} from "../features/certificates/paths.ts";
import { bodiesPagePath, correspondencesPagePath } from "../features/governance/paths.ts";
import { jurySessionsPagePath, newJurySessionPagePath } from "../features/jury/paths.ts";
import { keyFiguresPagePath, observatoryPagePath } from "../features/observatory/paths.ts";
import { pathwayListTitleKeys } from "../features/pathways/labels.ts";
import {
  accreditationsPagePath,
  pathwaysPagePath,
  registerPathwayPagePath,
} from "../features/pathways/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={2} component="section" aria-label={title}>
      <Text size="xs" fw={700} tt="uppercase" c="gray.8" px="sm" mt="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** The side navigation: what exists for the current user, nothing they could not open. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const { data: me } = useMe();

  const isUnder = (to: string) =>
    to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
  const item = (to: string, label: string, isActive = isUnder(to)) => {
    return (
      <NavLink
        component={Link}
        to={to}
        label={label}
        active={isActive}
        variant="filled"
        aria-current={isActive ? "page" : undefined}
        onClick={onNavigate}
      />
    );
  };

  return (
    <Stack gap={0} component="nav" aria-label={t("nav.main")}>
      {item("/", t("nav.home"))}
      {me && canSeePathways(me) && (
        <Section title={t("nav.pathways")}>
          {item(
            pathwaysPagePath,
            t(pathwayListTitleKeys[me.role].title),
            (isUnder(pathwaysPagePath) && !isUnder(registerPathwayPagePath)) || isUnder("/assessments"),
          )}
          {canManagePathways(me) && item(registerPathwayPagePath, t("pathways.register"))}
          {canSeeAccreditations(me) &&
            item(
              accreditationsPagePath,
              t(me.role === "evaluator" ? "accreditations.titleOwn" : "accreditations.title"),
            )}
        </Section>
      )}
      {me && canSeeJurySessions(me) && (
        <Section title={t("nav.jury")}>
          {item(
            jurySessionsPagePath,
            t(canManageJurySessions(me) ? "jurySessions.title.manager" : "jurySessions.title.member"),
            isUnder(jurySessionsPagePath) && !isUnder(newJurySessionPagePath),
          )}
          {canManageJurySessions(me) && item(newJurySessionPagePath, t("jurySessions.create"))}
        </Section>
      )}
      <Section title={t("nav.certificates")}>
        {me && canSeeCertificates(me) && item(certificatesPagePath, t(certificateListTitleKey(me.role)))}
        {item(
          verificationPagePath,
          t("nav.verification"),
          isUnder(verificationPagePath) && !isUnder(verifyCredentialPagePath),
        )}
        {item(verifyCredentialPagePath, t("verifyCredential.title"))}
      </Section>
      <Section title={t("nav.catalogue")}>
        {item("/qualifications", t("nav.qualifications"))}
        {item("/branches", t("nav.branches"))}
        {item(keyFiguresPagePath, t("nav.keyFigures"))}
        {canSeeObservatory(me) && item(observatoryPagePath, t("nav.observatory"))}
      </Section>
      <Section title={t("nav.interbranch")}>
        {item(bodiesPagePath, t("nav.bodies"))}
        {item(correspondencesPagePath, t("nav.correspondences"))}
      </Section>
      {canManageOwnTokens(me) && (
        <Section title={t("nav.account")}>{item("/account/tokens", t("nav.tokens"))}</Section>
      )}
      {(canManageUsers(me) || canReadAudit(me) || canReadOutbox(me)) && (
        <Section title={t("nav.administration")}>
          {canManageUsers(me) && item("/admin/users", t("nav.users"))}
          {canReadAudit(me) && item("/admin/audit", t("nav.audit"))}
          {canReadOutbox(me) && item("/admin/outbox", t("nav.outbox"))}
        </Section>
      )}
    </Stack>
  );
}
