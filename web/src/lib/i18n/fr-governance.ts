/** French words of the interbranch governance: bodies, decisions, documents, charter adhesion. */
export const frGovernance = {
  "error.branchNotAdhered":
    "La branche {branchCode} n'avait pas adhéré à la charte CQPI à la date du {decisionDate}.",
  "problem.setByAdhesionDecision":
    "Fixée par la décision du Comité CQPI sur la demande d'adhésion : elle ne se modifie pas ici.",
  "error.bodyExists": "La branche {branchCode} a déjà sa CPNE.",
  "error.notYourBody": "Vous ne tenez que les registres de la CPNE de votre branche.",
  "error.decisionNotForThisBody": "Cette instance ne prend pas ce type de décision.",
  "error.branchAlreadyAdhered": "La branche {branchCode} a adhéré à la charte le {adheredOn}.",
  "error.adhesionAlreadyRequested": "Une demande d'adhésion de la branche {branchCode} est déjà en cours.",
  "error.adhesionNotAwaitingOpinion": "L'avis paritaire de cette demande est déjà enregistré.",
  "error.adhesionNotAwaitingDecision": "Cette demande n'attend pas de décision du Comité CQPI.",
  "error.adhesionOpinionNotFavourable":
    "L'adhésion ne peut être acceptée qu'après un avis favorable des deux collèges.",
  "error.documentFormInvalid": "Le formulaire d'envoi du document est illisible.",
  "problem.decisionSubjectRequired": "Une décision de ce type doit l'indiquer.",
  "problem.notInLibrary": "Ce document n'est pas dans la bibliothèque de cette instance.",
  "error.correspondenceSelfLink": "Une version d'une certification ne correspond pas à elle-même.",
  "error.correspondenceDuplicate": "Cette correspondance est déjà enregistrée.",
  "error.correspondenceCycle": "Cette correspondance totale fermerait une boucle de correspondances totales.",
  "error.correspondenceVersionNotPublished":
    "La version {version} du référentiel {qualificationCode} n'est pas publiée : seules les versions publiées se correspondent.",
  "error.externalCertificationCodeTaken": "Une autre certification a déjà le code {code}.",
  "problem.notARecognition": "Citez une décision adoptée qui reconnaît une correspondance.",
} as const;
