export interface Branch {
  code: string;
  name: string;
  federation: string;
  isPartner: boolean;
  /** `YYYY-MM-DD`, null when the branch has not adhered to the CQPI charter. */
  charterAdhesionDate: string | null;
  description: string;
  qualificationCount: number;
}

/** A CQPI as operated by a branch (the link's own data: since when, and a note). */
export interface OperatedQualification {
  code: string;
  title: string;
  operatedSince: string | null;
  note: string;
}

export interface BranchDetail extends Branch {
  qualifications: OperatedQualification[];
}

export interface Qualification {
  code: string;
  title: string;
  description: string;
  rncpCode: string | null;
  createdOn: string | null;
  branchCount: number;
}

/** A branch operating a CQPI. */
export interface OperatingBranch {
  code: string;
  name: string;
  operatedSince: string | null;
  note: string;
}

export interface QualificationDetail extends Qualification {
  branches: OperatingBranch[];
}

export type BranchInput = Omit<Branch, "qualificationCount">;
export type QualificationInput = Omit<Qualification, "branchCount">;

export interface OperatingLinkInput {
  branchCode: string;
  qualificationCode: string;
  operatedSince: string | null;
  note: string;
}

export interface ListQuery {
  q: string;
  limit: number;
  offset: number;
}
