import type { Role } from "../accounts/roles.ts";

/** One demo account per role, all with the same password; created only by the demo seed. */
export const DEMO_PASSWORD = "cqpi-demo";

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  branchCodes?: string[];
  companyName?: string;
}

export const demoCompanies = [
  { name: "Mécanique de l'Ouest (démo)", branchCode: "UIMM" },
  { name: "Laboratoires Durance (démo)", branchCode: "LEEM" },
  { name: "Tissages du Nord (démo)", branchCode: "UIT" },
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
  { email: "jury.employer@demo.example", displayName: "Marc Collège employeurs", role: "jury_member" },
  { email: "jury.employee@demo.example", displayName: "Nadia Collège salariés", role: "jury_member" },
  {
    email: "employer@demo.example",
    displayName: "Service RH — Mécanique de l'Ouest",
    role: "employer",
    companyName: demoCompanies[0]!.name,
  },
  { email: "candidate@demo.example", displayName: "Julien Candidat", role: "candidate" },
];
