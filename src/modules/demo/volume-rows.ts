import { searchKey } from "../../server/search-text.ts";
import type { AwardFactRows } from "../observatory/apply-award-facts.ts";
import type { PathwayEvent, PathwayStatus } from "../pathways/rules.ts";
import { addJuryAndCertificateRows } from "./volume-certificate-rows.ts";
import { addDays, at, volumeCalibration } from "./volume-history.ts";
import { BIRTH_PLACES, FAMILY_NAMES, FIRST_NAMES, ORGANISATIONS } from "./volume-names.ts";
import type { BulkRow } from "./volume-repository.ts";
import type { volumeTables } from "./volume-tables.ts";

/** A CQPI's published referential as the history uses it: blocs of capacities, each with its criteria. */
export interface VolumeQualification {
  id: number;
  code: string;
  title: string;
  versionId: number;
  version: number;
  blocks: { code: string; capacities: { id: number; code: string; criterionIds: number[] }[] }[];
}
export interface VolumeBranch {
  id: number;
  code: string;
  name: string;
  companyIds: number[];
}
export interface VolumePair {
  branch: VolumeBranch;
  qualification: VolumeQualification;
  adoptionId: number | null;
}

export type VolumeRows = Record<keyof typeof volumeTables, BulkRow[]>;
export const emptyRows = (): VolumeRows => ({
  companies: [],
  candidates: [],
  pathways: [],
  transitions: [],
  trainingPlans: [],
  assessments: [],
  scores: [],
  sessions: [],
  agenda: [],
  decisions: [],
  certificates: [],
  facts: [],
  capacityFacts: [],
});

/** What one award of the history is: its day, who awards it, and the next ids to give. */
export interface VolumeAward {
  day: string;
  pair: VolumePair;
  evaluatorId: number | null;
  sessionId: number;
  isNewSession: boolean;
  statusList: { id: number; index: number };
}

export interface VolumeIds {
  candidates: number;
  pathways: number;
  pathway_transitions: number;
  training_plans: number;
  assessments: number;
  jury_agenda_items: number;
  jury_decisions: number;
  certificates: number;
}

/**
 * The rows of one award as the platform's own workflow leaves them: the candidate; the pathway, awarded
 * (or partially), with its timeline from registration through positioning (and training and a second
 * evaluation on the gaps, unless awarded directly on experience) to the jury; the closed observation grids with
 * a score per criterion; then the jury's and the certificate's rows (volume-certificate-rows.ts).
 */
export function addAwardRows(
  rows: VolumeRows,
  ids: VolumeIds,
  award: VolumeAward,
  random: () => number,
  takeNumber: (branchCode: string, year: number) => string,
): AwardFactRows {
  const { day, pair } = award;
  const { branch, qualification } = pair;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const c = volumeCalibration;

  const isDirect = random() < c.directShare;
  const isPartial = qualification.blocks.length > 1 && random() < c.partialShare;
  const isOver45 = random() < c.over45Share;
  const age = isOver45 ? 45 + Math.floor(random() * 18) : 19 + Math.floor(random() * 26);
  const birthDate = addDays(
    `${Number(day.slice(0, 4)) - age}${day.slice(4)}`.replace(/-02-29$/, "-02-28"),
    -(1 + Math.floor(random() * 360)),
  );
  const registeredOn = addDays(
    day,
    -(isDirect ? 45 + Math.floor(random() * 180) : 120 + Math.floor(random() * 400)),
  );
  const span = (Date.parse(day) - Date.parse(registeredOn)) / 86_400_000;
  const on = (share: number) => addDays(registeredOn, Math.floor(span * share));

  const sex = random() < 0.45 ? "F" : "M";
  const familyName = pick(FAMILY_NAMES);
  const firstName = pick(FIRST_NAMES[sex]);
  const [inseeCode, city] = pick(BIRTH_PLACES);
  const employment = random() < 0.88 ? "employee" : random() < 0.5 ? "temporary_worker" : "job_seeker";
  const companyId = employment === "job_seeker" ? null : pick(branch.companyIds);
  const candidateId = ids.candidates++;
  rows.candidates.push([
    candidateId,
    familyName,
    JSON.stringify([firstName]),
    birthDate,
    sex,
    inseeCode,
    city,
    employment,
    companyId,
    random() < c.priorCertificationShare ? 1 : 0,
    branch.id,
    at(registeredOn, "08:00:00"),
    at(registeredOn, "08:00:00"),
    searchKey(familyName, firstName),
  ]);
  const hasPriorCertification = rows.candidates.at(-1)![9] === 1;

  const capacities = qualification.blocks.flatMap((b) =>
    b.capacities.map((cap) => ({ ...cap, block: b.code })),
  );
  const missingBlock = isPartial ? pick(qualification.blocks).code : null;
  const gaps = new Set<string>();
  if (!isDirect) {
    const wanted = 1 + Math.floor(random() * Math.min(3, capacities.length));
    while (gaps.size < wanted) gaps.add(pick(capacities).code);
  }

  const pathwayId = ids.pathways++;
  const status: PathwayStatus = isPartial ? "partially_awarded" : "awarded";
  const route = isDirect ? "experience" : random() < 0.5 ? "training" : "mixed";
  rows.pathways.push([
    pathwayId,
    candidateId,
    branch.id,
    qualification.id,
    qualification.versionId,
    pair.adoptionId,
    route,
    status,
    award.evaluatorId,
    registeredOn,
    at(day, "16:00:00"),
    at(registeredOn, "08:00:00"),
    at(day, "16:00:00"),
  ]);
  const moves: [PathwayEvent | "register", PathwayStatus | null, PathwayStatus, string][] = [
    ["register", null, "registered", at(registeredOn, "08:00:00")],
    ["start_positioning", "registered", "positioning", at(on(0.05), "09:00:00")],
    ["complete_positioning", "positioning", "positioned", at(on(0.3), "11:00:00")],
  ];
  if (isDirect) moves.push(["submit_to_jury", "positioned", "ready_for_jury", at(on(0.6), "10:00:00")]);
  else
    moves.push(
      ["start_training", "positioned", "in_training", at(on(0.36), "09:00:00")],
      ["start_reassessment", "in_training", "reassessment", at(on(0.75), "09:00:00")],
      ["submit_to_jury", "reassessment", "ready_for_jury", at(on(0.85), "10:00:00")],
    );
  moves.push([isPartial ? "award_partially" : "award", "ready_for_jury", status, at(day, "16:00:00")]);
  for (const [event, from, to, occurredAt] of moves)
    rows.transitions.push([ids.pathway_transitions++, pathwayId, event, from, to, occurredAt]);

  const scoreOf = (code: string, block: string, sitting: 1 | 2) => {
    if (block === missingBlock) return "partially";
    if (sitting === 1 && gaps.has(code)) return random() < 0.5 ? "partially" : "not_acquired";
    return "acquired";
  };
  const sittings: [1 | 2, typeof capacities, string][] = [[1, capacities, on(0.25)]];
  if (!isDirect) sittings.push([2, capacities.filter((cap) => gaps.has(cap.code)), on(0.8)]);
  for (const [sitting, assessed, heldOn] of sittings) {
    const assessmentId = ids.assessments++;
    rows.assessments.push([
      assessmentId,
      pathwayId,
      "observation",
      sitting,
      JSON.stringify(assessed.map((cap) => cap.code)),
      award.evaluatorId,
      heldOn,
      "closed",
      1,
      at(heldOn, "08:30:00"),
      at(heldOn, "12:00:00"),
      at(heldOn, "12:00:00"),
    ]);
    for (const cap of assessed) {
      const score = scoreOf(cap.code, cap.block, sitting);
      for (const criterionId of cap.criterionIds) rows.scores.push([assessmentId, criterionId, score, ""]);
    }
  }
  if (!isDirect)
    rows.trainingPlans.push([
      ids.training_plans++,
      pathwayId,
      JSON.stringify([...gaps]),
      pick(ORGANISATIONS),
      35 * gaps.size,
      on(0.37),
      on(0.7),
      "Formateur de l'organisme",
      at(on(0.35), "10:00:00"),
    ]);

  return addJuryAndCertificateRows(
    rows,
    ids,
    award,
    {
      id: pathwayId,
      candidateId,
      registeredOn,
      route,
      holder: { firstName, familyName, birthDate, hasPriorCertification },
      missingBlock,
      trainedCapacities: gaps,
      capacities,
      addedToAgendaOn: on(0.9),
    },
    random,
    takeNumber,
  );
}
