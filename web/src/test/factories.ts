import type { AssessmentView } from "../features/assessments/types.ts";
import type { GapAnalysis, PathwayDetail } from "../features/pathways/types.ts";
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
    gaps: [{ blockCode: "B1", capacityCode: "C1" }],
    isAtLevel: false,
    trainingPlans: [],
    jury: { decision: null, appeals: [], appealUntil: null },
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
    criteria: [],
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
    evidence: [],
    ...overrides,
  };
}
