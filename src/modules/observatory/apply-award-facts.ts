import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findAwardCircumstances, insertAwardFacts, listUnfactedCertificateIds } from "./repository.ts";
import { awardFigures } from "./rules.ts";

/**
 * Records a certificate's statistics facts, on the transaction that issues it: the holder's age at the
 * award, whether it is their first certification, whether training was needed (and for which of the
 * certified capacities), the days from registration, and the declaration deadline. Written once;
 * the figures only count these rows.
 */
export async function applyAwardFacts(
  trx: Kysely<Database>,
  input: { certificateId: number },
): Promise<void> {
  const found = await findAwardCircumstances(trx, input.certificateId);
  if (!found) throw new Error(`certificate ${input.certificateId} has no pathway or candidate`);
  const { row, trainedCapacities, capacityCodes, hasEarlierCertificate } = found;
  const figures = awardFigures({
    birthDate: row.birth_date,
    awardedOn: row.awarded_on,
    registeredOn: row.registered_on,
    hasPriorCertification: row.has_prior_certification === 1,
    hasEarlierCertificate,
    hasTrainingPlan: found.hasTrainingPlan,
  });
  await insertAwardFacts(
    trx,
    {
      certificate_id: row.id,
      pathway_id: row.pathway_id,
      candidate_id: row.candidate_id,
      branch_code: row.branch_code,
      qualification_code: row.qualification_code,
      kind: row.kind,
      awarded_on: row.awarded_on,
      award_year: row.award_year,
      registered_on: row.registered_on,
      age_at_award: figures.ageAtAward,
      is_over_45: figures.isOver45 ? 1 : 0,
      is_first_certification: figures.isFirstCertification ? 1 : 0,
      route: figures.route,
      pathway_route: row.route,
      registration_to_award_days: figures.registrationToAwardDays,
      declaration_due_on: figures.declarationDueOn,
      declared_on: null,
    },
    capacityCodes.map((code) => ({
      certificate_id: row.id,
      qualification_code: row.qualification_code,
      capacity_code: code,
      needed_training: trainedCapacities.has(code) ? 1 : 0,
    })),
  );
}

/** Certificates without facts (issued before the observatory existed), in the order they were awarded. */
export const listCertificatesWithoutFacts = (db: Kysely<Database>) => listUnfactedCertificateIds(db);
