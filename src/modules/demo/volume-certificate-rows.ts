import { randomBytes } from "node:crypto";
import { formatCertificateNumber } from "../certificates/rules.ts";
import { type AwardFactRows, awardFactRows } from "../observatory/apply-award-facts.ts";
import type { PathwayRoute } from "../pathways/rules.ts";
import { addDays, at } from "./volume-history.ts";
import { PLACES } from "./volume-names.ts";
import type { VolumeAward, VolumeIds, VolumeRows } from "./volume-rows.ts";

/** The pathway an award closes, as its jury and its certificate need it. */
export interface AwardedPathway {
  id: number;
  candidateId: number;
  registeredOn: string;
  route: PathwayRoute;
  holder: { firstName: string; familyName: string; birthDate: string; hasPriorCertification: boolean };
  /** The bloc the jury does not award (a partial award), or null for a full award. */
  missingBlock: string | null;
  /** The capacities of the training plan (none when awarded directly on experience). */
  trainedCapacities: ReadonlySet<string>;
  capacities: readonly { code: string; block: string }[];
  addedToAgendaOn: string;
}

/**
 * The jury's rows of one award (the session, opened by its first award of the day, its agenda item and
 * decision), then the certificate (number per the certificates' rules, an entry of a revocation list; no
 * signed credential: `{}`) and its statistics facts.
 */
export function addJuryAndCertificateRows(
  rows: VolumeRows,
  ids: VolumeIds,
  award: VolumeAward,
  awarded: AwardedPathway,
  random: () => number,
  takeNumber: (branchCode: string, year: number) => string,
): AwardFactRows {
  const { day, pair } = award;
  const { branch, qualification } = pair;
  const isPartial = awarded.missingBlock !== null;
  if (award.isNewSession)
    rows.sessions.push([
      award.sessionId,
      branch.id,
      day,
      PLACES[Math.floor(random() * PLACES.length)]!,
      "closed",
      at(addDays(day, -30), "09:00:00"),
      at(day, "17:00:00"),
      at(day, "17:00:00"),
    ]);
  rows.agenda.push([
    ids.jury_agenda_items++,
    award.sessionId,
    awarded.id,
    "closed",
    at(awarded.addedToAgendaOn, "09:00:00"),
    at(day, "16:00:00"),
  ]);
  const blockCodes = qualification.blocks.map((b) => b.code).filter((code) => code !== awarded.missingBlock);
  const decisionId = ids.jury_decisions++;
  rows.decisions.push([
    decisionId,
    award.sessionId,
    awarded.id,
    isPartial ? "partial_award" : "award",
    JSON.stringify(isPartial ? blockCodes : []),
    "",
    0,
    day,
    at(day, "16:00:00"),
  ]);

  const certificateId = ids.certificates++;
  const year = Number(day.slice(0, 4));
  rows.certificates.push([
    certificateId,
    takeNumber(branch.code, year),
    decisionId,
    award.sessionId,
    awarded.id,
    awarded.holder.firstName,
    awarded.holder.familyName,
    qualification.code,
    qualification.title,
    qualification.version,
    branch.code,
    branch.name,
    isPartial ? "partial" : "full",
    JSON.stringify(blockCodes),
    day,
    year,
    "{}",
    award.statusList.id,
    award.statusList.index,
    randomBytes(18).toString("base64url"),
    at(day, "18:00:00"),
  ]);

  const facts = awardFactRows({
    certificateId,
    pathwayId: awarded.id,
    candidateId: awarded.candidateId,
    branchCode: branch.code,
    qualificationCode: qualification.code,
    kind: isPartial ? "partial" : "full",
    awardedOn: day,
    awardYear: year,
    registeredOn: awarded.registeredOn,
    pathwayRoute: awarded.route,
    birthDate: awarded.holder.birthDate,
    hasPriorCertification: awarded.holder.hasPriorCertification,
    hasEarlierCertificate: false,
    hasTrainingPlan: awarded.trainedCapacities.size > 0,
    trainedCapacities: awarded.trainedCapacities,
    capacityCodes: awarded.capacities
      .filter((cap) => cap.block !== awarded.missingBlock)
      .map((cap) => cap.code),
  });
  const f = facts.fact;
  rows.facts.push([
    f.certificate_id,
    f.pathway_id,
    f.candidate_id,
    f.branch_code,
    f.qualification_code,
    f.kind,
    f.awarded_on,
    f.award_year,
    f.registered_on,
    f.age_at_award,
    f.is_over_45,
    f.is_first_certification,
    f.route,
    f.pathway_route,
    f.registration_to_award_days,
    f.declaration_due_on,
    f.declared_on ?? null,
  ]);
  for (const cap of facts.capacities)
    rows.capacityFacts.push([
      cap.certificate_id,
      cap.qualification_code,
      cap.capacity_code,
      cap.needed_training,
    ]);
  return facts;
}

/** A certificate numberer that never gives the same number twice (numbers already taken included). */
export function certificateNumberer(random: () => number, taken: ReadonlySet<string>) {
  const given = new Set<string>();
  return (branchCode: string, year: number) => {
    for (;;) {
      const number = formatCertificateNumber(branchCode, year, Math.floor(random() * 100_000_000));
      if (!given.has(number) && !taken.has(number)) {
        given.add(number);
        return number;
      }
    }
  };
}
