import type { frGovernance } from "./fr-governance.ts";

export const enGovernance: Record<keyof typeof frGovernance, string> = {
  "error.branchNotAdhered": "Branch {branchCode} had not adhered to the CQPI charter on {decisionDate}.",
  "problem.setByAdhesionDecision":
    "Set by the CQPI committee's decision on the adhesion request: it is not changed here.",
  "error.bodyExists": "Branch {branchCode} has its CPNE already.",
  "error.notYourBody": "You keep the records of your own branch's CPNE only.",
  "error.decisionNotForThisBody": "This body does not take decisions of this kind.",
  "error.branchAlreadyAdhered": "Branch {branchCode} adhered to the charter on {adheredOn}.",
  "error.adhesionAlreadyRequested": "An adhesion request of branch {branchCode} is in progress already.",
  "error.adhesionNotAwaitingOpinion": "The paritaire opinion on this request is recorded already.",
  "error.adhesionNotAwaitingDecision": "This request is not awaiting the CQPI committee's decision.",
  "error.adhesionOpinionNotFavourable":
    "An adhesion is accepted only after a favourable opinion of both colleges.",
  "error.documentFormInvalid": "The document's upload form cannot be read.",
  "problem.decisionSubjectRequired": "A decision of this kind must say it.",
  "problem.notInLibrary": "This document is not in this body's library.",
  "error.correspondenceSelfLink": "A certification version does not correspond to itself.",
  "error.correspondenceDuplicate": "This correspondence is recorded already.",
  "error.correspondenceCycle": "This exact correspondence would close a loop of exact correspondences.",
  "error.correspondenceVersionNotPublished":
    "Version {version} of the {qualificationCode} referential is not published: only published versions correspond.",
  "error.externalCertificationCodeTaken": "Another certification has the code {code}.",
  "problem.notARecognition": "Cite an adopted decision recognising a correspondence.",
};
