import type { PathwayStatus } from "../pathways/rules.ts";

/**
 * Demo pathways (invented): each candidate of demo-candidates.ts, by index, follows a CQPI in a
 * branch that adopted it, and is walked to `target` through the real use cases. `outcome` says how
 * the first evaluation goes: every criterion acquired, or some capacities left as gaps.
 */
export interface DemoPathway {
  candidate: number;
  qualificationCode: string;
  branchCode: string;
  route: "training" | "experience" | "mixed";
  target: PathwayStatus;
  outcome: "at_level" | "gaps";
  /** The employer among demoCompanies (by name prefix), or null for a job seeker. */
  company: string | null;
  registeredOn: string;
}

const p = (
  candidate: number,
  qualificationCode: string,
  branchCode: string,
  route: DemoPathway["route"],
  target: PathwayStatus,
  outcome: DemoPathway["outcome"],
  company: string | null,
  registeredOn: string,
): DemoPathway => ({
  candidate,
  qualificationCode,
  branchCode,
  route,
  target,
  outcome,
  company,
  registeredOn,
});

/** Candidate 0 is the demo candidate's own record; the demo evaluator follows them. */
export const DEMO_CANDIDATE_INDEX = 0;

export const demoPathways: DemoPathway[] = [
  p(0, "CEI", "UIMM", "mixed", "positioning", "gaps", "Mécanique de l'Ouest", "2026-09-14"),
  p(1, "CEI", "UIMM", "experience", "ready_for_jury", "at_level", "Mécanique de l'Ouest", "2026-03-02"),
  p(2, "OMI", "UIMM", "training", "in_training", "gaps", "Mécanique de l'Ouest", "2026-05-18"),
  p(3, "AE", "UIMM", "experience", "ready_for_jury", "at_level", "Fonderie du Rhône", "2026-02-09"),
  p(4, "CEI", "UIMM", "training", "registered", "gaps", null, "2026-11-02"),
  p(5, "OMI", "UIMM", "mixed", "reassessment", "gaps", "Fonderie du Rhône", "2026-04-06"),
  p(6, "AE", "UIMM", "mixed", "positioned", "gaps", "Mécanique de l'Ouest", "2026-08-24"),
  p(7, "CEI", "LEEM", "experience", "ready_for_jury", "at_level", "Laboratoires Durance", "2026-01-19"),
  p(8, "OQ", "LEEM", "mixed", "ready_for_jury", "gaps", "Laboratoires Durance", "2026-02-23"),
  p(9, "CEI", "LEEM", "training", "in_training", "gaps", "Laboratoires Durance", "2026-06-15"),
  p(10, "OQ", "LEEM", "experience", "positioned", "at_level", "Laboratoires Durance", "2026-09-07"),
  p(11, "CEI", "LEEM", "training", "withdrawn", "gaps", null, "2026-03-16"),
  p(12, "CEI", "ALLIANCE7", "mixed", "positioning", "gaps", "Conserverie de Bretagne", "2026-10-05"),
  p(
    13,
    "CEI",
    "ALLIANCE7",
    "experience",
    "ready_for_jury",
    "at_level",
    "Conserverie de Bretagne",
    "2026-01-12",
  ),
  p(14, "CEI", "ALLIANCE7", "training", "reassessment", "gaps", "Conserverie de Bretagne", "2026-04-20"),
  p(15, "CEI", "ALLIANCE7", "mixed", "registered", "gaps", "Conserverie de Bretagne", "2026-11-16"),
  p(16, "VCM", "FCD", "training", "in_training", "gaps", "Hypermarchés du Centre", "2026-05-04"),
  p(17, "VCM", "FCD", "experience", "ready_for_jury", "at_level", "Hypermarchés du Centre", "2026-02-02"),
  p(18, "VCM", "FCD", "mixed", "positioned", "gaps", "Hypermarchés du Centre", "2026-08-31"),
  p(19, "VCM", "FCD", "training", "positioning", "gaps", null, "2026-10-12"),
  p(20, "VCM", "UCV", "experience", "ready_for_jury", "gaps", "Galeries du Boulevard", "2026-01-26"),
  p(21, "VCM", "UCV", "mixed", "reassessment", "gaps", "Galeries du Boulevard", "2026-05-11"),
  p(22, "VCM", "UCV", "training", "archived", "gaps", "Galeries du Boulevard", "2025-11-17"),
  p(23, "VCAD", "VAD", "mixed", "positioned", "at_level", "Catalogue Direct", "2026-09-21"),
  p(24, "VCAD", "VAD", "training", "in_training", "gaps", "Catalogue Direct", "2026-06-01"),
  p(25, "VCAD", "VAD", "experience", "registered", "gaps", "Catalogue Direct", "2026-11-09"),
  p(26, "VCAD", "VAD", "training", "withdrawn", "gaps", "Catalogue Direct", "2026-04-13"),
  p(27, "OMI", "UIMM", "experience", "positioning", "at_level", "Fonderie du Rhône", "2026-10-19"),
  p(28, "AE", "UIMM", "training", "in_training", "gaps", "Fonderie du Rhône", "2026-06-22"),
  p(29, "OQ", "LEEM", "training", "reassessment", "gaps", "Laboratoires Durance", "2026-04-27"),
  p(30, "CEI", "UIMM", "mixed", "positioned", "gaps", "Mécanique de l'Ouest", "2026-09-28"),
  p(31, "OMI", "UIMM", "experience", "withdrawn", "at_level", "Mécanique de l'Ouest", "2026-07-06"),
  p(32, "CEI", "UIMM", "training", "registered", "gaps", null, "2026-11-23"),
  p(33, "AE", "UIMM", "experience", "positioning", "gaps", "Fonderie du Rhône", "2026-10-26"),
];

/** Who evaluates what (invented): the demo evaluator for industry, a second evaluator for retail. */
export const demoAccreditations = [
  ...["CEI", "OMI", "AE"].map((q) => ({ branchCode: "UIMM", qualificationCode: q })),
  ...["CEI", "OQ"].map((q) => ({ branchCode: "LEEM", qualificationCode: q })),
  { branchCode: "ALLIANCE7", qualificationCode: "CEI" },
]
  .map((a) => ({ ...a, evaluatorEmail: "evaluator@demo.example" }))
  .concat(
    [
      { branchCode: "FCD", qualificationCode: "VCM" },
      { branchCode: "UCV", qualificationCode: "VCM" },
      { branchCode: "VAD", qualificationCode: "VCAD" },
    ].map((a) => ({ ...a, evaluatorEmail: "evaluator.commerce@demo.example" })),
  );

/** An accreditation that has run out, so that the branch sees one and assigning it is refused. */
export const demoExpiredAccreditation = {
  evaluatorEmail: "evaluator.commerce@demo.example",
  branchCode: "UIMM",
  qualificationCode: "CEI",
  validFrom: "2022-09-01",
  validUntil: "2025-08-31",
};
