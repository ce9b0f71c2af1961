import type { AssessmentView } from "../features/assessments/types.ts";
import type { AgendaItemView, JuryMember, JurySessionDetail, TallyView } from "../features/jury/types.ts";
import type { CarriedCapacity, GapAnalysis, PathwayDetail } from "../features/pathways/types.ts";
import type { Block, Capacity } from "../features/referentials/types.ts";
import { type MessageKey, type MessageValues, translate } from "../lib/i18n/index.tsx";

/** Shared builders of the web app's unit tests: each returns a valid value, with the given parts replaced. */

/** The French catalogue, as the pages use it. */
export const t = (key: MessageKey, values?: MessageValues) => translate("fr", key, values);

export function buildCapacity(overrides: Partial<Capacity> = {}): Capacity {
  const code = overrides.code ?? "C1";
  return {
    code,
    title: `Capacité ${code}`,
    conditions: "",
    methods: ["observation"],
    criteria: [
      { code: `${code}.1`, indicator: "Premier résultat attendu", weight: 1 },
      { code: `${code}.2`, indicator: "Second résultat attendu", weight: 1 },
    ],
    ...overrides,
  };
}

export function buildBlock(overrides: Partial<Block> = {}): Block {
  return { code: "B1", title: "Bloc B1", rncpCode: null, capacities: [buildCapacity()], ...overrides };
}

export function buildPathway(overrides: Partial<PathwayDetail> = {}): PathwayDetail {
  return {
    id: 1,
    candidate: { id: 1, displayName: "Camille ESSAI", companyId: 1 },
    branchCode: "UIMM",
    qualificationCode: "CEI",
    qualificationTitle: "Conducteur d'Équipements Industriels",
    version: 1,
    route: "mixed",
    status: "positioning",
    registeredOn: "2026-09-14",
    statusChangedAt: "2026-09-15T08:00:00.000Z",
    evaluatorUserId: 3,
    evaluator: { id: 3, displayName: "Claire Évaluatrice" },
    referential: {
      passRule: { kind: "all_capacities" },
      validity: { kind: "lifetime" },
      moduleCodes: [],
      blocks: [buildBlock()],
    },
    acquiredCapacities: [],
    carriedOver: [],
    gaps: [{ blockCode: "B1", capacityCode: "C1" }],
    isAtLevel: false,
    trainingPlans: [],
    jury: { decision: null, appeals: [], appealUntil: null },
    certificateNumber: null,
    moves: [
      { event: "complete_positioning", refusal: null },
      { event: "withdraw", refusal: null },
    ],
    timeline: [],
    ...overrides,
  };
}

export function buildGapAnalysis(overrides: Partial<GapAnalysis> = {}): GapAnalysis {
  return {
    pathwayId: 1,
    passRule: { kind: "all_capacities" },
    validity: { kind: "lifetime" },
    moduleCodes: [],
    isAtLevel: false,
    isPassed: false,
    overallScore: null,
    blocks: [],
    gaps: [],
    carriedOver: [],
    criteria: [],
    ...overrides,
  };
}

/** C1 carried over, as the same capacity, from a LEEM certificate of the CEI still in force. */
export function buildCarriedCapacity(overrides: Partial<CarriedCapacity> = {}): CarriedCapacity {
  return {
    capacityCode: "C1",
    certificate: {
      number: "CQPI-2025-LEEM-0001",
      qualificationCode: "CEI",
      branchCode: "LEEM",
      awardedOn: "2025-03-12",
      isRevoked: false,
    },
    via: { kind: "direct", qualificationCode: "CEI", version: 1, capacityCode: "C1" },
    counts: true,
    ...overrides,
  };
}

export function buildAssessmentView(overrides: Partial<AssessmentView> = {}): AssessmentView {
  return {
    id: 7,
    pathwayId: 1,
    method: "observation",
    sitting: 1,
    status: "open",
    revision: 0,
    heldOn: "2026-11-26",
    assessorUserId: 3,
    closedAt: null,
    capacityCodes: ["C1", "C2"],
    capacities: ["C1", "C2"].map((code) => ({
      blockCode: "B1",
      code,
      title: `Capacité ${code}`,
      conditions: "",
      criteria: [
        { code: `${code}.1`, indicator: "Premier résultat attendu" },
        { code: `${code}.2`, indicator: "Second résultat attendu" },
      ],
    })),
    scores: [],
    entries: [],
    submittedAt: null,
    judgements: [],
    evidence: [],
    ...overrides,
  };
}

export function buildJuryMember(overrides: Partial<JuryMember> = {}): JuryMember {
  return {
    userId: 5,
    displayName: "Marc Collège employeurs",
    college: "employer",
    organisation: "UIMM",
    seat: "president",
    presence: null,
    proxyUserId: null,
    ...overrides,
  };
}

const noVotes = { award: 0, partial_award: 0, refusal: 0, deferral: 0 };

export function buildTally(overrides: Partial<TallyView> = {}): TallyView {
  return { employer: noVotes, employee: noVotes, total: noVotes, majorityNeeds: 2, base: 2, ...overrides };
}

export function buildAgendaItem(overrides: Partial<AgendaItemView> = {}): AgendaItemView {
  return {
    pathwayId: 1,
    candidate: { id: 1, displayName: "Camille ESSAI" },
    qualificationCode: "CEI",
    qualificationTitle: "Conducteur d'Équipements Industriels",
    blocks: [{ code: "B1", title: "Bloc B1" }],
    pathwayStatus: "ready_for_jury",
    deliberation: "open",
    votes: [],
    tally: buildTally(),
    decision: null,
    evidence: {
      gapAnalysis: buildGapAnalysis(),
      assessments: [],
      evaluators: [],
      referentialBlocks: [buildBlock()],
    },
    ...overrides,
  };
}

export function buildJurySession(overrides: Partial<JurySessionDetail> = {}): JurySessionDetail {
  return {
    id: 1,
    branchCode: "UIMM",
    branchName: "Métallurgie",
    sittingOn: "2026-12-10",
    place: "Paris",
    videoLink: null,
    status: "in_progress",
    presidingCollege: "employer",
    memberCount: 2,
    agendaCount: 1,
    decidedCount: 0,
    closedAt: null,
    rules: {
      branchCode: "UIMM",
      evenYearPresidingCollege: "employer",
      requiresParity: false,
      majorityBase: "present",
      noMajorityOutcome: "deferral",
      appealDelayMonths: 2,
    },
    members: [
      buildJuryMember({ presence: "present" }),
      buildJuryMember({
        userId: 6,
        displayName: "Nadia Collège salariés",
        college: "employee",
        organisation: "CFDT",
        seat: "vice_president",
        presence: "present",
      }),
    ],
    quorum: { hasQuorum: true, missing: [] },
    agenda: [buildAgendaItem()],
    viewer: { canManage: false, seat: "president", presence: "present", proxyFor: null },
    ...overrides,
  };
}
