import type { Generated } from "kysely";
import type { AwardRoute } from "../modules/observatory/rules.ts";
import type { PathwayRoute } from "../modules/pathways/rules.ts";

/**
 * The observatory's tables: the statistics facts of each certificate, stored when it is issued (one row per
 * certificate, one per capacity it covers), and the Caisse des Dépôts declaration files with the
 * certificates each one declared.
 */

export interface AwardFactTable {
  certificate_id: number;
  pathway_id: number;
  candidate_id: number;
  branch_code: string;
  qualification_code: string;
  kind: "full" | "partial";
  awarded_on: string;
  award_year: number;
  registered_on: string;
  age_at_award: number;
  is_over_45: 0 | 1;
  is_first_certification: 0 | 1;
  route: AwardRoute;
  /** The route the pathway was registered with (training, experience, mixed). */
  pathway_route: PathwayRoute;
  registration_to_award_days: number;
  declaration_due_on: string;
  /** The day of the first declaration file that carried the certificate. */
  declared_on: string | null;
}

export interface AwardCapacityFactTable {
  certificate_id: number;
  qualification_code: string;
  capacity_code: string;
  /** The capacity was in the pathway's training plan: it was not acquired on experience alone. */
  needed_training: 0 | 1;
}

export interface CdcDeclarationFileTable {
  id: Generated<number>;
  /** The file's idFlux, unique at the Caisse des Dépôts. */
  flux_id: string;
  certification_code: string;
  period_from: string;
  period_to: string;
  holder_count: number;
  /** SHA-256 of the XML as it was handed out. */
  sha256: string;
  created_at: string;
  created_by_user_id: number | null;
}

export interface CdcDeclarationTable {
  file_id: number;
  certificate_id: number;
  declared_at: string;
}

/** Counts of the award facts per branch × CQPI × award year, kept in the transaction of each award. */
export interface AwardTallyTable {
  branch_code: string;
  qualification_code: string;
  award_year: number;
  awards: number;
  full: number;
  partial: number;
  over_45: number;
  first_certification: number;
  direct: number;
  declared_full: number;
  declared_in_time: number;
}

/** Per capacity of a CQPI, branch and award year: the holders certified on it, those trained on it. */
export interface AwardCapacityTallyTable {
  qualification_code: string;
  capacity_code: string;
  branch_code: string;
  award_year: number;
  awards: number;
  needed_training: number;
}

/**
 * How many awards of a branch × CQPI × award year came this many days after registration: the median is
 * read from it.
 */
export interface AwardDayTallyTable {
  branch_code: string;
  qualification_code: string;
  award_year: number;
  registration_to_award_days: number;
  awards: number;
}

/** The same over every award, for the national median read without counting every branch × CQPI × year. */
export interface NationalAwardDayTallyTable {
  registration_to_award_days: number;
  awards: number;
}

/** Full awards of a branch × CQPI × award year not declared yet, per the last day they may be declared in time. */
export interface AwardDueTallyTable {
  branch_code: string;
  qualification_code: string;
  award_year: number;
  declaration_due_on: string;
  undeclared_full: number;
}
