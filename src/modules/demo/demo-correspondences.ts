import type { CorrespondenceEnd, CorrespondenceKind } from "../correspondences/rules.ts";
import type { CreateExternalCertificationInput } from "../correspondences/schemas.ts";
import type { DecisionVotes } from "../governance/rules.ts";
import type { DemoDocument } from "./demo-library.ts";

/**
 * DEMO DATA — the correspondences the national bodies recognised between the demo CQPIs' referentials
 * (version 1 of each, demo-referentials.ts) and with one branch's own CQP. The 2012 presentation calls
 * for "reconnaissances communes ou mutuelles" without naming any: every link, decision, vote and the
 * external CQP (its code and RNCP number included) are invented, chosen where the demo referentials'
 * capacities describe the same work. A holder of the CEI carries capacities to the AE (same capacity,
 * exact) and to the OQ (through the agri-food branch's CQP, a chain of two exact links).
 */
const at = (qualificationCode: string, itemCode: string): CorrespondenceEnd => ({
  qualificationCode,
  version: 1,
  itemCode,
});

export const DEMO_EXTERNAL_CQP = "CQP-IA-CLA";

export const demoExternalCertification: CreateExternalCertificationInput = {
  code: DEMO_EXTERNAL_CQP,
  title: "CQP Conducteur de ligne de production alimentaire (démonstration)",
  branchCode: "ALLIANCE7",
  rncpCode: "RNCP90417",
  rsCode: null,
  blocks: [
    { code: "BC1", title: "Conduire une ligne de production alimentaire" },
    { code: "BC2", title: "Contrôler la qualité des produits en cours de fabrication" },
    { code: "BC3", title: "Appliquer les règles d'hygiène et de sécurité des denrées alimentaires" },
  ],
};
const cqp = (itemCode: string): CorrespondenceEnd => ({
  qualificationCode: DEMO_EXTERNAL_CQP,
  version: null,
  itemCode,
});

export interface DemoRecognition {
  bodyCode: "COMITE-CQPI" | "COC";
  decidedOn: string;
  title: string;
  votes: DecisionVotes;
  /** Filed in the body's library on the day and attached to the decision. */
  minutes: DemoDocument;
  links: { from: CorrespondenceEnd; to: CorrespondenceEnd; kind: CorrespondenceKind }[];
}

const votes = (employer: [number, number, number], employee: [number, number, number]) => {
  const college = ([yes, no, abstain]: [number, number, number]) => ({ for: yes, against: no, abstain });
  return { employer: college(employer), employee: college(employee) };
};

const minutes = (body: string, day: string, paragraphs: string[]): DemoDocument => ({
  title: `Procès-verbal de la séance du ${day}`,
  kind: "minutes",
  subtitle: body,
  paragraphs,
});

export const demoRecognitions: DemoRecognition[] = [
  {
    bodyCode: "COMITE-CQPI",
    decidedOn: "2013-03-21",
    title: "Reconnaissance des correspondances du CQPI CEI avec les CQPI AE, OMI et OQ",
    votes: votes([6, 0, 0], [4, 0, 1]),
    minutes: minutes("Comité CQPI", "21 mars 2013", [
      "Le comité examine les capacités du CQPI Conducteur d'Équipements Industriels proches de celles des CQPI Animateur d'Équipe, Opérateur de Maintenance Industrielle et Opérateur Qualité.",
      "La transmission des informations de production (CEI C7) couvre entièrement la transmission des consignes et informations de l'animateur d'équipe (AE C3) : correspondance totale.",
      "La conduite dans le respect des règles d'hygiène, de sécurité et d'environnement (CEI C4), la maintenance de premier niveau (CEI C6) et le contrôle de la production (CEI C5) ne couvrent qu'en partie AE C6, OMI C2 et OQ C3 : correspondances partielles.",
      "Vote : collège employeurs 6 pour ; collège salariés 4 pour, 1 abstention. La décision est adoptée.",
    ]),
    links: [
      { from: at("CEI", "C7"), to: at("AE", "C3"), kind: "exact" },
      { from: at("CEI", "C4"), to: at("AE", "C6"), kind: "partial" },
      { from: at("CEI", "C6"), to: at("OMI", "C2"), kind: "partial" },
      { from: at("CEI", "C5"), to: at("OQ", "C3"), kind: "partial" },
    ],
  },
  {
    bodyCode: "COMITE-CQPI",
    decidedOn: "2014-06-12",
    title: "Reconnaissance des correspondances des CQPI opérateurs avec les CQPI techniciens",
    votes: votes([5, 0, 1], [5, 0, 0]),
    minutes: minutes("Comité CQPI", "12 juin 2014", [
      "Le comité examine le passage des CQPI d'opérateur (OMI, OQ) aux CQPI de technicien (TMI, TQ) de la même filière.",
      "Le compte rendu des interventions (OMI C5) et l'exploitation des résultats de contrôle (OQ C4) préparent, sans les couvrir, la rédaction des comptes rendus techniques (TMI C6) et les outils statistiques (TQ C2) : correspondances partielles.",
      "Vote : collège employeurs 5 pour, 1 abstention ; collège salariés 5 pour. La décision est adoptée.",
    ]),
    links: [
      { from: at("OMI", "C5"), to: at("TMI", "C6"), kind: "partial" },
      { from: at("OQ", "C4"), to: at("TQ", "C2"), kind: "partial" },
    ],
  },
  {
    bodyCode: "COC",
    decidedOn: "2014-10-09",
    title: "Reconnaissance mutuelle du CQPI CEI, du CQP Conducteur de ligne alimentaire et du CQPI OQ",
    votes: votes([3, 0, 0], [4, 0, 1]),
    minutes: minutes("Comité Observatoires et Certifications", "9 octobre 2014", [
      "Sur proposition de la CPNE de l'agroalimentaire et du Comité CQPI, le comité examine la reconnaissance mutuelle entre le CQPI Conducteur d'Équipements Industriels, le CQP Conducteur de ligne de production alimentaire de la branche et le CQPI Opérateur Qualité.",
      "Le contrôle de la qualité de la production (CEI C5) vaut le bloc de contrôle en cours de fabrication du CQP (BC2), qui vaut lui-même la réalisation des contrôles et mesures de l'opérateur qualité (OQ C2) : correspondances totales.",
      "Vote : collège employeurs 3 pour ; collège salariés 4 pour, 1 abstention. La décision est adoptée.",
    ]),
    links: [
      { from: at("CEI", "C5"), to: cqp("BC2"), kind: "exact" },
      { from: cqp("BC2"), to: at("OQ", "C2"), kind: "exact" },
    ],
  },
  {
    bodyCode: "COMITE-CQPI",
    decidedOn: "2015-11-19",
    title: "Reconnaissance des correspondances des CQPI de la vente avec les CQPI VCAD et AL",
    votes: votes([6, 0, 0], [3, 1, 1]),
    minutes: minutes("Comité CQPI", "19 novembre 2015", [
      "Le comité examine les capacités du CQPI Vente / Conseil en magasin proches de celles des CQPI Vente / Conseil à distance et Agent Logistique.",
      "La participation à la gestion des stocks (VCM C5) couvre entièrement la participation aux inventaires et au suivi des stocks (AL C3) : correspondance totale.",
      "L'identification des besoins (VCM C1) et le traitement des réclamations (VCM C6) en magasin ne couvrent qu'en partie leurs équivalents à distance (VCAD C2, VCAD C4) : correspondances partielles. La transmission des informations (CEI C7, AL C6) est rapprochée pour information.",
      "Vote : collège employeurs 6 pour ; collège salariés 3 pour, 1 contre, 1 abstention. La décision est adoptée.",
    ]),
    links: [
      { from: at("VCM", "C5"), to: at("AL", "C3"), kind: "exact" },
      { from: at("VCM", "C1"), to: at("VCAD", "C2"), kind: "partial" },
      { from: at("VCM", "C6"), to: at("VCAD", "C4"), kind: "partial" },
      { from: at("AL", "C6"), to: at("CEI", "C7"), kind: "related" },
    ],
  },
];
