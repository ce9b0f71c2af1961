import { isBranchManager } from "../../../../src/modules/accounts/caller.ts";
import { accountsAccess } from "../../../../src/modules/accounts/policy.ts";
import { assessmentsAccess } from "../../../../src/modules/assessments/policy.ts";
import { candidatesAccess } from "../../../../src/modules/candidates/policy.ts";
import { certificatesAccess } from "../../../../src/modules/certificates/policy.ts";
import { correspondencesAccess } from "../../../../src/modules/correspondences/policy.ts";
import type { BodyKind } from "../../../../src/modules/governance/rules.ts";
import { juryAccess } from "../../../../src/modules/jury/policy.ts";
import { notificationsAccess } from "../../../../src/modules/notifications/policy.ts";
import { observatoryAccess } from "../../../../src/modules/observatory/policy.ts";
import { pathwaysAccess } from "../../../../src/modules/pathways/policy.ts";
import type { Me, Role } from "./types.ts";

/**
 * What the interface offers to whom: the server's own access lists (its modules' policy.ts), imported
 * rather than restated. The server decides; this only hides what it would refuse.
 */
const isAllowedBy =
  (roles: readonly Role[]) =>
  (me: Me | null | undefined): boolean =>
    me !== null && me !== undefined && roles.includes(me.role);

export const isAdmin = (me: Me | null | undefined): boolean => me?.role === "admin";

export const canEditBranch = (me: Me | null | undefined, branchCode: string): boolean =>
  !!me && isBranchManager(me, branchCode);

export const canManageCatalogue = isAdmin;
export const canManageUsers = isAllowedBy(accountsAccess.manageUsers);

/** API tokens are for integrations: staff, jury members and employers (a candidate has none). */
export const canManageOwnTokens = isAllowedBy(accountsAccess.ownTokens);
export const canReadAudit = isAdmin;

/** The notification outbox (messages held without SMTP, sending states): the server's notifications access. */
export const canReadOutbox = isAllowedBy(notificationsAccess.read);

/** Writing, importing and publishing referential versions is the national committee's work. */
export const canAuthorReferentials = isAdmin;

/** Drafts in preparation are shown to the committee and to branch officers. */
export const canSeeReferentialDrafts = (me: Me | null | undefined): boolean =>
  me?.role === "admin" || me?.role === "branch_officer";

/** A branch's CPNE adoption is recorded by the committee or by that branch's officer. */
export const canAdopt = canEditBranch;

/** Whether the user may record an adoption for at least one branch. */
export const canAdoptForSomeBranch = (me: Me | null | undefined): boolean =>
  me?.role === "admin" || (me?.role === "branch_officer" && me.branchCodes.length > 0);

/** Every role but jury members follows pathways: each sees those of its scope (the server filters). */
export const canSeePathways = (me: Me | null | undefined): boolean =>
  me !== null && me !== undefined && me.role !== "jury_member";

/**
 * A candidate's record (identity, contact, employer) is corrected by the roles the server's candidates
 * policy lets edit; within them, the server still keeps each record to its editors' scope.
 */
export const canEditCandidates = isAllowedBy(candidatesAccess.manage);
export const canReadCandidates = isAllowedBy(candidatesAccess.read);

/** Registering candidates for a CQPI and assigning evaluators is the committee's and the branch's work. */
export const canManagePathways = isAllowedBy(pathwaysAccess.manage);

/**
 * A candidate follows their own pathway or two: no search, filters or status tabs, which are for those
 * who follow many (everybody else the pathways' read access admits).
 */
export const hasPathwayWorklist = (me: Me | null | undefined): boolean =>
  canSeePathways(me) && me?.role !== "candidate";

/** A training plan on the gaps may also be recorded by the candidate's employer. */
export const canRecordTrainingPlan = isAllowedBy(pathwaysAccess.plan);

/**
 * Assessments are opened by the evaluator in charge, or by the committee and the branch; the candidate
 * and their employer open the booklet (livret d'activité) they fill in.
 */
export const canOpenAssessment = (me: Me | null | undefined): boolean =>
  me !== null && me !== undefined && me.role !== "jury_member";

/** The candidate's side (the candidate, their employer) opens booklets only. */
export const canOpenAnyMethod = (me: Me | null | undefined): boolean =>
  canManagePathways(me) || me?.role === "evaluator";

/**
 * An evidence file is deleted by the candidate who uploaded it, while its assessment is open (a booklet:
 * until it is submitted).
 */
export const canDeleteEvidence = (
  me: Me | null | undefined,
  file: { uploadedByUserId: number | null },
  assessment: { status: string; submittedAt: string | null },
): boolean =>
  assessment.status === "open" &&
  assessment.submittedAt === null &&
  isAllowedBy(assessmentsAccess.deleteEvidence)(me) &&
  file.uploadedByUserId === me?.id;

/** Accreditations are granted by the committee and the branches; evaluators see their own. */
export const canManageAccreditations = isAllowedBy(pathwaysAccess.accredit);
export const canSeeAccreditations = isAllowedBy(pathwaysAccess.readAccreditations);

/** The secretariats (the committee, a branch's CPNE) plan and compose jury sessions (the server's jury access). */
export const canManageJurySessions = isAllowedBy(juryAccess.manage);

/** Jury sessions are seen by the secretariats and by the jury members who sit in them. */
export const canSeeJurySessions = isAllowedBy(juryAccess.read);

/** Certificates are listed by the secretariats, employers (their employees') and candidates (their own). */
export const canSeeCertificates = isAllowedBy(certificatesAccess.list);

/**
 * A body's records (members, decisions register, library) are kept as governance's `keepsRecordsOf`
 * says: the national bodies (Comité CQPI, COC) by the committee's secretariat, a CPNE also by its
 * branch's officer.
 */
export const canKeepRecordsOf = (
  me: Me | null | undefined,
  body: { kind: BodyKind; branchCode: string | null },
): boolean => {
  if (!me) return false;
  if (body.kind !== "cpne" || body.branchCode === null) return me.role === "admin";
  return isBranchManager(me, body.branchCode);
};

/** A branch's adhesion request and its paritaire opinion are filed by the committee or that branch's officer. */
export const canActForBranchAdhesion = canEditBranch;

/** A certificate is revoked by the national committee or the secretariat of its branch. */
export const canRevokeCertificate = canEditBranch;

/** External certifications and the correspondences the bodies recognised are entered by the national committee's secretariat. */
export const canRecordCorrespondences = isAllowedBy(correspondencesAccess.record);

/** The observatory's dashboard: the committee for every branch, a branch's secretariat for its own. */
export const canSeeObservatory = isAllowedBy(observatoryAccess.dashboard);

/** What remains to declare to the Caisse des Dépôts is the certifier's, the national committee's. */
export const canSeeDeclarations = isAllowedBy(observatoryAccess.declare);
