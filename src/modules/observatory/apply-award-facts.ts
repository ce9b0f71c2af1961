import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AwardCapacityFactTable, AwardFactTable } from "../../db/schema-observatory.ts";
import { tallyAwards } from "./award-tallies.ts";
import {
  addAwardTallies,
  findAwardCircumstances,
  insertAwardFacts,
  listUnfactedCertificateIds,
} from "./repository.ts";
import { awardFigures } from "./rules.ts";

/** What is known of one certificate, its holder and pathway when it is issued. */
export interface AwardRecord {
  certificateId: number;
  pathwayId: number;
  candidateId: number;
  branchCode: string;
  qualificationCode: string;
  kind: "full" | "partial";
  awardedOn: string;
  awardYear: number;
  registeredOn: string;
  pathwayRoute: AwardFactTable["pathway_route"];
  birthDate: string;
  hasPriorCertification: boolean;
  hasEarlierCertificate: boolean;
  hasTrainingPlan: boolean;
  /** The capacities of the pathway's training plans. */
  trainedCapacities: ReadonlySet<string>;
  /** The capacities of the blocs the certificate states, in the referential's order. */
  capacityCodes: readonly string[];
}

export interface AwardFactRows {
  fact: Insertable<AwardFactTable>;
  capacities: Insertable<AwardCapacityFactTable>[];
}

/** The rows of a certificate's statistics facts: one for the award, one per capacity it certifies. */
export function awardFactRows(r: AwardRecord): AwardFactRows {
  const figures = awardFigures({
    birthDate: r.birthDate,
    awardedOn: r.awardedOn,
    registeredOn: r.registeredOn,
    hasPriorCertification: r.hasPriorCertification,
    hasEarlierCertificate: r.hasEarlierCertificate,
    hasTrainingPlan: r.hasTrainingPlan,
  });
  return {
    fact: {
      certificate_id: r.certificateId,
      pathway_id: r.pathwayId,
      candidate_id: r.candidateId,
      branch_code: r.branchCode,
      qualification_code: r.qualificationCode,
      kind: r.kind,
      awarded_on: r.awardedOn,
      award_year: r.awardYear,
      registered_on: r.registeredOn,
      age_at_award: figures.ageAtAward,
      is_over_45: figures.isOver45 ? 1 : 0,
      is_first_certification: figures.isFirstCertification ? 1 : 0,
      route: figures.route,
      pathway_route: r.pathwayRoute,
      registration_to_award_days: figures.registrationToAwardDays,
      declaration_due_on: figures.declarationDueOn,
      declared_on: null,
    },
    capacities: r.capacityCodes.map((code) => ({
      certificate_id: r.certificateId,
      qualification_code: r.qualificationCode,
      capacity_code: code,
      needed_training: r.trainedCapacities.has(code) ? 1 : 0,
    })),
  };
}

/**
 * Records a certificate's statistics facts, on the transaction that issues it: the holder's age at the
 * award, whether it is their first certification, whether training was needed (and for which of the
 * certified capacities), the days from registration, and the declaration deadline; and adds them to the
 * counts the figures read. Written once; the figures only count these rows.
 */
export async function applyAwardFacts(
  trx: Kysely<Database>,
  input: { certificateId: number },
): Promise<void> {
  const rows = await recordAwardFacts(trx, input.certificateId);
  await applyAwardTallies(trx, [rows]);
}

/** Adds awards' facts to the counts the figures read (the facts themselves are written by the caller). */
export async function applyAwardTallies(trx: Kysely<Database>, awards: readonly AwardFactRows[]) {
  await addAwardTallies(trx, tallyAwards(awards));
}

async function recordAwardFacts(trx: Kysely<Database>, certificateId: number): Promise<AwardFactRows> {
  const found = await findAwardCircumstances(trx, certificateId);
  if (!found) throw new Error(`certificate ${certificateId} has no pathway or candidate`);
  const { row } = found;
  const rows = awardFactRows({
    certificateId: row.id,
    pathwayId: row.pathway_id,
    candidateId: row.candidate_id,
    branchCode: row.branch_code,
    qualificationCode: row.qualification_code,
    kind: row.kind,
    awardedOn: row.awarded_on,
    awardYear: row.award_year,
    registeredOn: row.registered_on,
    pathwayRoute: row.route,
    birthDate: row.birth_date,
    hasPriorCertification: row.has_prior_certification === 1,
    hasEarlierCertificate: found.hasEarlierCertificate,
    hasTrainingPlan: found.hasTrainingPlan,
    trainedCapacities: found.trainedCapacities,
    capacityCodes: found.capacityCodes,
  });
  await insertAwardFacts(trx, rows.fact, rows.capacities);
  return rows;
}

/** Certificates without facts (issued before the observatory existed), in the order they were awarded. */
export const listCertificatesWithoutFacts = (db: Kysely<Database>) => listUnfactedCertificateIds(db);

/**
 * The facts of the certificates issued before the observatory, in the order they were awarded (the
 * counts are made from them by the migration that keeps them).
 */
export async function backfillAwardFacts(db: Kysely<Database>): Promise<void> {
  for (const id of await listCertificatesWithoutFacts(db)) await recordAwardFacts(db, id);
}
