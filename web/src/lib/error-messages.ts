import type { ErrorCode, FieldErrorCode } from "../../../src/server/error-codes.ts";
import type { ErrorParams } from "../../../src/server/errors.ts";
import {
  attendanceRefusalKeys,
  ballotRefusalKeys,
  compositionRefusalKeys,
} from "../features/jury/refusal-keys.ts";
import type { MessageKey, MessageValues, Translate } from "./i18n/index.tsx";

export type { ErrorCode, ErrorParams, FieldErrorCode };

/** One sentence in the reader's language: a message key and the values of its placeholders. */
export interface Problem {
  key: MessageKey;
  values?: MessageValues;
}

type Describe = (params: ErrorParams) => Problem | Problem[];

const say =
  (key: MessageKey): Describe =>
  () => ({ key });

/** A list parameter as the reader sees it ("C1, C2"); a number or text as is. */
const shown = (value: ErrorParams[string] | undefined): string =>
  Array.isArray(value) ? value.join(", ") : String(value ?? "");

/** The named parameters, shown, as a message's values. */
const values = (params: ErrorParams, ...names: string[]): MessageValues =>
  Object.fromEntries(names.map((name) => [name, shown(params[name])]));

/** Each code of a rule's refusal table says its own sentence. */
const sayEach = <Code extends string>(keys: Record<Code, MessageKey>) =>
  Object.fromEntries(Object.entries<MessageKey>(keys).map(([code, key]) => [code, say(key)])) as Record<
    Code,
    Describe
  >;

const withParams =
  (key: MessageKey, ...names: string[]): Describe =>
  (params) => ({ key, values: values(params, ...names) });

const formatKeys: Record<string, MessageKey> = {
  date: "problem.date",
  datetime: "problem.datetime",
  email: "candidate.problem.email",
  insee_code: "candidate.problem.inseeCode",
  postal_code: "candidate.problem.postalCode",
  country_code: "candidate.problem.countryCode",
  phone: "candidate.problem.phone",
  siret: "company.problem.siretFormat",
  catalogue_code: "problem.catalogueCodeFormat",
  referential_code: "problem.codeFormat",
};

const expectedKeys: Record<string, MessageKey> = {
  number: "problem.expectedNumber",
  int: "problem.integer",
  string: "problem.expectedText",
  boolean: "problem.expectedBoolean",
  array: "problem.expectedList",
  object: "problem.expectedObject",
};

/** The date a date may not precede, named by the field the server gives (`other`); a start date otherwise. */
const otherDateKeys: Record<string, MessageKey> = {
  requestedOn: "problem.notBeforeRequest",
  "opinion.givenOn": "problem.notBeforeOpinion",
};

const capacityRefusals: [string, MessageKey][] = [
  ["unknown", "problem.unknownCapacities"],
  ["notAssessedByMethod", "problem.notAssessedByMethod"],
  ["notGap", "problem.notGaps"],
  ["alreadyValidated", "problem.alreadyValidated"],
  ["carriedOver", "problem.carriedOver"],
];

/**
 * What each field code says, in the reader's language. A `Record` over the server's union: a code the
 * server adds does not compile here until it has its words.
 */
export const fieldProblems: Record<FieldErrorCode, Describe> = {
  REQUIRED: say("problem.required"),
  CONTROL_CHARACTER: say("problem.controlCharacter"),
  MALFORMED_MULTIPART: say("problem.malformedMultipart"),
  SECRETARIAT_ONLY: say("problem.secretariatOnly"),
  ACCOUNT_UNAVAILABLE: say("problem.accountUnavailable"),
  UNKNOWN_FIELD: say("problem.invalidValue"),
  TOO_LONG: withParams("problem.tooLong", "max"),
  TOO_SHORT: withParams("problem.tooShort", "min"),
  TOO_MANY: withParams("problem.tooMany", "max"),
  TOO_FEW: withParams("problem.tooFew", "min"),
  TOO_BIG: (p) => ({
    key: p.inclusive === false ? "problem.lessThan" : "problem.atMost",
    values: values(p, "max"),
  }),
  TOO_SMALL: (p) => ({
    key: p.inclusive === false ? "problem.greaterThan" : "problem.atLeast",
    values: values(p, "min"),
  }),
  NOT_MULTIPLE_OF: withParams("problem.multipleOf", "divisor"),
  INVALID_FORMAT: (p) => ({ key: formatKeys[shown(p.format)] ?? "problem.format" }),
  INVALID_ENUM: withParams("problem.enum", "options"),
  INVALID_TYPE: (p) => ({ key: expectedKeys[shown(p.expected)] ?? "problem.invalidValue" }),
  INVALID_VALUE: say("problem.invalidValue"),
  MALFORMED_JSON: say("problem.malformedJson"),
  BODY_TOO_LARGE: say("problem.bodyTooLarge"),
  ALREADY_USED: say("problem.alreadyUsed"),
  UNKNOWN_REFERENCE: withParams("problem.unknownReference", "value"),
  BEFORE_OTHER_DATE: (p) => ({ key: otherDateKeys[shown(p.other)] ?? "problem.notBeforeStart" }),
  REVISION_STALE: withParams("problem.revisionStale", "current"),
  DUPLICATE_CODE: withParams("problem.duplicateCode", "code"),
  // Accounts.
  SCOPE_REQUIRED_FOR_ROLE: say("problem.scopeRequired"),
  SCOPE_NOT_FOR_ROLE: say("problem.scopeNotForRole"),
  NOT_A_CANDIDATE_ACCOUNT: say("problem.notCandidateAccount"),
  NOT_AN_EVALUATOR_ACCOUNT: say("problem.notEvaluatorAccount"),
  // Companies and candidates.
  SIRET_CHECKSUM: say("company.problem.siretChecksum"),
  NOT_PAST_DATE: say("candidate.problem.pastDate"),
  YEAR_TOO_EARLY: withParams("problem.yearTooEarly", "min"),
  BIRTHPLACE_REQUIRED: say("candidate.problem.birthPlace"),
  BIRTHPLACE_BOTH_CODES: say("candidate.problem.bothCodes"),
  COMPANY_REQUIRED: say("candidate.problem.companyRequired"),
  COMPANY_NOT_ALLOWED: say("candidate.problem.noCompany"),
  // Referentials: publication, adoption.
  NO_BLOCK: say("problem.noBlock"),
  BLOCK_WITHOUT_CAPACITY: withParams("problem.blockWithoutCapacity", "code"),
  CAPACITY_NEEDS_CRITERION: withParams("problem.capacityNeedsCriterion", "code"),
  CAPACITY_NEEDS_METHOD: withParams("problem.capacityNeedsMethod", "code"),
  CAPACITY_NEEDS_CRITERION_AND_METHOD: withParams("problem.capacityNeedsBoth", "code"),
  UNKNOWN_BLOCK: withParams("problem.unknownBlock", "code"),
  RESERVED_BLOCK_CODE: withParams("problem.reservedBlockCode", "code"),
  RESERVED_CAPACITY_CODE: withParams("problem.reservedCapacityCode", "code"),
  // Referentials: imported files.
  NOT_CSV: withParams("problem.invalidCsv", "detail"),
  NOT_XLSX: say("problem.notXlsx"),
  NO_SHEET: say("problem.noSheet"),
  NOT_HEADER_ROW: say("problem.headerRow"),
  EMPTY_GRID: withParams("problem.emptyGrid", "columns"),
  UNNAMED_COLUMN: (p) => ({ key: "problem.unnamedColumn", values: { column: shown(p.position) } }),
  UNKNOWN_COLUMN: withParams("problem.unknownColumn", "columns"),
  COLUMN_TWICE: say("problem.appearsTwice"),
  MISSING_COLUMN: say("problem.missingColumn"),
  DIFFERS_FROM_ROW: withParams("problem.differsFromRow", "firstRow", "value"),
  BEYOND_LAST_COLUMN: say("problem.beyondLastColumn"),
  CAPACITY_CODE_REQUIRED: say("problem.capacityCodeRequired"),
  UNKNOWN_METHOD: withParams("problem.unknownMethod", "method", "options"),
  NOT_A_NUMBER: withParams("problem.notANumber", "value"),
  NOT_CASE_PACKAGE: say("problem.notCasePackage"),
  IDENTIFIER_OF_DOCUMENT: say("problem.identifierOfDocument"),
  IDENTIFIER_TWICE: withParams("problem.identifierTwice", "identifier", "other"),
  UNKNOWN_ITEM_TYPE: withParams("problem.unknownItemType", "label", "options"),
  MISPLACED_ITEM_TYPE: withParams("problem.misplacedItemType", "found", "expected"),
  CHILD_OF_CRITERION: say("problem.childOfCriterion"),
  NO_SUCH_ITEM: withParams("problem.noSuchItem", "identifier"),
  PARENT_NOT_FOUND: withParams("problem.parentNotFound", "child", "identifier"),
  SECOND_PARENT: withParams("problem.secondParent", "child", "association"),
  NO_PARENT: say("problem.noParent"),
  PARENT_CYCLE: say("problem.parentCycle"),
  CODE_USED_BY_SIBLING: withParams("problem.duplicateCode", "code"),
  // Pathways.
  ACCREDITATION_MISSING: say("error.evaluatorNotAccredited.none"),
  ACCREDITATION_EXPIRED: withParams("problem.accreditationExpired", "until"),
  ACCREDITATION_NOT_YET_VALID: withParams("problem.accreditationNotYetValid", "from"),
  ACCREDITATION_REVOKED: say("error.evaluatorNotAccredited.revoked"),
  TRAINED_CANDIDATE: say("error.evaluatorTrainedCandidate"),
  IS_PATHWAY_EVALUATOR: say("problem.isPathwayEvaluator"),
  NOT_ADOPTED_BY_BRANCH: say("error.referentialNotAdopted"),
  NOT_A_GAP: withParams("problem.notAGap", "codes"),
  // Assessments.
  CAPACITIES_REFUSED: (p) =>
    capacityRefusals
      .filter(([name]) => p[name] !== undefined)
      .map(([name, key]) => ({ key, values: { codes: shown(p[name]) } })),
  NO_CAPACITY_TO_ASSESS: say("problem.noCapacityToAssess"),
  UNKNOWN_CRITERION: withParams("problem.unknownCriterion", "criterion"),
  CAPACITY_NOT_COVERED: withParams("problem.capacityNotCovered", "capacity"),
  GIVEN_TWICE: withParams("problem.givenTwice", "item"),
  NOT_SCORED: say("problem.notScored"),
  NO_ENTRY: say("problem.noEntry"),
  NOT_JUDGED: say("problem.notJudged"),
  BEFORE_REGISTRATION: withParams("problem.beforeRegistration", "registeredOn"),
  TOO_FAR_AHEAD: withParams("problem.tooFarAhead", "days"),
  NOT_FOR_METHOD: say("problem.notForMethod"),
  FILE_TOO_LARGE: say("error.evidenceTooLarge"),
  FILE_TYPE_NOT_ALLOWED: say("error.evidenceTypeNotAllowed"),
  ONE_FILE_ONLY: say("problem.oneFileOnly"),
  // Jury.
  ...sayEach(compositionRefusalKeys),
  ...sayEach(attendanceRefusalKeys),
  ...sayEach(ballotRefusalKeys),
  NOT_A_JURY_ACCOUNT: say("error.notAJuryAccount"),
  NOT_READY_FOR_JURY: say("error.pathwayNotReadyForJury"),
  OF_ANOTHER_BRANCH: say("error.pathwayOfAnotherBranch"),
  ON_ANOTHER_AGENDA: say("error.pathwayOnAnotherAgenda"),
  NO_COUNTED_PROXY: say("error.noSuchProxy"),
  PLACE_OR_VIDEO_LINK: say("jurySession.placeOrLink"),
  DECISION_REQUIRED: say("error.appealDecisionRequired"),
  // Governance.
  SET_BY_ADHESION_DECISION: say("problem.setByAdhesionDecision"),
  NOT_OPERATED_BY_BRANCH: say("problem.notOperatedByBranch"),
  DECISION_SUBJECT_REQUIRED: say("problem.decisionSubjectRequired"),
  NOT_IN_LIBRARY: say("problem.notInLibrary"),
  NOT_A_RECOGNITION: say("problem.notARecognition"),
};

const notAccreditedKeys: Record<string, MessageKey> = {
  none: "error.evaluatorNotAccredited.none",
  expired: "error.evaluatorNotAccredited.expired",
  upcoming: "error.evaluatorNotAccredited.notYetValid",
  revoked: "error.evaluatorNotAccredited.revoked",
};

const accountLinkKeys: Record<string, MessageKey> = {
  unknown: "error.accountLinkInvalid.unknown",
  used: "error.accountLinkInvalid.used",
  expired: "error.accountLinkInvalid.expired",
};

/** What each refusal code says, in the reader's language; complete by type like `fieldProblems`. */
export const refusals: Record<ErrorCode, Describe> = {
  VALIDATION_FAILED: say("error.validationFailed"),
  MALFORMED_JSON: say("problem.malformedJson"),
  PAYLOAD_TOO_LARGE: say("problem.bodyTooLarge"),
  UNSUPPORTED_MEDIA_TYPE: say("error.unsupportedMediaType"),
  BAD_REQUEST: say("error.badRequest"),
  UNAUTHENTICATED: say("error.unauthenticated"),
  FORBIDDEN: say("error.forbidden"),
  ROUTE_NOT_FOUND: say("error.notFound"),
  RATE_LIMITED: say("error.rateLimited"),
  INTERNAL_ERROR: say("error.server"),
  INVALID_CREDENTIALS: say("error.invalidCredentials"),
  LOGIN_TEMPORARILY_LOCKED: say("error.loginLocked"),
  EMAIL_TAKEN: say("error.emailTaken"),
  USER_NOT_FOUND: say("error.notFound"),
  API_TOKEN_NOT_FOUND: say("error.notFound"),
  CANNOT_DEMOTE_SELF: say("error.cannotDemoteSelf"),
  ACCOUNT_LINK_INVALID: (p) => ({
    key: accountLinkKeys[shown(p.reason)] ?? "error.accountLinkInvalid.unknown",
  }),
  BRANCH_NOT_FOUND: say("error.notFound"),
  QUALIFICATION_NOT_FOUND: say("error.notFound"),
  BRANCH_CODE_TAKEN: say("error.branchCodeTaken"),
  QUALIFICATION_CODE_TAKEN: say("error.qualificationCodeTaken"),
  NOT_YOUR_BRANCH: say("error.notYourBranch"),
  OPERATION_NOT_FOUND: say("error.notFound"),
  QUALIFICATION_NOT_OPERATED: withParams("error.qualificationNotOperated", "branchCode", "qualificationCode"),
  COMPANY_NOT_FOUND: say("error.notFound"),
  SIRET_TAKEN: say("company.problem.siretTaken"),
  CANDIDATE_NOT_FOUND: say("error.notFound"),
  NOT_YOUR_COMPANY: say("error.notYourCompany"),
  CANDIDATE_ACCOUNT_TAKEN: say("error.candidateAccountTaken"),
  IMPORT_FAILED: say("error.importFailed"),
  VERSION_NOT_FOUND: say("error.notFound"),
  VERSION_NOT_EDITABLE: say("error.versionNotEditable"),
  REVISION_CONFLICT: say("error.revisionConflict"),
  DRAFT_EXISTS: say("error.draftExists"),
  VERSION_INCOMPLETE: say("error.versionIncomplete"),
  REFERENTIAL_NOT_ADOPTED: say("error.referentialNotAdopted"),
  CERTIFICATE_OF_ANOTHER_HOLDER: say("error.certificateOfAnotherHolder"),
  CERTIFICATE_REVOKED: withParams("error.certificateRevoked", "number"),
  NOTHING_CARRIED_OVER: withParams("error.nothingCarriedOver", "number"),
  NOTHING_LEFT_TO_ASSESS: withParams("error.nothingLeftToAssess", "number"),
  VERSION_NOT_PUBLISHED: say("error.versionNotPublished"),
  TRANSITION_NOT_ALLOWED: say("error.transitionNotAllowed"),
  EVALUATOR_NOT_ASSIGNED: say("error.evaluatorNotAssigned"),
  NO_CLOSED_ASSESSMENT: say("error.noClosedAssessment"),
  ASSESSMENT_STILL_OPEN: say("error.assessmentStillOpen"),
  PATHWAY_NOT_AT_LEVEL: say("error.pathwayNotAtLevel"),
  PATHWAY_ALREADY_AT_LEVEL: say("error.pathwayAlreadyAtLevel"),
  TRAINING_PLAN_MISSING: say("error.trainingPlanMissing"),
  PATHWAY_NOT_FOUND: say("error.notFound"),
  PATHWAY_CHANGED: say("error.pathwayChanged"),
  EVALUATOR_NOT_ACCREDITED: (p) => ({
    key: notAccreditedKeys[shown(p.reason)] ?? "error.evaluatorNotAccredited",
  }),
  EVALUATOR_TRAINED_CANDIDATE: say("error.evaluatorTrainedCandidate"),
  ACCREDITATION_NOT_FOUND: say("error.notFound"),
  ASSESSMENT_NOT_FOUND: say("error.notFound"),
  EVIDENCE_NOT_FOUND: say("error.notFound"),
  EVIDENCE_NOT_UPLOADER: say("error.evidenceNotUploader"),
  ASSESSMENT_NOT_OPEN: say("error.assessmentNotOpen"),
  ASSESSMENT_CLOSED: say("error.assessmentClosed"),
  ASSESSMENT_INCOMPLETE: say("error.assessmentIncomplete"),
  ASSESSMENT_ALREADY_OPEN: say("error.assessmentAlreadyOpen"),
  BOOKLET_WRITTEN_BY_CANDIDATE: say("error.bookletWrittenByCandidate"),
  BOOKLET_JUDGED_BY_EVALUATOR: say("error.bookletJudgedByEvaluator"),
  BOOKLET_SUBMITTED: say("error.bookletSubmitted"),
  BOOKLET_NOT_SUBMITTED: say("error.bookletNotSubmitted"),
  NOT_ASSIGNED_EVALUATOR: say("error.notAssignedEvaluator"),
  EVIDENCE_TOO_LARGE: say("error.evidenceTooLarge"),
  EVIDENCE_TYPE_NOT_ALLOWED: say("error.evidenceTypeNotAllowed"),
  ISSUER_KEY_EXISTS: say("error.issuerKeyExists"),
  ISSUER_KEY_MISSING: (p) => ({
    key:
      p.reason === "private_key_missing"
        ? "error.issuerKeyMissing.privateKeyMissing"
        : "error.issuerKeyMissing",
  }),
  ISSUER_KEY_CHANGED: say("error.issuerKeyChanged"),
  CERTIFICATE_NOT_FOUND: say("error.certificateNotFound"),
  CERTIFICATE_ALREADY_REVOKED: say("error.certificateAlreadyRevoked"),
  AWARD_BLOCKS_INVALID: say("error.awardBlocksInvalid"),
  JURY_SESSION_NOT_CLOSED: say("error.jurySessionNotClosed"),
  CDC_NOT_CONFIGURED: say("error.cdcNotConfigured"),
  CDC_CERTIFICATION_UNKNOWN: say("error.cdcCertificationUnknown"),
  CDC_NOTHING_TO_DECLARE: say("error.cdcNothingToDeclare"),
  CONTROL_CHARACTER: say("error.controlCharacter"),
  FOREIGN_ORIGIN: say("error.foreignOrigin"),
  ORIGIN_REQUIRED: say("error.originRequired"),
  CANDIDATE_NOT_EDITABLE: say("error.candidateNotEditable"),
  ACCOUNT_LINK_FORBIDDEN: say("error.accountLinkForbidden"),
  CANDIDATE_ACCOUNT_UNAVAILABLE: say("error.candidateAccountUnavailable"),
  MALFORMED_MULTIPART: say("error.malformedMultipart"),
  ACCREDITATION_ALREADY_REVOKED: say("error.accreditationAlreadyRevoked"),
  JURY_DECISION_REQUIRED: say("error.juryDecisionRequired"),
  // Governance.
  BRANCH_NOT_ADHERED: withParams("error.branchNotAdhered", "branchCode", "decisionDate"),
  BODY_NOT_FOUND: say("error.notFound"),
  BODY_EXISTS: withParams("error.bodyExists", "branchCode"),
  NOT_YOUR_BODY: say("error.notYourBody"),
  DECISION_NOT_FOR_THIS_BODY: say("error.decisionNotForThisBody"),
  ADHESION_REQUEST_NOT_FOUND: say("error.notFound"),
  BRANCH_ALREADY_ADHERED: withParams("error.branchAlreadyAdhered", "branchCode", "adheredOn"),
  ADHESION_ALREADY_REQUESTED: withParams("error.adhesionAlreadyRequested", "branchCode"),
  ADHESION_NOT_AWAITING_OPINION: say("error.adhesionNotAwaitingOpinion"),
  ADHESION_NOT_AWAITING_DECISION: say("error.adhesionNotAwaitingDecision"),
  ADHESION_OPINION_NOT_FAVOURABLE: say("error.adhesionOpinionNotFavourable"),
  DOCUMENT_NOT_FOUND: say("error.notFound"),
  DOCUMENT_FORM_INVALID: say("error.documentFormInvalid"),
  // Correspondences.
  CORRESPONDENCE_SELF_LINK: say("error.correspondenceSelfLink"),
  CORRESPONDENCE_DUPLICATE: say("error.correspondenceDuplicate"),
  CORRESPONDENCE_CYCLE: say("error.correspondenceCycle"),
  CORRESPONDENCE_VERSION_NOT_PUBLISHED: withParams(
    "error.correspondenceVersionNotPublished",
    "qualificationCode",
    "version",
  ),
  EXTERNAL_CERTIFICATION_CODE_TAKEN: withParams("error.externalCertificationCodeTaken", "code"),
  // Jury.
  ...sayEach(compositionRefusalKeys),
  ...sayEach(attendanceRefusalKeys),
  ...sayEach(ballotRefusalKeys),
  JURY_SESSION_NOT_FOUND: say("error.notFound"),
  AGENDA_ITEM_NOT_FOUND: say("error.notFound"),
  JURY_DECISION_NOT_FOUND: say("error.notFound"),
  APPEAL_NOT_FOUND: say("error.notFound"),
  JURY_SESSION_LOCKED: say("error.sessionLocked"),
  JURY_SESSION_ALREADY_SITTING: say("error.sessionAlreadySitting"),
  JURY_SESSION_CHANGED: say("error.sessionChanged"),
  JURY_SESSION_HAS_DELIBERATED: say("error.sessionHasDeliberated"),
  NOT_A_JURY_ACCOUNT: say("error.notAJuryAccount"),
  PATHWAY_NOT_READY_FOR_JURY: say("error.pathwayNotReadyForJury"),
  PATHWAY_OF_ANOTHER_BRANCH: say("error.pathwayOfAnotherBranch"),
  PATHWAY_ALREADY_ON_AN_AGENDA: say("error.pathwayOnAnotherAgenda"),
  QUORUM_NOT_MET: say("error.quorumNotMet"),
  NOT_A_PRESENT_MEMBER: say("error.notPresentMember"),
  NO_SUCH_PROXY: say("error.noSuchProxy"),
  ALREADY_VOTED: say("error.alreadyVoted"),
  DELIBERATION_CLOSED: say("error.deliberationClosed"),
  VOTES_MISSING: say("error.votesMissing"),
  NOT_THE_PRESIDENT: say("error.notThePresident"),
  DELIBERATIONS_STILL_OPEN: say("error.deliberationsStillOpen"),
  MINUTES_NOT_READY: say("error.minutesNotReady"),
  APPEAL_DELAY_PASSED: say("error.appealDelayPassed"),
  APPEAL_ALREADY_LODGED: say("error.appealAlreadyLodged"),
  APPEAL_ALREADY_ANSWERED: say("error.appealAlreadyAnswered"),
  NOTHING_TO_APPEAL: say("error.nothingToAppeal"),
  ATTENDANCE_FIXED_BY_VOTES: say("error.attendanceFixed"),
  JURY_DECISION_SUPERSEDED: say("error.decisionSuperseded"),
  APPEAL_PENDING: say("error.appealPending"),
};

const asList = (problems: Problem | Problem[]) => (Array.isArray(problems) ? problems : [problems]);

/** The sentences of one field error; a code this build does not know falls back to its English message. */
export function problemsOfField(field: {
  code: string;
  params?: ErrorParams;
  message: string;
}): Problem[] | null {
  const describe = Object.hasOwn(fieldProblems, field.code)
    ? fieldProblems[field.code as FieldErrorCode]
    : undefined;
  return describe ? asList(describe(field.params ?? {})) : null;
}

/** The sentences of a refusal code, or null for a code this build does not know. */
export function problemsOfRefusal(code: string, params: ErrorParams = {}): Problem[] | null {
  const describe = Object.hasOwn(refusals, code) ? refusals[code as ErrorCode] : undefined;
  return describe ? asList(describe(params)) : null;
}

export const describeProblems = (problems: Problem[], t: Translate) =>
  problems.map((problem) => t(problem.key, problem.values)).join(" ");
