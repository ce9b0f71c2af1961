import type { Role } from "../accounts/roles.ts";

/**
 * One demo account per role (two evaluators: industry and retail), all with the same password; created
 * only by the demo seed.
 */
export const DEMO_PASSWORD = "cqpi-demo";

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  branchCodes?: string[];
  companyName?: string;
}

/**
 * Fictional companies; their SIRETs pass the platform's SIREN and SIRET checks (Luhn on both) but belong
 * to no one (SIREN 91000000x, establishment 0001).
 */
export const demoCompanies = [
  { name: "Mécanique de l'Ouest (démo)", branchCode: "UIMM", siret: "91000001700012" },
  { name: "Laboratoires Durance (démo)", branchCode: "LEEM", siret: "91000002500015" },
  { name: "Tissages du Nord (démo)", branchCode: "UIT", siret: "91000003300019" },
  { name: "Fonderie du Rhône (démo)", branchCode: "UIMM", siret: "91000004100012" },
  { name: "Conserverie de Bretagne (démo)", branchCode: "ALLIANCE7", siret: "91000005800016" },
  { name: "Hypermarchés du Centre (démo)", branchCode: "FCD", siret: "91000006600019" },
  { name: "Galeries du Boulevard (démo)", branchCode: "UCV", siret: "91000007400013" },
  { name: "Catalogue Direct (démo)", branchCode: "VAD", siret: "91000008200016" },
];

export const demoAccounts: DemoAccount[] = [
  { email: "admin@demo.example", displayName: "Secrétariat du Comité CQPI", role: "admin" },
  {
    email: "branch.uimm@demo.example",
    displayName: "Secrétariat CPNE Métallurgie",
    role: "branch_officer",
    branchCodes: ["UIMM"],
  },
  { email: "evaluator@demo.example", displayName: "Claire Évaluatrice", role: "evaluator" },
  { email: "evaluator.commerce@demo.example", displayName: "Thomas Évaluateur commerce", role: "evaluator" },
  { email: "jury.employer@demo.example", displayName: "Marc Collège employeurs", role: "jury_member" },
  { email: "jury.employee@demo.example", displayName: "Nadia Collège salariés", role: "jury_member" },
  {
    email: "employer@demo.example",
    displayName: "Service RH — Mécanique de l'Ouest",
    role: "employer",
    companyName: demoCompanies[0]!.name,
  },
  { email: "candidate@demo.example", displayName: "Julien Lefèvre", role: "candidate" },
];
