/** French messages of certificates: public verification, the lists, downloads and revocation; merged into `fr`. */
export const frCertificates = {
  "nav.certificates": "Certificats",
  "nav.verification": "Vérifier un certificat",

  "certificateStatus.valid": "Valide",
  "certificateStatus.revoked": "Révoqué",
  "certificateKind.full": "Certification complète",
  "certificateKind.partial": "Blocs de compétences",

  "verdict.valid": "Certificat valide",
  "verdict.validText":
    "Ce certificat a bien été délivré par la plateforme CQPI, il est intact et n'a pas été révoqué.",
  "verdict.revoked": "Certificat révoqué",
  "verdict.revokedText":
    "Ce certificat a été délivré par la plateforme CQPI, mais son émetteur l'a révoqué : il ne vaut plus certification.",
  "verdict.altered": "Attestation altérée",
  "verdict.alteredText":
    "Le contenu ne correspond plus à la signature de l'émetteur : l'attestation a été modifiée après sa délivrance, ou n'est pas signée. Ne vous y fiez pas.",
  "verdict.unknownIssuer": "Émetteur inconnu",
  "verdict.unknownIssuerText":
    "Cette attestation n'a pas été signée par la plateforme CQPI : son authenticité ne peut pas être vérifiée ici.",
  "verdict.expired": "Attestation expirée",
  "verdict.expiredText": "L'attestation est authentique, mais sa période de validité est terminée.",

  "certificate.number": "Numéro du certificat",
  "certificate.holder": "Titulaire",
  "certificate.qualification": "CQPI",
  "certificate.branch": "Branche professionnelle",
  "certificate.kind": "Objet",
  "certificate.partialBlocks": "Blocs de compétences acquis : {blocks}",
  "certificate.awardedOn": "Date d'attribution",
  "certificate.status": "Statut",
  "certificate.revokedOn": "Révoqué le {date}",
  "certificate.downloadPdf": "Télécharger le certificat {number} (PDF)",
  "certificate.downloadCredential": "Télécharger l'attestation numérique {number} (JSON)",
  "certificate.revoke": "Révoquer",
  "certificate.revokeOf": "Révoquer le certificat {number}",
  "certificate.revokeTitle": "Révoquer le certificat {number}",
  "certificate.revokeWarning":
    "La révocation du certificat de {holder} est définitive : dès sa confirmation, toute vérification le dira révoqué.",
  "certificate.revocationReason": "Motif de la révocation",
  "certificate.revocationReasonHelp":
    "Quelques mots, conservés au journal d'audit et indiqués à qui vérifie le certificat en nommant son titulaire.",
  "certificate.confirmRevoke": "Révoquer le certificat",

  "pathwayCertificates.title": "Certificat délivré",
  "pathwayCertificates.publicPage": "Page publique de vérification",

  "verification.title": "Vérifier un certificat",
  "verification.intro":
    "Sans compte : saisissez le numéro inscrit sur le certificat et, pour voir le nom du titulaire, son nom de famille.",
  "verification.numberHelp": "Par exemple UIMM-2026-48217365-8",
  "verification.familyName": "Nom de famille du titulaire",
  "verification.familyNameHelp": "Facultatif ; les accents et les majuscules sont ignorés.",
  "verification.submit": "Vérifier",
  "verification.credentialInvite": "Vous avez reçu l'attestation numérique (fichier JSON) ?",
  "verification.pageTitle": "Certificat {number}",
  "verification.notFoundTitle": "Certificat introuvable",
  "verification.revokedOn": "Révoqué le {date}.",
  "verification.revocationReason": "Motif : {reason}",
  "verification.nameMismatch":
    "Le nom de famille saisi n'est pas celui du titulaire : le titulaire n'est pas affiché.",
  "verification.checkHolder": "Afficher le titulaire",

  "verifyCredential.title": "Vérifier une attestation",
  "verifyCredential.intro":
    "Collez ou déposez l'attestation numérique (Open Badges 3.0, fichier JSON). Elle est vérifiée par la plateforme avec ses propres clés et listes de révocation, sans rien chercher sur internet.",
  "verifyCredential.file": "Fichier de l'attestation",
  "verifyCredential.fileHelp": "Un fichier .json ; son contenu s'affiche ci-dessous.",
  "verifyCredential.text": "Contenu de l'attestation (JSON)",
  "verifyCredential.textHelp": "Le texte complet, de la première accolade à la dernière.",
  "verifyCredential.submit": "Vérifier l'attestation",
  "verifyCredential.problem.empty": "Collez l'attestation ou choisissez son fichier.",
  "verifyCredential.problem.notJson": "Ce texte n'est pas du JSON : copiez le fichier en entier.",
  "verifyCredential.problem.notObject": "Une attestation est un objet JSON, entre accolades.",
  "verifyCredential.openCertificate": "Voir le certificat {number}",
  "verifyCredential.byNumber": "Vérifier plutôt par le numéro du certificat",

  "certificates.title.manager": "Certificats délivrés",
  "certificates.title.employer": "Certificats de vos salariés",
  "certificates.title.own": "Mes certificats",
  "certificates.intro":
    "Les certificats délivrés sur décision du jury paritaire : téléchargez le PDF ou l'attestation numérique signée.",
  "certificates.exportCsv": "Exporter en CSV",
  "certificates.exportXlsx": "Exporter en Excel",
  "certificates.search": "Rechercher par nom ou numéro",
  "certificates.allStatuses": "Tous les statuts",
  "certificates.qualificationCode": "Code CQPI",
  "certificates.awardedFrom": "Attribués à partir du",
  "certificates.awardedTo": "Attribués jusqu'au",
  "certificates.empty": "Aucun certificat ne correspond aux filtres.",

  "home.certificatesText": "Les certificats délivrés, à télécharger, exporter ou révoquer.",
  "home.certificatesOwnText": "Vos certificats : le PDF et l'attestation numérique signée à transmettre.",
  "home.certificatesLink": "Voir les certificats",
  "landing.verifyTitle": "Vérifier un certificat",
  "landing.verifyText":
    "Un employeur, un organisme : vérifiez en quelques secondes un certificat CQPI, sans compte.",
  "landing.verifyLink": "Vérifier un certificat",
} as const;
